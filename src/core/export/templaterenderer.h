// TemplateRenderer: fills a Mustache template from exports/ (compiled into the resources under
// :/groundwork/exports/) with values the caller has already escaped for the target language. Mustache's
// own HTML escaping is off: it is wrong for HCL, YAML and JSON.
#pragma once

#include <QString>
#include <QVariant>

namespace gw {

class TemplateContext;

class TemplateRenderer
{
public:
    // `context` holds QString, bool, QVariantMap (sections, lookups) and QVariantList (repeated sections).
    // `name` is relative to exports/, e.g. "terraform/aws/main.tf.mustache". A missing or broken
    // template is a defect of ours: the error names it and the result is empty.
    static QByteArray render(const QString& name, const QVariantMap& context, QString* error = nullptr);
    // The same from a context converted once: for one context that fills many templates.
    static QByteArray render(const QString& name, const TemplateContext& context, QString* error = nullptr);

    // Renders template text directly (used by tests and by render()).
    static QByteArray renderText(const QString& text, const QVariantMap& context, QString* error = nullptr);

    // Whether the built-in templates hold `name`.
    static bool exists(const QString& name);
};

} // namespace gw
