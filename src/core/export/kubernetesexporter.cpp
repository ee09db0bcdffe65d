#include "kubernetesexporter.h"

#include "../rules/candidatename.h"
#include "../rules/familyname.h"
#include "exportescape.h"
#include "exportview.h"
#include "templaterenderer.h"

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using exportescape::commentLine;
using exportescape::dnsLabel;
using exportescape::yamlString;

QString cpuRequest(Level cpu)
{
    return cpu == Level::Low ? u"250m"_s : cpu == Level::Medium ? u"500m"_s : u"1000m"_s;
}

// The port a workload outside Kubernetes or a managed store is reached on, and why, for egress rules.
struct ExternalPort
{
    int port = 443;
    QString why;
};

ExternalPort storePort(const QString& family, const QString& candidate)
{
    if (family == families::Relational)
        return {candidate == candidates::MySql ? 3306 : 5432, u"the relational database"_s};
    if (family == families::Cache)
        return {6379, u"the cache"_s};
    if (family == families::Document)
        return {27017, u"the document database"_s};
    if (family == families::Graph)
        return {8182, u"the graph database"_s};
    if (family == families::VectorSearch && candidate == candidates::PgVector)
        return {5432, u"PostgreSQL with pgvector"_s};
    return {443, u"managed services and cloud APIs over HTTPS"_s};
}

// How exposed workloads are reached on the cloud the manifests are written for: the ingress class of
// that cloud's usual controller and what it needs to know.
QVariantMap ingressFor(const ExportView& view, const QString& id)
{
    QVariantList annotations;
    const auto annotate = [&annotations](const QString& key, const QString& value) {
        annotations.append(QVariantMap{{u"key"_s, key}, {u"value"_s, yamlString(value)}});
    };
    QString controller, ingressClass;
    switch (view.primaryCloud()) {
    case Cloud::Gcp:
        controller = u"GKE Ingress, an external Application Load Balancer"_s;
        ingressClass = u"gce"_s;
        break;
    case Cloud::Azure:
        controller = u"the application routing add-on of AKS"_s;
        ingressClass = u"webapprouting.kubernetes.azure.com"_s;
        break;
    case Cloud::Aws:
    case Cloud::Any:
        controller = u"AWS Load Balancer Controller, one shared Application Load Balancer"_s;
        ingressClass = u"alb"_s;
        annotate(u"alb.ingress.kubernetes.io/scheme"_s, u"internet-facing"_s);
        annotate(u"alb.ingress.kubernetes.io/target-type"_s, u"ip"_s);
        annotate(u"alb.ingress.kubernetes.io/group.name"_s, view.slug());
        annotate(u"alb.ingress.kubernetes.io/healthcheck-path"_s, u"/healthz"_s);
        break;
    }
    return QVariantMap{{u"id"_s, id},
                       {u"controller"_s, controller},
                       {u"class"_s, ingressClass},
                       {u"annotations"_s, annotations},
                       {u"has_annotations"_s, !annotations.isEmpty()}};
}

// The cost-attribution labels (owner, cost centre) of an element, or of the system when `own` is its.
void addOwnershipLabels(QVariantMap& c, const Ownership& own)
{
    const QString owner = exportescape::kubernetesLabelValue(own.owner);
    const QString cost = exportescape::kubernetesLabelValue(own.costCentre);
    c[u"has_owner_label"_s] = !owner.isEmpty();
    c[u"owner_label"_s] = owner;
    c[u"has_cost_label"_s] = !cost.isEmpty();
    c[u"cost_label"_s] = cost;
}

