#include "kubernetesimporter.h"

#include "../io/limits.h"
#include "environmenthosts.h"
#include "importmapping.h"
#include "importyaml_p.h"
#include "resourcequantity.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using importyaml::get;
using importyaml::text;
using importyaml::words;

// An environment variable of a container: the hosts a literal value names, or the ConfigMap key it
// takes its value from. Secrets are never looked at.
struct EnvironmentVariable
{
    QString name;
    QStringList hosts;
    QString configMap; // with configMapKey: a valueFrom.configMapKeyRef
    QString configMapKey;
    Origin origin;
};

struct ConfigMapSource // envFrom.configMapRef: every key of the ConfigMap, under a prefix
{
    QString configMap;
    QString prefix;
    Origin origin;
};

struct PodController
{
    QString kind;
    QString name;
    QString ns;
    Origin origin;
    Origin namespaceOrigin;
    const KubernetesWorkloadRule* rule = nullptr;
    QHash<QString, QString> labels; // of the pod template, for Services' selectors
    std::optional<Sourced<QString>> image;
    QStringList command;
    Origin commandOrigin;
    QList<EnvironmentVariable> environment;
    QList<ConfigMapSource> environmentFrom;
    std::optional<Sourced<int>> memoryMb;
    std::optional<Sourced<double>> cpus;
    bool containerPorts = false;
};

struct ServiceObject
{
    QString name;
    QString ns;
    QString type;
    QHash<QString, QString> selector;
    Origin origin;
};

// An Ingress or a Gateway API route: the Services it sends outside traffic to.
struct Route
{
    QString kind;
    QString name;
    QString ns;
    QList<std::pair<QString, QString>> services; // namespace, name
    Origin origin;
};

// A HorizontalPodAutoscaler: the controller it scales and between how many replicas.
struct Autoscaler
{
    QString name;
    QString ns;
    QString targetKind;
    QString targetName;
    int minReplicas = 1; // the API's default
    int maxReplicas = 0;
    Origin origin;
};

struct ConfigMapObject
{
    QString name;
    QString ns;
    // The values, read for host names only when a container takes them; never written anywhere.
    QList<std::pair<QString, QString>> data;
};

QString qualified(const QString& ns, const QString& name)
{
    return ns.isEmpty() ? name : ns + u'/' + name;
}

QHash<QString, QString> stringMap(const YAML::Node& node)
{
    QHash<QString, QString> out;
    for (const auto& [key, value] : importyaml::entries(node)) {
        if (value.IsScalar())
            out.insert(text(key), text(value));
    }
    return out;
}

// What the documents hold, gathered until every file is read.
struct Objects
{
    const ImportMapping& mapping;
    QList<PodController> controllers;
    QList<ServiceObject> services;
    QList<Route> routes;
    QList<ConfigMapObject> configMaps;
    QList<Autoscaler> autoscalers;
    QMap<QString, int> ignored;
    int objects = 0;
};

class DocumentReader
{
public:
    DocumentReader(Objects& state, const QString& file, const importyaml::Document& doc, Diagnostics& out)
        : m(state), m_file(file), m_doc(doc), m_out(out)
    {
    }

    Origin at(const YAML::Node& node) const { return importyaml::origin(m_file, m_doc, node); }

    // Messages name kinds, objects and keys, never a value.
    void warn(const YAML::Node& node, const QString& message)
    {
        if (m_out.size() >= limits::kMaxDiagnostics)
            return;
        Diagnostic d;
        d.severity = Severity::Warning;
        d.location = SourceLocation{m_file, at(node).line, node.Mark().column + 1};
        d.message = message;
        m_out.append(d);
    }

