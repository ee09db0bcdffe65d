#include "yamlmapreader_p.h"

#include "limits.h"
#include "suggestion.h"
#include "yamldocument_p.h"
#include "yamlscalar.h"

#include <algorithm>
#include <cmath>

namespace gw {

namespace {

using ScalarType = yamlscalar::Type;
using yamlnode::classify;
using yamlnode::quoted;

QStringList namesOf(std::span<const std::string_view> names)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(names.size()));
    for (const std::string_view name : names)
        out.append(yamlnode::text(name));
    return out;
}

} // namespace

const YamlEntry* YamlMap::find(std::string_view key) const
{
    for (const YamlEntry& e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

YamlMapReader::YamlMapReader(const QString& file, Diagnostics& out, Naming naming, SourceMap* sources)
    : m_file(file), m_out(out), m_naming(naming), m_sources(sources)
{
}

SourceLocation YamlMapReader::at(const YAML::Mark& mark) const
{
    return SourceLocation{m_file, mark.line + 1, mark.column + 1};
}

void YamlMapReader::report(Severity severity, const YAML::Mark& mark, const YamlWhere& where,
                           const QString& message)
{
    if (m_stopped)
        return;
    Diagnostic d;
    d.location = at(mark);
    if (m_out.size() >= limits::kMaxDiagnostics) {
        d.message = QStringLiteral("too many problems; stopped after %1").arg(limits::kMaxDiagnostics);
        m_out.append(d);
        m_stopped = true;
        return;
    }
    d.severity = severity;
    const QString named = spell(where);
    d.message = named.isEmpty() ? message : named + QStringLiteral(": ") + message;
    if (m_naming == Naming::Paths) {
        d.element = m_element;
        d.path = named;
    }
    m_out.append(d);
}

QString YamlMapReader::spell(const YamlWhere& where) const
{
    if (where.text)
        return *where.text;
    if (!where.map)
        return {};
    const QString& parent = where.map->where;
    QString out = parent.isEmpty()
                      ? yamlnode::text(where.key)
                      : parent + (m_naming == Naming::Paths ? QStringLiteral(".") : QStringLiteral(": ")) +
                            yamlnode::text(where.key);
    return where.index < 0 ? out : indexed(out, static_cast<std::size_t>(where.index));
}

QString YamlMapReader::indexed(const QString& where, std::size_t index)
{
    return where + u'[' + QString::number(index) + u']';
}

void YamlMapReader::record(const SourcePath& path, const YAML::Mark& mark)
{
    if (m_sources)
        m_sources->record(path, mark.line + 1, mark.column + 1);
}

YamlMap YamlMapReader::map(const YAML::Node& node, const QString& where,
                           std::span<const std::string_view> allowed, bool nullIsEmpty)
{
    YamlMap f;
    f.where = where;
    if (m_sources)
        f.source = SourcePath(where);
    f.mark = node.Mark();
    if (!node.IsMap()) {
        f.isMap = nullIsEmpty && node.IsNull();
        if (!f.isMap)
            error(
                node.Mark(), where,
                QStringLiteral("expected a mapping of keys to values, got %1").arg(yamlnode::describe(node)));
        return f;
    }
    f.isMap = true;
    f.entries.reserve(allowed.size());
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node keyNode = it->first; // a copy: `it->` hands out a temporary proxy
        if (!keyNode.IsScalar()) {
            error(keyNode.Mark(), where,
                  QStringLiteral("keys must be plain words, got %1").arg(yamlnode::describe(keyNode)));
            continue;
        }
        const std::string& keyText = keyNode.Scalar();
        const auto known = std::find(allowed.begin(), allowed.end(), std::string_view(keyText));
        if (known == allowed.end()) {
            const QString word = QString::fromStdString(keyText);
            if (word == QStringLiteral("<<")) {
                error(keyNode.Mark(), where,
                      QStringLiteral("merge keys ('<<') are not supported; write the keys out"));
                continue;
            }
            const QStringList names = namesOf(allowed);
            const QString hint = didYouMean(word, names);
            error(keyNode.Mark(), where,
                  QStringLiteral("unknown key %1%2")
                      .arg(quoted(word), hint.isEmpty() ? QStringLiteral("; known keys: ") +
                                                              names.join(QStringLiteral(", "))
                                                        : hint));
            continue;
        }
        if (const YamlEntry* first = f.find(*known)) {
            error(keyNode.Mark(), where,
                  QStringLiteral("duplicate key '%1' (first given at line %2)")
                      .arg(yamlnode::text(*known))
                      .arg(first->keyMark.line + 1));
            continue;
        }
        f.entries.push_back(YamlEntry{*known, keyNode.Mark(), it->second});
    }
    return f;
}

bool YamlMapReader::requireKey(const YamlMap& map, std::string_view key, const QString& hint)
{
    if (!map.isMap)
        return false;
    if (map.find(key))
        return true;
    error(map.mark, map.where, QStringLiteral("missing required key '%1'%2").arg(yamlnode::text(key), hint));
    return false;
}

bool YamlMapReader::isNumber(const YAML::Node& node, double& out)
{
    const ScalarType t = node.IsScalar() ? classify(node) : ScalarType::Null;
    return (t == ScalarType::Int || t == ScalarType::Float) && yamlscalar::parseDouble(node.Scalar(), out);
}

bool YamlMapReader::isBool(const YAML::Node& node, bool& out)
{
    if (!node.IsScalar() || classify(node) != ScalarType::Bool)
        return false;
    const char first = node.Scalar()[0];
    out = first == 't' || first == 'T';
    return true;
}

bool YamlMapReader::text(const YAML::Node& node, const YamlWhere& where, QString& out)
{
    const ScalarType type = node.IsScalar() ? classify(node) : ScalarType::Null;
    if (!node.IsScalar() || type == ScalarType::Null || type == ScalarType::Bool) {
        error(node.Mark(), where, QStringLiteral("expected text, got %1").arg(yamlnode::describe(node)));
        return false;
    }
    const std::string& s = node.Scalar();
    if (s.size() > static_cast<std::size_t>(limits::kMaxStringLength)) {
        error(node.Mark(), where,
              QStringLiteral("text of %1 bytes is longer than the limit of %2")
                  .arg(s.size())
                  .arg(limits::kMaxStringLength));
        return false;
    }
    out = QString::fromStdString(s);
    return true;
}

bool YamlMapReader::boolean(const YAML::Node& node, const YamlWhere& where, bool& out)
{
    if (isBool(node, out))
        return true;
    error(node.Mark(), where, QStringLiteral("expected true or false, got %1").arg(yamlnode::describe(node)));
    return false;
}

bool YamlMapReader::number(const YAML::Node& node, const YamlWhere& where, double& out)
{
    if (isNumber(node, out))
        return true;
    error(node.Mark(), where, QStringLiteral("expected a number, got %1").arg(yamlnode::describe(node)));
    return false;
}

bool YamlMapReader::wholeNumber(const YAML::Node& node, const YamlWhere& where, int& out)
{
    double value = 0;
    if (!isNumber(node, value) || value != std::floor(value)) {
        error(node.Mark(), where,
              QStringLiteral("expected a whole number, got %1").arg(yamlnode::describe(node)));
        return false;
    }
    if (std::abs(value) > 1e9) {
        error(node.Mark(), where,
              QStringLiteral("the number %1 is out of range").arg(yamlnode::describe(node)));
        return false;
    }
    out = static_cast<int>(value);
    return true;
}

bool YamlMapReader::enumIndex(const YAML::Node& node, const YamlWhere& where,
                              std::span<const std::string_view> names, std::size_t& out)
{
    if (node.IsScalar()) {
        // Matched on the bytes: no strings are built for the values that are right.
        const std::string& bytes = node.Scalar();
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == bytes) {
                out = i;
                return true;
            }
        }
    }
    const QStringList allowed = namesOf(names);
    if (!node.IsScalar() || node.IsNull()) {
        error(node.Mark(), where,
              QStringLiteral("expected one of %1, got %2")
                  .arg(allowed.join(QStringLiteral(", ")), yamlnode::describe(node)));
        return false;
    }
    const QString word = QString::fromStdString(node.Scalar());
    // Words that mean one value but are spelled close to another ("external" is two letters from "internal").
    static const std::pair<QString, QString> meant[] = {
        {QStringLiteral("external"), QStringLiteral("public")},
        {QStringLiteral("private"), QStringLiteral("internal")}};
    QString hint;
    for (const auto& [meantWord, value] : meant) {
        if (word == meantWord && allowed.contains(value))
            hint = didYouMean(value);
    }
    if (hint.isEmpty())
        hint = didYouMean(word, allowed);
    error(
        node.Mark(), where,
        QStringLiteral("%1 is not one of %2%3").arg(quoted(word), allowed.join(QStringLiteral(", ")), hint));
    return false;
}

