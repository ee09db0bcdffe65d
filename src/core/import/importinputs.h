// ImportInputs: the files `groundwork-cli import` reads, from the FILEs and DIRs the user named: a
// folder is searched (hidden folders and symbolic links aside) for YAML, JSON and .tfstate files, in
// name order, with Compose override files after the files they override.
#pragma once

#include "../io/diagnostic.h"

#include <QByteArray>
#include <QList>

namespace gw {

struct ImportInput
{
    QString file; // as the user named it, or found under a folder the user named
    QByteArray bytes;
    bool named = false; // named on its own: a file of no known format is an error, not skipped
};

struct ImportInputs
{
    QList<ImportInput> inputs;
    Diagnostics problems; // what could not be read
    bool ioError = false;
};

class ImportInputCollector
{
public:
    // At most this many files in one import, and each no larger than a model file may be.
    static constexpr int kMaxFiles = 2000;

    static ImportInputs collect(const QStringList& paths);
};

} // namespace gw