    // Returns false when the file holds more objects than anyone's system.
    bool object(const YAML::Node& node, int depth = 0)
    {
        if (!node.IsMap()) {
            m.ignored[u"YAML document that is not a Kubernetes object"_s] += 1;
            warn(node, u"not a Kubernetes object (a mapping with apiVersion and kind); ignored"_s);
            return true;
        }
        const QString kind = text(get(node, "kind")).trimmed();
        if (kind.isEmpty() || !get(node, "apiVersion").IsScalar()) {
            m.ignored[u"YAML document that is not a Kubernetes object"_s] += 1;
            warn(node, u"not a Kubernetes object (it has no apiVersion and kind); ignored"_s);
            return true;
        }
        if (++m.objects > limits::kMaxListItems)
            return false;
        const YAML::Node items = get(node, "items");
        if (kind.endsWith(u"List"_s) && items.IsSequence() && depth < 4) {
            for (const YAML::Node& item : items) {
                if (!object(item, depth + 1))
                    return false;
            }
            return true;
        }
        const YAML::Node metadata = get(node, "metadata");
        const YAML::Node nameNode = get(metadata, "name");
        const QString name = text(nameNode).trimmed();
        const YAML::Node namespaceNode = get(metadata, "namespace");
        const QString ns = text(namespaceNode).trimmed();
        const Origin origin = at(nameNode.IsDefined() ? nameNode : node);
        if (const KubernetesWorkloadRule* rule = m.mapping.kubernetesWorkload(kind)) {
            if (name.isEmpty()) {
                warn(node, u"%1 without metadata.name; ignored"_s.arg(kind));
                m.ignored[u"Kubernetes %1 without a name"_s.arg(kind)] += 1;
                return true;
            }
            controller(node, kind, name, ns, origin, at(namespaceNode), rule);
        } else if (kind == u"Service"_s) {
            ServiceObject s{name, ns, text(get(get(node, "spec"), "type")),
                            stringMap(get(get(node, "spec"), "selector")), origin};
            m.services.append(s);
            m.ignored[u"Kubernetes Service (read for exposure and host names)"_s] += 1;
        } else if (kind == u"Ingress"_s) {
            ingress(node, name, ns, origin);
            m.ignored[u"Kubernetes Ingress (read for exposure)"_s] += 1;
        } else if (kind == u"HTTPRoute"_s || kind == u"GRPCRoute"_s || kind == u"TLSRoute"_s ||
                   kind == u"TCPRoute"_s) {
            gatewayRoute(node, kind, name, ns, origin);
            m.ignored[u"Kubernetes %1 (read for exposure)"_s.arg(kind)] += 1;
        } else if (kind == u"HorizontalPodAutoscaler"_s) {
            autoscaler(node, name, ns, origin);
            m.ignored[u"Kubernetes HorizontalPodAutoscaler (read for scaling)"_s] += 1;
        } else if (kind == u"ConfigMap"_s) {
            ConfigMapObject c{name, ns, {}};
            for (const auto& [key, value] : importyaml::entries(get(node, "data"))) {
                if (value.IsScalar())
                    c.data.append({text(key), text(value)});
            }
            m.configMaps.append(c);
            m.ignored[u"Kubernetes ConfigMap (read for host names)"_s] += 1;
        } else if (kind == u"Secret"_s) {
            m.ignored[u"Kubernetes Secret (never read)"_s] += 1;
        } else {
            m.ignored[u"Kubernetes "_s + kind] += 1;
        }
        return true;
    }

private:
    void autoscaler(const YAML::Node& node, const QString& name, const QString& ns, const Origin& origin)
    {
        const YAML::Node spec = get(node, "spec");
        const YAML::Node target = get(spec, "scaleTargetRef");
        Autoscaler a{name, ns,    text(get(target, "kind")).trimmed(), text(get(target, "name")).trimmed(), 1,
                     0,    origin};
        const YAML::Node min = get(spec, "minReplicas");
        const YAML::Node max = get(spec, "maxReplicas");
        bool minOk = true;
        bool maxOk = false;
        if (min.IsDefined())
            a.minReplicas = text(min).toInt(&minOk);
        a.maxReplicas = text(max).toInt(&maxOk);
        const QString hpa = u"HorizontalPodAutoscaler \"%1\""_s.arg(qualified(ns, name));
        if (a.targetKind.isEmpty() || a.targetName.isEmpty())
            warn(target.IsDefined() ? target : node,
                 hpa + u" names no scaleTargetRef kind and name; ignored"_s);
        else if (!minOk || a.minReplicas < 0)
            warn(min, hpa + u": minReplicas is not a whole number; ignored"_s);
        else if (!maxOk || a.maxReplicas < 1)
            warn(max.IsDefined() ? max : node,
                 hpa + u": maxReplicas is not a whole number above 0; ignored"_s);
        else
            m.autoscalers.append(a);
    }

