// ImportFormat: what an input to `groundwork-cli import` is, told by its content rather than its name
// (a Compose file may be called anything; manifests come as .yaml, .yml or Helm's output).
#pragma once

#include "../io/diagnostic.h"

#include <QByteArray>

#include <optional>

namespace gw {

enum class ImportFormat { Unknown, Compose, Kubernetes, Terraform };

struct DetectedFormat
{
    ImportFormat format = ImportFormat::Unknown;
    std::optional<Diagnostic> error; // the text does not parse: positioned
};

// JSON with Terraform's keys at the top is a state or `terraform show -json` output; otherwise parses the
// first document with content: a mapping with apiVersion and kind is a Kubernetes object, one with a
// `services` key a Compose file.
DetectedFormat detectImportFormat(const QByteArray& bytes, const QString& fileName);
QString formatName(ImportFormat format);

} // namespace gw
