// Limits on what Groundwork reads, so that a hostile or broken file ends in a clear error, fast.
#pragma once

#include <QtGlobal>

namespace gw::limits {

// Real models are kilobytes; 16 MiB holds a generated 10,000-element model several times over.
inline constexpr qint64 kMaxModelBytes = 16 * 1024 * 1024;
// A model is at most six levels deep; 64 leaves room for rule packs and still refuses nesting attacks
// long before yaml-cpp's own guard (500 levels) or the stack.
inline constexpr int kMaxDepth = 64;
// yaml-cpp shares aliased nodes, so a "billion laughs" file parses in linear memory but would expand
// exponentially in any walk of ours: every walk counts the nodes it visits and stops here.
inline constexpr int kMaxNodeVisits = 2'000'000;
// Workloads, data stores, channels, environments or decisions in one list. The biggest real systems
// have hundreds; 20,000 keeps the app, the engine and the diagram answering on a hostile file.
inline constexpr int kMaxListItems = 20'000;
// After this many problems the rest is noise; the reader says it stopped.
inline constexpr int kMaxDiagnostics = 300;
// Names, ids and reasons are short; a longer string is an accident or an attack on layout and exports.
inline constexpr int kMaxStringLength = 64 * 1024;

// A model as the project file stores it (CBOR, before compression). The encoding is denser than YAML
// (a generated 10,000-element model: see docs/security.md), so four times the largest model file is
// room to spare; a blob that claims more is refused before anything is allocated.
inline constexpr qint64 kMaxStoredModelBytes = 4 * kMaxModelBytes;

} // namespace gw::limits
