#include "modelreader.h"

#include "limits.h"
#include "suggestion.h"
#include "yamldocument_p.h"
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
constexpr auto qs = yamlnode::text;
constexpr auto describeNode = yamlnode::describe;

QString joinPath(const QString& parent, Key key)
{
    return parent.isEmpty() ? qs(key) : parent + u'.' + qs(key);
}

QString indexPath(const QString& parent, int index)
{
    return parent + u'[' + QString::number(index) + u']';
}

struct Entry
{
    Key key;
    YAML::Mark keyMark;
    YAML::Node value;
};

// The known keys of one mapping, after unknown and duplicate keys were reported.
struct Fields
{
    QString path;
    SourcePath source; // the same path, for recording positions without building strings
    YAML::Mark mark;
    bool isMap = false;
    std::vector<Entry> entries;

    const Entry* find(Key key) const
    {
        for (const Entry& e : entries) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    }
};

class Reader
{
public:
    Reader(const QString& file, LoadResult& out) : m_file(file), m_out(out)
    {
        m_out.sources.setFileName(file);
    }

    void readDocument(const YAML::Node& root);
    bool stopped() const { return m_stopped; }

    void error(const YAML::Mark& mark, const QString& path, const QString& message)
    {
        report(Severity::Error, mark, path, message);
    }

private:
    void report(Severity severity, const YAML::Mark& mark, const QString& path, const QString& message);
    void record(const QString& path, const YAML::Mark& mark)
    {
        m_out.sources.record(path, mark.line + 1, mark.column + 1);
    }
    void record(const SourcePath& path, const YAML::Mark& mark)
    {
        m_out.sources.record(path, mark.line + 1, mark.column + 1);
    }

    Fields fields(const YAML::Node& node, const QString& path, std::span<const Key> allowed);
    void requireKey(const Fields& f, Key key, const QString& hint = {});
    const YAML::Node* scalarField(const Fields& f, Key key);

    void readString(const Fields& f, Key key, QString& out);
    void readNumber(const Fields& f, Key key, double& out);
    void readNumber(const Fields& f, Key key, std::optional<double>& out);
    void readInt(const Fields& f, Key key, int& out);
    void readInt(const Fields& f, Key key, std::optional<int>& out);
    void readBool(const Fields& f, Key key, bool& out);
    template<typename E> void readEnum(const Fields& f, Key key, E& out);
    template<typename E> void readEnumList(const Fields& f, Key key, QList<E>& out);
    void readStringList(const Fields& f, Key key, QStringList& out);
    void readOwnership(const Fields& f, Ownership& out);
    // The items of a list-valued key; reports a wrong type. Each item's path is recorded.
    std::vector<YAML::Node> listItems(const Fields& f, Key key);

    // Error paths are built only when there is an error: `path` is a callable returning the QString.
    template<typename PathFn> bool stringValue(const YAML::Node& node, PathFn path, QString& out);
    template<typename E, typename PathFn> bool enumValue(const YAML::Node& node, PathFn path, E& out);
    template<typename PathFn> std::optional<int> wholeNumber(const YAML::Node& node, PathFn path);

    void readSystem(const YAML::Node& node);
    void readPriorities(const YAML::Node& node);
    void readTeam(const YAML::Node& node);
    void readEnvironment(const YAML::Node& node, int index);
    void readWorkload(const YAML::Node& node, int index);
    void readUse(const YAML::Node& node, const QString& path, Use& use);
    void readDataStore(const YAML::Node& node, int index);
    void readChannel(const YAML::Node& node, int index);
    void readDecision(const YAML::Node& node, int index);
    template<typename ReadItem> void readSection(const Fields& top, Key key, ReadItem readItem);

    QString m_file;
    LoadResult& m_out;
    ElementRef m_element;
    bool m_stopped = false;
};

void Reader::report(Severity severity, const YAML::Mark& mark, const QString& path, const QString& message)
{
    if (m_stopped)
        return;
    Diagnostics& list = m_out.diagnostics;
    if (list.size() >= limits::kMaxDiagnostics) {
        Diagnostic d;
        d.location = SourceLocation{m_file, mark.line + 1, mark.column + 1};
        d.message = QStringLiteral("too many problems; stopped after %1").arg(limits::kMaxDiagnostics);
        list.append(d);
        m_stopped = true;
        return;
    }
    Diagnostic d;
    d.severity = severity;
    d.location = SourceLocation{m_file, mark.line + 1, mark.column + 1};
    d.message = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    d.element = m_element;
    d.path = path;
    list.append(d);
}

