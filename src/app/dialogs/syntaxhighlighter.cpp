#include "syntaxhighlighter.h"

#include "palettecolors.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QTextCharFormat charFormat(const QColor& colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(gw::palettecolors::themed(colour));
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

SyntaxHighlighter::SyntaxHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
}

SyntaxHighlighter::Language SyntaxHighlighter::languageFor(const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (name.endsWith(u".tf"_s) || name.endsWith(u".tfvars"_s) || name.endsWith(u".hcl"_s))
        return Language::Hcl;
    if (name.endsWith(u".yaml"_s) || name.endsWith(u".yml"_s))
        return Language::Yaml;
    if (name.endsWith(u".json"_s))
        return Language::Json;
    if (name.endsWith(u".proto"_s))
        return Language::Proto;
    if (name.endsWith(u".graphql"_s) || name.endsWith(u".gql"_s))
        return Language::GraphQl;
    if (name.endsWith(u".md"_s))
        return Language::Markdown;
    return Language::Plain;
}

void SyntaxHighlighter::setLanguage(Language language)
{
    m_language = language;
    m_rules.clear();
    const QTextCharFormat keyword = charFormat(QColor(0x1f, 0x4e, 0xa8), true);
    const QTextCharFormat key = charFormat(QColor(0x7a, 0x2e, 0x8e));
    const QTextCharFormat string = charFormat(QColor(0x2e, 0x7d, 0x32));
    const QTextCharFormat number = charFormat(QColor(0xb3, 0x5c, 0x00));
    const QTextCharFormat comment = charFormat(QColor(0x75, 0x75, 0x75), false, true);
    const QTextCharFormat type = charFormat(QColor(0x00, 0x6b, 0x75), true);
    const auto add = [this](const QString& pattern, const QTextCharFormat& f) {
        m_rules.append({QRegularExpression(pattern), f});
    };
    // Later rules win where they overlap: strings and comments come last.
    switch (language) {
    case Language::Hcl:
        add(u"^\\s*(resource|data|module|variable|output|locals|provider|terraform|backend|dynamic|"
            u"required_providers|validation|lifecycle)\\b"_s,
            keyword);
        add(u"\\b(var|local|module|each|count|data)\\.[A-Za-z0-9_.-]+"_s, type);
        add(u"^\\s*[A-Za-z_][A-Za-z0-9_-]*(?=\\s*=)"_s, key);
        add(u"\\b(true|false|null|for|in|if)\\b"_s, keyword);
        add(u"\\b[0-9]+(\\.[0-9]+)?\\b"_s, number);
        add(u"\"(\\\\.|[^\"\\\\])*\""_s, string);
        add(u"(#|//).*$"_s, comment);
        break;
    case Language::Yaml:
        add(u"^\\s*(- )?[^\\s:#\"'][^:#]*(?=:(\\s|$))"_s, key);
        add(u"\\b(true|false|null)\\b"_s, keyword);
        add(u"(?<=:\\s)-?[0-9]+(\\.[0-9]+)?\\s*$"_s, number);
        add(u"^---$"_s, keyword);
        add(u"\"(\\\\.|[^\"\\\\])*\""_s, string);
        add(u"(^|\\s)#.*$"_s, comment);
        break;
    case Language::Json:
        add(u"\\b(true|false|null)\\b"_s, keyword);
        add(u"-?\\b[0-9]+(\\.[0-9]+)?\\b"_s, number);
        add(u"\"(\\\\.|[^\"\\\\])*\""_s, string);
        add(u"\"(\\\\.|[^\"\\\\])*\"(?=\\s*:)"_s, key);
        break;
    case Language::Proto:
        add(u"\\b(syntax|package|import|option|service|rpc|returns|message|enum|repeated|map|oneof|reserved)\\b"_s,
            keyword);
        add(u"\\b(string|int32|int64|uint32|uint64|bool|bytes|double|float)\\b"_s, type);
        add(u"\\b[0-9]+\\b"_s, number);
        add(u"\"(\\\\.|[^\"\\\\])*\""_s, string);
        add(u"//.*$"_s, comment);
        break;
    case Language::GraphQl:
        add(u"\\b(type|input|enum|schema|directive|scalar|interface|union|extend|query|mutation|on)\\b"_s,
            keyword);
        add(u"\\b(ID|String|Int|Float|Boolean)\\b"_s, type);
        add(u"@[A-Za-z_]+"_s, key);
        add(u"\"(\\\\.|[^\"\\\\])*\""_s, string);
        add(u"#.*$"_s, comment);
        break;
    case Language::Markdown:
        add(u"^#+ .*$"_s, keyword);
        add(u"`[^`]*`"_s, string);
        break;
    case Language::Plain:
        break;
    }
    rehighlight();
}

void SyntaxHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), rule.format);
        }
    }
}