    void controller(const YAML::Node& node, const QString& kind, const QString& name, const QString& ns,
                    const Origin& origin, const Origin& namespaceOrigin, const KubernetesWorkloadRule* rule)
    {
        PodController c;
        c.kind = kind;
        c.name = name;
        c.ns = ns;
        c.origin = origin;
        c.namespaceOrigin = namespaceOrigin;
        c.rule = rule;
        // reset(), never '=': assigning to a YAML::Node writes through to the document it came from.
        YAML::Node pod = node;
        for (const QString& key : rule->templatePath)
            pod.reset(get(pod, key.toStdString()));
        c.labels = stringMap(get(get(pod, "metadata"), "labels"));
        const YAML::Node containers = get(get(pod, "spec"), "containers");
        if (!containers.IsSequence() || containers.size() == 0) {
            warn(node, u"%1 \"%2\" has no containers under %3.spec.containers"_s.arg(
                           kind, qualified(ns, name),
                           rule->templatePath.isEmpty() ? u"the object"_s : rule->templatePath.join(u'.')));
        } else {
            // The first container is the workload; the others are its sidecars (proxies, log shippers).
            container(containers[0], c);
            for (const YAML::Node& other : containers) {
                if (get(other, "ports").IsSequence())
                    c.containerPorts = true;
            }
        }
        m.controllers.append(c);
    }

    void container(const YAML::Node& node, PodController& c)
    {
        if (const YAML::Node image = get(node, "image"); image.IsScalar() && !text(image).trimmed().isEmpty())
            c.image = Sourced<QString>{text(image).trimmed(), at(image), {}};
        const YAML::Node command = get(node, "command");
        const YAML::Node args = get(node, "args");
        c.command = words(command) + words(args);
        c.commandOrigin = at(command.IsDefined() ? command : args);
        const QString where = u"%1 \"%2\""_s.arg(c.kind, qualified(c.ns, c.name));
        const YAML::Node env = get(node, "env");
        if (env.IsSequence()) {
            for (const YAML::Node& item : env) {
                EnvironmentVariable v;
                v.name = text(get(item, "name")).trimmed();
                v.origin = at(item);
                if (v.name.isEmpty())
                    continue;
                if (const YAML::Node value = get(item, "value"); value.IsScalar()) {
                    v.hosts = hostsNamedBy(v.name, text(value), m.mapping);
                } else {
                    const YAML::Node ref = get(get(item, "valueFrom"), "configMapKeyRef");
                    v.configMap = text(get(ref, "name"));
                    v.configMapKey = text(get(ref, "key"));
                }
                c.environment.append(v);
            }
        } else if (env.IsDefined() && !env.IsNull()) {
            warn(env, where + u": env: expected a list of variables; ignored"_s);
        }
        const YAML::Node envFrom = get(node, "envFrom");
        if (envFrom.IsSequence()) {
            for (const YAML::Node& item : envFrom) {
                const YAML::Node ref = get(item, "configMapRef");
                if (ref.IsMap())
                    c.environmentFrom.append(
                        ConfigMapSource{text(get(ref, "name")), text(get(item, "prefix")), at(item)});
            }
        }
        const YAML::Node resources = get(node, "resources");
        for (const char* section : {"limits", "requests"}) {
            const YAML::Node memory = get(get(resources, section), "memory");
            if (!c.memoryMb && memory.IsScalar()) {
                if (const std::optional<int> mib = resourcequantity::kubernetesMebibytes(text(memory)))
                    c.memoryMb = Sourced<int>{*mib, at(memory), {}};
                else
                    warn(memory, where + u": resources: a memory quantity such as 512Mi or 1Gi; ignored"_s);
            }
            const YAML::Node cpu = get(get(resources, section), "cpu");
            if (!c.cpus && cpu.IsScalar()) {
                if (const std::optional<double> cores = resourcequantity::cores(text(cpu)))
                    c.cpus = Sourced<double>{*cores, at(cpu), {}};
                else
                    warn(cpu, where + u": resources: a CPU quantity such as 500m or 2; ignored"_s);
            }
        }
    }

