// Priorities: how much each quality attribute matters to the team, 0..5; the engine's weights.
#pragma once

#include "enumtraits.h"

namespace gw {

enum class Quality { Cost, Performance, Scalability, Reliability, Security, TimeToMarket, Operability };
template<> struct EnumTraits<Quality>
{
    static constexpr std::array<std::string_view, 7> names{
        "cost", "performance", "scalability", "reliability", "security", "time_to_market", "operability"};
};

struct Priorities
{
    static constexpr int kDefault = 3;
    static constexpr int kMin = 0;
    static constexpr int kMax = 5;

    std::array<int, enumCount<Quality>()> weights{kDefault, kDefault, kDefault, kDefault,
                                                  kDefault, kDefault, kDefault};

    int operator[](Quality q) const { return weights[static_cast<std::size_t>(q)]; }
    int& operator[](Quality q) { return weights[static_cast<std::size_t>(q)]; }

    bool operator==(const Priorities&) const = default;
};

} // namespace gw
