// ScoredModel: a MODEL argument loaded, checked and scored with the built-in rule packs plus --rules DIRs
// (ScoringCommand::loadScoredModel), with the catalog that scored it.
#pragma once

#include "core/io/loadresult.h"
#include "core/rules/catalog.h"
#include "core/rules/recommendation.h"

#include <memory>

namespace gw::cli {

struct ScoredModel
{
    LoadResult load;
    std::shared_ptr<const Catalog> catalog;
    Recommendations recommendations;
};

} // namespace gw::cli
