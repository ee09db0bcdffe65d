// check: a CI gate over a model's findings, as text, JUnit XML or SARIF 2.1.0.
#pragma once

#include "command.h"

namespace gw::cli {

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
