// ScoredModel: a MODEL argument loaded, checked and scored with the built-in rule packs plus --rules DIRs;
// what check, report, adr and lens share, so that each prints problems and picks exit codes the same way.
#pragma once

#include "core/io/loadresult.h"
#include "core/rules/catalog.h"
#include "core/rules/recommendation.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace gw::cli {

struct ScoredModel
{
    LoadResult load;
    std::shared_ptr<const Catalog> catalog;
    Recommendations recommendations;
};

// Prints every diagnostic to stderr prefixed by `command`'s name where useful; on failure returns the
// exit code in `exitCode` (1 invalid model, 2 unreadable file or broken rule packs).
std::optional<ScoredModel> loadScoredModel(const QString& command, const QString& path,
                                           const QStringList& ruleDirs, int& exitCode);

// Loads only the rule packs (built-in plus `ruleDirs`); null after printing the errors.
std::shared_ptr<const Catalog> loadCatalog(const QString& command, const QStringList& ruleDirs);

// --rules DIR (repeatable), as every command that scores or lists rules offers it.
void addRulesOption(QCommandLineParser& parser);

// Writes `bytes` to `path` atomically, or to stdout when `path` is empty or "-"; false after printing why.
bool writeOutput(const QString& command, const QString& path, const QByteArray& bytes);

} // namespace gw::cli
