#include "modelwriter.h"

#include "../model/model.h"
#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <array>
#include <charconv>

namespace gw {

namespace {

std::string formatNumber(double value)
{
    std::array<char, 64> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("0");
}

class Writer
{
public:
    explicit Writer(YAML::Emitter& out) : e(out) {}

    void text(const char* key, const QString& value)
    {
        if (value.isEmpty())
            return;
        e << YAML::Key << key << YAML::Value;
        scalarText(value);
    }
    void scalarText(const QString& value)
    {
        const std::string s = value.toStdString();
        // Text that would read back as a number, boolean or null is quoted.
        if (yamlscalar::plainType(s) != yamlscalar::Type::String)
            e << YAML::DoubleQuoted;
        e << s;
    }
    void integer(const char* key, int value, std::optional<int> defaultValue = std::nullopt)
    {
        if (defaultValue && value == *defaultValue)
            return;
        e << YAML::Key << key << YAML::Value << value;
    }
    template<typename E> void enumeration(const char* key, E value, E defaultValue)
    {
        if (value != defaultValue)
            enumeration(key, value);
    }
    template<typename E> void enumeration(const char* key, E value)
    {
        e << YAML::Key << key << YAML::Value << enumName(value).toStdString();
    }

    // T's fields in the order of its list (see FieldDescriptor), each left out when it holds its default
    // (unless required) or nothing; `writeCustom(key)` writes the Custom ones, in their place.
    template<typename T, typename WriteCustom> void fields(const T& x, WriteCustom writeCustom)
    {
        static const T defaults{};
        const std::vector<FieldDescriptor<T>>& list = fieldList<T>();
        for (std::size_t i = 0; i < list.size();) {
            const std::string_view group = list[i].group();
            std::size_t end = i + 1;
            while (!group.empty() && end < list.size() && list[end].group() == group)
                ++end;
            if (list[i].type == FieldType::Custom) {
                writeCustom(list[i].key);
            } else if (group.empty()) {
                field(list[i], list[i].key, x, defaults);
            } else {
                bool changed = false;
                for (std::size_t j = i; j < end; ++j)
                    changed = changed || list[j].get(x) != list[j].get(defaults);
                if (changed) {
                    e << YAML::Key << std::string(group) << YAML::Value << YAML::BeginMap;
                    for (std::size_t j = i; j < end; ++j)
                        field(list[j], list[j].leaf(), x, defaults);
                    e << YAML::EndMap;
                }
            }
            i = end;
        }
    }

    template<typename T>
    void field(const FieldDescriptor<T>& d, std::string_view key, const T& x, const T& defaults)
    {
        const FieldData value = d.get(x);
        if (std::holds_alternative<std::monostate>(value) || (!d.info.required && value == d.get(defaults)))
            return;
        if (d.type == FieldType::Text && std::get<QString>(value).isEmpty())
            return;
        e << YAML::Key << std::string(key) << YAML::Value;
        switch (d.type) {
        case FieldType::Text:
            scalarText(std::get<QString>(value));
            break;
        case FieldType::Bool:
            e << std::get<bool>(value);
            break;
        case FieldType::Int:
            e << std::get<int>(value);
            break;
        case FieldType::Number:
            e << formatNumber(std::get<double>(value));
            break;
        case FieldType::Enum:
            e << enumText(d, std::get<int>(value)).toStdString();
            break;
        case FieldType::EnumList:
        case FieldType::TextList:
            e << YAML::Flow << YAML::BeginSeq;
            for (const QString& item : std::get<QStringList>(value))
                scalarText(item);
            e << YAML::EndSeq;
            break;
        case FieldType::Custom:
            break;
        }
    }

