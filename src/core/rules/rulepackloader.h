// RulePackLoader: loads the built-in packs (compiled in as Qt resources) and an organisation's folders
// of packs, merges them into one Catalog (overrides, disables), and checks what only the whole set can
// tell: duplicate ids, references to unknown candidates, overrides of nothing.
#pragma once

#include "catalog.h"
#include "rulepack.h"

#include <memory>

namespace gw {

struct CatalogLoad
{
    std::shared_ptr<const Catalog> catalog; // never null; holds what could be loaded
    Diagnostics diagnostics;

    bool hasErrors() const { return gw::hasErrors(diagnostics); }
};

class RulePackLoader
{
public:
    // The built-in packs, then every *.yaml file of each folder (in name order, folders in the order given).
    // A pack whose `pack:` id is a built-in pack's replaces that pack (how the catalog's own files are
    // linted and tried without a rebuild).
    static CatalogLoad load(const QStringList& folders = {}, bool includeBuiltIn = true);
    // Merges packs already read, in order (tests; `diagnostics` are carried over).
    static CatalogLoad merge(QList<RulePack> packs, Diagnostics diagnostics = {});

    // The built-in catalog, loaded once and shared; empty when the built-in packs have errors (a build
    // that passed its tests never has).
    static std::shared_ptr<const Catalog> builtIn();
    // ":/groundwork/rules/<name>.yaml", in name order.
    static QStringList builtInFiles();
    // Reads every pack file of a folder; problems (no such folder, too many files) go to `diagnostics`.
    // Kinds are checked against those of the built-in catalog and of the folder's packs.
    static QList<RulePack> readFolder(const QString& folder, Diagnostics& diagnostics);
    // ... against `kinds` and those of the folder's packs.
    static QList<RulePack> readFolder(const QString& folder, Diagnostics& diagnostics,
                                      const DecisionKinds& kinds);
    // One file, its kinds checked against the built-in catalog's and its own.
    static RulePack readFile(const QString& path, bool builtIn, Diagnostics& diagnostics);
    // Files read together: each may use the kinds any of them declares, or `kinds`.
    static QList<RulePack> readFiles(const QStringList& paths, bool builtIn, Diagnostics& diagnostics,
                                     const DecisionKinds& kinds);
    // The built-in packs as compiled at build time, or read from builtInFiles() where they are not
    // compiled in (the program that compiles them).
    static QList<RulePack> readBuiltIn(Diagnostics& diagnostics);
};

} // namespace gw