    void ingress(const YAML::Node& node, const QString& name, const QString& ns, const Origin& origin)
    {
        Route r{u"Ingress"_s, name, ns, {}, origin};
        const YAML::Node spec = get(node, "spec");
        const auto backend = [&](const YAML::Node& b) {
            QString service = text(get(get(b, "service"), "name"));
            if (service.isEmpty())
                service = text(get(b, "serviceName")); // extensions/v1beta1
            if (!service.isEmpty())
                r.services.append({ns, service});
        };
        backend(get(spec, "defaultBackend"));
        backend(get(spec, "backend"));
        const YAML::Node rules = get(spec, "rules");
        if (rules.IsSequence()) {
            for (const YAML::Node& rule : rules) {
                const YAML::Node paths = get(get(rule, "http"), "paths");
                if (!paths.IsSequence())
                    continue;
                for (const YAML::Node& path : paths)
                    backend(get(path, "backend"));
            }
        }
        m.routes.append(r);
    }

    void gatewayRoute(const YAML::Node& node, const QString& kind, const QString& name, const QString& ns,
                      const Origin& origin)
    {
        Route r{kind, name, ns, {}, origin};
        const YAML::Node rules = get(get(node, "spec"), "rules");
        if (rules.IsSequence()) {
            for (const YAML::Node& rule : rules) {
                const YAML::Node refs = get(rule, "backendRefs");
                if (!refs.IsSequence())
                    continue;
                for (const YAML::Node& ref : refs) {
                    const QString refKind = text(get(ref, "kind"));
                    if (!refKind.isEmpty() && refKind != u"Service"_s)
                        continue;
                    const QString refNs = text(get(ref, "namespace"));
                    r.services.append({refNs.isEmpty() ? ns : refNs, text(get(ref, "name"))});
                }
            }
        }
        m.routes.append(r);
    }

    Objects& m;
    QString m_file;
    const importyaml::Document& m_doc;
    Diagnostics& m_out;
};

} // namespace

struct KubernetesImporter::State : Objects
{
};

KubernetesImporter::KubernetesImporter(const ImportMapping& mapping)
    : m(std::make_unique<State>(State{Objects{mapping, {}, {}, {}, {}, {}, {}, 0}}))
{
}

KubernetesImporter::~KubernetesImporter() = default;

