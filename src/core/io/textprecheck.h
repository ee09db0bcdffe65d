// TextPrecheck: checks on the raw bytes of a file before any YAML parser sees them
// (size, encoding, binary data, tab indentation), each with a clear message and position.
#pragma once

#include "diagnostic.h"

#include <QByteArray>

#include <optional>

namespace gw {

struct PrecheckedText
{
    QByteArray text; // the input without a UTF-8 byte order mark
    std::optional<Diagnostic> error;
};

PrecheckedText precheckText(const QByteArray& bytes, const QString& fileName);

} // namespace gw
