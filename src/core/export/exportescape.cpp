#include "exportescape.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gw::exportescape {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

void appendChar(QString& out, char32_t c)
{
    out += QString::fromUcs4(&c, 1);
}

QString hex4(char32_t c)
{
    return QString::number(static_cast<uint>(c), 16).rightJustified(4, u'0');
}

// Common to the C-like string syntaxes (HCL, JSON, YAML double quotes, proto, GraphQL).
bool appendCEscape(QString& out, char32_t c)
{
    switch (c) {
    case u'"':
        out += u"\\\""_s;
        return true;
    case u'\\':
        out += u"\\\\"_s;
        return true;
    case u'\n':
        out += u"\\n"_s;
        return true;
    case u'\r':
        out += u"\\r"_s;
        return true;
    case u'\t':
        out += u"\\t"_s;
        return true;
    default:
        return false;
    }
}

// Splits on anything but ASCII letters and digits: the words identifiers are made from.
QStringList words(const QString& text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

QString hclString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    const QList<uint> codes = text.toUcs4();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t c = codes[i];
        const bool opensTemplate = (c == u'$' || c == u'%') && i + 1 < codes.size() && codes[i + 1] == u'{';
        if (opensTemplate) {
            appendChar(out, c);
            appendChar(out, c); // $${ and %%{ are the literal ${ and %{
        } else if (appendCEscape(out, c)) {
        } else if (isControl(c)) {
            out += u"\\u"_s + hex4(c);
        } else {
            appendChar(out, c);
        }
    }
    return out;
}

QString yamlString(const QString& text)
{
    QString out = u"\""_s;
    for (const uint c : text.toUcs4()) {
        if (appendCEscape(out, c))
            continue;
        if (isControl(c) || c == 0xfeff)
            out += u"\\u"_s + hex4(c);
        else
            appendChar(out, c);
    }
    return out + u'"';
}

QString jsonString(const QString& text)
{
    QString out = u"\""_s;
    for (const uint c : text.toUcs4()) {
        if (appendCEscape(out, c))
            continue;
        if (c < 0x20 || c == 0x2028 || c == 0x2029)
            out += u"\\u"_s + hex4(c);
        else
            appendChar(out, c);
    }
    return out + u'"';
}

QString cString(const QString& text)
{
    QString out;
    for (const uint c : text.toUcs4()) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            out += u' ';
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\\')
            out += u"\\\\"_s;
        else if (!isControl(c))
            appendChar(out, c);
    }
    return out;
}

QString commentLine(const QString& text)
{
    QString out;
    for (const uint c : text.toUcs4())
        appendChar(out, isControl(c) ? char32_t(u' ') : char32_t(c));
    return out.simplified();
}

QString markdownText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '\n':
        case '\r':
            out += u' ';
            break;
        case '|':
        case '\\':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
            out += u'\\';
            out += ch;
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString hclIdentifier(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        const bool ok = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_' || c == u'-');
        out += ok ? c : u'_';
    }
    if (out.isEmpty() || !(out.front().isLetter() || out.front() == u'_'))
        out.prepend(u'_');
    return out;
}

QString dnsLabel(const QString& text)
{
    QString out = words(text.toLower()).join(u'-');
    if (out.size() > 63)
        out.truncate(63);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? u"x"_s : out;
}

QString pascalIdentifier(const QString& text)
{
    QString out;
    for (const QString& w : words(text))
        out += w.front().toUpper() + w.mid(1);
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(u'X');
    return out;
}

QString snakeIdentifier(const QString& text)
{
    QString out = words(text.toLower()).join(u'_');
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(u'x');
    return out;
}

QString fileName(const QString& text)
{
    return dnsLabel(text);
}

QString awsTagValue(const QString& text)
{
    static const QString allowed = u"_.:/=+-@ "_s;
    QString out;
    for (const char32_t c : text.toUcs4()) {
        const QChar q = c < 0x10000 ? QChar(static_cast<char16_t>(c)) : QChar();
        if (c < 0x10000 && (q.isLetterOrNumber() || allowed.contains(q)))
            out += q;
        else
            out += u'_';
    }
    return out.trimmed().left(256);
}

QString azureTagValue(const QString& text)
{
    return commentLine(text).trimmed().left(256);
}

QString gcpLabelValue(const QString& text)
{
    QString out;
    for (const QChar c : text.trimmed().toLower()) {
        const char16_t u = c.unicode();
        out +=
            (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' ? c : QChar(u'_');
    }
    return out.left(63);
}

QString kubernetesLabelValue(const QString& text)
{
    QString out;
    for (const QChar c : text.trimmed()) {
        const bool alnum = c.unicode() < 128 && c.isLetterOrNumber();
        out += alnum || c == u'-' || c == u'_' || c == u'.' ? c : QChar(u'-');
    }
    const auto isEnd = [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); };
    out = out.left(63);
    while (!out.isEmpty() && !isEnd(out.front()))
        out.remove(0, 1);
    while (!out.isEmpty() && !isEnd(out.back()))
        out.chop(1);
    return out;
}

} // namespace gw::exportescape
