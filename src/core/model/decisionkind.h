// DecisionKind: the decisions the engine makes, and which kind of element each one is about.
#pragma once

#include "enumtraits.h"

namespace gw {

enum class DecisionKind {
    Compute,
    Language,
    ApiStyle,
    Database,
    ReadScaling,
    Messaging,
    ArchitectureStyle,
    AccountStrategy,
    RegionStrategy,
    DeploymentStrategy,
    ServiceAuth,
    Edge,
    Observability
};
template<> struct EnumTraits<DecisionKind>
{
    static constexpr std::array<std::string_view, 13> names{"compute",
                                                            "language",
                                                            "api-style",
                                                            "database",
                                                            "read-scaling",
                                                            "messaging",
                                                            "architecture-style",
                                                            "account-strategy",
                                                            "region-strategy",
                                                            "deployment-strategy",
                                                            "service-auth",
                                                            "edge",
                                                            "observability"};
};

// What a decision of a kind is made for.
enum class SubjectKind { System, Workload, DataStore, Channel };
template<> struct EnumTraits<SubjectKind>
{
    static constexpr std::array<std::string_view, 4> names{"system", "workload", "data store", "channel"};
};

SubjectKind subjectKindOf(DecisionKind kind);

} // namespace gw
