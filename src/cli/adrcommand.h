// adr: one MADR decision record per decision of a model, kept up to date in a folder.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class AdrCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("adr"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
    bool showsLoadSensitivity() const override { return true; }
};

} // namespace gw::cli
