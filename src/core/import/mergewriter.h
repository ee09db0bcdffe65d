// MergeWriter: an import merged into the text of a model file the user keeps, so that their comments
// and layout survive: every byte of the file stays, and what the merge adds (elements, fields, `uses`
// entries, pins, the system's cloud and regions) is inserted as ModelWriter would write it, with the
// import's provenance comments, at the end of the list or mapping it belongs to, in the file's own
// indentation. Where that cannot be done without rewriting the user's text (the model is JSON, or a
// list the merge adds to is written in flow style), it refuses and says where.
#pragma once

#include "modelmerge.h"

#include <optional>

namespace gw {

struct MergedText
{
    QByteArray text;                   // the user's text with the merge in; empty unless ok()
    ModelMergeResult merge;            // what the text now holds, and what changed
    Diagnostics problems;              // the user's file does not load: its diagnostics
    std::optional<Diagnostic> refusal; // the merge cannot be inserted into this text without rewriting it

    bool ok() const { return !gw::hasErrors(problems) && !refusal; }
};

class MergeWriter
{
public:
    // `existing` is the text of the user's model, `fileName` how messages name it. The text written
    // reads back (ModelFile::loadText) to exactly `merge.model`; when nothing changes it is `existing`.
    static MergedText merge(const QByteArray& existing, const QString& fileName, const ImportResult& import);
};

} // namespace gw
