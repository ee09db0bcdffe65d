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
                .add("name", &E::name, {.label = "name", .required = true})
                .add("account", &E::account, {.label = "account"})
                .add("region", &E::region, {.label = "region"})
                .take();
        return fields;
    }
};

} // namespace gw
