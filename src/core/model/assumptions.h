// Assumptions: what a team knows about its own system better than the cost estimate's defaults (how many
// requests one vCPU serves in its stack, how far its average load sits below the peak). A value set here
// is taken as known: the estimate uses it in its low, expected and high figures alike.
#pragma once

#include <optional>

namespace gw {

struct Assumptions
{
    std::optional<double> rpsPerVcpu;         // requests a second one vCPU serves, for medium CPU
    std::optional<double> averageShareOfPeak; // average load as a share of the peak, above 0 to 1
    std::optional<double> standbyShare;       // what a warm standby region keeps running, 0 to 1

    bool isEmpty() const { return !rpsPerVcpu && !averageShareOfPeak && !standbyShare; }
    bool operator==(const Assumptions&) const = default;
};

} // namespace gw
