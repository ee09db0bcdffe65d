// Private to the core library (it exposes yaml-cpp): parse one YAML document from untrusted bytes with
// every input limit applied, for the model reader and the rule pack loader alike.
#pragma once

#include "diagnostic.h"
#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>

#include <optional>

namespace gw {

struct YamlDocument
{
    YAML::Node root;
    std::optional<Diagnostic> error; // set when the text is refused; root is then unusable
};

// Prechecks the bytes (size, encoding, tabs), parses exactly one document, and walks it once without
// recursion to refuse nesting deeper than limits::kMaxDepth and alias expansion past
// limits::kMaxNodeVisits. A document that passes can be walked recursively by schema-shaped code.
// `visitBudget`, when given, is shared by the documents of one stream (a multi-document manifest):
// each takes the values it expands to from it, so that many small documents cannot add up to what one
// large document may not do.
YamlDocument parseYamlDocument(const QByteArray& bytes, const QString& fileName, int* visitBudget = nullptr);

// "YAML syntax: ..." from a yaml-cpp exception, positioned.
Diagnostic yamlError(const QString& fileName, const YAML::Mark& mark, const QString& message);

// Reading values out of a checked document, shared by the model and rule pack readers.
namespace yamlnode {

QString text(std::string_view utf8);
// 'value' for messages, cut at 60 characters.
QString quoted(const QString& value);
// How a node reads under the YAML 1.2 core schema: quoted or "!!str" scalars are text, "!!int 5" is a
// number, and "yes" or ".inf" are text too (numbers must be finite).
yamlscalar::Type classify(const YAML::Node& node);
// "a mapping", "a list", "nothing", or the quoted scalar: what the reader found where it wanted else.
QString describe(const YAML::Node& node);

} // namespace yamlnode

} // namespace gw