Fields Reader::fields(const YAML::Node& node, const QString& path, std::span<const Key> allowed)
{
    Fields f;
    f.path = path;
    f.source = SourcePath(path);
    f.mark = node.Mark();
    if (!node.IsMap()) {
        // "system:" or a bare "-" with nothing is an empty mapping, so that its required keys are reported.
        f.isMap = node.IsNull() && !path.isEmpty();
        if (!f.isMap)
            error(node.Mark(), path,
                  QStringLiteral("expected a mapping of keys to values, got %1").arg(describeNode(node)));
        return f;
    }
    f.isMap = true;
    f.entries.reserve(allowed.size());
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node keyNode = it->first; // a copy: `it->` hands out a temporary proxy
        if (!keyNode.IsScalar()) {
            error(keyNode.Mark(), path,
                  QStringLiteral("keys must be plain words, got %1").arg(describeNode(keyNode)));
            continue;
        }
        const std::string& keyText = keyNode.Scalar();
        const auto known = std::find(allowed.begin(), allowed.end(), Key(keyText));
        if (known == allowed.end()) {
            QStringList names;
            for (Key k : allowed)
                names.append(qs(k));
            const QString word = QString::fromStdString(keyText);
            QString message;
            if (word == QStringLiteral("<<")) {
                message = QStringLiteral("merge keys ('<<') are not supported; write the keys out");
            } else {
                message = QStringLiteral("unknown key %1").arg(quoted(word));
                const QString hint = closestMatch(word, names);
                message += hint.isEmpty()
                               ? QStringLiteral("; known keys: ") + names.join(QStringLiteral(", "))
                               : QStringLiteral(" (did you mean '%1'?)").arg(hint);
            }
            error(keyNode.Mark(), path, message);
            continue;
        }
        if (const Entry* first = f.find(*known)) {
            error(keyNode.Mark(), path,
                  QStringLiteral("duplicate key '%1' (first given at line %2)")
                      .arg(qs(*known))
                      .arg(first->keyMark.line + 1));
            continue;
        }
        f.entries.push_back(Entry{*known, keyNode.Mark(), it->second});
    }
    return f;
}

void Reader::requireKey(const Fields& f, Key key, const QString& hint)
{
    if (f.isMap && !f.find(key))
        error(f.mark, f.path, QStringLiteral("missing required key '%1'%2").arg(qs(key), hint));
}

const YAML::Node* Reader::scalarField(const Fields& f, Key key)
{
    const Entry* e = f.find(key);
    if (!e)
        return nullptr;
    record(f.source.key(key), e->value.Mark());
    if (!e->value.IsScalar() && !e->value.IsNull()) {
        error(e->value.Mark(), joinPath(f.path, key),
              QStringLiteral("expected a single value, got %1").arg(describeNode(e->value)));
        return nullptr;
    }
    return &e->value;
}

template<typename PathFn> bool Reader::stringValue(const YAML::Node& node, PathFn path, QString& out)
{
    const ScalarType type = node.IsScalar() ? classify(node) : ScalarType::Null;
    if (!node.IsScalar() || type == ScalarType::Null || type == ScalarType::Bool) {
        error(node.Mark(), path(), QStringLiteral("expected text, got %1").arg(describeNode(node)));
        return false;
    }
    const std::string& s = node.Scalar();
    if (s.size() > static_cast<std::size_t>(limits::kMaxStringLength)) {
        error(node.Mark(), path(),
              QStringLiteral("text of %1 bytes is longer than the limit of %2")
                  .arg(s.size())
                  .arg(limits::kMaxStringLength));
        return false;
    }
    out = QString::fromStdString(s);
    return true;
}

void Reader::readString(const Fields& f, Key key, QString& out)
{
    const Entry* e = f.find(key);
    if (!e)
        return;
    const auto path = [&] { return joinPath(f.path, key); };
    if (!e->value.IsScalar() && !e->value.IsNull()) {
        error(e->value.Mark(), path(),
              QStringLiteral("expected a single value, got %1").arg(describeNode(e->value)));
        return;
    }
    // Recorded only when read: the validator reports a recorded empty text, and this one was reported here.
    if (stringValue(e->value, path, out))
        record(f.source.key(key), e->value.Mark());
}

