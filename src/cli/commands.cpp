// The list of subcommands, in the order `--help` shows them.
#include "adrcommand.h"
#include "checkcommand.h"
#include "command.h"
#include "convertcommand.h"
#include "costcommand.h"
#include "diffcommand.h"
#include "driftcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "lenscommand.h"
#include "rendercommand.h"
#include "reportcommand.h"
#include "rulescommand.h"
#include "schemacommand.h"
#include "scorecommand.h"
#include "snapshotcommand.h"
#include "validatecommand.h"
#include "workspacecommand.h"

namespace gw::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<ScoreCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<RenderCommand>());
    commands.push_back(std::make_unique<ConvertCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<CostCommand>());
    commands.push_back(std::make_unique<SnapshotCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<DriftCommand>());
    commands.push_back(std::make_unique<AdrCommand>());
    commands.push_back(std::make_unique<LensCommand>());
    commands.push_back(std::make_unique<SchemaCommand>());
    commands.push_back(std::make_unique<WorkspaceCommand>());
    return commands;
}

} // namespace gw::cli
