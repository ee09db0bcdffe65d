// TemplateContext: template values converted once into the template library's own form, so that one
// large context (a cloud's whole model) can fill many templates without being converted for each.
#pragma once

#include <QVariantMap>

#include <memory>

namespace gw {

class TemplateContext
{
public:
    // `values` holds QString, bool, QVariantMap (sections, lookups), QVariantList and QStringList
    // (repeated sections), as TemplateRenderer::render() takes them.
    explicit TemplateContext(const QVariantMap& values);
    ~TemplateContext();
    TemplateContext(TemplateContext&&) noexcept;
    TemplateContext& operator=(TemplateContext&&) noexcept;

    struct Data; // the library's form; defined in templatecontext_p.h
    const Data& data() const { return *m_data; }

private:
    std::unique_ptr<Data> m_data;
};

} // namespace gw
