// ModelFile: loading a model file (read, then validate) and saving one atomically.
#pragma once

#include "loadresult.h"

namespace gw {

class ModelFile
{
public:
    // Reads and validates; problems (including I/O errors) are in the result's diagnostics.
    static LoadResult load(const QString& path);
    // Reads and validates text that did not come from a file of its own (stdin, a test).
    static LoadResult loadText(const QByteArray& text, const QString& displayName);
    // Writes through a temporary file, so a failed save never leaves a half-written model.
    static bool save(const Model& model, const QString& path, QString* errorMessage = nullptr);
};

} // namespace gw
