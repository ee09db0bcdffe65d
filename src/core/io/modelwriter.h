// ModelWriter: Model -> YAML text in the format's field order, elements in the user's order,
// defaults left out, so that saved files diff well in git and read back to the same model.
#pragma once

#include <QByteArray>

namespace gw {

struct Model;

class ModelWriter
{
public:
    static QByteArray toYaml(const Model& model);
};

} // namespace gw
