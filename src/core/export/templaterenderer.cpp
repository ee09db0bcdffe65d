#include "templaterenderer.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <kainjow/mustache.hpp>
#pragma GCC diagnostic pop

using namespace Qt::StringLiterals;

namespace gw {

namespace {

namespace mu = kainjow::mustache;

mu::data toData(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return mu::data(value.toBool());
    case QMetaType::QVariantMap: {
        mu::data object(mu::data::type::object);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        mu::data list(mu::data::type::list);
        for (const QVariant& item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::QStringList: {
        mu::data list(mu::data::type::list);
        for (const QString& item : value.toStringList())
            list.push_back(mu::data(item.toStdString()));
        return list;
    }
    default:
        return mu::data(value.toString().toStdString());
    }
}

QString templatePath(const QString& name)
{
    return u":/groundwork/exports/"_s + name;
}

// Templates are read once: a 1,000-element export renders the same few files many times.
QString templateText(const QString& name, bool* found)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QMutexLocker lock(&mutex);
    const auto it = cache.constFind(name);
    if (it != cache.cend()) {
        *found = true;
        return *it;
    }
    QFile file(templatePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *found = false;
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    cache.insert(name, text);
    *found = true;
    return text;
}

} // namespace

QByteArray TemplateRenderer::renderText(const QString& text, const QVariantMap& context, QString* error)
{
    mu::mustache tmpl(text.toStdString());
    if (!tmpl.is_valid()) {
        if (error)
            *error = QString::fromStdString(tmpl.error_message());
        return {};
    }
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    const std::string out = tmpl.render(toData(context));
    if (!tmpl.is_valid()) {
        if (error)
            *error = QString::fromStdString(tmpl.error_message());
        return {};
    }
    return QByteArray::fromStdString(out);
}

QByteArray TemplateRenderer::render(const QString& name, const QVariantMap& context, QString* error)
{
    bool found = false;
    const QString text = templateText(name, &found);
    if (!found) {
        if (error)
            *error = u"no template %1"_s.arg(name);
        return {};
    }
    QString why;
    QByteArray out = renderText(text, context, &why);
    if (!why.isEmpty() && error)
        *error = name + u": "_s + why;
    return out;
}

bool TemplateRenderer::exists(const QString& name)
{
    return QFile::exists(templatePath(name));
}

} // namespace gw
