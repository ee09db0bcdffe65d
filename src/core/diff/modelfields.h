// ModelFields: every field of a model's parts as (format key, value as text) pairs, keyed as in the
// YAML format, so a diff can say "cpu: medium -> high" without knowing each struct.
#pragma once

#include "../model/model.h"

namespace gw {

struct FieldValue
{
    QString key;   // "traffic.peak_rps"
    QString value; // "" when the field is not set
};
using FieldValues = QList<FieldValue>;

FieldValues fieldsOf(const System& system);
FieldValues fieldsOf(const Priorities& priorities);
FieldValues fieldsOf(const Team& team);
FieldValues fieldsOf(const Environment& environment);
FieldValues fieldsOf(const Workload& workload);
FieldValues fieldsOf(const DataStore& dataStore);
FieldValues fieldsOf(const Channel& channel);
FieldValues fieldsOf(const Decision& decision);

} // namespace gw
