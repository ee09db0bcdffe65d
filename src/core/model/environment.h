// Environment: a deployment of the whole system (production, staging...), in an account and region.
#pragma once

#include "fielddescriptor.h"

#include <QString>

#include <optional>

namespace gw {

struct Environment
{
    QString name;
    QString account;             // cloud account / subscription / project; empty when not said
    QString region;              // empty: the system's primary region
    std::optional<double> scale; // share of production's capacity; unset: 1 for production, else assumed

    bool operator==(const Environment&) const = default;
};

// The environment's fields in the format's order; new ones go at the end (see FieldsOf).
template<> struct FieldsOf<Environment>
{
    template<typename E = Environment> static const std::vector<FieldDescriptor<E>>& all()
    {
        static const std::vector<FieldDescriptor<E>> fields =
            FieldListBuilder<E>()
                .add("name", &E::name,
                     {.label = "name",
                      .required = true,
                      .help = "Environment name, unique in the model, e.g. production. Required."})
                .add("account", &E::account,
                     {.label = "account",
                      .help = "Cloud account, subscription or project this environment lives in. Optional."})
                .add("region", &E::region,
                     {.label = "region",
                      .help = "Region of this environment. Default: the first of system.regions."})
                .add("scale", &E::scale,
                     {.label = "scale",
                      .range = FieldRange::between(0, 10),
                      .report = "Scale",
                      .help =
                          "Share of production's capacity this environment runs, from 0 to 10: 0.25 for a "
                          "staging environment a quarter the size, 1 for a full copy. Read by the cost "
                          "estimate. Optional; unset, 1 for production and 0.25 for any other."})
                .take();
        return fields;
    }
};

} // namespace gw
