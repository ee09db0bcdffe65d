// CostAssumptions: what an estimate assumes where the model says nothing, in three bands, so that an
// estimate is a range (low / expected / high) rather than a falsely precise figure. docs/cost.md
// documents each value; a value the model states is used as stated in every band.
#pragma once

#include "../model/assumptions.h"
#include "../model/workload.h"

namespace gw {

struct CostAssumptions
{
    enum class Band { Low, Expected, High };

    // Average load as a share of the stated peak, where the model gives a peak only.
    double averageShareOfPeak = 0.3;
    // Multiplies the kind's usual duration where the model gives no duration_ms.
    double durationFactor = 1.0;
    // Requests a second one vCPU serves at a healthy utilisation, for a medium-CPU workload (low CPU
    // serves twice as many, high half as many).
    double rpsPerVcpu = 100;
    // A warm standby region keeps this share of production's compute and messaging running (its databases
    // are full replicas).
    double standbyShare = 0.3;

    static CostAssumptions of(Band band)
    {
        switch (band) {
        case Band::Low:
            return {0.15, 0.5, 200, 0.2};
        case Band::High:
            return {0.5, 2.0, 50, 0.5};
        case Band::Expected:
            break;
        }
        return {};
    }
    // The band's assumptions with what the model states in `system.assumptions` put in their place: a
    // value the team gives is known, so it is the same in every band.
    static CostAssumptions of(Band band, const Assumptions& stated)
    {
        CostAssumptions a = of(band);
        a.rpsPerVcpu = stated.rpsPerVcpu.value_or(a.rpsPerVcpu);
        a.averageShareOfPeak = stated.averageShareOfPeak.value_or(a.averageShareOfPeak);
        a.standbyShare = stated.standbyShare.value_or(a.standbyShare);
        return a;
    }

    // A month as the providers' calculators count it: 730 hours.
    static constexpr double kHoursPerMonth = 730;
    static constexpr double kSecondsPerMonth = kHoursPerMonth * 3600;
    // A data store's size where the model gives none: the smallest volume worth pricing.
    static constexpr double kDefaultStoreGb = 20;
    // An item or message where the model gives no size.
    static constexpr double kDefaultItemKb = 1;
    // A queued message is sent, received and deleted: three billed requests.
    static constexpr double kRequestsPerQueuedMessage = 3;
    // The capacity an environment other than production runs, as a share of production's, where the
    // model gives no `scale`: a staging or test copy sized down.
    static constexpr double kOtherEnvironmentScale = 0.25;
    // A pick is said to cost more than another candidate left from this ratio and this difference a month
    // on: below them the estimate's own bands (x0.5 to x2 on durations) could account for the gap.
    static constexpr double kCostsMoreRatio = 2.0;
    static constexpr double kCostsMoreAtLeastUsd = 50;
    // A highly available database from this availability target on (a standby in a second zone).
    static constexpr double kStandbyFromAvailability = 99.95;

    // The usual time to handle one request or event of a kind, in milliseconds.
    static double usualDurationMs(WorkloadKind kind)
    {
        switch (kind) {
        case WorkloadKind::Api:
        case WorkloadKind::Web:
            return 100;
        case WorkloadKind::Stream:
            return 50;
        case WorkloadKind::EventHandler:
            return 200;
        case WorkloadKind::MlInference:
            return 300;
        case WorkloadKind::Worker:
            return 1000;
        case WorkloadKind::Batch:
        case WorkloadKind::Scheduled:
            return 60000;
        }
        return 100;
    }

    // vCPU of one container instance by the workload's CPU need.
    static double instanceVcpu(Level cpu)
    {
        switch (cpu) {
        case Level::Low:
            return 0.25;
        case Level::Medium:
            return 1;
        case Level::High:
            return 2;
        }
        return 1;
    }
    static double cpuThroughputFactor(Level cpu)
    {
        return cpu == Level::Low ? 2.0 : cpu == Level::High ? 0.5 : 1.0;
    }
};

} // namespace gw
