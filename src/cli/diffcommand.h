// diff: what changed between two models (YAML files, projects or project snapshots) and what that did
// to the advice: top picks, scores, findings.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class DiffCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("OLD NEW"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
