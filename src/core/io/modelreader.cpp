#include "modelreader.h"

#include "limits.h"
#include "yamldocument_p.h"
#include "yamlmapreader_p.h"
#include "yamlscalar.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <span>
#include <string_view>
#include <vector>

namespace gw {

namespace {

using Key = std::string_view;
using S = ElementRef::Section;

using yamlscalar::parseDouble;
using ScalarType = yamlscalar::Type;
using yamlnode::classify;
using yamlnode::quoted;

QString joinPath(const QString& parent, Key key)
{
    return parent.isEmpty() ? yamlnode::text(key) : parent + u'.' + yamlnode::text(key);
}

QString indexPath(const QString& parent, int index)
{
    return YamlMapReader::indexed(parent, static_cast<std::size_t>(index));
}

using Fields = YamlMap;

// The model's sections on top of the shared mapping reader: lists of enums and texts, ownership, and
// one function per part of the model.
class Reader
{
public:
    Reader(const QString& file, LoadResult& out)
        : m_yaml(file, out.diagnostics, YamlMapReader::Naming::Paths, &out.sources), m_out(out)
    {
        m_out.sources.setFileName(file);
    }

    void readDocument(const YAML::Node& root);
    bool stopped() const { return m_yaml.stopped(); }

    void error(const YAML::Mark& mark, const YamlWhere& path, const QString& message)
    {
        m_yaml.error(mark, path, message);
    }

private:
    void record(const QString& path, const YAML::Mark& mark) { m_yaml.record(path, mark); }

    Fields fields(const YAML::Node& node, const QString& path, std::span<const Key> allowed)
    {
        // "system:" or a bare "-" with nothing is an empty mapping, so that its required keys are reported.
        return m_yaml.map(node, path, allowed, !path.isEmpty());
    }
    void requireKey(const Fields& f, Key key, const QString& hint = {}) { m_yaml.requireKey(f, key, hint); }

    void readInt(const Fields& f, Key key, std::optional<int>& out)
    {
        int value = 0;
        if (m_yaml.readInt(f, key, value))
            out = value;
    }
    void readString(const Fields& f, Key key, QString& out) { m_yaml.readText(f, key, out); }
    template<typename E> void readEnum(const Fields& f, Key key, E& out) { m_yaml.readEnum(f, key, out); }
    bool readEnumList(const Fields& f, Key key, std::span<const std::string_view> names, QStringList& out);
    bool readStringList(const Fields& f, Key key, QStringList& out);

    // Reads T's mapping by its list of fields (see FieldDescriptor); `readCustom(key, fields)` reads the
    // Custom ones, in their place.
    template<typename T, typename ReadCustom>
    void readFields(const YAML::Node& node, const QString& path, T& out, ReadCustom readCustom);
    template<typename T> void readField(const Fields& f, Key key, const FieldDescriptor<T>& d, T& out);

    void readSystem(const YAML::Node& node);
    void readPriorities(const YAML::Node& node);
    void readTeam(const YAML::Node& node);
    void readSkills(const Fields& f, Team& t);
    void readEnvironment(const YAML::Node& node, int index);
    void readWorkload(const YAML::Node& node, int index);
    void readUse(const YAML::Node& node, const QString& path, Use& use);
    void readDataStore(const YAML::Node& node, int index);
    void readChannel(const YAML::Node& node, int index);
    void readDecision(const YAML::Node& node, int index);
    template<typename ReadItem> void readSection(const Fields& top, Key key, ReadItem readItem);

    void setElement(const ElementRef& element) { m_yaml.setElement(element); }

