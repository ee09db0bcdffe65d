#include "modelassembler.h"

#include "../io/limits.h"
#include "importmapping.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const QString kDefaultsStand = u"; the defaults stand until you set them"_s;

// What one component is in the model, once the mapping has looked at it.
struct Placed
{
    const ImportedComponent* component = nullptr;
    std::optional<ImportedRole> what; // from the component's type, or from its image
    ElementRole role = ElementRole::Workload;
    std::optional<Sourced<Exposure>> exposure;
    std::optional<Sourced<WorkloadKind>> kind; // set for proxies that route to nothing: web servers
    QString id;
    int index = -1; // in its section of the model
};

QString from(const Origin& origin, const QString& why = {})
{
    return why.isEmpty() ? u"from "_s + origin.toString() : u"from %1 (%2)"_s.arg(origin.toString(), why);
}

// An id the model accepts, [a-z][a-z0-9-]*, as close to `name` as can be.
QString idFor(const QString& name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (keep)
            id.append(c);
        else if (!id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    if (id.isEmpty())
        return u"element"_s;
    if (!id.front().isLetter())
        id.prepend(u"x-"_s);
    return id.left(200);
}

// Text from an input as the model may hold it: one line, and short, whatever the input's keys held
// (YAML escapes can spell control characters; a name can be megabytes long).
QString clean(const QString& text, qsizetype most = 200)
{
    QString out;
    out.reserve(std::min(text.size(), most + 3));
    for (const QChar c : text) {
        if (out.size() == most) {
            out += u"..."_s;
            break;
        }
        const bool control = c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                             c == QChar::ParagraphSeparator || c.isSurrogate();
        out.append(control ? u'?' : c);
    }
    return out.trimmed();
}

// "a, b and c".
QString listed(QStringList items)
{
    const QString last = items.takeLast();
    return items.isEmpty() ? last : items.join(u", "_s) + u" and "_s + last;
}

QString shown(const ImportedComponent& c)
{
    return c.image ? clean(c.image->value) : QString();
}

class Assembler
{
public:
    Assembler(const ImportedSystem& system, const ImportMapping& mapping)
        : m_system(system), m_mapping(mapping)
    {
    }

    ImportResult run(const QString& fallbackName, const QString& fallbackWhy)
    {
        m_out.ignored = m_system.ignored;
        m_out.remarks = m_system.remarks;
        m_out.components = int(m_system.components.size());
        classify();
        passProxiesOn();
        writeSystem(fallbackName, fallbackWhy);
        for (Placed& p : m_placed) {
            switch (p.role) {
            case ElementRole::Workload:
                addWorkload(p);
                break;
            case ElementRole::Data:
                addDataStore(p);
                break;
            case ElementRole::Channel:
                addChannel(p);
                break;
            case ElementRole::Proxy:
            case ElementRole::Skip:
                break;
            }
        }
        addEdges();
        addDecisions();
        return std::move(m_out);
    }

private:
    void classify()
    {
        m_placed.reserve(m_system.components.size());
        for (const ImportedComponent& c : m_system.components) {
            Placed p;
            p.component = &c;
            p.exposure = c.exposure;
            if (c.role) {
                p.what = c.role;
            } else if (const ImageRule* image = c.image ? m_mapping.matchImage(c.image->value) : nullptr) {
                ImportedRole what;
                what.role = image->role;
                what.kind = image->workloadKind;
                what.shape = image->shape;
                what.channelKind = image->channelKind;
                what.product = image->product;
                what.pin = image->pin;
                what.pinWhy = shown(c);
                what.skipReason = image->skipReason;
                what.origin = c.image->origin;
                what.why = u"image %1 is %2"_s.arg(shown(c), image->product);
                // A database's or a broker's image running a job (a backup CronJob on the postgres
                // image, a service whose command runs pg_dump) is that job, not another copy of the store.
                const bool job = c.fixedKind && (c.fixedKind->value == WorkloadKind::Batch ||
                                                 c.fixedKind->value == WorkloadKind::Scheduled);
                if ((what.role == ElementRole::Data || what.role == ElementRole::Channel) &&
                    (job || m_mapping.matchCommand(c.command)))
                    what.role = ElementRole::Workload;
                p.what = what;
            }
            if (p.what)
                p.role = p.what->role;
            m_placed.append(p);
            m_byKey.insert(c.key, int(m_placed.size() - 1));
        }
    }

    // A reverse proxy in front of workloads is how they are reached, not a part of the system: it is
    // left out and the workloads it routes to are as exposed as it is. One that routes to nothing serves
    // files: a web workload.
    void passProxiesOn()
    {
        for (Placed& p : m_placed) {
            if (p.role != ElementRole::Proxy)
                continue;
            QList<int> routed;
            for (const ImportedReference& r : p.component->references) {
                const int target = m_byKey.value(r.target, -1);
                if (target >= 0 && m_placed[target].role == ElementRole::Workload && !routed.contains(target))
                    routed.append(target);
            }
            if (routed.isEmpty()) {
                p.role = ElementRole::Workload;
                p.kind = Sourced<WorkloadKind>{WorkloadKind::Web, p.what->origin,
                                               p.what->why + u" and routes to no other service"_s};
                continue;
            }
            m_out.ignored[u"%1 running %2 in front of other services (left out; they take its exposure)"_s
                              .arg(p.component->type, p.what->product)] += 1;
            if (!p.exposure || p.exposure->value != Exposure::Public)
                continue;
            for (const int target : std::as_const(routed)) {
                Placed& t = m_placed[target];
                if (!t.exposure || t.exposure->value != Exposure::Public)
                    t.exposure =
                        Sourced<Exposure>{Exposure::Public, p.exposure->origin,
                                          u"behind %1, which %2"_s.arg(p.component->label, p.exposure->why)};
            }
        }
        for (Placed& p : m_placed) {
            if (p.role == ElementRole::Skip)
                m_out.ignored[u"%1 %2 %3: %4"_s.arg(p.component->type,
                                                    p.component->role ? u"for"_s : u"running"_s,
                                                    p.what->product, p.what->skipReason)] += 1;
        }
    }

    void writeSystem(const QString& fallbackName, const QString& fallbackWhy)
    {
        Model& model = m_out.model;
        if (m_system.name) {
            model.system.name = clean(m_system.name->value);
            note(u"system.name"_s, from(m_system.name->origin, m_system.name->why));
        } else {
            model.system.name = clean(fallbackName);
            if (model.system.name.isEmpty())
                model.system.name = u"Imported system"_s;
            note(u"system.name"_s, fallbackWhy);
        }
        QStringList unknown{u"stage"_s, u"availability_target"_s};
        if (m_system.cloud) {
            model.system.cloud = m_system.cloud->value;
            note(u"system.cloud"_s, from(m_system.cloud->origin, m_system.cloud->why));
        } else {
            unknown.prepend(u"cloud"_s);
        }
        for (const Sourced<QString>& region : m_system.regions) {
            const QString name = clean(region.value, 100);
            if (name.isEmpty() || model.system.regions.contains(name))
                continue;
            note(u"system.regions[%1]"_s.arg(model.system.regions.size()), from(region.origin, region.why));
            model.system.regions.append(name);
        }
        if (model.system.regions.isEmpty())
            unknown.insert(unknown.size() - 2, u"regions"_s);
        note(u"system"_s, u"TODO: %1 are not in the inputs"_s.arg(listed(unknown)) + kDefaultsStand,
             NotePlacement::Inside);
        writeEnvironments();
        model.team.size = 1;
        note(u"team.size"_s,
             u"TODO: the number of engineers (1 is the smallest the format allows); the inputs "
             "cannot say, and the advice leans on it"_s);
    }

    // The environments the inputs name, production first; the model's single default otherwise.
    void writeEnvironments()
    {
        if (m_system.environments.isEmpty())
            return;
        QList<ImportedEnvironment> named = m_system.environments;
        std::stable_partition(named.begin(), named.end(),
                              [](const ImportedEnvironment& e) { return e.name.value == u"production"_s; });
        QList<Environment> environments;
        QList<ModelNote> notes;
        for (const ImportedEnvironment& e : std::as_const(named)) {
            Environment env;
            env.name = clean(e.name.value, 64);
            const QString path = u"environments[%1]"_s.arg(environments.size());
            notes.append({path, from(e.name.origin, e.name.why), NotePlacement::EndOfLine});
            // An environment spread over several accounts has no one account to name.
            if (e.accounts.size() == 1) {
                env.account = e.accounts.front();
                notes.append({path + u".account"_s,
                              u"the account, project or subscription of its resources"_s,
                              NotePlacement::EndOfLine});
            }
            environments.append(env);
        }
        // A lone production with no account is the default, which the model file leaves out.
        if (environments == Model{}.environments)
            return;
        m_out.model.environments = environments;
        m_out.notes += notes;
    }

    QString uniqueId(const QString& name)
    {
        const QString base = idFor(name);
        QString id = base;
        for (int n = 2; m_ids.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_ids.insert(id);
        return id;
    }

    void note(const QString& path, const QString& text, NotePlacement placement = NotePlacement::EndOfLine)
    {
        m_out.notes.append(ModelNote{path, text, placement});
    }

    // The kind, and why: what the controller fixes, what the command or the name runs, what the image
    // is, whether anything can call it.
    Sourced<WorkloadKind> kindOf(const Placed& p) const
    {
        const ImportedComponent& c = *p.component;
        if (c.fixedKind)
            return *c.fixedKind;
        if (c.role && c.role->kind) { // a resource type says what it runs
            // A function that an API gateway or a load balancer sends requests to serves them: an API,
            // whatever else its type can run.
            if (*c.role->kind == WorkloadKind::EventHandler && p.exposure &&
                p.exposure->value == Exposure::Public)
                return {WorkloadKind::Api, p.exposure->origin, u"it serves requests: "_s + p.exposure->why};
            return {*c.role->kind, c.role->origin, c.role->why};
        }
        if (const CommandRule* rule = m_mapping.matchCommand(c.command))
            return {rule->kind, c.commandOrigin, u"the command runs "_s + rule->program};
        static const QRegularExpression separators(u"[-_.]"_s);
        if (const CommandRule* rule = m_mapping.matchCommand(c.name.split(separators, Qt::SkipEmptyParts)))
            return {rule->kind, c.origin, u"the name \"%1\" says %2"_s.arg(c.name, rule->program)};
        if (p.kind)
            return *p.kind;
        if (p.what && p.what->kind)
            return {*p.what->kind, p.what->origin, p.what->why};
        if (c.listens || (p.exposure && p.exposure->value == Exposure::Public))
            return {WorkloadKind::Api, c.origin,
                    u"it takes requests on a port and runs no program the mapping knows"_s};
        return {WorkloadKind::Worker, c.origin,
                u"it declares no port and runs no program the mapping knows"_s};
    }

    // Names `element` after its component, gives it the next place in `list` (the format's section `key`)
    // and says where it was read; returns its path in the format ("data[2]").
    template<typename Element>
    QString place(Placed& p, Element& element, const QList<Element>& list, QStringView key)
    {
        const ImportedComponent& c = *p.component;
        p.id = uniqueId(c.name);
        element.id = p.id;
        if (element.id != c.name)
            element.name = clean(c.name);
        p.index = int(list.size());
        const QString path = u"%1[%2]"_s.arg(key).arg(list.size());
        note(path, from(c.origin) + u", "_s + c.label);
        return path;
    }

    void addWorkload(Placed& p)
    {
        const ImportedComponent& c = *p.component;
        Workload w;
        const QString path = place(p, w, m_out.model.workloads, u"workloads");
        const Sourced<WorkloadKind> kind = kindOf(p);
        w.kind = kind.value;
        note(path + u".kind"_s, from(kind.origin, kind.why));
        QStringList unknown{u"traffic"_s, u"latency_p99_ms"_s, u"criticality"_s, u"clients"_s};
        if (p.exposure && p.exposure->value == Exposure::Public) {
            w.exposure = Exposure::Public;
            note(path + u".exposure"_s, from(p.exposure->origin, p.exposure->why));
        }
        if (c.memoryMb) {
            w.memoryMb = c.memoryMb->value;
            // The writer leaves a default out, so its note goes on a line of its own.
            if (w.memoryMb == Workload::kDefaultMemoryMb)
                note(path, u"memory_mb is %1, the default: "_s.arg(w.memoryMb) + from(c.memoryMb->origin),
                     NotePlacement::Inside);
            else
                note(path + u".memory_mb"_s, from(c.memoryMb->origin));
        } else {
            unknown.append(u"memory_mb"_s);
        }
        if (c.cpuCores) {
            w.cpu = m_mapping.cpuLevel(c.cpuCores->value);
            const QString cores = from(c.cpuCores->origin, u"%1 cores"_s.arg(c.cpuCores->value));
            if (w.cpu == Level::Medium)
                note(path, u"cpu is medium, the default: "_s + cores, NotePlacement::Inside);
            else
                note(path + u".cpu"_s, cores);
        } else {
            unknown.append(u"cpu"_s);
        }
        if (c.maxDurationS) {
            w.maxDurationS = c.maxDurationS->value;
            note(path + u".max_duration_s"_s, from(c.maxDurationS->origin));
        }
        if (c.minInstances) {
            w.minInstances = c.minInstances->value;
            note(path + u".min_instances"_s, from(c.minInstances->origin, c.minInstances->why));
        }
        if (c.trafficPattern) {
            // How much traffic is still the user's to say; the pattern is the autoscaler's.
            w.traffic.pattern = c.trafficPattern->value;
            note(path + u".traffic.pattern"_s, from(c.trafficPattern->origin, c.trafficPattern->why));
            unknown.replace(0, u"traffic.peak_rps"_s);
        }
        if (c.stateful) {
            w.stateful = true;
            note(path + u".stateful"_s, from(c.stateful->origin, c.stateful->why));
        }
        if (c.needsOsControl) {
            w.needsOsControl = true;
            note(path + u".needs_os_control"_s, from(c.needsOsControl->origin, c.needsOsControl->why));
        }
        note(path, u"TODO: %1 are not in the inputs"_s.arg(listed(unknown)) + kDefaultsStand,
             NotePlacement::Inside);
        m_out.model.workloads.append(w);
    }

    void addDataStore(Placed& p)
    {
        DataStore d;
        const QString path = place(p, d, m_out.model.data, u"data");
        d.shape = p.what->shape;
        note(path + u".shape"_s, from(p.what->origin, p.what->why));
        note(
            path,
            u"TODO: size_gb, peak_ops, read_write_ratio, consistency and sensitivity are not in the inputs"_s +
                kDefaultsStand,
            NotePlacement::Inside);
        m_out.model.data.append(d);
    }

    void addChannel(Placed& p)
    {
        Channel ch;
        const QString path = place(p, ch, m_out.model.channels, u"channels");
        ch.kind = p.what->channelKind;
        note(path + u".kind"_s, from(p.what->origin, p.what->why));
        note(path,
             u"TODO: peak_msgs_s, ordering, delivery and retention_hours are not in the inputs"_s +
                 kDefaultsStand,
             NotePlacement::Inside);
        m_out.model.channels.append(ch);
    }

    void addEdges()
    {
        for (const Placed& p : std::as_const(m_placed)) {
            const ImportedComponent& c = *p.component;
            if (p.role != ElementRole::Workload) {
                if (p.role != ElementRole::Proxy && p.role != ElementRole::Skip && !c.references.isEmpty())
                    m_out.ignored[u"dependency of a data store or channel (not a part of the model)"_s] +=
                        int(c.references.size());
                continue;
            }
            Workload& w = m_out.model.workloads[p.index];
            QList<int> order;            // targets in the order first referenced
            QHash<int, QStringList> via; // by target
            QHash<int, UseMode> said;    // the mode an input gave, by target
            for (const ImportedReference& r : c.references) {
                const int target = m_byKey.value(r.target, -1);
                if (target < 0 || m_placed[target].id.isEmpty()) {
                    m_out.ignored[target < 0 ? u"dependency on a service the inputs do not run"_s
                                             : u"dependency on a service left out of the model"_s] += 1;
                    continue;
                }
                if (m_placed[target].id == p.id)
                    continue;
                const QString where = u"%1 (%2)"_s.arg(r.via, r.origin.toString());
                if (!via.contains(target))
                    order.append(target);
                if (r.mode && !said.contains(target))
                    said.insert(target, *r.mode);
                if (!via[target].contains(where))
                    via[target].append(where);
            }
            for (const int target : std::as_const(order)) {
                const Placed& t = m_placed[target];
                Use use;
                use.to = t.id;
                QString guess;
                if (t.role == ElementRole::Channel) {
                    const bool consumes = said.contains(target) ? said.value(target) == UseMode::Consume
                                                                : w.kind == WorkloadKind::Worker ||
                                                                      w.kind == WorkloadKind::Stream ||
                                                                      w.kind == WorkloadKind::EventHandler;
                    use.mode = consumes ? UseMode::Consume : UseMode::Publish;
                    use.access = consumes ? Access::Read : Access::Write;
                    if (!said.contains(target))
                        guess =
                            u"; %1 is a guess from its kind, %2"_s.arg(enumName(use.mode), enumName(w.kind));
                }
                const QString path = u"workloads[%1].uses[%2]"_s.arg(p.index).arg(w.uses.size());
                note(path, u"from "_s + via[target].join(u", "_s) + guess);
                w.uses.append(use);
                m_out.edges.append(ImportedEdge{w.id, t.id, via[target]});
            }
        }
    }

    void pin(const QString& subject, const QString& choice, const QString& reason, const Origin& origin)
    {
        if (choice.isEmpty())
            return;
        Decision d;
        d.subject = subject;
        d.choice = choice;
        d.reason = clean(reason, 2000);
        note(u"decisions[%1]"_s.arg(m_out.model.decisions.size()), from(origin));
        m_out.model.decisions.append(d);
    }

    void addDecisions()
    {
        for (const ElementRole role : {ElementRole::Workload, ElementRole::Data, ElementRole::Channel}) {
            for (const Placed& p : std::as_const(m_placed)) {
                if (p.role != role)
                    continue;
                const ImportedComponent& c = *p.component;
                if (role == ElementRole::Workload && !c.computePin.isEmpty())
                    pin(p.id + u"/compute"_s, c.computePin,
                        u"Runs as %1 (%2)."_s.arg(c.label, c.computeOrigin.toString()), c.computeOrigin);
                else if (role != ElementRole::Workload && p.what && !p.what->pin.isEmpty())
                    pin(p.id + (role == ElementRole::Data ? u"/database"_s : u"/messaging"_s), p.what->pin,
                        u"Runs %1 (%2), %3 at %4."_s.arg(p.what->product, p.what->pinWhy, c.label,
                                                         p.what->origin.toString()),
                        p.what->origin);
            }
        }
    }

    const ImportedSystem& m_system;
    const ImportMapping& m_mapping;
    ImportResult m_out;
    QList<Placed> m_placed;
    QHash<QString, int> m_byKey;
    QSet<QString> m_ids;
};

} // namespace

ImportResult ModelAssembler::assemble(const ImportedSystem& system, const ImportMapping& mapping,
                                      const QString& fallbackName, const QString& fallbackWhy)
{
    return Assembler(system, mapping).run(fallbackName, fallbackWhy);
}

} // namespace gw
