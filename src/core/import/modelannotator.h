// ModelAnnotator: the YAML ModelWriter wrote for a model, with notes added as comments at the values
// they are about, so that an imported model says where each value came from and what it still needs.
// The writer's own output is not changed: comments are only added, on lines of their own or after a
// value, and the text reads back to the same model.
#pragma once

#include "provenance.h"

#include <QByteArray>
#include <QList>

namespace gw {

class ModelAnnotator
{
public:
    // `yaml` as ModelWriter::toYaml wrote it; `header` lines go first. Notes whose path the YAML does
    // not hold are returned in `unplaced` (none, when the notes were made for this model).
    static QByteArray annotate(const QByteArray& yaml, const QList<ModelNote>& notes,
                               const QStringList& header, QList<ModelNote>* unplaced = nullptr);
};

} // namespace gw
