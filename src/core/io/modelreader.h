// ModelReader: YAML text -> Model, through yaml-cpp, keeping positions and collecting every
// format-level problem (syntax, types, unknown keys, values outside an enum, missing keys).
// Cross-element checks are the ModelValidator's.
#pragma once

#include "loadresult.h"

#include <QByteArray>
#include <QString>

namespace gw {

class ModelReader
{
public:
    static LoadResult read(const QByteArray& bytes, const QString& fileName);
};

} // namespace gw