    YamlMapReader m_yaml;
    LoadResult& m_out;
};

bool Reader::readEnumList(const Fields& f, Key key, std::span<const std::string_view> names, QStringList& out)
{
    const std::vector<YAML::Node> items = m_yaml.list(f, key);
    if (!f.find(key))
        return false;
    std::vector<std::size_t> seen;
    for (std::size_t i = 0; i < items.size() && !stopped(); ++i) {
        std::size_t index = 0;
        const YamlWhere item(f, key, static_cast<int>(i));
        if (!m_yaml.enumIndex(items[i], item, names, index))
            continue;
        const QString name = yamlnode::text(names[index]);
        if (std::find(seen.begin(), seen.end(), index) != seen.end()) {
            error(items[i].Mark(), item, QStringLiteral("%1 is listed twice").arg(quoted(name)));
            continue;
        }
        seen.push_back(index);
        out.append(name);
    }
    return true;
}

bool Reader::readStringList(const Fields& f, Key key, QStringList& out)
{
    const std::vector<YAML::Node> items = m_yaml.list(f, key);
    if (!f.find(key))
        return false;
    for (std::size_t i = 0; i < items.size() && !stopped(); ++i) {
        QString value;
        if (m_yaml.text(items[i], YamlWhere(f, key, static_cast<int>(i)), value))
            out.append(value);
    }
    return true;
}

// The keys of T's own mapping in the format's order, a nested mapping ("traffic") once.
template<typename T> const std::vector<Key>& keysOf()
{
    static const std::vector<Key> keys = [] {
        std::vector<Key> out;
        for (const FieldDescriptor<T>& d : fieldList<T>()) {
            const Key key = d.group().empty() ? d.key : d.group();
            if (out.empty() || out.back() != key)
                out.push_back(key);
        }
        return out;
    }();
    return keys;
}

// What follows "missing required key 'x'": an enum's values, or what a count counts.
template<typename T> QString requiredHint(const FieldDescriptor<T>& d)
{
    if (d.type == FieldType::Enum) {
        QStringList names;
        for (const std::string_view name : d.enumNames)
            names.append(yamlnode::text(name));
        return QStringLiteral(" (one of %1)").arg(names.join(QStringLiteral(", ")));
    }
    if (d.type == FieldType::Int && !d.unit().isEmpty())
        return QStringLiteral(" (the number of %1)").arg(d.unit());
    return {};
}

template<typename T, typename ReadCustom>
void Reader::readFields(const YAML::Node& node, const QString& path, T& out, ReadCustom readCustom)
{
    const Fields f = fields(node, path, keysOf<T>());
    const std::vector<FieldDescriptor<T>>& list = fieldList<T>();
    for (const FieldDescriptor<T>& d : list) {
        if (d.info.required)
            requireKey(f, d.key, requiredHint(d));
    }
    for (std::size_t i = 0; i < list.size() && !stopped();) {
        const Key group = list[i].group();
        std::size_t end = i + 1;
        while (!group.empty() && end < list.size() && list[end].group() == group)
            ++end;
        if (list[i].type == FieldType::Custom) {
            readCustom(list[i].key, f);
        } else if (group.empty()) {
            readField(f, list[i].key, list[i], out);
        } else if (const YamlEntry* e = f.find(group)) {
            const QString groupPath = joinPath(f.where, group);
            record(groupPath, e->value.Mark());
            std::vector<Key> keys;
            for (std::size_t j = i; j < end; ++j)
                keys.push_back(list[j].leaf());
            const Fields g = fields(e->value, groupPath, keys);
            for (std::size_t j = i; j < end; ++j)
                readField(g, list[j].leaf(), list[j], out);
        }
        i = end;
    }
}

template<typename T> void Reader::readField(const Fields& f, Key key, const FieldDescriptor<T>& d, T& out)
{
    switch (d.type) {
    case FieldType::Text: {
        QString value;
        if (m_yaml.readText(f, key, value))
            d.set(out, value);
        return;
    }
    case FieldType::Bool: {
        bool value = false;
        if (m_yaml.readBool(f, key, value))
            d.set(out, value);
        return;
    }
    case FieldType::Int: {
        int value = 0;
        if (m_yaml.readInt(f, key, value))
            d.set(out, value);
        return;
    }
    case FieldType::Number: {
        double value = 0;
        if (m_yaml.readNumber(f, key, value))
            d.set(out, value);
        return;
    }
    case FieldType::Enum: {
        std::size_t index = 0;
        const YAML::Node* node = m_yaml.scalar(f, key);
        if (node && m_yaml.enumIndex(*node, YamlWhere(f, key), d.enumNames, index))
            d.set(out, static_cast<int>(index));
        return;
    }
    case FieldType::EnumList: {
        QStringList names;
        if (readEnumList(f, key, d.enumNames, names))
            d.set(out, names);
        return;
    }
    case FieldType::TextList: {
        QStringList values;
        if (readStringList(f, key, values))
            d.set(out, values);
        return;
    }
    case FieldType::Custom:
        return;
    }
}

template<typename ReadItem> void Reader::readSection(const Fields& top, Key key, ReadItem readItem)
{
    const std::vector<YAML::Node> items = m_yaml.list(top, key);
    if (items.size() > std::size_t(limits::kMaxListItems)) {
        const QString name = QString::fromLatin1(key.data(), qsizetype(key.size()));
        error(top.find(key)->keyMark, name,
              QStringLiteral("%1 items; a model holds at most %2 in one list")
                  .arg(items.size())
                  .arg(limits::kMaxListItems));
        m_out.readable = false;
        return;
    }
    for (std::size_t i = 0; i < items.size() && !stopped(); ++i)
        readItem(items[i], static_cast<int>(i));
}

constexpr Key kTopKeys[] = {"groundwork", "system", "priorities", "team",     "environments",
                            "workloads",  "data",   "channels",   "decisions"};

void Reader::readDocument(const YAML::Node& root)
{
    if (root.IsNull()) {
        error(YAML::Mark(), {},
              QStringLiteral("the file is empty; a model starts with 'groundwork: 1' and a system"));
        m_out.readable = false;
        return;
    }
    if (!root.IsMap()) {
        m_out.readable = false;
        error(root.Mark(), {},
              QStringLiteral("a model is a mapping that starts with 'groundwork: 1', got %1")
                  .arg(yamlnode::describe(root)));
        return;
    }
    // The version first: a newer format's keys and rules would only add noise.
    const YAML::Node versionNode = root["groundwork"];
    double version = 0;
    if (versionNode.IsDefined() && versionNode.IsScalar() && classify(versionNode) == ScalarType::Int &&
        parseDouble(versionNode.Scalar(), version)) {
        if (version > Model::kFormatVersion) {
            error(versionNode.Mark(), QStringLiteral("groundwork"),
                  QStringLiteral(
                      "format version %1 is newer than this Groundwork reads (%2); upgrade Groundwork")
                      .arg(QString::fromStdString(versionNode.Scalar()))
                      .arg(Model::kFormatVersion));
            m_out.readable = false;
            return;
        }
    }
    const Fields top = fields(root, {}, kTopKeys);
    Model& m = m_out.model;
    requireKey(top, "groundwork", QStringLiteral(" (the format version: write 'groundwork: 1')"));
    if (top.find("groundwork")) {
        std::optional<int> version;
        readInt(top, "groundwork", version);
        if (version && *version < 1)
            error(top.find("groundwork")->value.Mark(), QStringLiteral("groundwork"),
                  QStringLiteral("format version %1 does not exist; write 'groundwork: 1'").arg(*version));
        if (version)
            m.formatVersion = *version;
    }

    requireKey(top, "system");
    requireKey(top, "team");
    if (!top.find("workloads") && !top.find("data"))
        error(top.mark, {},
              QStringLiteral("a model needs at least one workload or data store ('workloads:' or 'data:')"));
    if (const YamlEntry* e = top.find("system")) {
        setElement({S::System, -1});
        record(QStringLiteral("system"), e->value.Mark());
        if (e->value.IsNull()) // an empty value has no position of its own: point at its key
            error(e->keyMark, QStringLiteral("system"), QStringLiteral("missing required key 'name'"));
        else
            readSystem(e->value);
    }
    if (const YamlEntry* e = top.find("priorities")) {
        setElement({S::Priorities, -1});
        record(QStringLiteral("priorities"), e->value.Mark());
        readPriorities(e->value);
    }
    if (const YamlEntry* e = top.find("team")) {
        setElement({S::Team, -1});
        record(QStringLiteral("team"), e->value.Mark());
        if (e->value.IsNull())
            error(e->keyMark, QStringLiteral("team"),
                  QStringLiteral("missing required key 'size' (the number of engineers)"));
        else
            readTeam(e->value);
    }
    if (top.find("environments")) {
        m.environments.clear();
        readSection(top, "environments", [this](const YAML::Node& n, int i) { readEnvironment(n, i); });
    }
    readSection(top, "workloads", [this](const YAML::Node& n, int i) { readWorkload(n, i); });
    readSection(top, "data", [this](const YAML::Node& n, int i) { readDataStore(n, i); });
    readSection(top, "channels", [this](const YAML::Node& n, int i) { readChannel(n, i); });
    readSection(top, "decisions", [this](const YAML::Node& n, int i) { readDecision(n, i); });
    setElement({});
}

void Reader::readSystem(const YAML::Node& node)
{
    readFields(node, QStringLiteral("system"), m_out.model.system, [](Key, const Fields&) {});
}

void Reader::readPriorities(const YAML::Node& node)
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const QString& n : enumNames<Quality>())
            out.push_back(n.toStdString());
        return out;
    }();
    static const std::vector<Key> keys(names.begin(), names.end());
    const Fields f = fields(node, QStringLiteral("priorities"), keys);
    for (std::size_t i = 0; i < keys.size(); ++i)
        m_yaml.readInt(f, keys[i], m_out.model.priorities.weights[i]);
}

