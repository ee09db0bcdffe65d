#include "mergewriter.h"

#include "../io/modelfile.h"
#include "../io/modelwriter.h"
#include "../io/yamldocument_p.h"
#include "modelannotator.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using Section = ElementRef::Section;

// Where ModelWriter puts things: a top-level mapping's keys and a top-level list's dashes at column 2,
// a list item's keys at 4, the dashes of a list in an item (`uses`) and a group's keys (`traffic`) at 6.
constexpr int kWriterTop = 2;
constexpr int kWriterField = 4;
constexpr int kWriterNested = 6;

const char* const kSections[] = {"workloads", "data", "channels", "decisions"};
// The top-level keys in the order ModelWriter writes them: a new section goes after the last of these
// that comes before it and the file has.
const char* const kOrder[] = {"groundwork", "system", "priorities", "team",     "environments",
                              "workloads",  "data",   "channels",   "decisions"};

int indentOf(QByteArrayView line)
{
    int n = 0;
    while (n < line.size() && line[n] == ' ')
        ++n;
    return n;
}

bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

bool isFlow(const YAML::Node& node)
{
    return node.Style() == YAML::EmitterStyle::Flow;
}

QByteArrayList shifted(const QByteArrayList& lines, int by)
{
    QByteArrayList out;
    out.reserve(lines.size());
    for (const QByteArray& line : lines)
        out.append(by >= 0 ? QByteArray(by, ' ') + line : line.mid(std::min(-by, indentOf(line))));
    return out;
}

// The lines of top-level section `key` in ModelWriter's text, without the key's own line.
QByteArrayList sectionBody(const QByteArray& yaml, const QByteArray& key)
{
    QByteArrayList body;
    bool inside = false;
    for (const QByteArray& line : yaml.split('\n')) {
        if (!line.isEmpty() && line[0] != ' ') {
            if (inside)
                break;
            inside = line == key + ':';
            continue;
        }
        if (inside)
            body.append(line);
    }
    while (!body.isEmpty() && isBlank(body.back()))
        body.removeLast();
    return body;
}

// The lines of a mapping whose keys stand at `column`, one group per key: its line and the deeper ones
// after it (its nested values and their comments).
struct Chunk
{
    QByteArray key;
    QByteArrayList lines;
};

QList<Chunk> chunksOf(const QByteArrayList& lines, int column)
{
    QList<Chunk> out;
    for (const QByteArray& line : lines) {
        if (indentOf(line) == column && line.size() > column && line[column] != '#') {
            const qsizetype colon = line.indexOf(':', column);
            out.append(Chunk{line.mid(column, colon - column), {line}});
        } else if (!out.isEmpty()) {
            out.back().lines.append(line);
        }
    }
    return out;
}

const Chunk* findChunk(const QList<Chunk>& chunks, const QByteArray& key)
{
    for (const Chunk& c : chunks) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

// A key's value in a mapping node, with the key node for its position; both null when absent.
struct Entry
{
    YAML::Node key;
    YAML::Node value;
    bool found = false;
};

Entry entryOf(const YAML::Node& map, const std::string& key)
{
    if (!map.IsMap())
        return {};
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node k = it->first;
        if (k.IsScalar() && k.Scalar() == key)
            return Entry{k, it->second, true};
    }
    return {};
}

// The user's text with lines inserted after given lines; nothing of theirs is changed.
class Splice
{
public:
    explicit Splice(const QByteArray& text)
        : m_lines(text.split('\n')), m_eol(text.contains("\r\n") ? "\r\n" : "\n")
    {
    }

    // The last line (0-based) of `node`, of its last key or value and of the lines after that one
    // that are indented deeper (a block scalar's lines, a value continued on the next line). `from`
    // is a line the node is known to reach (its key's).
    int lastLine(const YAML::Node& node, int from = -1) const
    {
        int last = std::max(from, lastMark(node));
        if (last < 0 || last >= m_lines.size())
            return last;
        const int base = indentOf(m_lines[last]);
        for (int j = last + 1; j < m_lines.size(); ++j) {
            if (isBlank(m_lines[j]))
                continue;
            if (indentOf(m_lines[j]) <= base)
                break;
            last = j;
        }
        return last;
    }

