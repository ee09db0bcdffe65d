// ComposeImporter: Docker Compose files (v2, v3 and the Compose Specification) read into the
// components of an import. Several files merge in the order given, as `docker compose -f a.yml -f
// b.yml` merges them; services of a profile that is not enabled are left out and counted.
#pragma once

#include "../io/diagnostic.h"
#include "importedcomponent.h"

#include <memory>

namespace gw {

class ImportMapping;

class ComposeImporter
{
public:
    // `profiles`: the enabled profiles, as `--profile` names them; "*" enables every one.
    ComposeImporter(const ImportMapping& mapping, const QStringList& profiles);
    ~ComposeImporter();
    ComposeImporter(const ComposeImporter&) = delete;
    ComposeImporter& operator=(const ComposeImporter&) = delete;

    // Reads one file and merges it over those added before. Every problem goes to `out`, positioned;
    // false when the file could not be read as a Compose file at all.
    bool add(const QByteArray& bytes, const QString& file, Diagnostics& out);
    // The services of every file added, in the order they first appeared.
    void finish(ImportedSystem& out) const;

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace gw
