// FindingsText: a gate's findings as compilers print problems, one a line ("model.yaml:12:5: high:
// message [rule]") with its fix indented below, for `check` and `drift`.
#pragma once

#include "core/export/findingsgate.h"

namespace gw::cli {

// A MODEL argument as messages name it: "-" is "<stdin>".
QString shownPath(const QString& path);
QString findingsText(const GateResult& gate);

} // namespace gw::cli
