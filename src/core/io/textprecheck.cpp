#include "textprecheck.h"

#include "limits.h"

namespace gw {

namespace {

Diagnostic errorAt(const QString& file, int line, int column, const QString& message)
{
    Diagnostic d;
    d.location = SourceLocation{file, line, column};
    d.message = message;
    return d;
}

// Length of the UTF-8 sequence starting at p (1..4), or 0 when it is not valid UTF-8.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    int length = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        length = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        length = 4;
    else
        return 0;
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) || (c == 0xF0 && p[1] < 0x90) ||
        (c == 0xF4 && p[1] > 0x8F))
        return 0;
    return length;
}

} // namespace

PrecheckedText precheckText(const QByteArray& bytes, const QString& fileName)
{
    PrecheckedText result;
    if (bytes.size() > limits::kMaxModelBytes) {
        result.error = errorAt(fileName, 0, 0,
                               QStringLiteral("the file is %1 MiB; Groundwork reads files of at most %2 MiB")
                                   .arg(static_cast<double>(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                   .arg(limits::kMaxModelBytes / (1024 * 1024)));
        return result;
    }
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4))) {
        result.error =
            errorAt(fileName, 1, 1, QStringLiteral("the file is UTF-32 encoded; save it as UTF-8"));
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        result.error =
            errorAt(fileName, 1, 1, QStringLiteral("the file is UTF-16 encoded; save it as UTF-8"));
        return result;
    }
    // A UTF-8 byte order mark is allowed by YAML and written by some editors: drop it.
    result.text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;

    const auto* p = reinterpret_cast<const unsigned char*>(result.text.constData());
    const auto* end = p + result.text.size();
    int line = 1;
    int column = 1;
    bool inIndentation = true;
    while (p < end) {
        const unsigned char c = *p;
        if (c == '\n') {
            ++line;
            column = 1;
            inIndentation = true;
            ++p;
            continue;
        }
        if (c == '\t' && inIndentation) {
            result.error =
                errorAt(fileName, line, column,
                        QStringLiteral("tab character in indentation; YAML indents with spaces only"));
            return result;
        }
        if (c != ' ')
            inIndentation = false;
        if (c < 0x20 && c != '\t' && c != '\r') {
            result.error = errorAt(fileName, line, column,
                                   QStringLiteral("binary data (byte 0x%1); a model is a UTF-8 text file")
                                       .arg(static_cast<int>(c), 2, 16, QLatin1Char('0')));
            return result;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0) {
            result.error = errorAt(fileName, line, column,
                                   QStringLiteral("invalid UTF-8 (byte 0x%1); a model is a UTF-8 text file")
                                       .arg(static_cast<int>(c), 2, 16, QLatin1Char('0')));
            return result;
        }
        p += length;
        ++column;
    }
    return result;
}

} // namespace gw
