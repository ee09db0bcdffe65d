// DeployedInputs: the Compose files, manifests and Terraform states a command compares a model with,
// imported as `import` would read them (the built-in mapping tables, or --mappings DIRs first), for
// `drift` and `check --drift`.
#pragma once

#include "core/import/importresult.h"

#include <QCommandLineParser>

#include <optional>

namespace gw::cli {

class DeployedInputs
{
public:
    // Declares --mappings and --profile as `import` has them.
    static void addOptions(QCommandLineParser& parser);
    // The import of `paths`; nullopt after printing why (unreadable files, malformed inputs, broken
    // mapping tables): a usage or input error.
    static std::optional<ImportResult> read(const QString& command, const QStringList& paths,
                                            const QCommandLineParser& parser);
};

} // namespace gw::cli
