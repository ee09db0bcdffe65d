// MergeSummary: what merging an import into the user's model did, for standard error: how many
// elements, fields, edges and pins it added, and every value of the user's it kept against the
// import's, by element and field. Names and values come from the two models only.
#pragma once

#include <QString>

namespace gw {

struct ModelMergeResult;

class MergeSummary
{
public:
    // `existing`: the user's model file, as the first line names it.
    static QString text(const ModelMergeResult& merge, const QString& existing);
};

} // namespace gw
