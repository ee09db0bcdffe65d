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
    void number(const char* key, double value, std::optional<double> defaultValue = std::nullopt)
    {
        if (defaultValue && value == *defaultValue)
            return;
        e << YAML::Key << key << YAML::Value << formatNumber(value);
    }
    void number(const char* key, const std::optional<double>& value)
    {
        if (value)
            number(key, *value);
    }
    void integer(const char* key, int value, std::optional<int> defaultValue = std::nullopt)
    {
        if (defaultValue && value == *defaultValue)
            return;
        e << YAML::Key << key << YAML::Value << value;
    }
    void integer(const char* key, const std::optional<int>& value)
    {
        if (value)
            integer(key, *value);
    }
    void flag(const char* key, bool value)
    {
        if (value)
            e << YAML::Key << key << YAML::Value << true;
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
    template<typename E>
    void enumList(const char* key, const QList<E>& values, const QList<E>& defaultValue = {})
    {
        if (values == defaultValue)
            return;
        e << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (E v : values)
            e << enumName(v).toStdString();
        e << YAML::EndSeq;
    }
    void ownership(const Ownership& o)
    {
        text("owner", o.owner);
        text("cost_centre", o.costCentre);
    }

    void textList(const char* key, const QStringList& values)
    {
        if (values.isEmpty())
            return;
        e << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& v : values)
            scalarText(v);
        e << YAML::EndSeq;
    }

    YAML::Emitter& e;
};

void writeSystem(Writer& w, const System& s)
{
    w.e << YAML::Key << "system" << YAML::Value << YAML::BeginMap;
    w.text("name", s.name);
    w.text("description", s.description);
    w.enumeration("stage", s.stage, Stage::Growth);
    w.enumeration("cloud", s.cloud, Cloud::Any);
    w.textList("regions", s.regions);
    w.number("availability_target", s.availabilityTarget, System::kDefaultAvailability);
    w.integer("rto_minutes", s.rtoMinutes);
    w.integer("rpo_minutes", s.rpoMinutes);
    w.ownership(s.ownership);
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
    w.integer("size", t.size);
    w.integer("teams", t.teams, 1);
    w.enumeration("ops_maturity", t.opsMaturity, OpsMaturity::Medium);
    if (!t.skills.isEmpty()) {
        w.e << YAML::Key << "skills" << YAML::Value << YAML::Flow << YAML::BeginMap;
        for (const Skill& s : t.skills) {
            w.e << YAML::Key;
            w.scalarText(s.language);
            w.e << YAML::Value << s.level;
        }
        w.e << YAML::EndMap;
    }
    w.textList("hiring", t.hiring);
    w.enumList("compliance", t.compliance);
    w.number("budget_usd_month", t.budgetUsdMonth);
    w.enumeration("release_cadence", t.releaseCadence, ReleaseCadence::Weekly);
    w.e << YAML::EndMap;
}

void writeEnvironments(Writer& w, const QList<Environment>& environments)
{
    if (environments == Model{}.environments)
        return;
    w.e << YAML::Key << "environments" << YAML::Value << YAML::BeginSeq;
    for (const Environment& env : environments) {
        w.e << YAML::BeginMap;
        w.text("name", env.name);
        w.text("account", env.account);
        w.text("region", env.region);
        w.e << YAML::EndMap;
    }
    w.e << YAML::EndSeq;
}

void writeWorkload(Writer& w, const Workload& x)
{
    const Workload defaults;
    w.e << YAML::BeginMap;
    w.text("id", x.id);
    w.text("name", x.name);
    w.enumeration("kind", x.kind);
    w.enumeration("exposure", x.exposure, defaults.exposure);
    w.enumList("clients", x.clients, defaults.clients);
    if (x.traffic != defaults.traffic) {
        w.e << YAML::Key << "traffic" << YAML::Value << YAML::BeginMap;
        w.enumeration("pattern", x.traffic.pattern, defaults.traffic.pattern);
        w.number("peak_rps", x.traffic.peakRps);
        w.number("average_rps", x.traffic.averageRps);
        w.e << YAML::EndMap;
    }
    w.number("latency_p99_ms", x.latencyP99Ms);
    w.number("max_duration_s", x.maxDurationS);
    w.enumeration("cpu", x.cpu, defaults.cpu);
    w.integer("memory_mb", x.memoryMb, Workload::kDefaultMemoryMb);
    w.flag("gpu", x.gpu);
    w.flag("stateful", x.stateful);
    w.flag("needs_os_control", x.needsOsControl);
    w.flag("legacy", x.legacy);
    w.flag("data_heavy", x.dataHeavy);
    w.enumeration("criticality", x.criticality, defaults.criticality);
    w.enumList("handles", x.handles);
    if (!x.uses.isEmpty()) {
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
    }
    w.ownership(x.ownership);
    w.e << YAML::EndMap;
}

void writeDataStore(Writer& w, const DataStore& x)
{
    const DataStore defaults;
    w.e << YAML::BeginMap;
    w.text("id", x.id);
    w.text("name", x.name);
    w.enumeration("shape", x.shape);
    w.enumList("queries", x.queries);
    w.enumeration("consistency", x.consistency, defaults.consistency);
    w.enumeration("transactions", x.transactions, defaults.transactions);
    w.number("read_write_ratio", x.readWriteRatio, DataStore::kDefaultReadWriteRatio);
    w.flag("tolerates_stale_reads", x.toleratesStaleReads);
    w.number("size_gb", x.sizeGb);
    w.number("growth_gb_month", x.growthGbMonth);
    w.number("item_size_kb", x.itemSizeKb);
    w.number("peak_ops", x.peakOps);
    w.text("residency", x.residency);
    w.flag("multi_region", x.multiRegion);
    w.enumeration("sensitivity", x.sensitivity, defaults.sensitivity);
    w.integer("retention_days", x.retentionDays);
    w.ownership(x.ownership);
    w.e << YAML::EndMap;
}

void writeChannel(Writer& w, const Channel& x)
{
    const Channel defaults;
    w.e << YAML::BeginMap;
    w.text("id", x.id);
    w.text("name", x.name);
    w.enumeration("kind", x.kind);
    w.enumeration("ordering", x.ordering, defaults.ordering);
    w.enumeration("delivery", x.delivery, defaults.delivery);
    w.number("peak_msgs_s", x.peakMsgsS);
    w.number("retention_hours", x.retentionHours);
    w.flag("replay", x.replay);
    w.ownership(x.ownership);
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
    writeSection(w, "data", model.data, writeDataStore);
    writeSection(w, "channels", model.channels, writeChannel);
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