void Reader::readNumber(const Fields& f, Key key, std::optional<double>& out)
{
    const YAML::Node* node = scalarField(f, key);
    if (!node)
        return;
    const ScalarType type = classify(*node);
    double value = 0;
    if ((type != ScalarType::Int && type != ScalarType::Float) || !parseDouble(node->Scalar(), value)) {
        error(node->Mark(), joinPath(f.path, key),
              QStringLiteral("expected a number, got %1").arg(describeNode(*node)));
        return;
    }
    out = value;
}

void Reader::readNumber(const Fields& f, Key key, double& out)
{
    std::optional<double> value;
    readNumber(f, key, value);
    if (value)
        out = *value;
}

template<typename PathFn> std::optional<int> Reader::wholeNumber(const YAML::Node& node, PathFn path)
{
    const ScalarType type = node.IsScalar() ? classify(node) : ScalarType::Null;
    double value = 0;
    if ((type != ScalarType::Int && type != ScalarType::Float) || !parseDouble(node.Scalar(), value)) {
        error(node.Mark(), path(), QStringLiteral("expected a whole number, got %1").arg(describeNode(node)));
        return std::nullopt;
    }
    if (value != std::floor(value)) { // "3.0" is a whole number, "2.5" is not
        error(node.Mark(), path(), QStringLiteral("expected a whole number, got %1").arg(describeNode(node)));
        return std::nullopt;
    }
    if (std::abs(value) > 1e9) {
        error(node.Mark(), path(), QStringLiteral("the number %1 is out of range").arg(describeNode(node)));
        return std::nullopt;
    }
    return static_cast<int>(value);
}

void Reader::readInt(const Fields& f, Key key, std::optional<int>& out)
{
    if (const YAML::Node* node = scalarField(f, key)) {
        if (const std::optional<int> value = wholeNumber(*node, [&] { return joinPath(f.path, key); }))
            out = value;
    }
}

void Reader::readInt(const Fields& f, Key key, int& out)
{
    std::optional<int> value;
    readInt(f, key, value);
    if (value)
        out = *value;
}

void Reader::readBool(const Fields& f, Key key, bool& out)
{
    const YAML::Node* node = scalarField(f, key);
    if (!node)
        return;
    if (classify(*node) != ScalarType::Bool) {
        error(node->Mark(), joinPath(f.path, key),
              QStringLiteral("expected true or false, got %1").arg(describeNode(*node)));
        return;
    }
    const char first = node->Scalar()[0];
    out = first == 't' || first == 'T';
}

template<typename E, typename PathFn> bool Reader::enumValue(const YAML::Node& node, PathFn path, E& out)
{
    if (node.IsScalar()) {
        // Matched on the bytes: no strings are built for the values that are right.
        const std::string& bytes = node.Scalar();
        const auto& names = EnumTraits<E>::names;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == bytes) {
                out = static_cast<E>(i);
                return true;
            }
        }
    }
    const QStringList allowed = enumNames<E>();
    if (!node.IsScalar() || node.IsNull()) {
        error(node.Mark(), path(),
              QStringLiteral("expected one of %1, got %2")
                  .arg(allowed.join(QStringLiteral(", ")), describeNode(node)));
        return false;
    }
    const QString text = QString::fromStdString(node.Scalar());
    QString message =
        QStringLiteral("%1 is not one of %2").arg(quoted(text), allowed.join(QStringLiteral(", ")));
    // Words that mean one value but are spelled close to another ("external" is two letters from "internal").
    static const std::pair<QString, QString> meant[] = {
        {QStringLiteral("external"), QStringLiteral("public")},
        {QStringLiteral("private"), QStringLiteral("internal")}};
    QString hint;
    for (const auto& [word, value] : meant) {
        if (text == word && allowed.contains(value))
            hint = value;
    }
    if (hint.isEmpty())
        hint = closestMatch(text, allowed);
    if (!hint.isEmpty())
        message += QStringLiteral(" (did you mean '%1'?)").arg(hint);
    error(node.Mark(), path(), message);
    return false;
}

template<typename E> void Reader::readEnum(const Fields& f, Key key, E& out)
{
    if (const YAML::Node* node = scalarField(f, key))
        enumValue(
            *node, [&] { return joinPath(f.path, key); }, out);
}

