// ScoringCommand: the skeleton of every command that scores a model with the built-in rule packs plus
// the --rules DIRs. It declares --rules, loads the catalog and the model, prints their diagnostics and
// maps a failure to its exit code, so that each command does only its own part and all behave alike.
#pragma once

#include "command.h"
#include "scoredmodel.h"

#include <optional>

namespace gw::cli {

class ScoringCommand : public Command
{
public:
    // The command's own options, then --rules.
    void addOptions(QCommandLineParser& parser) const final;

protected:
    virtual void addCommandOptions(QCommandLineParser& parser) const = 0;
    // Whether the advice says at which load each workload's compute pick would change: it scores the model
    // again many times, so only the commands that print the sensitivity ask for it.
    virtual bool showsLoadSensitivity() const { return false; }

    // The built-in packs plus --rules; null after printing the packs' errors (exit UsageOrIo).
    std::shared_ptr<const Catalog> loadCatalog(const QCommandLineParser& parser) const;

    // MODEL (a file, a project, a snapshot or "-") loaded, checked and scored; every diagnostic goes to
    // stderr. Without a value, `exitCode` says why: Failed for an invalid model, UsageOrIo for an
    // unreadable file or broken rule packs.
    std::optional<ScoredModel> loadScoredModel(const QCommandLineParser& parser, const QString& path,
                                               int& exitCode) const;
};

} // namespace gw::cli
