#include "reportcontent.h"

#include "../cost/costformat.h"
#include "../rules/subject.h"
#include "../rules/tenths.h"

#include <algorithm>
#include <numeric>

namespace gw {

namespace {

// Numbers sources in order of first citation, so that [1] is the first source a reader meets.
class Bibliography
{
public:
    int cite(const QString& source)
    {
        const QString s = source.trimmed();
        if (s.isEmpty())
            return 0;
        const qsizetype at = m_sources.indexOf(s);
        if (at >= 0)
            return int(at) + 1;
        m_sources.append(s);
        return int(m_sources.size());
    }
    QStringList sources() const { return m_sources; }

private:
    QStringList m_sources;
};

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

template<typename E> QString names(const QList<E>& values)
{
    QStringList out;
    for (const E v : values)
        out.append(enumName(v));
    return out.isEmpty() ? QStringLiteral("-") : out.join(QStringLiteral(", "));
}

QString pickText(const Pick& pick, Cloud cloud)
{
    if (!pick.isValid())
        return QStringLiteral("none (every candidate excluded)");
    const QString service = pick.services.on(cloud);
    const QString label = pick.label.isEmpty() ? pick.candidate : pick.label;
    return service.isEmpty() || service == label ? label : QStringLiteral("%1 (%2)").arg(label, service);
}

QString statusText(const DecisionResult& d)
{
    if (!d.pinned)
        return QStringLiteral("recommended");
    return QStringLiteral("pinned (%1)").arg(enumName(d.pinned->status));
}

QString subjectName(const Model& model, const ElementRef& ref, const QString& subject)
{
    if (subject == Subject::systemId() || !ref.isValid() || ref.section == ElementRef::Section::System)
        return QStringLiteral("System");
    QString name;
    switch (ref.section) {
    case ElementRef::Section::Workload:
        name = model.workloads[ref.index].displayName();
        break;
    case ElementRef::Section::DataStore:
        name = model.data[ref.index].name.isEmpty() ? model.data[ref.index].id : model.data[ref.index].name;
        break;
    case ElementRef::Section::Channel:
        name = model.channels[ref.index].displayName();
        break;
    default:
        return model.describe(ref);
    }
    return name == subject ? name : QStringLiteral("%1 (%2)").arg(name, subject);
}

// The facts a field's declaration puts in reports (FieldInfo::report), for the fields that are set.
template<typename T> QList<ReportFact> declaredFacts(const T& x)
{
    QList<ReportFact> out;
    for (const FieldDescriptor<T>& d : fieldList<T>()) {
        if (!*d.info.report)
            continue;
        const FieldData value = d.get(x);
        QString text;
        if (const int* i = std::get_if<int>(&value))
            text = d.type == FieldType::Enum ? enumText(d, *i) : QString::number(*i);
        else if (const double* n = std::get_if<double>(&value))
            text = number(*n);
        else if (const bool* b = std::get_if<bool>(&value))
            text = *b ? yesNo(true) : QString(); // a flag is a fact where it holds: "no" says nothing
        else if (const QString* t = std::get_if<QString>(&value))
            text = *t;
        else if (const QStringList* list = std::get_if<QStringList>(&value))
            text = list->join(QStringLiteral(", "));
        if (text.isEmpty())
            continue;
        if (!d.unit().isEmpty() && (d.type == FieldType::Int || d.type == FieldType::Number))
            text += u' ' + d.unit();
        out.append({QString::fromLatin1(d.info.report), text});
    }
    return out;
}

QList<ReportFact> workloadFacts(const Workload& w)
{
    QList<ReportFact> f{
        {QStringLiteral("Kind"), enumName(w.kind)},
        {QStringLiteral("Exposure"), enumName(w.exposure)},
        {QStringLiteral("Clients"), names(w.clients)},
        {QStringLiteral("Traffic"), enumName(w.traffic.pattern)},
        {QStringLiteral("Criticality"), enumName(w.criticality)},
        {QStringLiteral("CPU / memory"), QStringLiteral("%1 / %2 MB").arg(enumName(w.cpu)).arg(w.memoryMb)},
        {QStringLiteral("Stateful"), yesNo(w.stateful)},
        {QStringLiteral("Handles"), names(w.handles)},
    };
    if (w.traffic.peakRps)
        f.insert(4, {QStringLiteral("Peak requests/s"), number(*w.traffic.peakRps)});
    if (w.latencyP99Ms)
        f.append({QStringLiteral("p99 latency target"), number(*w.latencyP99Ms) + QStringLiteral(" ms")});
    QStringList uses;
    for (const Use& u : w.uses)
        uses.append(QStringLiteral("%1 (%2)").arg(u.to, enumName(u.mode)));
    if (!uses.isEmpty())
        f.append({QStringLiteral("Uses"), uses.join(QStringLiteral(", "))});
    return f + declaredFacts(w);
}

QList<ReportFact> dataFacts(const DataStore& d)
{
    QList<ReportFact> f{
        {QStringLiteral("Shape"), enumName(d.shape)},
        {QStringLiteral("Queries"), names(d.queries)},
        {QStringLiteral("Consistency"), enumName(d.consistency)},
        {QStringLiteral("Transactions"), enumName(d.transactions)},
        {QStringLiteral("Sensitivity"), enumName(d.sensitivity)},
        {QStringLiteral("Multi-region"), yesNo(d.multiRegion)},
    };
    if (d.sizeGb)
        f.append({QStringLiteral("Size"), number(*d.sizeGb) + QStringLiteral(" GB")});
    if (d.peakOps)
        f.append({QStringLiteral("Peak operations/s"), number(*d.peakOps)});
    if (!d.residency.isEmpty())
        f.append({QStringLiteral("Residency"), d.residency});
    return f + declaredFacts(d);
}

QList<ReportFact> channelFacts(const Channel& c)
{
    QList<ReportFact> f{
        {QStringLiteral("Kind"), enumName(c.kind)},
        {QStringLiteral("Ordering"), enumName(c.ordering)},
        {QStringLiteral("Delivery"), enumName(c.delivery)},
        {QStringLiteral("Replay"), yesNo(c.replay)},
    };
    if (c.peakMsgsS)
        f.append({QStringLiteral("Peak messages/s"), number(*c.peakMsgsS)});
    return f + declaredFacts(c);
}

} // namespace

QString qualityLabel(Quality q)
{
    static const std::array<QString, kQualityCount> labels{
        QStringLiteral("Cost"),        QStringLiteral("Performance"), QStringLiteral("Scalability"),
        QStringLiteral("Reliability"), QStringLiteral("Security"),    QStringLiteral("Time to market"),
        QStringLiteral("Operability")};
    return labels[std::size_t(q)];
}

QString severityLabel(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::High:
        return QStringLiteral("High");
    case FindingSeverity::Medium:
        return QStringLiteral("Medium");
    case FindingSeverity::Low:
        break;
    }
    return QStringLiteral("Low");
}

