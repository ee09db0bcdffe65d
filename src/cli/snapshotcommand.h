// snapshot: keep a project's current model and its advice under a name (a release, a review), or list
// the snapshots a project holds.
#pragma once

#include "command.h"

namespace gw::cli {

class SnapshotCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("PROJECT [NAME]"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
