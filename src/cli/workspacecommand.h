// workspace: a team workspace on a PostgreSQL server, shared by every model of an organisation:
// init, push, pull, list, log, portfolio views and the organisation's rule packs.
#pragma once

#include "scoringcommand.h"

namespace gw {
class Workspace;
struct WorkspaceSave;
} // namespace gw

namespace gw::cli {

class WorkspaceCommand : public ScoringCommand
{
public:
    // A push refused because someone saved the model after the revision it was based on.
    static constexpr int kConflict = 3;

    QString name() const override { return QStringLiteral("workspace"); }
    QString summary() const override;
    QString arguments() const override
    {
        return QStringLiteral("init|push|pull|list|log|owner|portfolio|rules [ARGS...]");
    }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;

private:
    int push(const QCommandLineParser& parser, Workspace& workspace, const QStringList& args) const;
    // A push refused because of `theirs` (--merge): merges three ways and pushes on top of it.
    int mergeAndPush(const QCommandLineParser& parser, Workspace& workspace, const QString& name,
                     WorkspaceSave save, int theirs, const std::shared_ptr<const Catalog>& catalog) const;
    int pull(const QCommandLineParser& parser, Workspace& workspace, const QStringList& args) const;
    int list(const QCommandLineParser& parser, Workspace& workspace) const;
    int portfolio(const QCommandLineParser& parser, Workspace& workspace) const;
    int log(const QCommandLineParser& parser, Workspace& workspace, const QStringList& args) const;
    int rules(const QCommandLineParser& parser, Workspace& workspace, const QStringList& args) const;
    // The built-in packs, the workspace's and --rules; null after printing why.
    std::shared_ptr<const Catalog> workspaceCatalog(const QCommandLineParser& parser,
                                                    Workspace& workspace) const;
};

} // namespace gw::cli