QVariantMap workloadContext(const ExportView& view, const Workload& w, const QSet<QString>& inCluster)
{
    const Pick compute = view.chosen(w.id, DecisionKind::Compute);
    const ExportView::Capacity cap = view.capacity(w);
    const QString id = dnsLabel(w.id);
    QVariantMap c;
    c[u"comment"_s] = commentLine(w.displayName());
    c[u"kind"_s] = enumName(w.kind);
    c[u"candidate"_s] = compute.candidate;
    c[u"traffic_comment"_s] = u"peak %1 rps, average %2 rps"_s.arg(w.traffic.peakRps.value_or(0))
                                  .arg(w.traffic.averageRps.value_or(0));
    c[u"id"_s] = id;
    c[u"slug"_s] = view.slug();
    c[u"display_name"_s] = yamlString(w.displayName());
    c[u"job"_s] = w.kind == WorkloadKind::Batch || w.kind == WorkloadKind::Scheduled;
    c[u"timeout_s"_s] = QString::number(static_cast<int>(w.maxDurationS.value_or(3600)));
    c[u"port"_s] = QString::number(ExportView::kServicePort);
    c[u"cpu_request"_s] = cpuRequest(w.cpu);
    c[u"memory"_s] = QString(QString::number(w.memoryMb) + u"Mi"_s);
    c[u"min_replicas"_s] = QString::number(cap.min);
    c[u"max_replicas"_s] = QString::number(cap.max);
    c[u"cpu_target"_s] = QString::number(cap.targetCpuPercent);
    const bool important = w.criticality == Criticality::High || w.criticality == Criticality::Critical;
    if (important)
        c[u"pdb"_s] = QVariantMap{{u"min_available"_s, QString::number(std::max(1, cap.min - 1))}};
    else
        c[u"pdb"_s] = false;
    c[u"exposed"_s] = view.isExposed(w);
    addOwnershipLabels(c, w.ownership.orElse(view.model().system.ownership));
    if (view.isExposed(w))
        c[u"ingress"_s] = ingressFor(view, id);
    else
        c[u"ingress"_s] = false;

    QVariantList callers;
    for (const QString& caller : view.callersOf(w.id)) {
        if (inCluster.contains(caller))
            callers.append(QVariantMap{{u"caller"_s, dnsLabel(caller)}});
    }
    c[u"callers"_s] = callers;
    c[u"has_ingress"_s] = view.isExposed(w) || !callers.isEmpty();

    QVariantList callees, external;
    QSet<int> externalPorts;
    const auto addExternal = [&](const ExternalPort& p) {
        if (externalPorts.contains(p.port))
            return;
        externalPorts.insert(p.port);
        external.append(QVariantMap{{u"port"_s, QString::number(p.port)}, {u"why"_s, p.why}});
    };
    for (const ExportView::Dependency& d : view.dependenciesOf(w.id)) {
        if (d.section == ElementRef::Section::Workload) {
            if (inCluster.contains(d.to))
                callees.append(QVariantMap{{u"callee"_s, dnsLabel(d.to)},
                                           {u"callee_port"_s, QString::number(ExportView::kServicePort)}});
            else
                addExternal({443, u"workloads outside the cluster"_s});
        } else if (d.section == ElementRef::Section::DataStore) {
            const Pick p = view.chosen(d.to, DecisionKind::Database);
            addExternal(storePort(p.family, p.candidate));
        } else {
            addExternal({443, u"channels (cloud messaging APIs over HTTPS)"_s});
        }
    }
    c[u"callees"_s] = callees;
    c[u"external_ports"_s] = external;
    return c;
}

} // namespace

ExportFiles KubernetesExporter::generate(const ExportInput& input) const
{
    const ExportView view(input);
    const Model& model = view.model();
    QSet<QString> inCluster; // looked up for every edge: a set, not a list
    for (const Workload& w : model.workloads) {
        if (view.family(w.id, DecisionKind::Compute) == families::Containers)
            inCluster.insert(w.id);
    }

    ExportFiles files;
    const QString base = u"kubernetes/base/"_s;
    QVariantList workloads;
    for (const Workload& w : model.workloads) {
        if (!inCluster.contains(w.id))
            continue;
        const QString file = exportescape::fileName(w.id) + u".yaml"_s;
        files.push_back({base + file, TemplateRenderer::render(u"kubernetes/workload.yaml.mustache"_s,
                                                               workloadContext(view, w, inCluster))});
        workloads.append(QVariantMap{{u"file"_s, file}, {u"id"_s, exportescape::dnsLabel(w.id)}});
    }
    const QVariantMap root{{u"comment"_s, commentLine(model.system.name)},
                           {u"slug"_s, view.slug()},
                           {u"workloads"_s, workloads},
                           {u"workload_count"_s, QString::number(workloads.size())}};
    files.push_back({base + u"default-deny.yaml"_s,
                     TemplateRenderer::render(u"kubernetes/default-deny.yaml.mustache"_s, root)});
    files.push_back({base + u"kustomization.yaml"_s,
                     TemplateRenderer::render(u"kubernetes/kustomization.yaml.mustache"_s, root)});
    files.push_back(
        {u"kubernetes/README.md"_s, TemplateRenderer::render(u"kubernetes/README.md.mustache"_s, root)});

    const QStringList keys = view.environmentKeys();
    for (qsizetype i = 0; i < model.environments.size(); ++i) {
        const Environment& e = model.environments[i];
        const QString key = keys.value(i);
        QVariantList images;
        for (const QVariant& v : workloads) {
            QVariantMap m = v.toMap();
            m[u"registry"_s] = view.imageRegistry(e, view.primaryCloud());
            images.append(m);
        }
        QVariantMap env{{u"env_comment"_s, commentLine(e.name)},
                        {u"env_name"_s, yamlString(e.name)},
                        {u"env_key"_s, key},
                        {u"namespace"_s, QString(view.slug() + u"-"_s + key)},
                        {u"slug"_s, view.slug()},
                        {u"workloads"_s, images}};
        addOwnershipLabels(env, model.system.ownership);
        const QString folder = u"kubernetes/overlays/"_s + key + u"/"_s;
        files.push_back({folder + u"kustomization.yaml"_s,
                         TemplateRenderer::render(u"kubernetes/overlay-kustomization.yaml.mustache"_s, env)});
        files.push_back({folder + u"namespace.yaml"_s,
                         TemplateRenderer::render(u"kubernetes/namespace.yaml.mustache"_s, env)});
    }
    return files;
}

} // namespace gw