void Reader::readTeam(const YAML::Node& node)
{
    Team& t = m_out.model.team;
    readFields(node, QStringLiteral("team"), t, [&](Key, const Fields& f) { readSkills(f, t); });
}

void Reader::readSkills(const Fields& f, Team& t)
{
    if (const YamlEntry* e = f.find("skills")) {
        const QString path = QStringLiteral("team.skills");
        record(path, e->value.Mark());
        if (e->value.IsMap()) {
            for (auto it = e->value.begin(); it != e->value.end() && !stopped(); ++it) {
                QString language;
                if (!m_yaml.text(it->first, path, language))
                    continue;
                const QString skillPath = path + u'.' + language;
                record(skillPath, it->second.Mark());
                const bool duplicate = std::any_of(t.skills.begin(), t.skills.end(),
                                                   [&](const Skill& s) { return s.language == language; });
                if (duplicate) {
                    error(it->first.Mark(), path, QStringLiteral("duplicate key '%1'").arg(language));
                    continue;
                }
                int level = 0;
                if (m_yaml.wholeNumber(it->second, skillPath, level))
                    t.skills.append(Skill{language, level});
            }
        } else if (!e->value.IsNull()) {
            error(e->value.Mark(), path,
                  QStringLiteral("expected a mapping of language to level (e.g. {go: 3}), got %1")
                      .arg(yamlnode::describe(e->value)));
        }
    }
}

