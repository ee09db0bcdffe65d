// ModelValidator: the checks a model needs beyond its format: ranges, ids and references between
// elements, decisions that name real subjects, and warnings about likely mistakes. It runs on any
// model (loaded or edited in the app); a SourceMap, when there is one, supplies the positions.
#pragma once

#include "diagnostic.h"

namespace gw {

struct Model;
class SourceMap;

class ModelValidator
{
public:
    static Diagnostics validate(const Model& model, const SourceMap& sources);
};

} // namespace gw