bool KubernetesImporter::add(const QByteArray& bytes, const QString& file, Diagnostics& out)
{
    const importyaml::Stream stream = importyaml::parseStream(bytes, file);
    if (stream.error) {
        out.append(*stream.error);
        return false;
    }
    for (const importyaml::Document& doc : stream.documents) {
        DocumentReader reader(*m, file, doc, out);
        const auto fail = [&](int line, const QString& message) {
            Diagnostic d;
            d.location = SourceLocation{file, line, 1};
            d.message = message;
            out.append(d);
            return false;
        };
        try {
            if (!reader.object(doc.root))
                return fail(
                    doc.firstLine + 1,
                    u"more than %1 Kubernetes objects; refusing to read them"_s.arg(limits::kMaxListItems));
        } catch (const importyaml::MergeTooDeep& e) {
            return fail(doc.firstLine + e.mark.line + 1,
                        u"merge keys ('<<') nest deeper than %1 levels"_s.arg(limits::kMaxDepth));
        } catch (const YAML::Exception& e) {
            return fail(doc.firstLine + e.mark.line + 1,
                        u"cannot read the document: %1"_s.arg(QString::fromStdString(e.msg)));
        }
    }
    return true;
}

namespace {

bool selects(const QHash<QString, QString>& selector, const QHash<QString, QString>& labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value() || !labels.contains(it.key()))
            return false;
    }
    return true;
}

QString componentKey(const PodController& c)
{
    return c.kind + u'/' + qualified(c.ns, c.name);
}

} // namespace

