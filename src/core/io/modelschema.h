// ModelSchema: the JSON Schema of the model format, for editors (yaml-language-server), the app's
// tooltips and independent validators. Each declared field (FieldDescriptor) gives its own property:
// type, values, range, default and description. The file resources/schema/groundwork-model.schema.in.json
// gives the rest (the document's shape, lists, references, patterns), and where it names a declared
// field its keys take precedence, so a field needs nothing there unless it needs more than its type.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace gw::ModelSchema {

// The whole schema, built once: decision subjects name the kinds known by then (DecisionKinds::known()).
const QJsonObject& schema();

// The schema as an indented JSON document.
QByteArray toJson();

} // namespace gw::ModelSchema
