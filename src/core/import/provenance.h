// ModelNote: what an imported model says about one of its values as a YAML comment: where the value
// was read and why it is what it is, or that a field could not be inferred and waits for a person.
#pragma once

#include <QString>

namespace gw {

enum class NotePlacement {
    EndOfLine, // after the value at `path`, on its line
    Inside,    // a line of its own right after the first line of the mapping at `path`
};

struct ModelNote
{
    QString path; // the value's path in the model format, as SourceMap records it: "workloads[2].kind"
    QString text;
    NotePlacement placement = NotePlacement::EndOfLine;
};

} // namespace gw
