#include "textescape.h"

#include <QList>

namespace gw::textescape {

namespace {

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
}

// Letters and digits of any script, space and punctuation that no target language gives a meaning.
bool isPlain(char32_t c)
{
    if (c == u' ' || c == u'.' || c == u',' || c == u'-' || c == u'_' || c == u'/' || c == u':' ||
        c == u'(' || c == u')' || c == u'+' || c == u'\'' || c == u'?' || c == u'@' || c == u'=')
        return true;
    return QChar::isLetterOrNumber(c);
}

template<typename Encode> QString escapeEach(const QString& text, Encode encode)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const uint c : text.toUcs4()) {
        if (isLineBreak(c))
            out += u' ';
        else if (isControl(c))
            continue;
        else
            encode(out, c);
    }
    return out;
}

void appendCode(QString& out, char32_t c)
{
    out += QString::fromUcs4(&c, 1);
}

} // namespace

QString xml(const QString& text)
{
    return escapeEach(text, [](QString& out, char32_t c) {
        switch (c) {
        case u'&':
            out += QLatin1StringView("&amp;");
            break;
        case u'<':
            out += QLatin1StringView("&lt;");
            break;
        case u'>':
            out += QLatin1StringView("&gt;");
            break;
        case u'"':
            out += QLatin1StringView("&quot;");
            break;
        case u'\'':
            out += QLatin1StringView("&#39;");
            break;
        default:
            appendCode(out, c);
        }
    });
}

QString mermaid(const QString& text)
{
    return escapeEach(text, [](QString& out, char32_t c) {
        if (isPlain(c))
            appendCode(out, c);
        else
            out += u'#' + QString::number(static_cast<uint>(c)) + u';';
    });
}

QString plantUml(const QString& text)
{
    return escapeEach(text, [](QString& out, char32_t c) {
        // '$' stays: PlantUML 1.2020 fails on &#36; (a regex replacement), and a literal "$x" inside a
        // string argument is not substituted. '%' must go: "%strlen(x)" is evaluated even inside quotes.
        if ((isPlain(c) && c != u'=' && c != u'@') || c == u'$')
            appendCode(out, c);
        else
            out += QLatin1StringView("&#") + QString::number(static_cast<uint>(c)) + u';';
    });
}

QString structurizr(const QString& text)
{
    return escapeEach(text, [](QString& out, char32_t c) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'{' && out.endsWith(u'$'))
            out += u' '; // "${" would start a substitution
        appendCode(out, c);
    });
}

QString identifier(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
    return out;
}

} // namespace gw::textescape
