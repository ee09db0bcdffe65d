#include "yamldocument_p.h"

#include "limits.h"
#include "textprecheck.h"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace gw {

namespace {

const QString& tooDeep()
{
    static const QString message =
        QStringLiteral("nesting is deeper than %1 levels; refusing to read it").arg(limits::kMaxDepth);
    return message;
}

// Walks the whole tree once, without recursion; aliased nodes are counted each time they are reached,
// which is exactly the expansion any later walk would pay.
std::optional<Diagnostic> checkStructure(const YAML::Node& root, const QString& fileName, int* visitBudget)
{
    const int allowed = visitBudget ? std::min(*visitBudget, limits::kMaxNodeVisits) : limits::kMaxNodeVisits;
    struct Item
    {
        YAML::Node node;
        int depth;
    };
    std::vector<Item> stack;
    stack.push_back({root, 1});
    int visits = 0;
    while (!stack.empty()) {
        Item item = std::move(stack.back());
        stack.pop_back();
        if (++visits > allowed) {
            return yamlError(
                fileName, item.node.Mark(),
                QStringLiteral("the document expands to more than %1 values (through YAML aliases?); "
                               "refusing to read it")
                    .arg(limits::kMaxNodeVisits));
        }
        if (item.depth > limits::kMaxDepth)
            return yamlError(fileName, item.node.Mark(), tooDeep());
        const auto push = [&](const YAML::Node& child) {
            if (child.IsScalar() || child.IsNull())
                ++visits;
            else
                stack.push_back({child, item.depth + 1});
        };
        if (item.node.IsMap()) {
            for (auto it = item.node.begin(); it != item.node.end(); ++it) {
                push(it->first);
                push(it->second);
            }
        } else if (item.node.IsSequence()) {
            for (const YAML::Node& child : item.node)
                push(child);
        }
    }
    if (visitBudget)
        *visitBudget -= visits;
    return std::nullopt;
}

// Where the documents of a YAML stream hold content, found by their markers alone: a line that starts
// with "---" or "..." followed by a blank or the line's end is a document marker wherever it stands
// (YAML 1.2, 9.1.4; no scalar may hold one at column 0), so a line scan finds them exactly.
struct DocumentScan
{
    int withContent = 0;
    int firstLine = 0; // 0-based, where the first document's content starts
    int firstColumn = 0;
    char firstCharacter = 0;
    int secondLine = 0; // 0-based, the first content line of the second document
    int secondColumn = 0;
};

DocumentScan scanDocuments(const QByteArray& text)
{
    DocumentScan scan;
    bool inContent = false;
    int line = 0;
    const auto contentAt = [&](int column) {
        if (inContent)
            return;
        inContent = true;
        if (++scan.withContent == 1) {
            scan.firstLine = line;
            scan.firstColumn = column;
        } else if (scan.withContent == 2) {
            scan.secondLine = line;
            scan.secondColumn = column;
        }
    };
    for (qsizetype start = 0; start < text.size(); ++line) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView row(text.constData() + start, end - start);
        start = end + 1;
        const bool marker = row.size() >= 3 && (row.startsWith("---") || row.startsWith("...")) &&
                            (row.size() == 3 || row[3] == ' ' || row[3] == '\t' || row[3] == '\r');
        qsizetype first = 0;
        if (marker) {
            inContent = false;
            if (row.startsWith("..."))
                continue;
            first = 3; // "--- value" starts a document with content on the marker's own line
        }
        while (first < row.size() && (row[first] == ' ' || row[first] == '\t' || row[first] == '\r'))
            ++first;
        if (first == row.size() || row[first] == '#' || (!inContent && !marker && row[first] == '%'))
            continue;
        contentAt(int(first));
        if (scan.withContent == 1 && scan.firstLine == line && !scan.firstCharacter)
            scan.firstCharacter = row[first];
    }
    return scan;
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

Diagnostic yamlError(const QString& fileName, const YAML::Mark& mark, const QString& message)
{
    Diagnostic d;
    d.location = SourceLocation{fileName, mark.line + 1, mark.column + 1};
    d.message = message;
    return d;
}

YamlDocument parseYamlDocument(const QByteArray& bytes, const QString& fileName, int* visitBudget)
{
    YamlDocument doc;
    const PrecheckedText text = precheckText(bytes, fileName);
    if (text.error) {
        doc.error = text.error;
        return doc;
    }
    // One document only, found without YAML::LoadAll: yaml-cpp 0.7's LoadAll never returns on some
    // malformed streams (a stray ',' at the top level; jbeder/yaml-cpp#1040, fixed upstream after the
    // version Debian 12 ships), which our fuzzer found.
    const DocumentScan scan = scanDocuments(text.text);
    if (scan.withContent > 1) {
        YAML::Mark second;
        second.line = scan.secondLine;
        second.column = scan.secondColumn;
        doc.error = yamlError(
            fileName, second,
            QStringLiteral("the file holds %1 YAML documents; it must hold one").arg(scan.withContent));
        return doc;
    }
    try {
        doc.root = YAML::Load(std::string(text.text.constData(), static_cast<std::size_t>(text.text.size())));
    } catch (const YAML::DeepRecursion& e) {
        doc.error = yamlError(fileName, e.mark, tooDeep());
        return doc;
    } catch (const YAML::Exception& e) {
        doc.error = yamlError(fileName, e.mark,
                              QStringLiteral("YAML syntax: ") + lowerFirst(QString::fromStdString(e.msg)));
        return doc;
    }
    // yaml-cpp reads a stream that starts with a flow indicator as an empty document, without a word.
    if (doc.root.IsNull() && scan.withContent > 0 && std::strchr(",]}", scan.firstCharacter)) {
        YAML::Mark first;
        first.line = scan.firstLine;
        first.column = scan.firstColumn;
        doc.error = yamlError(fileName, first,
                              QStringLiteral("YAML syntax: unexpected '%1' where the document should start")
                                  .arg(QLatin1Char(scan.firstCharacter)));
        return doc;
    }
    try {
        doc.error = checkStructure(doc.root, fileName, visitBudget);
    } catch (const YAML::Exception& e) {
        doc.error = yamlError(fileName, e.mark, QString::fromStdString(e.msg));
    }
    return doc;
}

namespace yamlnode {

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

QString quoted(const QString& value)
{
    constexpr int kShown = 60;
    return u'\'' + (value.size() > kShown ? value.left(kShown) + QStringLiteral("...") : value) + u'\'';
}

yamlscalar::Type classify(const YAML::Node& node)
{
    using Type = yamlscalar::Type;
    if (node.IsNull())
        return Type::Null;
    if (!node.IsScalar())
        return Type::String;
    const std::string& tag = node.Tag();
    static const std::string core = "tag:yaml.org,2002:";
    const bool coreTyped =
        tag.size() > core.size() && tag.compare(0, core.size(), core) == 0 && tag != core + "str";
    if (tag != "?" && !coreTyped)
        return Type::String;
    const Type type = yamlscalar::plainType(node.Scalar());
    double ignored = 0;
    if (type == Type::Float && !yamlscalar::parseDouble(node.Scalar(), ignored))
        return Type::String;
    return type;
}

QString describe(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return QStringLiteral("a mapping");
    case YAML::NodeType::Sequence:
        return QStringLiteral("a list");
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QStringLiteral("nothing");
    default:
        return quoted(QString::fromStdString(node.Scalar()));
    }
}

} // namespace yamlnode

} // namespace gw