std::vector<YAML::Node> Reader::listItems(const Fields& f, Key key)
{
    std::vector<YAML::Node> items;
    const Entry* e = f.find(key);
    if (!e)
        return items;
    const SourcePath source = f.source.key(key);
    record(source, e->value.Mark());
    if (e->value.IsNull())
        return items; // "key:" with nothing is an empty list
    if (!e->value.IsSequence()) {
        error(e->value.Mark(), joinPath(f.path, key),
              QStringLiteral("expected a list, got %1").arg(describeNode(e->value)));
        return items;
    }
    items.reserve(e->value.size());
    for (const YAML::Node& item : e->value) {
        record(source.index(static_cast<int>(items.size())), item.Mark());
        items.push_back(item);
    }
    return items;
}

template<typename E> void Reader::readEnumList(const Fields& f, Key key, QList<E>& out)
{
    const std::vector<YAML::Node> items = listItems(f, key);
    if (!f.find(key))
        return;
    out.clear();
    for (std::size_t i = 0; i < items.size() && !m_stopped; ++i) {
        E value{};
        const auto itemPath = [&] { return indexPath(joinPath(f.path, key), static_cast<int>(i)); };
        if (!enumValue(items[i], itemPath, value))
            continue;
        if (out.contains(value))
            error(items[i].Mark(), itemPath(),
                  QStringLiteral("%1 is listed twice").arg(quoted(enumName(value))));
        else
            out.append(value);
    }
}

void Reader::readOwnership(const Fields& f, Ownership& out)
{
    readString(f, "owner", out.owner);
    readString(f, "cost_centre", out.costCentre);
}

void Reader::readStringList(const Fields& f, Key key, QStringList& out)
{
    const std::vector<YAML::Node> items = listItems(f, key);
    if (!f.find(key))
        return;
    out.clear();
    for (std::size_t i = 0; i < items.size() && !m_stopped; ++i) {
        QString value;
        if (stringValue(
                items[i], [&] { return indexPath(joinPath(f.path, key), static_cast<int>(i)); }, value))
            out.append(value);
    }
}

template<typename ReadItem> void Reader::readSection(const Fields& top, Key key, ReadItem readItem)
{
    const std::vector<YAML::Node> items = listItems(top, key);
    if (items.size() > std::size_t(limits::kMaxListItems)) {
        const QString name = QString::fromLatin1(key.data(), qsizetype(key.size()));
        error(top.find(key)->keyMark, name,
              QStringLiteral("%1 items; a model holds at most %2 in one list")
                  .arg(items.size())
                  .arg(limits::kMaxListItems));
        m_out.readable = false;
        return;
    }
    for (std::size_t i = 0; i < items.size() && !m_stopped; ++i)
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
                  .arg(describeNode(root)));
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
    if (const Entry* e = top.find("system")) {
        m_element = {S::System, -1};
        record(QStringLiteral("system"), e->value.Mark());
        if (e->value.IsNull()) // an empty value has no position of its own: point at its key
            error(e->keyMark, QStringLiteral("system"), QStringLiteral("missing required key 'name'"));
        else
            readSystem(e->value);
    }
    if (const Entry* e = top.find("priorities")) {
        m_element = {S::Priorities, -1};
        record(QStringLiteral("priorities"), e->value.Mark());
        readPriorities(e->value);
    }
    if (const Entry* e = top.find("team")) {
        m_element = {S::Team, -1};
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
    m_element = {};
}

constexpr Key kSystemKeys[] = {"name",    "description",         "stage",       "cloud",
                               "regions", "availability_target", "rto_minutes", "rpo_minutes",
                               "owner",   "cost_centre"};

void Reader::readSystem(const YAML::Node& node)
{
    const Fields f = fields(node, QStringLiteral("system"), kSystemKeys);
    System& s = m_out.model.system;
    requireKey(f, "name");
    readString(f, "name", s.name);
    readString(f, "description", s.description);
    readEnum(f, "stage", s.stage);
    readEnum(f, "cloud", s.cloud);
    readStringList(f, "regions", s.regions);
    readNumber(f, "availability_target", s.availabilityTarget);
    readInt(f, "rto_minutes", s.rtoMinutes);
    readInt(f, "rpo_minutes", s.rpoMinutes);
    readOwnership(f, s.ownership);
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
        readInt(f, keys[i], m_out.model.priorities.weights[i]);
}

constexpr Key kTeamKeys[] = {"size",   "teams",      "ops_maturity",     "skills",
                             "hiring", "compliance", "budget_usd_month", "release_cadence"};

