#include "sourcelink.h"

#include <QUrl>

namespace gw {

QString sourceLinkHtml(const QString& source)
{
    const QUrl url(source, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http")))
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), source.toHtmlEscaped());
    return source.toHtmlEscaped();
}

} // namespace gw
