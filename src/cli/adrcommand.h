// adr: one MADR decision record per decision of a model, kept up to date in a folder.
#pragma once

#include "command.h"

namespace gw::cli {

class AdrCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("adr"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
