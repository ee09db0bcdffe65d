// validate: parse and check models; print every problem as file:line:col, or as JSON.
#pragma once

#include "command.h"

namespace gw::cli {

class ValidateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL..."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
