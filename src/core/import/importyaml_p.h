// Private to the import module (it exposes yaml-cpp): the YAML that real Compose files and manifests
// are written in, read under the model files' limits: streams of several documents, and mappings that
// merge others with '<<' keys.
#pragma once

#include "../io/diagnostic.h"
#include "origin.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace gw::importyaml {

struct Document
{
    YAML::Node root;
    int firstLine = 0; // 0-based line of the file where the document's text starts
};

struct Stream
{
    QList<Document> documents; // those with content, in order
    std::optional<Diagnostic> error;
};

// The documents of a YAML stream, each checked as parseYamlDocument checks a model (encoding, nesting,
// alias expansion, with one budget for the whole stream), positions relative to the whole file.
Stream parseStream(const QByteArray& bytes, const QString& fileName);

// Thrown when '<<' merges nest deeper than limits::kMaxDepth, which no real file does.
struct MergeTooDeep
{
    YAML::Mark mark;
};

// The value of `key` in the mapping `node`, its own keys first, then those it merges with '<<' (a
// mapping or a list of them), as YAML 1.1 merge keys and Compose define them. An undefined node when
// absent or when `node` is not a mapping.
YAML::Node get(const YAML::Node& node, std::string_view key);
// The entries of a mapping with its merges resolved: its own keys in order, then each merged key it
// does not set itself.
std::vector<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node& node);

// A scalar's text; empty for anything else.
QString text(const YAML::Node& node);
// A command as a list of words: a list's items, or one text, split at blanks, quotes dropped. `read`
// gives a scalar's text (Compose substitutes its variables first).
QStringList words(const YAML::Node& node, QString (*read)(const YAML::Node&) = text);
// Where `node` stands, with the document's first line added.
Origin origin(const QString& file, const Document& document, const YAML::Node& node);

} // namespace gw::importyaml