    // Lines go after line `after`; of those after the same line, lower ranks first (the innermost
    // list before its element's keys before the next item before a new section), then in call order.
    void insert(int after, int rank, const QByteArrayList& lines)
    {
        m_inserts.append(Insert{after, rank, int(m_inserts.size()), lines});
    }

    bool isEmpty() const { return m_inserts.isEmpty(); }

    QByteArray text() const
    {
        QList<Insert> inserts = m_inserts;
        std::sort(inserts.begin(), inserts.end(), [](const Insert& a, const Insert& b) {
            return std::tie(a.after, a.rank, a.order) < std::tie(b.after, b.rank, b.order);
        });
        QByteArray out;
        qsizetype next = 0;
        for (int i = 0; i < m_lines.size(); ++i) {
            out += m_lines[i];
            const bool last = i == m_lines.size() - 1;
            if (!last)
                out += '\n';
            bool first = true;
            for (; next < inserts.size() && inserts[next].after == i; ++next) {
                if (first && last) // the file did not end its last line
                    out += m_eol;
                first = false;
                for (const QByteArray& line : inserts[next].lines)
                    out += line + m_eol;
            }
        }
        return out;
    }

    int lineCount() const { return int(m_lines.size()); }

private:
    static int lastMark(const YAML::Node& node)
    {
        // A null value's mark is where the next token starts, not where it stands.
        int last = node.IsNull() ? -1 : node.Mark().line;
        if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                const YAML::Node key = it->first;
                last = std::max({last, key.Mark().line, lastMark(it->second)});
            }
        } else if (node.IsSequence()) {
            for (const YAML::Node& item : node)
                last = std::max(last, lastMark(item));
        }
        return last;
    }

    struct Insert
    {
        int after;
        int rank;
        int order;
        QByteArrayList lines;
    };

    QByteArrayList m_lines; // with their '\r' when the file ends lines with CRLF
    QByteArray m_eol;
    QList<Insert> m_inserts;
};

enum Rank { InnerList = 0, Field = 1, Item = 2, NewSection = 3 };

class TextMerge
{
public:
    TextMerge(const QByteArray& text, const QString& file, const ImportResult& import,
              const ModelMergeResult& merge)
        : m_file(file), m_import(import), m_merge(merge), m_splice(text)
    {
        for (const ModelNote& note : import.notes)
            m_notes[note.path.section(u'.', 0, 0)].append(note);
    }

    // Fills the splice; false after setting `refusal`.
    bool run(const YAML::Node& root)
    {
        if (!root.IsMap() || isFlow(root))
            return refuse(root.Mark(),
                          u"the model is one flow-style mapping ({...}, as JSON writes it); --merge "
                          "only inserts into block-style YAML, so that none of the file is rewritten"_s);
        m_root = root;
        m_listIndent = listIndent();
        return mergeSystem() && mergeElements() && addSections();
    }

    QByteArray text() const { return m_splice.text(); }
    std::optional<Diagnostic> refusal;

private:
    bool refuse(const YAML::Mark& mark, const QString& message)
    {
        Diagnostic d;
        d.location = SourceLocation{m_file, mark.line + 1, mark.column + 1};
        d.message = message;
        refusal = d;
        return false;
    }

    bool refuseFlow(const YAML::Node& node, const QString& what)
    {
        return refuse(node.Mark(),
                      u"%1 is written in flow style ([...] or {...}); --merge adds to block-style lists and "
                      "mappings only (one '- ' item or key a line), so that none of the file is rewritten: "
                      "write it in block style to merge into it"_s.arg(what));
    }

    // The column the file puts a top-level list's dashes at (ModelWriter's 2 when it has none).
    int listIndent() const
    {
        for (const char* key : {"environments", "workloads", "data", "channels", "decisions"}) {
            const Entry e = entryOf(m_root, key);
            if (e.found && e.value.IsSequence() && !isFlow(e.value) && e.value.size() > 0)
                return e.value.Mark().column;
        }
        return kWriterTop;
    }

    // The import's notes about `from` and what it holds, with their paths moved to `to`.
    QList<ModelNote> notesMoved(const QString& from, const QString& to) const
    {
        QList<ModelNote> out;
        for (const ModelNote& note : m_notes.value(from)) {
            ModelNote moved = note;
            moved.path = to + note.path.mid(from.size());
            out.append(moved);
        }
        return out;
    }

