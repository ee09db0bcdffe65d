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
    // False when the text could not be read as a model of this format version at all (syntax error,
    // a newer version): cross-element checks would then only add noise.
    bool readable = true;

    bool hasErrors() const { return gw::hasErrors(diagnostics); }
};

} // namespace gw