int ReportContent::countOf(FindingSeverity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const ReportFinding& f) { return f.finding->severity == severity; }));
}

namespace {

// "25.75 USD a month (17.08 to 43.08) for functions on gcp": what the element's chosen candidate costs.
QString chosenCost(const Recommendations& r, const QString& subject)
{
    for (const DecisionKind kind : {DecisionKind::Compute, DecisionKind::Database, DecisionKind::Messaging}) {
        const DecisionResult* d = r.decision(subject, kind);
        if (!d)
            continue;
        for (const RankedCandidate& c : d->ranking) {
            if (c.candidate == d->chosen.candidate && c.monthlyUsd)
                return QStringLiteral("%1 USD a month (%2 to %3) for %4 on %5")
                    .arg(CostFormat::usd(c.monthlyUsd->expected), CostFormat::usd(c.monthlyUsd->low),
                         CostFormat::usd(c.monthlyUsd->high), c.candidate, enumName(c.costCloud));
        }
    }
    return {};
}

} // namespace

ReportContent ReportContent::build(const Model& model, const Recommendations& recommendations,
                                   const QString& modelPath)
{
    ReportContent c;
    Bibliography bibliography;
    const System& system = model.system;
    c.systemName = system.name;
    c.description = system.description;
    c.modelPath = modelPath;
    c.title = QStringLiteral("%1: architecture review").arg(system.name);

    // Priorities, heaviest first; ties keep the format's order.
    QList<int> order(kQualityCount);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return model.priorities.weights[a] > model.priorities.weights[b]; });
    for (const int q : order) {
        if (model.priorities.weights[q] >= model.priorities.weights[order.front()] - 1 &&
            model.priorities.weights[q] > 0)
            c.topPriorities.append(qualityLabel(Quality(q)));
    }

    for (const DecisionResult& d : recommendations.decisions) {
        ReportDecision row;
        row.result = &d;
        row.subjectName = subjectName(model, d.element, d.subject);
        row.kind = enumName(d.kind);
        row.pick = pickText(d.chosen, recommendations.cloud);
        for (const RankedCandidate& r : d.ranking) {
            if (r.candidate != d.chosen.candidate) {
                row.runnerUp = r.label.isEmpty() ? r.candidate : r.label;
                break;
            }
        }
        row.margin =
            d.marginTenths ? formatTenths(*d.marginTenths) + QStringLiteral(" points") : QStringLiteral("-");
        row.stability = d.sensitivity().summary;
        if (!d.sensitivity().loadSummary.isEmpty())
            row.stability += QStringLiteral("; ") + d.sensitivity().loadSummary;
        row.status = statusText(d);
        if (!d.ranking.isEmpty()) {
            for (const Reason& reason : d.ranking.front().reasons) {
                if (const int n = bibliography.cite(reason.source); n > 0 && !row.citations.contains(n))
                    row.citations.append(n);
            }
        }
        c.decisions.append(row);
    }
    for (const Finding& f : recommendations.findings)
        c.findings.append({&f, subjectName(model, f.element, f.subject), bibliography.cite(f.source)});

    QStringList picks;
    for (const ReportDecision& d : c.decisions) {
        if (d.result->subject == Subject::systemId())
            picks.append(QStringLiteral("%1: %2").arg(d.kind, d.pick));
    }
    c.summary = {
        {QStringLiteral("System"), system.description.isEmpty()
                                       ? system.name
                                       : QStringLiteral("%1 - %2").arg(system.name, system.description)},
        {QStringLiteral("Stage and cloud"),
         QStringLiteral("%1, %2 (%3)")
             .arg(enumName(system.stage), enumName(system.cloud),
                  system.regions.isEmpty() ? QStringLiteral("no region given")
                                           : system.regions.join(QStringLiteral(", ")))},
        {QStringLiteral("Priorities"), c.topPriorities.join(QStringLiteral(", "))},
        {QStringLiteral("Shape"), QStringLiteral("%1 workloads, %2 data stores, %3 channels; team of %4")
                                      .arg(model.workloads.size())
                                      .arg(model.data.size())
                                      .arg(model.channels.size())
                                      .arg(model.team.size)},
        {QStringLiteral("Main picks"),
         picks.isEmpty() ? QStringLiteral("-") : picks.join(QStringLiteral("; "))},
        {QStringLiteral("Findings"), QStringLiteral("%1 high, %2 medium, %3 low")
                                         .arg(c.countOf(FindingSeverity::High))
                                         .arg(c.countOf(FindingSeverity::Medium))
                                         .arg(c.countOf(FindingSeverity::Low))},
    };
    if (const std::optional<SystemCost>& cost = recommendations.cost; cost && cost->priced > 0) {
        QString budget;
        if (const std::optional<double> b = model.team.budgetUsdMonth; b && *b > 0)
            budget = QStringLiteral("; %1 % of the budget of %2 USD")
                         .arg(QString::number(cost->total.expected / *b * 100, 'f', 0), CostFormat::usd(*b));
        c.summary.append(
            {QStringLiteral("Estimated cost"),
             QStringLiteral("%1 USD a month (%2 to %3) on %4 list prices checked %5, for %6 of %7 "
                            "elements that could be priced, across %9 environment(s)%10%8")
                 .arg(CostFormat::usd(cost->total.expected), CostFormat::usd(cost->total.low),
                      CostFormat::usd(cost->total.high), enumName(cost->cloud),
                      cost->pricesChecked.toString(Qt::ISODate))
                 .arg(cost->priced)
                 .arg(cost->elements)
                 .arg(budget)
                 .arg(std::max<qsizetype>(1, model.environments.size()))
                 .arg(cost->secondRegion.isEmpty()
                          ? QString()
                          : QStringLiteral(" and the second region of %1").arg(cost->secondRegion))});
    }

    auto addElement = [&](const QString& prefix, const QString& id, const QString& title, const QString& kind,
                          QList<ReportFact> facts) {
        ReportElement e;
        e.anchor = prefix + u'-' + id;
        e.title = title;
        e.kindLabel = kind;
        e.properties = std::move(facts);
        e.cost = chosenCost(recommendations, id);
        for (qsizetype i = 0; i < c.decisions.size(); ++i) {
            if (c.decisions[i].result->subject == id)
                e.decisions.append(int(i));
        }
        for (qsizetype i = 0; i < c.findings.size(); ++i) {
            if (c.findings[i].finding->subject == id)
                e.findings.append(int(i));
        }
        c.elements.append(e);
    };
    for (const Workload& w : model.workloads)
        addElement(QStringLiteral("workload"), w.id, w.displayName(),
                   QStringLiteral("workload (%1)").arg(enumName(w.kind)), workloadFacts(w));
    for (const DataStore& d : model.data)
        addElement(QStringLiteral("data"), d.id, d.name.isEmpty() ? d.id : d.name,
                   QStringLiteral("data store (%1)").arg(enumName(d.shape)), dataFacts(d));
    for (const Channel& ch : model.channels)
        addElement(QStringLiteral("channel"), ch.id, ch.displayName(),
                   QStringLiteral("channel (%1)").arg(enumName(ch.kind)), channelFacts(ch));

    c.assumptions = {
        {QStringLiteral("Stage"), enumName(system.stage)},
        {QStringLiteral("Cloud"), enumName(system.cloud)},
        {QStringLiteral("Regions"),
         system.regions.isEmpty() ? QStringLiteral("-") : system.regions.join(QStringLiteral(", "))},
        {QStringLiteral("Availability target"), number(system.availabilityTarget) + u'%'},
        {QStringLiteral("RTO"),
         system.rtoMinutes ? QStringLiteral("%1 min").arg(*system.rtoMinutes) : QStringLiteral("-")},
        {QStringLiteral("RPO"),
         system.rpoMinutes ? QStringLiteral("%1 min").arg(*system.rpoMinutes) : QStringLiteral("-")},
    };
    if (!system.ownership.owner.isEmpty())
        c.assumptions.append({QStringLiteral("Owner"), system.ownership.owner});
    if (!system.ownership.costCentre.isEmpty())
        c.assumptions.append({QStringLiteral("Cost centre"), system.ownership.costCentre});
    for (int q = 0; q < int(kQualityCount); ++q) {
        c.assumptions.append({QStringLiteral("Priority: %1").arg(qualityLabel(Quality(q))),
                              QStringLiteral("%1 of 5").arg(model.priorities.weights[q])});
    }
    const Team& team = model.team;
    c.assumptions.append({QStringLiteral("Team size"), QString::number(team.size)});
    c.assumptions.append({QStringLiteral("Teams"), QString::number(team.teams)});
    c.assumptions.append({QStringLiteral("Operations maturity"), enumName(team.opsMaturity)});
    QStringList skills;
    for (const Skill& skill : team.skills)
        skills.append(QStringLiteral("%1 %2").arg(skill.language, QString::number(skill.level)));
    c.assumptions.append({QStringLiteral("Skills"),
                          skills.isEmpty() ? QStringLiteral("-") : skills.join(QStringLiteral(", "))});
    c.assumptions.append({QStringLiteral("Compliance"),
                          team.compliance.isEmpty() ? QStringLiteral("-") : names(team.compliance)});
    if (team.budgetUsdMonth)
        c.assumptions.append(
            {QStringLiteral("Budget"), QStringLiteral("USD %1 a month").arg(number(*team.budgetUsdMonth))});
    QStringList environments;
    for (const Environment& e : model.environments)
        environments.append(e.name);
    c.assumptions.append({QStringLiteral("Environments"), environments.join(QStringLiteral(", "))});

    c.bibliography = bibliography.sources();
    return c;
}

} // namespace gw
