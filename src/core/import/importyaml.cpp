#include "importyaml_p.h"

#include "../io/limits.h"
#include "../io/textprecheck.h"
#include "../io/yamldocument_p.h"

#include <QRegularExpression>

#include <unordered_set>

using namespace Qt::StringLiterals;

namespace gw::importyaml {

namespace {

bool isMarker(QByteArrayView row, const char* marker)
{
    return row.size() >= 3 && row.startsWith(marker) &&
           (row.size() == 3 || row[3] == ' ' || row[3] == '\t' || row[3] == '\r');
}

// Whether a line holds content, not only a comment, blanks or (outside a document) a directive.
bool hasContent(QByteArrayView row, bool directivesAllowed)
{
    qsizetype first = 0;
    while (first < row.size() && (row[first] == ' ' || row[first] == '\t' || row[first] == '\r'))
        ++first;
    if (first == row.size() || row[first] == '#')
        return false;
    return !(directivesAllowed && first == 0 && row[0] == '%');
}

struct Chunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    int firstLine = 0;
    bool content = false;
};

// The documents' texts, cut at their markers: a line that starts with "---" or "..." followed by a
// blank or the line's end is a marker wherever it stands (YAML 1.2, 9.1.4), so a line scan finds them.
QList<Chunk> chunks(const QByteArray& text)
{
    QList<Chunk> out{Chunk{}};
    bool opened = false; // whether the current chunk began with "---"
    int line = 0;
    for (qsizetype start = 0; start < text.size(); ++line) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView row(text.constData() + start, end - start);
        if (isMarker(row, "---") || isMarker(row, "...")) {
            out.back().end = start;
            out.append(Chunk{start, start, line, false});
            opened = row.startsWith("---");
            if (opened && hasContent(row.sliced(3), false))
                out.back().content = true;
            if (!opened)
                out.back().start = end; // "..." closes a document; what follows it starts the next
        } else if (hasContent(row, !opened && !out.back().content)) {
            out.back().content = true;
        }
        start = end + 1;
    }
    out.back().end = text.size();
    return out;
}

std::optional<Diagnostic> moved(std::optional<Diagnostic> error, int lines)
{
    if (error && error->location.line > 0)
        error->location.line += lines;
    return error;
}

bool isMergeKey(const YAML::Node& key)
{
    return key.IsScalar() && key.Scalar() == "<<" && key.Tag() != "!"; // a quoted "<<" is a plain key
}

// Merged mappings of `node`, in order: the value of its '<<' key, a mapping or a list of them.
std::vector<YAML::Node> merged(const YAML::Node& node)
{
    std::vector<YAML::Node> out;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (!isMergeKey(key))
            continue;
        const YAML::Node value = it->second;
        if (value.IsMap()) {
            out.push_back(value);
        } else if (value.IsSequence()) {
            for (const YAML::Node& item : value) {
                if (item.IsMap())
                    out.push_back(item);
            }
        }
    }
    return out;
}

YAML::Node find(const YAML::Node& node, std::string_view key, int depth)
{
    if (!node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    if (depth > limits::kMaxDepth)
        throw MergeTooDeep{node.Mark()};
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node k = it->first;
        if (k.IsScalar() && k.Scalar() == key && !isMergeKey(k))
            return it->second;
    }
    for (const YAML::Node& base : merged(node)) {
        const YAML::Node found = find(base, key, depth + 1);
        if (found.IsDefined())
            return found;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

// The mapping's entries in their order, each merge key replaced by the entries it merges that the
// mapping (or an earlier merge) does not set: "<<: *base" written first keeps base's keys first.
void collect(const YAML::Node& node, int depth, std::unordered_set<std::string>& seen,
             std::vector<std::pair<YAML::Node, YAML::Node>>& out)
{
    if (depth > limits::kMaxDepth)
        throw MergeTooDeep{node.Mark()};
    std::unordered_set<std::string> own; // claimed before any merge is expanded: they win over it
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (!isMergeKey(key) && key.IsScalar() && seen.insert(key.Scalar()).second)
            own.insert(key.Scalar());
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (isMergeKey(key)) {
            const YAML::Node value = it->second;
            if (value.IsMap()) {
                collect(value, depth + 1, seen, out);
            } else if (value.IsSequence()) {
                for (const YAML::Node& item : value) {
                    if (item.IsMap())
                        collect(item, depth + 1, seen, out);
                }
            }
        } else if (!key.IsScalar() || own.erase(key.Scalar()) > 0) {
            out.emplace_back(key, it->second);
        }
    }
}

} // namespace

Stream parseStream(const QByteArray& bytes, const QString& fileName)
{
    Stream stream;
    if (bytes.size() > limits::kMaxModelBytes) {
        Diagnostic d;
        d.location.file = fileName;
        d.message = u"the file is larger than %1 MiB; refusing to read it"_s.arg(limits::kMaxModelBytes /
                                                                                 (1024 * 1024));
        stream.error = d;
        return stream;
    }
    const PrecheckedText text = precheckText(bytes, fileName);
    if (text.error) {
        stream.error = text.error;
        return stream;
    }
    int budget = limits::kMaxNodeVisits;
    for (const Chunk& chunk : chunks(text.text)) {
        if (!chunk.content)
            continue;
        if (stream.documents.size() >= limits::kMaxListItems) {
            Diagnostic d;
            d.location = SourceLocation{fileName, chunk.firstLine + 1, 1};
            d.message = u"the file holds more than %1 YAML documents; refusing to read it"_s.arg(
                limits::kMaxListItems);
            stream.error = d;
            return stream;
        }
        const YamlDocument doc =
            parseYamlDocument(text.text.mid(chunk.start, chunk.end - chunk.start), fileName, &budget);
        if (doc.error) {
            stream.error = moved(doc.error, chunk.firstLine);
            return stream;
        }
        if (!doc.root.IsNull() && doc.root.IsDefined())
            stream.documents.append(Document{doc.root, chunk.firstLine});
    }
    return stream;
}

YAML::Node get(const YAML::Node& node, std::string_view key)
{
    return find(node, key, 0);
}

std::vector<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node& node)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> out;
    std::unordered_set<std::string> seen;
    if (node.IsMap())
        collect(node, 0, seen, out);
    return out;
}

QString text(const YAML::Node& node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QStringList words(const YAML::Node& node, QString (*read)(const YAML::Node&))
{
    QStringList out;
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    const auto add = [&](const YAML::Node& item) {
        QString part = read(item);
        part.remove(u'"').remove(u'\'');
        out.append(part.split(blanks, Qt::SkipEmptyParts));
    };
    if (node.IsSequence()) {
        for (const YAML::Node& item : node)
            add(item);
    } else if (node.IsScalar()) {
        add(node);
    }
    return out;
}

Origin origin(const QString& file, const Document& document, const YAML::Node& node)
{
    return Origin{file, node.Mark().is_null() ? 0 : document.firstLine + node.Mark().line + 1};
}

} // namespace gw::importyaml
