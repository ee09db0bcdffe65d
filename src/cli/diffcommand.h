// diff: what changed between two models (YAML files, projects or project snapshots) and what that did
// to the advice: top picks, scores, findings.
#pragma once

#include "command.h"

namespace gw::cli {

class DiffCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("OLD NEW"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