const YAML::Node* YamlMapReader::scalar(const YamlMap& map, std::string_view key)
{
    const YamlEntry* e = map.find(key);
    if (!e)
        return nullptr;
    if (m_sources)
        record(map.source.key(key), e->value.Mark());
    if (!e->value.IsScalar() && !e->value.IsNull()) {
        error(e->value.Mark(), YamlWhere(map, key),
              QStringLiteral("expected a single value, got %1").arg(yamlnode::describe(e->value)));
        return nullptr;
    }
    return &e->value;
}

std::vector<YAML::Node> YamlMapReader::list(const YamlMap& map, std::string_view key)
{
    std::vector<YAML::Node> items;
    const YamlEntry* e = map.find(key);
    if (!e)
        return items;
    const SourcePath source = m_sources ? map.source.key(key) : SourcePath();
    record(source, e->value.Mark());
    if (e->value.IsNull())
        return items; // "key:" with nothing is an empty list
    if (!e->value.IsSequence()) {
        error(e->value.Mark(), YamlWhere(map, key),
              QStringLiteral("expected a list, got %1").arg(yamlnode::describe(e->value)));
        return items;
    }
    items.reserve(e->value.size());
    for (const YAML::Node& item : e->value) {
        if (m_sources)
            record(source.index(static_cast<int>(items.size())), item.Mark());
        items.push_back(item);
    }
    return items;
}

