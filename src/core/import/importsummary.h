// ImportSummary: what an import found, for standard error: the files read, the elements made, each edge
// and what it was inferred from, and everything left out, by type and count, so that nothing read is
// dropped without a word. It names services, keys and places only, never a value.
#pragma once

#include <QString>

namespace gw {

struct ImportResult;

class ImportSummary
{
public:
    // `output`: where the model was written, for the last line.
    static QString text(const ImportResult& result, const QString& output);
};

} // namespace gw
