#include "modelfields.h"

#include <QLocale>

namespace gw {

namespace {

QString text(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString text(const std::optional<double>& v)
{
    return v ? text(*v) : QString();
}

QString text(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QString();
}

QString text(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}

template<typename E> QString text(const QList<E>& values) requires std::is_enum_v<E>
{
    QStringList names;
    for (E v : values)
        names.append(enumName(v));
    return names.join(QStringLiteral(", "));
}

// Appends with a literal key; values are already text.
class Fields
{
public:
    Fields& add(const char* key, const QString& value)
    {
        m_out.append({QString::fromLatin1(key), value});
        return *this;
    }
    template<typename E> Fields& add(const char* key, E value) requires std::is_enum_v<E>
    {
        return add(key, enumName(value));
    }
    Fields& add(const Ownership& o) { return add("owner", o.owner).add("cost_centre", o.costCentre); }
    FieldValues take() { return std::move(m_out); }

private:
    FieldValues m_out;
};

} // namespace

FieldValues fieldsOf(const System& s)
{
    return Fields()
        .add("name", s.name)
        .add("description", s.description)
        .add("stage", s.stage)
        .add("cloud", s.cloud)
        .add("regions", s.regions.join(QStringLiteral(", ")))
        .add("availability_target", text(s.availabilityTarget))
        .add("rto_minutes", text(s.rtoMinutes))
        .add("rpo_minutes", text(s.rpoMinutes))
        .add(s.ownership)
        .take();
}

FieldValues fieldsOf(const Priorities& p)
{
    FieldValues out;
    for (std::size_t q = 0; q < p.weights.size(); ++q)
        out.append({enumName(static_cast<Quality>(q)), QString::number(p.weights[q])});
    return out;
}

FieldValues fieldsOf(const Team& t)
{
    QStringList skills;
    for (const Skill& s : t.skills)
        skills.append(s.language + u' ' + QString::number(s.level));
    return Fields()
        .add("size", QString::number(t.size))
        .add("teams", QString::number(t.teams))
        .add("ops_maturity", t.opsMaturity)
        .add("skills", skills.join(QStringLiteral(", ")))
        .add("hiring", t.hiring.join(QStringLiteral(", ")))
        .add("compliance", text(t.compliance))
        .add("budget_usd_month", text(t.budgetUsdMonth))
        .add("release_cadence", t.releaseCadence)
        .take();
}

FieldValues fieldsOf(const Environment& e)
{
    return Fields().add("name", e.name).add("account", e.account).add("region", e.region).take();
}

FieldValues fieldsOf(const Workload& w)
{
    QStringList uses;
    for (const Use& u : w.uses)
        uses.append(QStringLiteral("%1 (%2, %3)").arg(u.to, enumName(u.mode), enumName(u.access)));
    return Fields()
        .add("name", w.name)
        .add("kind", w.kind)
        .add("exposure", w.exposure)
        .add("clients", text(w.clients))
        .add("traffic.pattern", w.traffic.pattern)
        .add("traffic.peak_rps", text(w.traffic.peakRps))
        .add("traffic.average_rps", text(w.traffic.averageRps))
        .add("latency_p99_ms", text(w.latencyP99Ms))
        .add("max_duration_s", text(w.maxDurationS))
        .add("cpu", w.cpu)
        .add("memory_mb", QString::number(w.memoryMb))
        .add("gpu", text(w.gpu))
        .add("stateful", text(w.stateful))
        .add("needs_os_control", text(w.needsOsControl))
        .add("legacy", text(w.legacy))
        .add("data_heavy", text(w.dataHeavy))
        .add("criticality", w.criticality)
        .add("handles", text(w.handles))
        .add("uses", uses.join(QStringLiteral(", ")))
        .add(w.ownership)
        .take();
}

FieldValues fieldsOf(const DataStore& d)
{
    return Fields()
        .add("name", d.name)
        .add("shape", d.shape)
        .add("queries", text(d.queries))
        .add("consistency", d.consistency)
        .add("transactions", d.transactions)
        .add("read_write_ratio", text(d.readWriteRatio))
        .add("tolerates_stale_reads", text(d.toleratesStaleReads))
        .add("size_gb", text(d.sizeGb))
        .add("growth_gb_month", text(d.growthGbMonth))
        .add("item_size_kb", text(d.itemSizeKb))
        .add("peak_ops", text(d.peakOps))
        .add("residency", d.residency)
        .add("multi_region", text(d.multiRegion))
        .add("sensitivity", d.sensitivity)
        .add("retention_days", text(d.retentionDays))
        .add(d.ownership)
        .take();
}

FieldValues fieldsOf(const Channel& c)
{
    return Fields()
        .add("name", c.name)
        .add("kind", c.kind)
        .add("ordering", c.ordering)
        .add("delivery", c.delivery)
        .add("peak_msgs_s", text(c.peakMsgsS))
        .add("retention_hours", text(c.retentionHours))
        .add("replay", text(c.replay))
        .add(c.ownership)
        .take();
}

FieldValues fieldsOf(const Decision& d)
{
    return Fields().add("choice", d.choice).add("status", d.status).add("reason", d.reason).take();
}

} // namespace gw
