// The Mustache library (Debian's kainjow), included with the warnings it trips switched off. Private:
// only the template code includes it, never a public header.
#pragma once

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <kainjow/mustache.hpp>
#pragma GCC diagnostic pop
