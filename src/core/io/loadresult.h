// LoadResult: a model read from a file, where its values stood, and every problem found.
#pragma once

#include "../model/model.h"
#include "diagnostic.h"
#include "sourcemap.h"

namespace gw {

struct LoadResult
{
    Model model;
    SourceMap sources;
    Diagnostics diagnostics;

    bool hasErrors() const { return gw::hasErrors(diagnostics); }
};

} // namespace gw
