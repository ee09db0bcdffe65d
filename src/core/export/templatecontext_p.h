// TemplateContext's data in the Mustache library's form, for TemplateRenderer.
#pragma once

#include "mustache_p.h"
#include "templatecontext.h"

namespace gw {

struct TemplateContext::Data
{
    kainjow::mustache::data value;
};

} // namespace gw