bool YamlMapReader::readText(const YamlMap& map, std::string_view key, QString& out)
{
    const YamlEntry* e = map.find(key);
    if (!e)
        return false;
    if (!e->value.IsScalar() && !e->value.IsNull()) {
        error(e->value.Mark(), YamlWhere(map, key),
              QStringLiteral("expected a single value, got %1").arg(yamlnode::describe(e->value)));
        return false;
    }
    // Recorded only when read: the validator reports a recorded empty text, and this one was reported here.
    if (!text(e->value, YamlWhere(map, key), out))
        return false;
    if (m_sources)
        record(map.source.key(key), e->value.Mark());
    return true;
}

bool YamlMapReader::readBool(const YamlMap& map, std::string_view key, bool& out)
{
    const YAML::Node* node = scalar(map, key);
    return node && boolean(*node, YamlWhere(map, key), out);
}

bool YamlMapReader::readNumber(const YamlMap& map, std::string_view key, double& out)
{
    const YAML::Node* node = scalar(map, key);
    return node && number(*node, YamlWhere(map, key), out);
}

bool YamlMapReader::readInt(const YamlMap& map, std::string_view key, int& out)
{
    const YAML::Node* node = scalar(map, key);
    return node && wholeNumber(*node, YamlWhere(map, key), out);
}

} // namespace gw
