#include "templaterenderer.h"

#include "templatecontext_p.h"

#include <QFile>
#include <QHash>

#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

namespace mu = kainjow::mustache;

QString templatePath(const QString& name)
{
    return u":/groundwork/exports/"_s + name;
}

// The template's text; `found` false when there is none. Read once per thread: parsedTemplate keeps
// what it parsed from it.
QString templateText(const QString& name, bool* found)
{
    QFile file(templatePath(name));
    *found = file.open(QIODevice::ReadOnly);
    return *found ? QString::fromUtf8(file.readAll()) : QString();
}

std::unique_ptr<mu::mustache> parse(const QString& text)
{
    auto tmpl = std::make_unique<mu::mustache>(text.toStdString());
    tmpl->set_custom_escape([](const std::string& s) { return s; });
    return tmpl;
}

// A parsed template, kept per thread: rendering leaves the parsed tree as it was, but the library
// keeps its last error in the object, so one object must not render on two threads at once.
mu::mustache* parsedTemplate(const QString& name)
{
    thread_local QHash<QString, std::shared_ptr<mu::mustache>> cache;
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return it->get();
    bool found = false;
    const QString text = templateText(name, &found);
    if (!found)
        return nullptr;
    std::shared_ptr<mu::mustache> tmpl = parse(text);
    cache.insert(name, tmpl);
    return tmpl.get();
}

QByteArray renderParsed(mu::mustache& tmpl, const mu::data& data, QString* error)
{
    if (!tmpl.is_valid()) {
        if (error)
            *error = QString::fromStdString(tmpl.error_message());
        return {};
    }
    std::string out;
    tmpl.render(data, [&out](const std::string& s) { out += s; });
    if (!tmpl.is_valid()) {
        if (error)
            *error = QString::fromStdString(tmpl.error_message());
        return {};
    }
    return QByteArray::fromStdString(out);
}

} // namespace

QByteArray TemplateRenderer::renderText(const QString& text, const QVariantMap& context, QString* error)
{
    const std::unique_ptr<mu::mustache> tmpl = parse(text);
    return renderParsed(*tmpl, TemplateContext(context).data().value, error);
}

QByteArray TemplateRenderer::render(const QString& name, const TemplateContext& context, QString* error)
{
    mu::mustache* tmpl = parsedTemplate(name);
    if (!tmpl) {
        if (error)
            *error = u"no template %1"_s.arg(name);
        return {};
    }
    QString why;
    QByteArray out = renderParsed(*tmpl, context.data().value, &why);
    if (!why.isEmpty() && error)
        *error = name + u": "_s + why;
    return out;
}

QByteArray TemplateRenderer::render(const QString& name, const QVariantMap& context, QString* error)
{
    return render(name, TemplateContext(context), error);
}

bool TemplateRenderer::exists(const QString& name)
{
    return QFile::exists(templatePath(name));
}

} // namespace gw
