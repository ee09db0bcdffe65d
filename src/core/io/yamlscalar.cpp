#include "yamlscalar.h"

#include <charconv>
#include <cmath>

namespace gw::yamlscalar {

bool parseDouble(const std::string& text, double& out)
{
    if (text.empty())
        return false;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (*begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

namespace {

bool isDecimalInt(const std::string& s)
{
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size())
        return false;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

} // namespace

Type plainType(const std::string& s)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return Type::Null;
    if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
        return Type::Bool;
    if (isDecimalInt(s))
        return Type::Int;
    double ignored = 0;
    if (parseDouble(s, ignored))
        return Type::Float;
    // Spellings other YAML readers (YAML 1.1, PyYAML) take for booleans, infinities or NaN: treat them as
    // non-text so that the writer quotes them and no reader misreads them.
    static const char* const others[] = {"yes",   "Yes",   "YES",  "no",   "No",   "NO",    "on",
                                         "On",    "ON",    "off",  "Off",  "OFF",  "y",     "Y",
                                         "n",     "N",     ".inf", ".Inf", ".INF", "-.inf", "-.Inf",
                                         "-.INF", "+.inf", ".nan", ".NaN", ".NAN"};
    for (const char* other : others) {
        if (s == other)
            return Type::Float;
    }
    return Type::String;
}

} // namespace gw::yamlscalar