void Reader::readEnvironment(const YAML::Node& node, int index)
{
    setElement({S::Environment, index});
    m_out.model.environments.append(Environment{});
    readFields(node, indexPath(QStringLiteral("environments"), index), m_out.model.environments.back(),
               [](Key, const Fields&) {});
}

constexpr Key kUseKeys[] = {"to", "mode", "access"};

void Reader::readWorkload(const YAML::Node& node, int index)
{
    setElement({S::Workload, index});
    m_out.model.workloads.append(Workload{});
    Workload& w = m_out.model.workloads.back();
    readFields(node, indexPath(QStringLiteral("workloads"), index), w, [&](Key, const Fields& f) {
        const std::vector<YAML::Node> uses = m_yaml.list(f, "uses");
        const QString usesPath = joinPath(f.where, "uses");
        for (std::size_t i = 0; i < uses.size() && !stopped(); ++i) {
            w.uses.append(Use{});
            readUse(uses[i], indexPath(usesPath, static_cast<int>(i)), w.uses.back());
        }
    });
}

void Reader::readUse(const YAML::Node& node, const QString& path, Use& use)
{
    // "- catalog" is the short form of "- to: catalog".
    if (node.IsScalar()) {
        const QString toPath = path + QStringLiteral(".to");
        if (m_yaml.text(node, toPath, use.to))
            record(toPath, node.Mark());
        return;
    }
    const Fields f = fields(node, path, kUseKeys);
    requireKey(f, "to", QStringLiteral(" (the id of a workload, data store or channel)"));
    readString(f, "to", use.to);
    readEnum(f, "mode", use.mode);
    readEnum(f, "access", use.access);
}

void Reader::readDataStore(const YAML::Node& node, int index)
{
    setElement({S::DataStore, index});
    m_out.model.data.append(DataStore{});
    readFields(node, indexPath(QStringLiteral("data"), index), m_out.model.data.back(),
               [](Key, const Fields&) {});
}

void Reader::readChannel(const YAML::Node& node, int index)
{
    setElement({S::Channel, index});
    m_out.model.channels.append(Channel{});
    readFields(node, indexPath(QStringLiteral("channels"), index), m_out.model.channels.back(),
               [](Key, const Fields&) {});
}

constexpr Key kDecisionKeys[] = {"subject", "choice", "status", "reason"};

