#include "modelvalidator.h"

#include "../model/model.h"
#include "../rules/decisionkinds.h"
#include "../rules/regionlocations.h"
#include "../rules/rulepackloader.h"
#include "../rules/subject.h"
#include "limits.h"
#include "sourcemap.h"
#include "suggestion.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace gw {

namespace {

using S = ElementRef::Section;

QString itemPath(const QString& section, int index)
{
    return section + u'[' + QString::number(index) + u']';
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

class Checker
{
public:
    Checker(const Model& model, const SourceMap& sources) : m(model), m_sources(sources) {}

    Diagnostics run();

private:
    void report(Severity severity, const ElementRef& element, const QString& path, const QString& message)
    {
        if (m_out.size() > limits::kMaxDiagnostics)
            return;
        Diagnostic d;
        d.severity = severity;
        d.location = m_sources.locate(path);
        d.element = element;
        d.path = path;
        d.message = path + QStringLiteral(": ") + message;
        m_out.append(d);
    }
    void error(const ElementRef& e, const QString& path, const QString& message)
    {
        report(Severity::Error, e, path, message);
    }
    void warning(const ElementRef& e, const QString& path, const QString& message)
    {
        report(Severity::Warning, e, path, message);
    }

    // The checks below take the path as a string expression and build it only to report a problem:
    // on a large model almost every check passes.

    // A required text is reported empty only when it was written (the reader reports a missing key).
    template<typename P> void requireText(const ElementRef& e, const P& path, const QString& value)
    {
        if (!value.trimmed().isEmpty())
            return;
        const QString p = path;
        if (m_sources.isEmpty() || m_sources.contains(p))
            error(e, p, QStringLiteral("must not be empty"));
    }
    template<typename P>
    void between(const ElementRef& e, const P& path, double value, double min, double max)
    {
        if (value < min || value > max)
            error(e, path,
                  QStringLiteral("must be between %1 and %2, got %3")
                      .arg(number(min), number(max), number(value)));
    }
    // Every number of `x` within the range its field declares (see FieldDescriptor).
    template<typename T> void checkRanges(const ElementRef& e, const QString& path, const T& x);

    void checkSystem();
    void checkTeam();
    void checkRegionOfCloud(const ElementRef& e, const QString& path, const QString& region);
    void checkEnvironments();
    void checkIds();
    void checkWorkload(int index);
    void checkDataStore(int index);
    void checkChannel(int index);
    void checkDecisions();
    void checkReachability();

    ElementRef find(const QString& id) const { return m_index.value(id); }

    const Model& m;
    const SourceMap& m_sources;
    Diagnostics m_out;
    QHash<QString, ElementRef> m_index; // first element of each id, so that checks stay linear
    QSet<QString> m_published;
    QSet<QString> m_consumed;
};

// "must be at least 0, got -1": the range a field declares, in words, with the value given.
QString outOfRange(const FieldRange& r, double value)
{
    const bool hasMin = r.min != -FieldRange::kNone;
    const bool hasMax = r.max != FieldRange::kNone;
    QString rule;
    if (hasMin && hasMax && !r.minExclusive)
        rule = QStringLiteral("must be between %1 and %2").arg(number(r.min), number(r.max));
    else if (hasMin && hasMax)
        rule = QStringLiteral("must be greater than %1 and at most %2").arg(number(r.min), number(r.max));
    else if (hasMin)
        rule = (r.minExclusive ? QStringLiteral("must be greater than %1")
                               : QStringLiteral("must be at least %1"))
                   .arg(number(r.min));
    else
        rule = QStringLiteral("must be at most %1").arg(number(r.max));
    return rule + QStringLiteral(", got %1").arg(number(value));
}

template<typename T> void Checker::checkRanges(const ElementRef& e, const QString& path, const T& x)
{
    for (const FieldDescriptor<T>& d : fieldList<T>()) {
        if (!d.info.range.isLimited())
            continue;
        const FieldData value = d.get(x);
        double v = 0;
        if (const int* i = std::get_if<int>(&value))
            v = *i;
        else if (const double* n = std::get_if<double>(&value))
            v = *n;
        else
            continue; // not set
        if (!d.info.range.contains(v))
            error(e, path.isEmpty() ? d.keyText() : path + u'.' + d.keyText(), outOfRange(d.info.range, v));
    }
}

Diagnostics Checker::run()
{
    for (int i = static_cast<int>(m.channels.size()) - 1; i >= 0; --i)
        m_index.insert(m.channels[i].id, {S::Channel, i});
    for (int i = static_cast<int>(m.data.size()) - 1; i >= 0; --i)
        m_index.insert(m.data[i].id, {S::DataStore, i});
    for (int i = static_cast<int>(m.workloads.size()) - 1; i >= 0; --i)
        m_index.insert(m.workloads[i].id, {S::Workload, i});
    for (const Workload& w : m.workloads) {
        for (const Use& u : w.uses) {
            if (u.mode == UseMode::Publish)
                m_published.insert(u.to);
            else if (u.mode == UseMode::Consume)
                m_consumed.insert(u.to);
        }
    }
    checkSystem();
    checkTeam();
    checkEnvironments();
    checkIds();
    for (int i = 0; i < m.workloads.size(); ++i)
        checkWorkload(i);
    for (int i = 0; i < m.data.size(); ++i)
        checkDataStore(i);
    for (int i = 0; i < m.channels.size(); ++i)
        checkChannel(i);
    checkDecisions();
    checkReachability();
    // Reported here when a list was written but is empty; the reader reports a file with neither key.
    const bool workloadsWritten = m_sources.contains(QStringLiteral("workloads"));
    const bool dataWritten = m_sources.contains(QStringLiteral("data"));
    if (m.workloads.isEmpty() && m.data.isEmpty() && (m_sources.isEmpty() || workloadsWritten || dataWritten))
        error({}, workloadsWritten || !dataWritten ? QStringLiteral("workloads") : QStringLiteral("data"),
              QStringLiteral("a model needs at least one workload or data store"));
    return m_out;
}

void Checker::checkSystem()
{
    const ElementRef e{S::System, -1};
    const System& s = m.system;
    requireText(e, QStringLiteral("system.name"), s.name);
    checkRanges(e, QStringLiteral("system"), s);
    QSet<QString> seen;
    for (int i = 0; i < s.regions.size(); ++i) {
        const QString path = itemPath(QStringLiteral("system.regions"), i);
        requireText(e, path, s.regions[i]);
        if (seen.contains(s.regions[i]))
            error(e, path, QStringLiteral("region '%1' is listed twice").arg(s.regions[i]));
        seen.insert(s.regions[i]);
        checkRegionOfCloud(e, path, s.regions[i]);
    }
    const ElementRef p{S::Priorities, -1};
    for (std::size_t q = 0; q < m.priorities.weights.size(); ++q) {
        between(p, QStringLiteral("priorities.") + enumName(static_cast<Quality>(q)), m.priorities.weights[q],
                Priorities::kMin, Priorities::kMax);
    }
}

// Residency and the exports read a region by its code; a region of another cloud, or a typing slip, would
// be judged by its name and exported as written. A code the table does not know and that resembles none
// of the cloud's is left alone: a data centre of one's own, or a region newer than the table.
void Checker::checkRegionOfCloud(const ElementRef& e, const QString& path, const QString& region)
{
    if (m.system.cloud == Cloud::Any || region.isEmpty())
        return;
    const RegionLocations& table = RegionLocations::builtIn();
    if (const RegionLocations::Region* known = table.find(region)) {
        if (known->cloud != m.system.cloud)
            warning(e, path,
                    QStringLiteral("'%1' is a region of %2 (%3), but system.cloud is %4")
                        .arg(region, enumName(known->cloud), known->name, enumName(m.system.cloud)));
        return;
    }
    const QString hint = closestMatch(region, table.codes(m.system.cloud));
    if (!hint.isEmpty())
        warning(e, path,
                QStringLiteral("'%1' is not a region of %2%3")
                    .arg(region, enumName(m.system.cloud), didYouMean(hint)));
}

void Checker::checkTeam()
{
    const ElementRef e{S::Team, -1};
    const Team& t = m.team;
    checkRanges(e, QStringLiteral("team"), t);
    // A missing size is reported by the reader; its default of 1 would make this warning misleading.
    const bool sizeGiven = m_sources.isEmpty() || m_sources.contains(QStringLiteral("team.size"));
    if (sizeGiven && t.size >= 1 && t.teams > t.size)
        warning(
            e, QStringLiteral("team.teams"),
            QStringLiteral("%1 teams out of %2 engineers leaves some teams empty").arg(t.teams).arg(t.size));
    const QStringList& languages = knownLanguages();
    const auto checkLanguage = [&](const QString& path, const QString& language) {
        if (languages.contains(language))
            return;
        const QString hint = closestMatch(language, languages);
        warning(e, path,
                hint.isEmpty() ? QStringLiteral("'%1' is not a language the catalog knows (%2)")
                                     .arg(language, languages.join(QStringLiteral(", ")))
                               : QStringLiteral("'%1' is not a language the catalog knows%2")
                                     .arg(language, didYouMean(hint)));
    };
    // Beyond languages, the skills some built-in candidate relies on (kubernetes, postgresql, kafka).
    QStringList platforms;
    for (const Candidate& c : RulePackLoader::builtIn()->candidates()) {
        for (const QString& key : c.skills) {
            if (!platforms.contains(key) && !languages.contains(key))
                platforms.append(key);
        }
    }
    platforms.sort();
    for (const Skill& s : t.skills) {
        const QString path = QStringLiteral("team.skills.") + s.language;
        between(e, path, s.level, Skill::kMin, Skill::kMax);
        if (languages.contains(s.language) || platforms.contains(s.language))
            continue;
        const QString hint = closestMatch(s.language, languages + platforms);
        warning(e, path,
                hint.isEmpty() ? QStringLiteral("'%1' is not a language or skill the catalog knows (%2)")
                                     .arg(s.language, (languages + platforms).join(QStringLiteral(", ")))
                               : QStringLiteral("'%1' is not a language or skill the catalog knows%2")
                                     .arg(s.language, didYouMean(hint)));
    }
    for (int i = 0; i < t.hiring.size(); ++i)
        checkLanguage(itemPath(QStringLiteral("team.hiring"), i), t.hiring[i]);
}

void Checker::checkEnvironments()
{
    if (m.environments.isEmpty()) {
        error(
            {S::Environment, -1}, QStringLiteral("environments"),
            QStringLiteral("list at least one environment, or leave the key out for a single 'production'"));
        return;
    }
    QHash<QString, int> seen;
    for (int i = 0; i < m.environments.size(); ++i) {
        const Environment& env = m.environments[i];
        const ElementRef e{S::Environment, i};
        const QString path = itemPath(QStringLiteral("environments"), i);
        requireText(e, path + QStringLiteral(".name"), env.name);
        if (!env.name.isEmpty() && seen.contains(env.name))
            error(e, path + QStringLiteral(".name"),
                  QStringLiteral("environment '%1' is already defined at environments[%2]")
                      .arg(env.name)
                      .arg(seen.value(env.name)));
        seen.insert(env.name, i);
        checkRanges(e, path, env); // scale: 0 to 10
        if (!env.region.isEmpty() && !m.system.regions.isEmpty() && !m.system.regions.contains(env.region))
            warning(e, path + QStringLiteral(".region"),
                    QStringLiteral("region '%1' is not in system.regions (%2)")
                        .arg(env.region, m.system.regions.join(QStringLiteral(", "))));
    }
}

void Checker::checkIds()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QHash<QString, ElementRef> owner; // id -> the element that has it first
    const auto idPath = [](const ElementRef& e) -> QString { return e.path() + QStringLiteral(".id"); };
    const auto check = [&](S section, int index, const QString& id) {
        const ElementRef e{section, index};
        requireText(e, idPath(e), id);
        if (id.isEmpty())
            return;
        if (!pattern.match(id).hasMatch()) {
            error(e, idPath(e),
                  QStringLiteral(
                      "'%1' is not a valid id: use lower-case letters, digits and '-', starting with "
                      "a letter")
                      .arg(id));
        }
        const auto first = owner.constFind(id);
        if (first != owner.constEnd()) {
            const QString firstPath = idPath(*first);
            const SourceLocation at = m_sources.locate(firstPath);
            error(e, idPath(e),
                  QStringLiteral("duplicate id '%1', already used by %2%3")
                      .arg(id, firstPath.left(firstPath.lastIndexOf(u'.')),
                           at.isValid() ? QStringLiteral(" at line %1").arg(at.line) : QString()));
            return;
        }
        owner.insert(id, e);
    };
    for (int i = 0; i < m.workloads.size(); ++i)
        check(S::Workload, i, m.workloads[i].id);
    for (int i = 0; i < m.data.size(); ++i)
        check(S::DataStore, i, m.data[i].id);
    for (int i = 0; i < m.channels.size(); ++i)
        check(S::Channel, i, m.channels[i].id);
}

QStringList allIds(const Model& m)
{
    QStringList ids;
    for (const Workload& w : m.workloads)
        ids.append(w.id);
    for (const DataStore& d : m.data)
        ids.append(d.id);
    for (const Channel& c : m.channels)
        ids.append(c.id);
    return ids;
}

void Checker::checkWorkload(int index)
{
    const Workload& w = m.workloads[index];
    const ElementRef e{S::Workload, index};
    const QString path = itemPath(QStringLiteral("workloads"), index);
    checkRanges(e, path, w);
    if (w.traffic.peakRps && w.traffic.averageRps && *w.traffic.averageRps > *w.traffic.peakRps)
        warning(e, path + QStringLiteral(".traffic.average_rps"),
                QStringLiteral("average %1 rps is above the peak of %2 rps")
                    .arg(number(*w.traffic.averageRps), number(*w.traffic.peakRps)));

    QSet<QString> targets;
    for (int u = 0; u < w.uses.size(); ++u) {
        const Use& use = w.uses[u];
        const QString usePath = itemPath(path + QStringLiteral(".uses"), u);
        const QString toPath = usePath + QStringLiteral(".to");
        requireText(e, toPath, use.to);
        if (use.to.isEmpty())
            continue;
        if (use.to == w.id) {
            error(e, toPath, QStringLiteral("a workload cannot use itself"));
            continue;
        }
        if (targets.contains(use.to))
            warning(e, toPath, QStringLiteral("'%1' is used twice; merge the two entries").arg(use.to));
        targets.insert(use.to);
        const ElementRef target = find(use.to);
        if (!target.isValid()) {
            const QString hint = closestMatch(use.to, allIds(m));
            error(e, toPath,
                  QStringLiteral("'%1' names no workload, data store or channel%2")
                      .arg(use.to, didYouMean(hint)));
            continue;
        }
        const bool toChannel = target.section == S::Channel;
        const bool channelMode = use.mode == UseMode::Publish || use.mode == UseMode::Consume;
        const QString modePath = usePath + QStringLiteral(".mode");
        if (channelMode && !toChannel)
            error(e, modePath,
                  QStringLiteral("mode %1 only fits a channel, and '%2' is a %3; use sync or async")
                      .arg(enumName(use.mode), use.to,
                           target.section == S::Workload ? QStringLiteral("workload")
                                                         : QStringLiteral("data store")));
        else if (!channelMode && toChannel)
            error(e, modePath,
                  QStringLiteral("'%1' is a channel: a workload uses it with mode publish or consume, not %2")
                      .arg(use.to, enumName(use.mode)));
    }
}

void Checker::checkDataStore(int index)
{
    const DataStore& d = m.data[index];
    const ElementRef e{S::DataStore, index};
    const QString path = itemPath(QStringLiteral("data"), index);
    checkRanges(e, path, d);
    if (d.peakOps && d.averageOps && *d.averageOps > *d.peakOps)
        warning(e, path + QStringLiteral(".average_ops"),
                QStringLiteral("average %1 operations a second is above the peak of %2")
                    .arg(number(*d.averageOps), number(*d.peakOps)));
    if (d.transactions == Transactions::MultiRecord && d.consistency == Consistency::Eventual)
        warning(
            e, path + QStringLiteral(".transactions"),
            QStringLiteral("multi-record transactions with eventual consistency: transactions need at least "
                           "read-your-writes"));
}

void Checker::checkChannel(int index)
{
    const Channel& c = m.channels[index];
    const ElementRef e{S::Channel, index};
    const QString path = itemPath(QStringLiteral("channels"), index);
    checkRanges(e, path, c);
    if (c.id.isEmpty())
        return;
    const bool produced = m_published.contains(c.id);
    const bool consumed = m_consumed.contains(c.id);
    if (!produced)
        warning(e, path + QStringLiteral(".id"),
                QStringLiteral("no workload publishes to channel '%1'").arg(c.id));
    if (!consumed)
        warning(e, path + QStringLiteral(".id"),
                QStringLiteral("no workload consumes from channel '%1'").arg(c.id));
}

void Checker::checkDecisions()
{
    QHash<QString, int> seen;
    const DecisionKinds kinds = m.decisions.isEmpty() ? DecisionKinds() : DecisionKinds::known();
    for (int i = 0; i < m.decisions.size(); ++i) {
        const Decision& d = m.decisions[i];
        const ElementRef e{S::Decision, i};
        const QString path = itemPath(QStringLiteral("decisions"), i);
        const QString subjectPath = path + QStringLiteral(".subject");
        requireText(e, path + QStringLiteral(".choice"), d.choice);
        if (d.subject.isEmpty()) {
            requireText(e, subjectPath, d.subject);
            continue;
        }
        const qsizetype slash = d.subject.lastIndexOf(u'/');
        if (slash <= 0 || slash == d.subject.size() - 1) {
            error(e, subjectPath,
                  QStringLiteral("'%1' is not of the form '<element id>/<decision kind>' or "
                                 "'system/<decision kind>'")
                      .arg(d.subject));
            continue;
        }
        const QString element = d.subject.left(slash);
        const QString kindText = d.subject.mid(slash + 1);
        // The kinds are the rule packs' (the built-in ones and any an organisation's packs loaded here).
        const DecisionKindInfo* kind = kinds.find(kindText);
        if (!kind) {
            const QString hint = closestMatch(kindText, kinds.names());
            error(e, subjectPath,
                  QStringLiteral("'%1' is not a decision kind%2; the kinds are %3")
                      .arg(kindText, didYouMean(hint), kinds.names().join(QStringLiteral(", "))));
            continue;
        }
        const SubjectKind wanted = kind->subject;
        if (element == Subject::systemId()) {
            if (wanted != SubjectKind::System)
                error(e, subjectPath,
                      QStringLiteral("'%1' is decided per %2, not for the system")
                          .arg(kindText, enumName(wanted)));
        } else {
            const ElementRef target = find(element);
            if (!target.isValid()) {
                const QString hint = closestMatch(element, allIds(m) << Subject::systemId());
                error(e, subjectPath,
                      QStringLiteral("'%1' names no element%2").arg(element, didYouMean(hint)));
                continue;
            }
            const SubjectKind actual = target.section == S::Workload    ? SubjectKind::Workload
                                       : target.section == S::DataStore ? SubjectKind::DataStore
                                                                        : SubjectKind::Channel;
            if (actual != wanted)
                error(e, subjectPath,
                      QStringLiteral("'%1' is a %2, and %3 is decided per %4")
                          .arg(element, enumName(actual), kindText, enumName(wanted)));
        }
        if (seen.contains(d.subject))
            error(e, subjectPath,
                  QStringLiteral("'%1' is already decided by decisions[%2]")
                      .arg(d.subject)
                      .arg(seen.value(d.subject)));
        else
            seen.insert(d.subject, i);
    }
}

// Internal request-serving workloads that nothing calls are usually a forgotten `uses` edge.
void Checker::checkReachability()
{
    QSet<QString> used;
    for (const Workload& w : m.workloads) {
        for (const Use& u : w.uses)
            used.insert(u.to);
    }
    for (int i = 0; i < m.workloads.size(); ++i) {
        const Workload& w = m.workloads[i];
        if (w.id.isEmpty() || w.exposure != Exposure::Internal || used.contains(w.id))
            continue;
        const bool consumes = std::any_of(w.uses.begin(), w.uses.end(),
                                          [](const Use& u) { return u.mode == UseMode::Consume; });
        const bool selfStarting = w.kind == WorkloadKind::Batch || w.kind == WorkloadKind::Scheduled;
        if (selfStarting || consumes)
            continue;
        warning({S::Workload, i}, itemPath(QStringLiteral("workloads"), i) + QStringLiteral(".id"),
                QStringLiteral(
                    "'%1' is internal and nothing uses it: make it public or partner, let it consume a "
                    "channel, or add a `uses` edge to it")
                    .arg(w.id));
    }
}

} // namespace

Diagnostics ModelValidator::validate(const Model& model, const SourceMap& sources)
{
    Diagnostics out = Checker(model, sources).run();
    sortDiagnostics(out);
    return out;
}

} // namespace gw
