// Environment: a deployment of the whole system (production, staging...), in an account and region.
#pragma once

#include "fielddescriptor.h"

#include <QString>

namespace gw {

struct Environment
{
    QString name;
    QString account; // cloud account / subscription / project; empty when not said
    QString region;  // empty: the system's primary region

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
                .take();
        return fields;
    }
};

} // namespace gw
