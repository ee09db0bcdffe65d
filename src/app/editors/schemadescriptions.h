// SchemaDescriptions: the `description` of each model field in the JSON Schema, read at run time from
// the copy the core library embeds, so that the editors' tooltips and the schema never drift apart.
#pragma once

#include "core/model/elementref.h"

#include <QString>

namespace gw {

class SchemaDescriptions
{
public:
    // The description of `field` ("traffic.peak_rps", "uses.to", "skills.level") of an element of
    // `section`; list indexes in the path ("uses[1].to") are ignored. Empty when the schema has none.
    static QString describe(ElementRef::Section section, const QString& field);
    // The tooltip of a field: its description and, for those who also edit the YAML, its key.
    static QString toolTip(ElementRef::Section section, const QString& field);
};

} // namespace gw
