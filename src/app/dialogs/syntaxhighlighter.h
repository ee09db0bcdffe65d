// SyntaxHighlighter: colours the export preview by the file's language (HCL, YAML, JSON, protobuf,
// GraphQL, Markdown): comments, strings, keywords, numbers and keys, with a small rule set per language.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class SyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Plain, Hcl, Yaml, Json, Proto, GraphQl, Markdown };

    explicit SyntaxHighlighter(QTextDocument* document);

    static Language languageFor(const QString& fileName);
    void setLanguage(Language language);
    Language language() const { return m_language; }

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };

    Language m_language = Language::Plain;
    QList<Rule> m_rules;
};
