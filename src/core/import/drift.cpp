#include "drift.h"

#include "../rules/catalog.h"
#include "importresult.h"

#include <algorithm>

namespace gw {

using namespace Qt::StringLiterals;

namespace {

const QString kSource = u"groundwork-cli drift, docs/import.md#drift"_s;

FindingRule check(const QString& id, FindingSeverity severity, const QString& message,
                  const QString& recommendation)
{
    FindingRule rule;
    rule.id = id;
    rule.severity = severity;
    rule.message = message;
    rule.recommendation = recommendation;
    rule.source = kSource;
    rule.pack = u"drift"_s;
    return rule;
}

struct Element
{
    ElementRef ref;
    QString id;
    QString name;
};

QList<Element> elementsOf(const Model& model)
{
    QList<Element> out;
    for (int i = 0; i < model.workloads.size(); ++i)
        out.append({{ElementRef::Section::Workload, i}, model.workloads[i].id, model.workloads[i].name});
    for (int i = 0; i < model.data.size(); ++i)
        out.append({{ElementRef::Section::DataStore, i}, model.data[i].id, model.data[i].name});
    for (int i = 0; i < model.channels.size(); ++i)
        out.append({{ElementRef::Section::Channel, i}, model.channels[i].id, model.channels[i].name});
    return out;
}

// Names compared the way people write them across tools: "Cart_Service", "cart-service", "cartservice".
QString folded(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// What a deployment adds to a component's name: "cartservice" runs the model's "cart".
QString stem(const QString& key)
{
    static const QStringList suffixes{u"service"_s, u"svc"_s, u"server"_s, u"deployment"_s, u"app"_s};
    for (const QString& s : suffixes) {
        if (key.size() > s.size() && key.endsWith(s))
            return key.chopped(s.size());
    }
    return key;
}

// Pairs deployed elements with the model's: first by id, then by id or name folded, then by their stems;
// each pass pairs only what is unambiguous on both sides, so that two "api"s are never guessed between.
class ElementMatcher
{
public:
    ElementMatcher(const QList<Element>& model, const QList<Element>& deployed)
        : m_model(model), m_deployed(deployed), m_modelOf(deployed.size(), -1), m_deployedOf(model.size(), -1)
    {
        pass([](const Element& e) { return QStringList{e.id}; });
        pass([](const Element& e) { return QStringList{folded(e.id), folded(e.name)}; });
        pass([](const Element& e) { return QStringList{stem(folded(e.id)), stem(folded(e.name))}; });
    }

    int modelOf(int deployed) const { return m_modelOf[deployed]; }
    int deployedOf(int model) const { return m_deployedOf[model]; }

private:
    template<typename Keys> void pass(Keys keys)
    {
        const auto index = [&](const QList<Element>& side, const QList<int>& pairedWith) {
            QHash<QString, QList<int>> out;
            for (int i = 0; i < side.size(); ++i) {
                if (pairedWith[i] >= 0)
                    continue;
                QStringList ks = keys(side[i]);
                ks.removeAll(QString());
                ks.removeDuplicates();
                for (const QString& k : std::as_const(ks))
                    out[k].append(i);
            }
            return out;
        };
        const QHash<QString, QList<int>> models = index(m_model, m_deployedOf);
        const QHash<QString, QList<int>> deployed = index(m_deployed, m_modelOf);
        for (auto it = deployed.cbegin(); it != deployed.cend(); ++it) {
            const auto m = models.constFind(it.key());
            if (m == models.cend() || m->size() != 1 || it->size() != 1)
                continue;
            const int d = it->front();
            const int mi = m->front();
            if (m_modelOf[d] >= 0 || m_deployedOf[mi] >= 0)
                continue;
            m_modelOf[d] = mi;
            m_deployedOf[mi] = d;
        }
    }

    const QList<Element>& m_model;
    const QList<Element>& m_deployed;
    QList<int> m_modelOf;
    QList<int> m_deployedOf;
};

QString sectionNoun(ElementRef::Section section)
{
    switch (section) {
    case ElementRef::Section::Workload:
        return u"workload"_s;
    case ElementRef::Section::DataStore:
        return u"data store"_s;
    case ElementRef::Section::Channel:
        return u"channel"_s;
    default:
        break;
    }
    return u"element"_s;
}

class DriftFinder
{
public:
    DriftFinder(const Model& model, const Recommendations& advice, const ImportResult& deployed)
        : m_model(model), m_advice(advice), m_deployed(deployed), m_modelElements(elementsOf(model)),
          m_deployedElements(elementsOf(deployed.model)), m_match(m_modelElements, m_deployedElements)
    {
    }

    DriftReport run()
    {
        m_report.deployed = int(m_deployedElements.size());
        unmodelled();
        undeployed();
        for (int d = 0; d < m_deployedElements.size(); ++d) {
            const int m = m_match.modelOf(d);
            if (m < 0)
                continue;
            ++m_report.matched;
            compare(m_modelElements[m], m_deployedElements[d]);
        }
        edges();
        picks();
        std::stable_sort(m_report.findings.begin(), m_report.findings.end(), Finding::listedBefore);
        return m_report;
    }

private:
    // Where the import read a deployed value: "from docker-compose.yml:23, service "web"".
    QString whereDeployed(const QString& path) const
    {
        for (const ModelNote& note : m_deployed.notes) {
            if (note.path == path)
                return note.text;
        }
        return {};
    }

    QString cited(const QString& path) const
    {
        const QString where = whereDeployed(path);
        return where.isEmpty() ? QString() : u": "_s + where;
    }

    void add(const QString& rule, FindingSeverity severity, const QString& subject, const ElementRef& element,
             const QString& message, const QString& recommendation)
    {
        Finding f;
        f.rule = rule;
        f.severity = severity;
        f.subject = subject;
        f.element = element;
        f.message = message;
        f.recommendation = recommendation;
        f.source = kSource;
        m_report.findings.append(f);
    }

    void unmodelled()
    {
        for (int d = 0; d < m_deployedElements.size(); ++d) {
            if (m_match.modelOf(d) >= 0)
                continue;
            const Element& e = m_deployedElements[d];
            add(u"drift.unmodelled"_s, FindingSeverity::Medium, e.id, {ElementRef::Section::System, -1},
                u"%1 %2 is deployed and the model has no such element%3"_s.arg(sectionNoun(e.ref.section),
                                                                               e.id, cited(e.ref.path())),
                u"Add it to the model (groundwork-cli import ... --merge MODEL adds it, with where it was "
                u"read); if the model has it under another name, give that element the deployed name"_s);
        }
    }

    // A model element is missing only from inputs that run elements of its kind: a Terraform state of
    // managed databases says nothing about the workloads a cluster runs.
    void undeployed()
    {
        QSet<ElementRef::Section> shown;
        for (const Element& e : std::as_const(m_deployedElements))
            shown.insert(e.ref.section);
        for (int m = 0; m < m_modelElements.size(); ++m) {
            const Element& e = m_modelElements[m];
            if (m_match.deployedOf(m) >= 0 || !shown.contains(e.ref.section))
                continue;
            add(u"drift.undeployed"_s, FindingSeverity::Medium, e.id, e.ref,
                u"%1 %2 is in the model but nothing in the inputs runs it"_s.arg(sectionNoun(e.ref.section),
                                                                                 e.id),
                u"Deploy it or take it out of the model; if it runs under another name, give the element "
                u"that id"_s);
        }
    }

    void compare(const Element& mine, const Element& theirs)
    {
        if (mine.ref.section != theirs.ref.section) {
            add(u"drift.role"_s, FindingSeverity::Medium, mine.id, mine.ref,
                u"%1 is a %2 in the model; deployed, %3 runs as a %4%5"_s.arg(
                    mine.id, sectionNoun(mine.ref.section), theirs.id, sectionNoun(theirs.ref.section),
                    cited(theirs.ref.path())),
                u"Model it as what runs, or change what runs to match the design"_s);
            return;
        }
        if (mine.ref.section == ElementRef::Section::Workload) {
            const Workload& w = m_model.workloads[mine.ref.index];
            const Workload& t = m_deployed.model.workloads[theirs.ref.index];
            compareKind(mine, theirs, w.kind, t.kind, u"compute"_s);
            if (w.exposure != t.exposure) {
                const bool wider = t.exposure == Exposure::Public;
                add(u"drift.exposure"_s, wider ? FindingSeverity::Medium : FindingSeverity::Low, mine.id,
                    mine.ref,
                    u"%1 is %2 in the model but %3 deployed%4"_s.arg(
                        mine.id, enumName(w.exposure), enumName(t.exposure),
                        cited(theirs.ref.path() + u".exposure"_s)),
                    wider ? u"Close what is published, or model the workload as public so that its edge, "
                            u"auth and findings are advised"_s
                          : u"Set the model's exposure to what runs"_s);
            }
        } else if (mine.ref.section == ElementRef::Section::Channel) {
            compareKind(mine, theirs, m_model.channels[mine.ref.index].kind,
                        m_deployed.model.channels[theirs.ref.index].kind, u"messaging"_s);
        }
    }

    // A workload's or channel's kind, which its `advice` starts from.
    template<typename Kind>
    void compareKind(const Element& mine, const Element& theirs, Kind ours, Kind runs, const QString& advice)
    {
        if (ours == runs)
            return;
        add(u"drift.kind"_s, FindingSeverity::Low, mine.id, mine.ref,
            u"%1 is a %2 of kind %3 in the model; deployed it looks like kind %4%5"_s.arg(
                mine.id, sectionNoun(mine.ref.section), enumName(ours), enumName(runs),
                cited(theirs.ref.path() + u".kind"_s)),
            u"Check which it is: the kind drives the %1 advice"_s.arg(advice));
    }

    // Dependencies the inputs show and the model lacks; the converse is not drift, since an import finds
    // only the edges its inputs name.
    void edges()
    {
        for (const ImportedEdge& edge : m_deployed.edges) {
            const int from = deployedIndex(edge.from);
            const int to = deployedIndex(edge.to);
            if (from < 0 || to < 0 || m_match.modelOf(from) < 0 || m_match.modelOf(to) < 0)
                continue;
            const Element& mine = m_modelElements[m_match.modelOf(from)];
            const Element& target = m_modelElements[m_match.modelOf(to)];
            if (mine.ref.section != ElementRef::Section::Workload)
                continue;
            const Workload& w = m_model.workloads[mine.ref.index];
            const bool modelled =
                std::any_of(w.uses.cbegin(), w.uses.cend(), [&](const Use& u) { return u.to == target.id; });
            if (modelled)
                continue;
            add(u"drift.edge"_s, FindingSeverity::Low, mine.id, mine.ref,
                u"%1 uses %2 deployed and the model has no such dependency: from %3"_s.arg(
                    mine.id, target.id, edge.via.join(u", "_s)),
                u"Add the dependency to the model: its findings and diagrams follow the edges"_s);
        }
    }

    void picks()
    {
        for (int i = 0; i < m_deployed.model.decisions.size(); ++i) {
            const Decision& pin = m_deployed.model.decisions[i];
            const std::optional<DecisionKind> kind = pin.subjectKind();
            const int d = deployedIndex(pin.subjectElement());
            if (!kind || d < 0 || m_match.modelOf(d) < 0)
                continue;
            const Element& mine = m_modelElements[m_match.modelOf(d)];
            const DecisionResult* decision = m_advice.decision(mine.id, *kind);
            if (!decision || !decision->chosen.isValid() || decision->chosen.candidate == pin.choice)
                continue;
            const Candidate* ours = candidate(decision->chosen.candidate);
            const Candidate* runs = candidate(pin.choice);
            const bool sameFamily = ours && runs && ours->family == runs->family;
            add(u"drift.pick"_s, sameFamily ? FindingSeverity::Medium : FindingSeverity::High, mine.id,
                mine.ref,
                u"%1: the model %2 %3 for its %4; deployed it runs %5: %6"_s.arg(
                    mine.id, decision->pinned ? u"pins"_s : u"recommends"_s, decision->chosen.label,
                    kindLabel(*kind), runs ? runs->label : pin.choice, pin.reason),
                decision->pinned ? u"Move what runs to the pinned choice, or pin what runs and record why"_s
                                 : u"Pin what runs if it stays (the advice then weighs it), or plan the move "
                                   u"to the recommended choice"_s);
        }
    }

    int deployedIndex(const QString& id) const
    {
        for (int i = 0; i < m_deployedElements.size(); ++i) {
            if (m_deployedElements[i].id == id)
                return i;
        }
        return -1;
    }

    const Candidate* candidate(const QString& id) const
    {
        return m_advice.catalog ? m_advice.catalog->candidate(id) : nullptr;
    }

    QString kindLabel(DecisionKind kind) const
    {
        if (m_advice.catalog) {
            if (const DecisionKindInfo* info = m_advice.catalog->kinds().find(kind);
                info && !info->label.isEmpty())
                return info->label.toLower();
        }
        return kind.name();
    }

    const Model& m_model;
    const Recommendations& m_advice;
    const ImportResult& m_deployed;
    const QList<Element> m_modelElements;
    const QList<Element> m_deployedElements;
    const ElementMatcher m_match;
    DriftReport m_report;
};

} // namespace

const QList<FindingRule>& Drift::checks()
{
    static const QList<FindingRule> all{
        check(u"drift.pick"_s, FindingSeverity::High,
              u"The deployed system runs another candidate than the model pins or recommends (high when the "
              u"family differs: functions against containers)"_s,
              u"Move what runs to the model's choice, or pin what runs and record why"_s),
        check(u"drift.unmodelled"_s, FindingSeverity::Medium,
              u"An element runs that the model does not have"_s,
              u"Add it to the model (import --merge adds it with where it was read)"_s),
        check(u"drift.undeployed"_s, FindingSeverity::Medium,
              u"The model has an element that nothing in the inputs runs"_s,
              u"Deploy it or take it out of the model"_s),
        check(u"drift.role"_s, FindingSeverity::Medium,
              u"An element is a workload, a data store or a channel in the model and another deployed"_s,
              u"Model it as what runs"_s),
        check(
            u"drift.exposure"_s, FindingSeverity::Medium,
            u"A workload's exposure differs (medium when it is public deployed and internal in the model)"_s,
            u"Close what is published, or model it as public"_s),
        check(u"drift.kind"_s, FindingSeverity::Low, u"A workload's or channel's kind differs"_s,
              u"Check which it is: the kind drives the advice"_s),
        check(u"drift.edge"_s, FindingSeverity::Low, u"A dependency runs that the model does not have"_s,
              u"Add the dependency to the model"_s),
    };
    return all;
}

DriftReport Drift::compare(const Model& model, const Recommendations& advice, const ImportResult& deployed)
{
    return DriftFinder(model, advice, deployed).run();
}

} // namespace gw