    YAML::Emitter& e;
};

void writeSystem(Writer& w, const System& s)
{
    w.e << YAML::Key << "system" << YAML::Value << YAML::BeginMap;
    w.fields(s, [](std::string_view) {});
    w.e << YAML::EndMap;
}

void writePriorities(Writer& w, const Priorities& p)
{
    if (p == Priorities{})
        return;
    w.e << YAML::Key << "priorities" << YAML::Value << YAML::BeginMap;
    for (std::size_t q = 0; q < p.weights.size(); ++q)
        w.integer(EnumTraits<Quality>::names[q].data(), p.weights[q], Priorities::kDefault);
    w.e << YAML::EndMap;
}

void writeTeam(Writer& w, const Team& t)
{
    w.e << YAML::Key << "team" << YAML::Value << YAML::BeginMap;
    w.fields(t, [&](std::string_view) {
        if (t.skills.isEmpty())
            return;
        w.e << YAML::Key << "skills" << YAML::Value << YAML::Flow << YAML::BeginMap;
        for (const Skill& s : t.skills) {
            w.e << YAML::Key;
            w.scalarText(s.language);
            w.e << YAML::Value << s.level;
        }
        w.e << YAML::EndMap;
    });
    w.e << YAML::EndMap;
}

void writeEnvironments(Writer& w, const QList<Environment>& environments)
{
    if (environments == Model{}.environments)
        return;
    w.e << YAML::Key << "environments" << YAML::Value << YAML::BeginSeq;
    for (const Environment& env : environments) {
        w.e << YAML::BeginMap;
        w.fields(env, [](std::string_view) {});
        w.e << YAML::EndMap;
    }
    w.e << YAML::EndSeq;
}

void writeWorkload(Writer& w, const Workload& x)
{
    w.e << YAML::BeginMap;
    w.fields(x, [&](std::string_view) {
        if (x.uses.isEmpty())
            return;
        w.e << YAML::Key << "uses" << YAML::Value << YAML::BeginSeq;
        for (const Use& u : x.uses) {
            w.e << YAML::BeginMap;
            w.e << YAML::Key << "to" << YAML::Value;
            w.scalarText(u.to);
            w.enumeration("mode", u.mode, UseMode::Sync);
            w.enumeration("access", u.access, Access::ReadWrite);
            w.e << YAML::EndMap;
        }
        w.e << YAML::EndSeq;
    });
    w.e << YAML::EndMap;
}

template<typename T> void writeElement(Writer& w, const T& x)
{
    w.e << YAML::BeginMap;
    w.fields(x, [](std::string_view) {});
    w.e << YAML::EndMap;
}

void writeDecision(Writer& w, const Decision& x)
{
    w.e << YAML::BeginMap;
    w.text("subject", x.subject);
    w.text("choice", x.choice);
    w.enumeration("status", x.status, DecisionStatus::Accepted);
    w.text("reason", x.reason);
    w.e << YAML::EndMap;
}

template<typename T, typename WriteItem>
void writeSection(Writer& w, const char* key, const QList<T>& items, WriteItem writeItem)
{
    if (items.isEmpty())
        return;
    w.e << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const T& item : items)
        writeItem(w, item);
    w.e << YAML::EndSeq;
}

} // namespace

QByteArray ModelWriter::toYaml(const Model& model)
{
    YAML::Emitter emitter;
    emitter.SetIndent(2);
    emitter.SetMapFormat(YAML::Block);
    emitter.SetSeqFormat(YAML::Block);
    Writer w(emitter);
    emitter << YAML::BeginMap;
    emitter << YAML::Key << "groundwork" << YAML::Value << model.formatVersion;
    writeSystem(w, model.system);
    writePriorities(w, model.priorities);
    writeTeam(w, model.team);
    writeEnvironments(w, model.environments);
    writeSection(w, "workloads", model.workloads, writeWorkload);
    writeSection(w, "data", model.data, writeElement<DataStore>);
    writeSection(w, "channels", model.channels, writeElement<Channel>);
    writeSection(w, "decisions", model.decisions, writeDecision);
    emitter << YAML::EndMap;
    // A blank line before each top-level section after the first, for people reading the file.
    QByteArray out;
    out.reserve(static_cast<qsizetype>(emitter.size()) + 16);
    const QByteArray emitted(emitter.c_str(), static_cast<qsizetype>(emitter.size()));
    for (const QByteArray& line : emitted.split('\n')) {
        if (!out.isEmpty() && !line.isEmpty() && line[0] != ' ' && line[0] != '-')
            out.append('\n');
        out.append(line).append('\n');
    }
    return out;
}

} // namespace gw