void Reader::readTeam(const YAML::Node& node)
{
    const Fields f = fields(node, QStringLiteral("team"), kTeamKeys);
    Team& t = m_out.model.team;
    requireKey(f, "size", QStringLiteral(" (the number of engineers)"));
    readInt(f, "size", t.size);
    readInt(f, "teams", t.teams);
    readEnum(f, "ops_maturity", t.opsMaturity);
    if (const Entry* e = f.find("skills")) {
        const QString path = QStringLiteral("team.skills");
        record(path, e->value.Mark());
        if (e->value.IsMap()) {
            for (auto it = e->value.begin(); it != e->value.end() && !m_stopped; ++it) {
                QString language;
                if (!stringValue(
                        it->first, [&] { return path; }, language))
                    continue;
                const QString skillPath = path + u'.' + language;
                record(skillPath, it->second.Mark());
                const bool duplicate = std::any_of(t.skills.begin(), t.skills.end(),
                                                   [&](const Skill& s) { return s.language == language; });
                if (duplicate) {
                    error(it->first.Mark(), path, QStringLiteral("duplicate key '%1'").arg(language));
                    continue;
                }
                const std::optional<int> level = wholeNumber(it->second, [&] { return skillPath; });
                if (level)
                    t.skills.append(Skill{language, *level});
            }
        } else if (!e->value.IsNull()) {
            error(e->value.Mark(), path,
                  QStringLiteral("expected a mapping of language to level (e.g. {go: 3}), got %1")
                      .arg(describeNode(e->value)));
        }
    }
    readStringList(f, "hiring", t.hiring);
    readEnumList(f, "compliance", t.compliance);
    readNumber(f, "budget_usd_month", t.budgetUsdMonth);
    readEnum(f, "release_cadence", t.releaseCadence);
}

constexpr Key kEnvironmentKeys[] = {"name", "account", "region"};

void Reader::readEnvironment(const YAML::Node& node, int index)
{
    m_element = {S::Environment, index};
    m_out.model.environments.append(Environment{});
    Environment& e = m_out.model.environments.back();
    const Fields f = fields(node, indexPath(QStringLiteral("environments"), index), kEnvironmentKeys);
    requireKey(f, "name");
    readString(f, "name", e.name);
    readString(f, "account", e.account);
    readString(f, "region", e.region);
}

constexpr Key kWorkloadKeys[] = {"id",
                                 "name",
                                 "kind",
                                 "exposure",
                                 "clients",
                                 "traffic",
                                 "latency_p99_ms",
                                 "max_duration_s",
                                 "cpu",
                                 "memory_mb",
                                 "gpu",
                                 "stateful",
                                 "needs_os_control",
                                 "legacy",
                                 "data_heavy",
                                 "criticality",
                                 "handles",
                                 "uses",
                                 "owner",
                                 "cost_centre"};
constexpr Key kTrafficKeys[] = {"pattern", "peak_rps", "average_rps"};
constexpr Key kUseKeys[] = {"to", "mode", "access"};

void Reader::readWorkload(const YAML::Node& node, int index)
{
    m_element = {S::Workload, index};
    m_out.model.workloads.append(Workload{});
    Workload& w = m_out.model.workloads.back();
    const Fields f = fields(node, indexPath(QStringLiteral("workloads"), index), kWorkloadKeys);
    requireKey(f, "id");
    requireKey(f, "kind",
               QStringLiteral(" (one of %1)").arg(enumNames<WorkloadKind>().join(QStringLiteral(", "))));
    readString(f, "id", w.id);
    readString(f, "name", w.name);
    readEnum(f, "kind", w.kind);
    readEnum(f, "exposure", w.exposure);
    readEnumList(f, "clients", w.clients);
    if (const Entry* e = f.find("traffic")) {
        const QString path = joinPath(f.path, "traffic");
        record(path, e->value.Mark());
        const Fields t = fields(e->value, path, kTrafficKeys);
        readEnum(t, "pattern", w.traffic.pattern);
        readNumber(t, "peak_rps", w.traffic.peakRps);
        readNumber(t, "average_rps", w.traffic.averageRps);
    }
    readNumber(f, "latency_p99_ms", w.latencyP99Ms);
    readNumber(f, "max_duration_s", w.maxDurationS);
    readEnum(f, "cpu", w.cpu);
    readInt(f, "memory_mb", w.memoryMb);
    readBool(f, "gpu", w.gpu);
    readBool(f, "stateful", w.stateful);
    readBool(f, "needs_os_control", w.needsOsControl);
    readBool(f, "legacy", w.legacy);
    readBool(f, "data_heavy", w.dataHeavy);
    readEnum(f, "criticality", w.criticality);
    readEnumList(f, "handles", w.handles);
    readOwnership(f, w.ownership);
    const std::vector<YAML::Node> uses = listItems(f, "uses");
    const QString usesPath = joinPath(f.path, "uses");
    for (std::size_t i = 0; i < uses.size() && !m_stopped; ++i) {
        w.uses.append(Use{});
        readUse(uses[i], indexPath(usesPath, static_cast<int>(i)), w.uses.back());
    }
}