    // The import's end-of-line note at exactly `path`, moved to `to`.
    QList<ModelNote> noteAt(const QString& path, const QString& to) const
    {
        QList<ModelNote> out;
        for (const ModelNote& note : m_notes.value(path.section(u'.', 0, 0))) {
            if (note.path == path && note.placement == NotePlacement::EndOfLine)
                out.append(ModelNote{to, note.text, NotePlacement::EndOfLine});
        }
        return out;
    }

    static QByteArray written(const Model& model, const QList<ModelNote>& notes)
    {
        return ModelAnnotator::annotate(ModelWriter::toYaml(model), notes, {});
    }

    bool mergeSystem()
    {
        Model part;
        QList<ModelNote> notes;
        QByteArrayList keys;
        for (const MergeFill& fill : m_merge.filled) {
            if (fill.element.section != Section::System)
                continue;
            const FieldDescriptor<System>* d = findField<System>(fill.key.toStdString());
            if (!d)
                continue;
            d->set(part.system, d->get(m_merge.model.system));
            keys.append(fill.key.toUtf8());
            for (const ModelNote& note : m_notes.value(u"system"_s)) {
                if (note.placement == NotePlacement::EndOfLine &&
                    (note.path == fill.importPath || note.path.startsWith(fill.importPath + u'[')))
                    notes.append(note);
            }
        }
        if (keys.isEmpty())
            return true;
        const Entry system = entryOf(m_root, "system");
        if (!system.found || !system.value.IsMap())
            return refuse(m_root.Mark(),
                          u"the model's system is not a mapping to add the cloud and regions to"_s);
        if (isFlow(system.value))
            return refuseFlow(system.value, u"system"_s);
        QByteArrayList lines;
        for (const Chunk& chunk : chunksOf(sectionBody(written(part, notes), "system"), kWriterTop)) {
            if (keys.contains(chunk.key))
                lines += chunk.lines;
        }
        m_splice.insert(m_splice.lastLine(system.value, system.key.Mark().line), Field,
                        shifted(lines, system.value.Mark().column - kWriterTop));
        return true;
    }

    // The items of a list in the user's file, in order.
    static std::vector<YAML::Node> itemsOf(const YAML::Node& list)
    {
        std::vector<YAML::Node> items;
        for (const YAML::Node& item : list)
            items.push_back(item);
        return items;
    }

