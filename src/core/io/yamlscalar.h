// How a plain YAML scalar reads under the YAML 1.2 core schema; shared by the reader (to check types)
// and the writer (to quote text that would otherwise read back as a number, a boolean or null).
#pragma once

#include <string>

namespace gw::yamlscalar {

enum class Type { Null, Bool, Int, Float, String };

bool parseDouble(const std::string& text, double& out); // finite numbers only
Type plainType(const std::string& text);

} // namespace gw::yamlscalar
