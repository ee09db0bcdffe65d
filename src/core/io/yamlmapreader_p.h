// Private to the core library (it exposes yaml-cpp): the strict reading of YAML mappings that every
// format shares (models, rule packs): unknown and duplicate keys with "did you mean", typed values
// with their positions, required keys, and the cap on diagnostics.
#pragma once

#include "diagnostic.h"
#include "sourcemap.h"

#include "../model/enumtraits.h"

#include <yaml-cpp/yaml.h>

#include <span>
#include <string_view>
#include <vector>

namespace gw {

struct YamlEntry
{
    std::string_view key; // one of the allowed keys: their text must outlive the map (literals do)
    YAML::Mark keyMark;
    YAML::Node value;
};

// The known keys of one mapping, after unknown and duplicate keys were reported.
struct YamlMap
{
    QString where;     // "workloads[2]" or "rule 'x'": what messages about this mapping start with
    SourcePath source; // `where` as a format path, for recording positions (models only)
    YAML::Mark mark;
    bool isMap = false;
    std::vector<YamlEntry> entries;

    const YamlEntry* find(std::string_view key) const;
};

// What a message names: a text, or a key (and an item of it) of a mapping, spelled out only when
// there is a message, so that reading a value that is right builds no string. Lives for one call.
struct YamlWhere
{
    YamlWhere() = default;                          // the document as a whole
    YamlWhere(const QString& text) : text(&text) {} // NOLINT: implicit, most messages name a text
    YamlWhere(const YamlMap& map, std::string_view key, int index = -1) : map(&map), key(key), index(index) {}

    const QString* text = nullptr;
    const YamlMap* map = nullptr;
    std::string_view key;
    int index = -1;
};

class YamlMapReader
{
public:
    // How a message names a value: a model names it by its path in the format ("workloads[2].cpu"),
    // also kept in Diagnostic::path so that the app can select the field; a rule pack by a label and
    // the key ("rule 'x': kind").
    enum class Naming { Paths, Labels };

    // `sources`, when given, records where each value read stood.
    YamlMapReader(const QString& file, Diagnostics& out, Naming naming, SourceMap* sources = nullptr);

    bool stopped() const { return m_stopped; }
    // The element the following diagnostics belong to (models).
    void setElement(const ElementRef& element) { m_element = element; }
    SourceLocation at(const YAML::Mark& mark) const;

    void error(const YAML::Mark& mark, const YamlWhere& where, const QString& message)
    {
        report(Severity::Error, mark, where, message);
    }
    void warning(const YAML::Mark& mark, const YamlWhere& where, const QString& message)
    {
        report(Severity::Warning, mark, where, message);
    }

    // `where` as messages spell it: "workloads[2].clients[1]" for a model, "rule 'x': kind" for a pack.
    QString spell(const YamlWhere& where) const;
    static QString indexed(const QString& where, std::size_t index);
    void record(const SourcePath& path, const YAML::Mark& mark);
    void record(const QString& path, const YAML::Mark& mark) { record(SourcePath(path), mark); }

    // `node` as a mapping of `allowed` keys. With `nullIsEmpty`, an empty value ("system:") is an empty
    // mapping, so that its required keys are reported.
    YamlMap map(const YAML::Node& node, const QString& where, std::span<const std::string_view> allowed,
                bool nullIsEmpty = false);
    // Reports "missing required key" (with `hint` appended) unless the mapping has `key`.
    bool requireKey(const YamlMap& map, std::string_view key, const QString& hint = {});

    // Typed values, reported under `where` when they are not what is asked for.
    bool text(const YAML::Node& node, const YamlWhere& where, QString& out);
    bool boolean(const YAML::Node& node, const YamlWhere& where, bool& out);
    bool number(const YAML::Node& node, const YamlWhere& where, double& out);
    // A whole number ("3.0" is one, "2.5" is not) within what an int holds with room to spare.
    bool wholeNumber(const YAML::Node& node, const YamlWhere& where, int& out);
    template<typename E> bool enumValue(const YAML::Node& node, const YamlWhere& where, E& out)
    {
        std::size_t index = 0;
        if (!enumIndex(node, where, EnumTraits<E>::names, index))
            return false;
        out = static_cast<E>(index);
        return true;
    }
    bool enumIndex(const YAML::Node& node, const YamlWhere& where, std::span<const std::string_view> names,
                   std::size_t& out);

    // The value of `key` when it is a single value (or empty), recorded; nullptr when absent or reported.
    const YAML::Node* scalar(const YamlMap& map, std::string_view key);
    // The items of a list-valued key (empty when absent or reported), each recorded.
    std::vector<YAML::Node> list(const YamlMap& map, std::string_view key);

    // The same reads of one key of a mapping; `out` is kept when the key is absent or wrong.
    bool readText(const YamlMap& map, std::string_view key, QString& out);
    bool readBool(const YamlMap& map, std::string_view key, bool& out);
    bool readNumber(const YamlMap& map, std::string_view key, double& out);
    bool readInt(const YamlMap& map, std::string_view key, int& out);
    template<typename E> bool readEnum(const YamlMap& map, std::string_view key, E& out)
    {
        const YAML::Node* node = scalar(map, key);
        return node && enumValue(*node, YamlWhere(map, key), out);
    }

    // The checks without a report, for formats that word their own message.
    static bool isNumber(const YAML::Node& node, double& out);
    static bool isBool(const YAML::Node& node, bool& out);

private:
    void report(Severity severity, const YAML::Mark& mark, const YamlWhere& where, const QString& message);

    QString m_file;
    Diagnostics& m_out;
    Naming m_naming;
    SourceMap* m_sources;
    ElementRef m_element;
    bool m_stopped = false;
};

} // namespace gw
