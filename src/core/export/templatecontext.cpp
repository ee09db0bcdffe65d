#include "templatecontext_p.h"

namespace gw {

namespace {

namespace mu = kainjow::mustache;

// Built bottom-up with moves: the library's set() and push_back() copy a whole subtree, which for a
// 1,000-element model copied every workload's map once per level.
mu::data toData(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return mu::data(value.toBool());
    case QMetaType::QVariantMap: {
        mu::data object(mu::data::type::object);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object[it.key().toStdString()] = toData(it.value());
        return object;
    }
    case QMetaType::QVariantList: {
        const QVariantList items = value.toList();
        mu::list list;
        list.reserve(static_cast<std::size_t>(items.size()));
        for (const QVariant& item : items)
            list.push_back(toData(item));
        return mu::data(list);
    }
    case QMetaType::QStringList: {
        const QStringList items = value.toStringList();
        mu::list list;
        list.reserve(static_cast<std::size_t>(items.size()));
        for (const QString& item : items)
            list.emplace_back(item.toStdString());
        return mu::data(list);
    }
    default:
        return mu::data(value.toString().toStdString());
    }
}

} // namespace

TemplateContext::TemplateContext(const QVariantMap& values) : m_data(std::make_unique<Data>())
{
    m_data->value = toData(values);
}

TemplateContext::~TemplateContext() = default;
TemplateContext::TemplateContext(TemplateContext&&) noexcept = default;
TemplateContext& TemplateContext::operator=(TemplateContext&&) noexcept = default;

} // namespace gw
