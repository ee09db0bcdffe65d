// Environment: a deployment of the whole system (production, staging...), in an account and region.
#pragma once

#include <QString>

namespace gw {

struct Environment
{
    QString name;
    QString account; // cloud account / subscription / project; empty when not said
    QString region;  // empty: the system's primary region

    bool operator==(const Environment&) const = default;
};

} // namespace gw