    // Fields filled and edges added, element by element of the user's model.
    bool mergeElements()
    {
        std::map<std::pair<int, int>, std::pair<QList<MergeFill>, QList<MergeEdge>>> byElement;
        for (const MergeFill& fill : m_merge.filled) {
            if (fill.element.section != Section::System)
                byElement[{int(fill.element.section), fill.element.index}].first.append(fill);
        }
        for (const MergeEdge& edge : m_merge.edges)
            byElement[{int(Section::Workload), edge.workload}].second.append(edge);
        for (const auto& [where, changes] : byElement) {
            const ElementRef ref{static_cast<Section>(where.first), where.second};
            bool ok = false;
            switch (ref.section) {
            case Section::Workload:
                ok = mergeElement(ref, m_merge.model.workloads[ref.index], changes.first, changes.second);
                break;
            case Section::DataStore:
                ok = mergeElement(ref, m_merge.model.data[ref.index], changes.first, {});
                break;
            case Section::Channel:
                ok = mergeElement(ref, m_merge.model.channels[ref.index], changes.first, {});
                break;
            default:
                ok = true;
                break;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    template<typename T>
    bool mergeElement(const ElementRef& ref, const T& merged, const QList<MergeFill>& fills,
                      const QList<MergeEdge>& edges)
    {
        const QString sectionKey = ElementRef::sectionKey(ref.section);
        const Entry section = entryOf(m_root, sectionKey.toStdString());
        if (!section.found || !section.value.IsSequence())
            return refuse(m_root.Mark(),
                          u"%1 is not a list in the file"_s.arg(sectionKey)); // it loaded as one
        if (isFlow(section.value))
            return refuseFlow(section.value, sectionKey);
        const std::vector<YAML::Node> items = itemsOf(section.value);
        if (ref.index >= int(items.size()))
            return refuse(section.value.Mark(), u"%1 has fewer items than the model read"_s.arg(sectionKey));
        const YAML::Node item = items[std::size_t(ref.index)];
        const QString path = ref.path();
        if (!item.IsMap())
            return refuse(item.Mark(), u"%1 is not a mapping"_s.arg(path));
        if (isFlow(item))
            return refuseFlow(item, path);

        // The element as ModelWriter would write just what the merge adds to it.
        T part;
        part.id = merged.id;
        const QString partPath = sectionKey + u"[0]"_s;
        QList<ModelNote> notes;
        QByteArrayList keys;    // top-level keys of the element to add
        QByteArrayList grouped; // groups ("traffic") the file already has: their new keys go inside
        for (const MergeFill& fill : fills) {
            const FieldDescriptor<T>* d = findField<T>(fill.key.toStdString());
            if (!d)
                continue;
            d->set(part, d->get(merged));
            notes += noteAt(fill.importPath, partPath + u'.' + fill.key);
            const QByteArray group = QByteArray(d->group().data(), qsizetype(d->group().size()));
            const QByteArray key = group.isEmpty() ? fill.key.toUtf8() : group;
            if (!group.isEmpty() && entryOf(item, group.toStdString()).found) {
                if (!grouped.contains(group))
                    grouped.append(group);
            } else if (!keys.contains(key)) {
                keys.append(key);
            }
        }
        if constexpr (std::is_same_v<T, Workload>) {
            for (const MergeEdge& edge : edges) {
                notes += noteAt(edge.importPath, partPath + u".uses[%1]"_s.arg(part.uses.size()));
                part.uses.append(merged.uses[edge.use]);
            }
        }
        Model model;
        model.system.name = u"merge"_s;
        if constexpr (std::is_same_v<T, Workload>)
            model.workloads.append(part);
        else if constexpr (std::is_same_v<T, DataStore>)
            model.data.append(part);
        else
            model.channels.append(part);
        QByteArrayList body = sectionBody(written(model, notes), sectionKey.toUtf8());
        if (body.isEmpty())
            return true;
        body.front()[kWriterTop] = ' '; // the item's dash: its first key reads like the others
        const QList<Chunk> chunks = chunksOf(body, kWriterField);
        const int itemEnd = m_splice.lastLine(item);
        const int column = item.Mark().column;

        for (const QByteArray& group : std::as_const(grouped)) {
            const Entry entry = entryOf(item, group.toStdString());
            const Chunk* chunk = findChunk(chunks, group);
            if (!chunk)
                continue;
            if (!entry.value.IsMap())
                return refuse(entry.key.Mark(),
                              u"%1.%2 is not a mapping to add keys to"_s.arg(path, QString::fromUtf8(group)));
            if (isFlow(entry.value))
                return refuseFlow(entry.value, path + u'.' + QString::fromUtf8(group));
            m_splice.insert(m_splice.lastLine(entry.value, entry.key.Mark().line), InnerList,
                            shifted(chunk->lines.mid(1), entry.value.Mark().column - kWriterNested));
        }

        QByteArrayList fieldLines;
        const Entry uses = entryOf(item, "uses");
        for (const Chunk& chunk : chunks) {
            if (chunk.key == "uses" && !edges.isEmpty()) {
                if (!uses.found) {
                    fieldLines += chunk.lines;
                    continue;
                }
                const QByteArrayList entries = chunk.lines.mid(1);
                if (uses.value.IsNull()) { // "uses:" with nothing
                    const int dash = uses.key.Mark().column + kWriterTop;
                    m_splice.insert(m_splice.lastLine(uses.key), InnerList,
                                    shifted(entries, dash - kWriterNested));
                } else if (!uses.value.IsSequence() || isFlow(uses.value)) {
                    return refuseFlow(uses.value, path + u".uses"_s);
                } else {
                    m_splice.insert(m_splice.lastLine(uses.value, uses.key.Mark().line), InnerList,
                                    shifted(entries, uses.value.Mark().column - kWriterNested));
                }
            } else if (keys.contains(chunk.key)) {
                fieldLines += chunk.lines;
            }
        }
        if (!fieldLines.isEmpty())
            m_splice.insert(itemEnd, Field, shifted(fieldLines, column - kWriterField));
        return true;
    }

    // New elements and pins: at the end of their list, or in a section of their own.
    bool addSections()
    {
        Model added;
        added.system.name = u"merge"_s;
        QList<ModelNote> notes;
        for (const MergeAddition& a : m_merge.elements) {
            int index = 0;
            switch (a.imported.section) {
            case Section::Workload:
                index = int(added.workloads.size());
                added.workloads.append(m_import.model.workloads[a.imported.index]);
                break;
            case Section::DataStore:
                index = int(added.data.size());
                added.data.append(m_import.model.data[a.imported.index]);
                break;
            case Section::Channel:
                index = int(added.channels.size());
                added.channels.append(m_import.model.channels[a.imported.index]);
                break;
            default:
                continue;
            }
            notes += notesMoved(a.imported.path(), ElementRef{a.imported.section, index}.path());
        }
        for (const MergeAddition& a : m_merge.decisions) {
            const int index = int(added.decisions.size());
            added.decisions.append(m_import.model.decisions[a.imported.index]);
            notes += notesMoved(a.imported.path(), ElementRef{Section::Decision, index}.path());
        }
        const QByteArray yaml = written(added, notes);
        for (const char* key : kSections) {
            const QByteArrayList body = sectionBody(yaml, key);
            if (body.isEmpty())
                continue;
            const Entry section = entryOf(m_root, key);
            if (section.found) {
                if (section.value.IsNull()) { // "workloads:" with nothing
                    m_splice.insert(m_splice.lastLine(section.key), Item,
                                    shifted(body, section.key.Mark().column + m_listIndent - kWriterTop));
                    continue;
                }
                if (!section.value.IsSequence() || isFlow(section.value))
                    return refuseFlow(section.value, QString::fromLatin1(key));
                m_splice.insert(m_splice.lastLine(section.value, section.key.Mark().line), Item,
                                shifted(body, section.value.Mark().column - kWriterTop));
                continue;
            }
            // After the last section the file has of those ModelWriter writes before this one.
            int after = -1;
            for (const char* before : kOrder) {
                if (qstrcmp(before, key) == 0)
                    break;
                const Entry e = entryOf(m_root, before);
                if (e.found)
                    after = std::max(after, m_splice.lastLine(e.value, e.key.Mark().line));
            }
            if (after < 0)
                after = m_splice.lastLine(m_root);
            QByteArrayList lines{QByteArray(), QByteArray(key) + ':'};
            lines += shifted(body, m_listIndent - kWriterTop);
            m_splice.insert(after, NewSection, lines);
        }
        return true;
    }

    const QString m_file;
    const ImportResult& m_import;
    const ModelMergeResult& m_merge;
    Splice m_splice;
    YAML::Node m_root;
    int m_listIndent = kWriterTop;
    QHash<QString, QList<ModelNote>> m_notes; // the import's notes by the element they are about
};

} // namespace

MergedText MergeWriter::merge(const QByteArray& existing, const QString& fileName, const ImportResult& import)
{
    MergedText out;
    const LoadResult loaded = ModelFile::loadText(existing, fileName);
    if (loaded.hasErrors()) {
        out.problems = loaded.diagnostics;
        return out;
    }
    out.merge = ModelMerge::merge(loaded.model, import, &loaded.sources);
    if (!out.merge.changed()) {
        out.text = existing;
        return out;
    }
    const YamlDocument document = parseYamlDocument(existing, fileName);
    if (document.error) { // it loaded, so this does not happen; if it did, it is said
        out.problems.append(*document.error);
        return out;
    }
    TextMerge text(existing, fileName, import, out.merge);
    if (!text.run(document.root)) {
        out.refusal = text.refusal;
        return out;
    }
    out.text = text.text();
    // What is written must read back as the merged model: anything else loses the user's work quietly.
    const LoadResult check = ModelFile::loadText(out.text, fileName);
    if (check.hasErrors() || check.model != out.merge.model) {
        Diagnostic d;
        d.location.file = fileName;
        d.message =
            u"the merge could not be inserted into this file's layout so that it reads back as the merged "
            "model (a layout --merge does not handle; please report it); nothing written"_s;
        out.refusal = d;
        out.text.clear();
    }
    return out;
}

} // namespace gw