void KubernetesImporter::finish(ImportedSystem& out) const
{
    for (auto it = m->ignored.cbegin(); it != m->ignored.cend(); ++it)
        out.ignored[it.key()] += it.value();
    // Which controllers each Service routes to, by "namespace/name".
    QHash<QString, QStringList> targets;
    QHash<QString, const ServiceObject*> services;
    for (const ServiceObject& s : std::as_const(m->services)) {
        const QString key = qualified(s.ns, s.name);
        services.insert(key, &s);
        for (const PodController& c : std::as_const(m->controllers)) {
            if (c.ns == s.ns && selects(s.selector, c.labels))
                targets[key].append(componentKey(c));
        }
    }
    QHash<QString, Sourced<Exposure>> exposure; // by component key
    for (const ServiceObject& s : std::as_const(m->services)) {
        if (s.type != u"LoadBalancer"_s)
            continue;
        for (const QString& target : targets.value(qualified(s.ns, s.name))) {
            if (!exposure.contains(target))
                exposure.insert(target,
                                {Exposure::Public, s.origin,
                                 u"Service \"%1\" of type LoadBalancer"_s.arg(qualified(s.ns, s.name))});
        }
    }
    for (const Route& r : std::as_const(m->routes)) {
        for (const auto& [ns, name] : r.services) {
            for (const QString& target : targets.value(qualified(ns, name))) {
                if (!exposure.contains(target))
                    exposure.insert(target, {Exposure::Public, r.origin,
                                             u"%1 \"%2\" routes to Service \"%3\""_s.arg(
                                                 r.kind, qualified(r.ns, r.name), name)});
            }
        }
    }
    QHash<QString, const ConfigMapObject*> configMaps;
    for (const ConfigMapObject& c : std::as_const(m->configMaps))
        configMaps.insert(qualified(c.ns, c.name), &c);

    // A host names a Service as "name", "name.namespace", "name.namespace.svc[.cluster.local]", or a
    // pod of a headless Service as "pod.name.namespace...".
    const auto resolve = [&](const QString& host, const QString& ns) -> QStringList {
        const QStringList labels = host.split(u'.');
        for (int first = 0; first < 2 && first < labels.size(); ++first) {
            const QString inNs =
                labels.size() > first + 1 && labels[first + 1] != u"svc"_s ? labels[first + 1] : ns;
            const QString key = qualified(inNs, labels[first]);
            if (services.contains(key))
                return targets.value(key);
        }
        return {};
    };

    QSet<QString> namespaces;
    for (const PodController& c : std::as_const(m->controllers))
        namespaces.insert(c.ns);
    if (namespaces.size() == 1 && !namespaces.begin()->isEmpty() && *namespaces.begin() != u"default"_s)
        out.name =
            Sourced<QString>{*namespaces.begin(), m->controllers.front().namespaceOrigin, u"the namespace"_s};

    for (const PodController& c : std::as_const(m->controllers)) {
        ImportedComponent component;
        component.key = componentKey(c);
        component.name = c.name;
        component.label = u"%1 \"%2\""_s.arg(c.kind, qualified(c.ns, c.name));
        component.type = u"Kubernetes "_s + c.kind;
        component.origin = c.origin;
        component.image = c.image;
        component.command = c.command;
        component.commandOrigin = c.commandOrigin;
        if (c.rule->kind)
            component.fixedKind = Sourced<WorkloadKind>{*c.rule->kind, c.origin, u"a %1"_s.arg(c.kind)};
        if (c.rule->stateful)
            component.stateful =
                Sourced<bool>{true, c.origin, u"a %1 keeps its pods' identity and volumes"_s.arg(c.kind)};
        if (c.rule->needsOsControl)
            component.needsOsControl =
                Sourced<bool>{true, c.origin, u"a %1 runs a pod on every node"_s.arg(c.kind)};
        component.exposure =
            exposure.contains(component.key) ? std::optional(exposure.value(component.key)) : std::nullopt;
        component.memoryMb = c.memoryMb;
        component.cpuCores = c.cpus;
        for (const Autoscaler& a : std::as_const(m->autoscalers)) {
            if (a.ns != c.ns || a.targetKind != c.kind || a.targetName != c.name)
                continue;
            const QString hpa = u"HorizontalPodAutoscaler \"%1\""_s.arg(qualified(a.ns, a.name));
            if (a.minReplicas >= 1)
                component.minInstances = Sourced<int>{a.minReplicas, a.origin,
                                                      u"%1 keeps at least %2"_s.arg(hpa).arg(a.minReplicas)};
            if (a.maxReplicas > a.minReplicas)
                component.trafficPattern = Sourced<TrafficPattern>{
                    TrafficPattern::Bursty, a.origin,
                    u"%1 scales it between %2 and %3 replicas: its load varies"_s.arg(hpa)
                        .arg(a.minReplicas)
                        .arg(a.maxReplicas)};
            break;
        }
        component.computePin = m->mapping.kubernetesCompute();
        component.computeOrigin = c.origin;
        bool routed = false;
        for (auto it = targets.cbegin(); it != targets.cend() && !routed; ++it)
            routed = it->contains(component.key);
        component.listens = c.containerPorts || routed;

        const auto reference = [&](const QStringList& hosts, const QString& via, const Origin& origin) {
            for (const QString& host : hosts) {
                for (const QString& target : resolve(host, c.ns)) {
                    if (target != component.key)
                        component.references.append(ImportedReference{target, via, origin, std::nullopt});
                }
            }
        };
        const auto fromConfigMap = [&](const QString& configMap, const QString& key, const QString& variable,
                                       const Origin& origin) {
            const ConfigMapObject* map = configMaps.value(qualified(c.ns, configMap));
            if (!map)
                return;
            for (const auto& [k, value] : map->data) {
                if (k == key)
                    reference(hostsNamedBy(variable, value, m->mapping),
                              u"environment %1 from ConfigMap \"%2\""_s.arg(variable, configMap), origin);
            }
        };
        for (const EnvironmentVariable& v : c.environment) {
            if (!v.configMap.isEmpty())
                fromConfigMap(v.configMap, v.configMapKey, v.name, v.origin);
            else
                reference(v.hosts, u"environment "_s + v.name, v.origin);
        }
        for (const ConfigMapSource& source : c.environmentFrom) {
            const ConfigMapObject* map = configMaps.value(qualified(c.ns, source.configMap));
            if (!map)
                continue;
            for (const auto& [k, value] : map->data) {
                const QString variable = source.prefix + k;
                reference(hostsNamedBy(variable, value, m->mapping),
                          u"environment %1 from ConfigMap \"%2\""_s.arg(variable, source.configMap),
                          source.origin);
            }
        }
        out.components.append(component);
    }
}

} // namespace gw