void Reader::readDecision(const YAML::Node& node, int index)
{
    setElement({S::Decision, index});
    m_out.model.decisions.append(Decision{});
    Decision& d = m_out.model.decisions.back();
    const Fields f = fields(node, indexPath(QStringLiteral("decisions"), index), kDecisionKeys);
    requireKey(f, "subject", QStringLiteral(" ('<element id>/<decision kind>' or 'system/<decision kind>')"));
    requireKey(f, "choice", QStringLiteral(" (a candidate id)"));
    readString(f, "subject", d.subject);
    readString(f, "choice", d.choice);
    readEnum(f, "status", d.status);
    readString(f, "reason", d.reason);
}

// yaml-cpp's words for the most common syntax mistakes, with what they mean to someone writing a model.
QString syntaxHint(const QString& message)
{
    static const std::pair<QString, QString> hints[] = {
        {QStringLiteral("YAML syntax: illegal map value"),
         QStringLiteral(
             " (a key indented deeper than the keys above it, or an unquoted value that holds ': ')")},
        {QStringLiteral("YAML syntax: end of map not found"),
         QStringLiteral(" (check this line's indentation against the lines above it)")},
        {QStringLiteral("YAML syntax: end of sequence not found"),
         QStringLiteral(" (check this line's indentation against the list items above it)")},
        {QStringLiteral("YAML syntax: end of map flow not found"),
         QStringLiteral(" (a '{' is never closed by '}')")},
        {QStringLiteral("YAML syntax: end of sequence flow not found"),
         QStringLiteral(" (a '[' is never closed by ']')")},
        {QStringLiteral("YAML syntax: illegal flow end"),
         QStringLiteral(" (a ']' or '}' that closes nothing; quote a value that holds one)")}};
    for (const auto& [text, hint] : hints) {
        if (message == text)
            return hint;
    }
    return {};
}

// The last scalar of the document in reading order (a mapping's last value, or its key when the value is
// empty).
YAML::Node lastScalar(const YAML::Node& node)
{
    if (node.IsSequence())
        return node.size() == 0 ? YAML::Node() : lastScalar(node[node.size() - 1]);
    if (!node.IsMap() || node.size() == 0)
        return node;
    auto last = node.begin();
    for (auto it = node.begin(); it != node.end(); ++it)
        last = it;
    return last->second.IsNull() ? lastScalar(last->first) : lastScalar(last->second);
}

// yaml-cpp (0.7) accepts a quoted text that is never closed when a line break ends the file: the text
// silently swallows the rest of the file. Such a text is the document's last scalar, and the file no
// longer parses once a comment line is appended (which cannot change a document that is complete).
std::optional<Diagnostic> unclosedQuote(const QByteArray& bytes, const YAML::Node& root,
                                        const QString& fileName)
{
    if (!bytes.endsWith('\n'))
        return std::nullopt; // yaml-cpp reports this one itself
    const YAML::Node last = lastScalar(root);
    if (!last.IsScalar() || last.Tag() != "!")
        return std::nullopt;
    try {
        YAML::Load(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())) + '#');
    } catch (const YAML::Exception&) {
        return yamlError(
            fileName, last.Mark(),
            QStringLiteral("YAML syntax: the quoted text that starts here is never closed; it runs "
                           "to the end of the file"));
    }
    return std::nullopt;
}

} // namespace

LoadResult ModelReader::read(const QByteArray& bytes, const QString& fileName)
{
    LoadResult result;
    result.sources.setFileName(fileName);
    const YamlDocument doc = parseYamlDocument(bytes, fileName);
    if (doc.error) {
        result.diagnostics.append(*doc.error);
        result.diagnostics.back().message += syntaxHint(doc.error->message);
        result.readable = false;
        return result;
    }
    if (const std::optional<Diagnostic> unclosed = unclosedQuote(bytes, doc.root, fileName)) {
        result.diagnostics.append(*unclosed);
        result.readable = false;
        return result;
    }
    Reader reader(fileName, result);
    // About one recorded position per 24 bytes of a typical model: reserving spares the rehashing.
    result.sources.reserve(bytes.size() / 24);
    try {
        reader.readDocument(doc.root);
    } catch (const YAML::Exception& e) {
        // Not expected once the document passed its checks; never let it escape as a crash.
        result.diagnostics.append(yamlError(fileName, e.mark, QString::fromStdString(e.msg)));
    }
    return result;
}

} // namespace gw