void Reader::readUse(const YAML::Node& node, const QString& path, Use& use)
{
    // "- catalog" is the short form of "- to: catalog".
    if (node.IsScalar()) {
        const QString toPath = path + QStringLiteral(".to");
        if (stringValue(
                node, [&] { return toPath; }, use.to))
            record(toPath, node.Mark());
        return;
    }
    const Fields f = fields(node, path, kUseKeys);
    requireKey(f, "to", QStringLiteral(" (the id of a workload, data store or channel)"));
    readString(f, "to", use.to);
    readEnum(f, "mode", use.mode);
    readEnum(f, "access", use.access);
}

constexpr Key kDataKeys[] = {"id",
                             "name",
                             "shape",
                             "queries",
                             "consistency",
                             "transactions",
                             "read_write_ratio",
                             "tolerates_stale_reads",
                             "size_gb",
                             "growth_gb_month",
                             "item_size_kb",
                             "peak_ops",
                             "residency",
                             "multi_region",
                             "sensitivity",
                             "retention_days",
                             "owner",
                             "cost_centre"};

void Reader::readDataStore(const YAML::Node& node, int index)
{
    m_element = {S::DataStore, index};
    m_out.model.data.append(DataStore{});
    DataStore& d = m_out.model.data.back();
    const Fields f = fields(node, indexPath(QStringLiteral("data"), index), kDataKeys);
    requireKey(f, "id");
    requireKey(f, "shape",
               QStringLiteral(" (one of %1)").arg(enumNames<DataShape>().join(QStringLiteral(", "))));
    readString(f, "id", d.id);
    readString(f, "name", d.name);
    readEnum(f, "shape", d.shape);
    readEnumList(f, "queries", d.queries);
    readEnum(f, "consistency", d.consistency);
    readEnum(f, "transactions", d.transactions);
    readNumber(f, "read_write_ratio", d.readWriteRatio);
    readBool(f, "tolerates_stale_reads", d.toleratesStaleReads);
    readNumber(f, "size_gb", d.sizeGb);
    readNumber(f, "growth_gb_month", d.growthGbMonth);
    readNumber(f, "item_size_kb", d.itemSizeKb);
    readNumber(f, "peak_ops", d.peakOps);
    readString(f, "residency", d.residency);
    readBool(f, "multi_region", d.multiRegion);
    readEnum(f, "sensitivity", d.sensitivity);
    readInt(f, "retention_days", d.retentionDays);
    readOwnership(f, d.ownership);
}

constexpr Key kChannelKeys[] = {
    "id",     "name",  "kind",       "ordering", "delivery", "peak_msgs_s", "retention_hours",
    "replay", "owner", "cost_centre"};

void Reader::readChannel(const YAML::Node& node, int index)
{
    m_element = {S::Channel, index};
    m_out.model.channels.append(Channel{});
    Channel& c = m_out.model.channels.back();
    const Fields f = fields(node, indexPath(QStringLiteral("channels"), index), kChannelKeys);
    requireKey(f, "id");
    requireKey(f, "kind",
               QStringLiteral(" (one of %1)").arg(enumNames<ChannelKind>().join(QStringLiteral(", "))));
    readString(f, "id", c.id);
    readString(f, "name", c.name);
    readEnum(f, "kind", c.kind);
    readEnum(f, "ordering", c.ordering);
    readEnum(f, "delivery", c.delivery);
    readNumber(f, "peak_msgs_s", c.peakMsgsS);
    readNumber(f, "retention_hours", c.retentionHours);
    readBool(f, "replay", c.replay);
    readOwnership(f, c.ownership);
}

constexpr Key kDecisionKeys[] = {"subject", "choice", "status", "reason"};

void Reader::readDecision(const YAML::Node& node, int index)
{
    m_element = {S::Decision, index};
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
