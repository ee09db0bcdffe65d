// snapshot: keep a project's current model and its advice under a name (a release, a review), or list
// the snapshots a project holds.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class SnapshotCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("PROJECT [NAME]"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
