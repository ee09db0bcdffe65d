#include "modelannotator.h"

#include "../io/modelreader.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// One line of comment text: line breaks and other control characters (a file name can hold them)
// would end the comment and let the rest be read as YAML.
QByteArray commentText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text)
        clean.append(c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                             c == QChar::ParagraphSeparator
                         ? u'?'
                         : c);
    return clean.toUtf8();
}

struct LineNotes
{
    QByteArrayList endOfLine;
    QList<std::pair<int, QByteArray>> inside; // indentation, text
};

} // namespace

QByteArray ModelAnnotator::annotate(const QByteArray& yaml, const QList<ModelNote>& notes,
                                    const QStringList& header, QList<ModelNote>* unplaced)
{
    const LoadResult read = ModelReader::read(yaml, u"model.yaml"_s);
    QMap<int, LineNotes> byLine; // 1-based
    for (const ModelNote& note : notes) {
        if (!read.sources.contains(note.path)) {
            if (unplaced)
                unplaced->append(note);
            continue;
        }
        const SourceLocation at = read.sources.locate(note.path);
        LineNotes& line = byLine[at.line];
        if (note.placement == NotePlacement::EndOfLine)
            line.endOfLine.append(commentText(note.text));
        else
            line.inside.append({std::max(0, at.column - 1), commentText(note.text)});
    }
    QByteArray out;
    out.reserve(yaml.size() * 3);
    for (const QString& line : header)
        out.append("# ").append(commentText(line)).append('\n');
    const QByteArrayList lines = yaml.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the text's final line break
        out.append(line);
        const auto notesHere = byLine.constFind(int(i + 1));
        if (notesHere == byLine.cend()) {
            out.append('\n');
            continue;
        }
        if (!notesHere->endOfLine.isEmpty())
            out.append("  # ").append(notesHere->endOfLine.join("; "));
        out.append('\n');
        for (const auto& [indent, text] : notesHere->inside)
            out.append(QByteArray(indent, ' ')).append("# ").append(text).append('\n');
    }
    return out;
}

} // namespace gw
