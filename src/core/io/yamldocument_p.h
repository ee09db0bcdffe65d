// Private to the core library (it exposes yaml-cpp): parse one YAML document from untrusted bytes with
// every input limit applied, for the model reader and the rule pack loader alike.
#pragma once

#include "diagnostic.h"

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
YamlDocument parseYamlDocument(const QByteArray& bytes, const QString& fileName);

// "YAML syntax: ..." from a yaml-cpp exception, positioned.
Diagnostic yamlError(const QString& fileName, const YAML::Mark& mark, const QString& message);

} // namespace gw
