// Kubernetes manifests and the docker-compose file of every example parse as YAML (yaml-cpp) and carry
// what the API and compose need: apiVersion, kind, metadata.name; selectors that match their pods;
// containers with name, image and ports; HPAs, PDBs and Services pointing at existing Deployments;
// NetworkPolicies for exactly the model's edges; compose services for every workload, and every
// depends_on naming a service.
#include "core/export/exporters.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <yaml-cpp/yaml.h>

#include <QSet>

#include <QFile>
#include <QTest>
#include <set>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

// An example, or the export fixture that pins the picks no example reaches (tests/data/export/).
Model loadExample(const QString& name)
{
    QString path = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + name + u".yaml"_s;
    if (!QFile::exists(path))
        path = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/export/") + name + u".yaml"_s;
    return ModelFile::load(path).model;
}

QString str(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

// The items of a sequence, copied out of yaml-cpp's iterator proxies.
std::vector<YAML::Node> nodes(const YAML::Node& sequence)
{
    std::vector<YAML::Node> out;
    for (auto it = sequence.begin(); it != sequence.end(); ++it)
        out.push_back(*it);
    return out;
}

std::vector<YAML::Node> parseAll(const ExportFile& f)
{
    return YAML::LoadAll(f.content.toStdString());
}

// Every key/value of `subset` is in `labels`.
bool matches(const YAML::Node& subset, const YAML::Node& labels)
{
    if (!subset || !subset.IsMap() || subset.size() == 0 || !labels || !labels.IsMap())
        return false;
    for (auto it = subset.begin(); it != subset.end(); ++it) {
        const std::string key = it->first.as<std::string>();
        if (!labels[key] || labels[key].as<std::string>() != it->second.as<std::string>())
            return false;
    }
    return true;
}

} // namespace

class TestKubernetesExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifests_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString& e : {u"early-saas"_s, u"marketplace"_s, u"fintech"_s, u"every-pick"_s})
            QTest::newRow(qPrintable(e)) << e;
    }

    void manifests()
    {
        QFETCH(QString, example);
        const Model model = loadExample(example);
        const Recommendations recs = ScoringEngine().score(model);
        const ExportFiles files = generateExport(u"kubernetes"_s, {model, recs, {}, {}});

        QSet<QString> containerWorkloads;
        for (const Workload& w : model.workloads) {
            const DecisionResult* d = recs.decision(w.id, DecisionKind::Compute);
            if (d && d->chosen.family == u"containers"_s)
                containerWorkloads.insert(w.id);
        }

        QHash<QString, YAML::Node> deployments; // name -> pod template labels
        QList<YAML::Node> documents;
        QSet<QString> baseResources, baseFiles;
        bool defaultDeny = false;
        for (const ExportFile& f : files) {
            if (!f.path.endsWith(u".yaml"_s))
                continue;
            std::vector<YAML::Node> docs;
            try {
                docs = parseAll(f);
            } catch (const YAML::Exception& e) {
                QFAIL(qPrintable(f.path + u": "_s + QString::fromStdString(e.what())));
            }
            if (f.path.startsWith(u"kubernetes/base/"_s))
                baseFiles.insert(f.path.mid(16));
            for (const YAML::Node& doc : docs) {
                if (f.path.endsWith(u"kustomization.yaml"_s)) {
                    QCOMPARE(str(doc["kind"]), u"Kustomization"_s);
                    if (f.path == u"kubernetes/base/kustomization.yaml"_s) {
                        for (const YAML::Node& r : nodes(doc["resources"]))
                            baseResources.insert(str(r));
                    }
                    continue;
                }
                QVERIFY2(!str(doc["apiVersion"]).isEmpty(), qPrintable(f.path));
                QVERIFY2(!str(doc["kind"]).isEmpty(), qPrintable(f.path));
                QVERIFY2(!str(doc["metadata"]["name"]).isEmpty(), qPrintable(f.path));
                documents.append(doc);
                const QString kind = str(doc["kind"]);
                if (kind == u"Deployment"_s) {
                    const YAML::Node pod = doc["spec"]["template"];
                    QVERIFY2(matches(doc["spec"]["selector"]["matchLabels"], pod["metadata"]["labels"]),
                             qPrintable(f.path + u": selector does not match the pod labels"_s));
                    const YAML::Node containers = pod["spec"]["containers"];
                    QVERIFY(containers.IsSequence() && containers.size() > 0);
                    for (const YAML::Node& c : nodes(containers)) {
                        QVERIFY(!str(c["name"]).isEmpty() && !str(c["image"]).isEmpty());
                        QVERIFY(c["ports"].IsSequence() && c["ports"][0]["containerPort"]);
                        QVERIFY(c["resources"]["requests"]["cpu"] && c["resources"]["requests"]["memory"]);
                        QVERIFY(c["readinessProbe"] && c["livenessProbe"]);
                    }
                    deployments.insert(str(doc["metadata"]["name"]), pod["metadata"]["labels"]);
                }
                if (kind == u"CronJob"_s) {
                    const YAML::Node containers =
                        doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"];
                    QVERIFY(containers.IsSequence() && !str(containers[0]["image"]).isEmpty());
                }
                if (kind == u"NetworkPolicy"_s && str(doc["metadata"]["name"]) == u"default-deny"_s)
                    defaultDeny =
                        doc["spec"]["podSelector"].IsMap() && doc["spec"]["podSelector"].size() == 0;
            }
        }
        QVERIFY(defaultDeny);
        for (const QString& file : baseFiles)
            QVERIFY2(file == u"kustomization.yaml"_s || baseResources.contains(file), qPrintable(file));

        for (const YAML::Node& doc : documents) {
            const QString kind = str(doc["kind"]);
            const QString name = str(doc["metadata"]["name"]);
            if (kind == u"Service"_s) {
                QVERIFY2(deployments.contains(name), qPrintable(name));
                QVERIFY(matches(doc["spec"]["selector"], deployments.value(name)));
            } else if (kind == u"HorizontalPodAutoscaler"_s) {
                QVERIFY(deployments.contains(str(doc["spec"]["scaleTargetRef"]["name"])));
                QVERIFY(doc["spec"]["minReplicas"].as<int>() <= doc["spec"]["maxReplicas"].as<int>());
            } else if (kind == u"PodDisruptionBudget"_s) {
                QVERIFY(matches(doc["spec"]["selector"]["matchLabels"], deployments.value(name)));
            } else if (kind == u"Ingress"_s) {
                // Routes to the workload's own Service (named after its Deployment), by port name.
                QVERIFY2(!str(doc["spec"]["ingressClassName"]).isEmpty(), qPrintable(name));
                const YAML::Node path = doc["spec"]["rules"][0]["http"]["paths"][0];
                QCOMPARE(str(path["pathType"]), u"Prefix"_s);
                QCOMPARE(str(path["backend"]["service"]["name"]), name);
                QCOMPARE(str(path["backend"]["service"]["port"]["name"]), u"http"_s);
                QVERIFY2(deployments.contains(name), qPrintable(name));
            } else if (kind == u"NetworkPolicy"_s && name != u"default-deny"_s) {
                // Every pod a policy lets in or out is one of the model's edges.
                const Workload* w = nullptr;
                for (const Workload& x : model.workloads)
                    w = x.id == name ? &x : w;
                QVERIFY(w);
                for (const YAML::Node& rule : nodes(doc["spec"]["egress"])) {
                    for (const YAML::Node& to : nodes(rule["to"])) {
                        const QString peer = str(to["podSelector"]["matchLabels"]["app.kubernetes.io/name"]);
                        if (peer.isEmpty() || to["namespaceSelector"])
                            continue;
                        bool used = false;
                        for (const Use& u : w->uses)
                            used = used || u.to == peer;
                        QVERIFY2(used,
                                 qPrintable(name + u" may reach "_s + peer + u", which it does not use"_s));
                    }
                }
            }
        }
        // Every high or critical Deployment has its PDB; every containers-family workload its file.
        for (const Workload& w : model.workloads) {
            if (!containerWorkloads.contains(w.id))
                continue;
            QVERIFY2(baseFiles.contains(w.id + u".yaml"_s), qPrintable(w.id));
            // Exactly the exposed (public or partner) services get an Ingress.
            bool ingress = false;
            for (const YAML::Node& doc : documents)
                ingress =
                    ingress || (str(doc["kind"]) == u"Ingress"_s && str(doc["metadata"]["name"]) == w.id);
            QCOMPARE(ingress, deployments.contains(w.id) && w.exposure != Exposure::Internal);
            const bool important =
                w.criticality == Criticality::High || w.criticality == Criticality::Critical;
            if (!important || !deployments.contains(w.id))
                continue;
            bool pdb = false;
            for (const YAML::Node& doc : documents)
                pdb = pdb ||
                      (str(doc["kind"]) == u"PodDisruptionBudget"_s && str(doc["metadata"]["name"]) == w.id);
            QVERIFY2(pdb, qPrintable(w.id + u" has no PodDisruptionBudget"_s));
        }
        for (const Environment& e : model.environments) {
            bool overlay = false;
            for (const ExportFile& f : files)
                overlay = overlay || f.path == u"kubernetes/overlays/"_s + e.name + u"/kustomization.yaml"_s;
            QVERIFY2(overlay, qPrintable(e.name));
        }
    }

    // Every workload's objects carry its owner and cost centre (or the system's) as label values that
    // Kubernetes accepts, quoted so that a cost centre like 0042 stays a string.
    void ownershipLabels()
    {
        const Model model = loadExample(u"every-pick"_s);
        const Recommendations recs = ScoringEngine().score(model);
        const ExportFiles files = generateExport(u"kubernetes"_s, {model, recs, {}, {}});
        const ExportFile* storefront = nullptr;
        const ExportFile* ns = nullptr;
        for (const ExportFile& f : files) {
            storefront = f.path == u"kubernetes/base/storefront.yaml"_s ? &f : storefront;
            ns = f.path == u"kubernetes/overlays/production/namespace.yaml"_s ? &f : ns;
        }
        QVERIFY(storefront && ns);
        int labelled = 0;
        for (const YAML::Node& doc : parseAll(*storefront)) {
            QCOMPARE(str(doc["metadata"]["labels"]["groundwork.io/owner"]), u"Shop-Squad"_s);
            QCOMPARE(str(doc["metadata"]["labels"]["groundwork.io/cost-centre"]), u"CC-0042"_s);
            ++labelled;
        }
        QVERIFY(labelled >= 5);
        for (const YAML::Node& doc : parseAll(*ns))
            QCOMPARE(str(doc["metadata"]["labels"]["groundwork.io/owner"]), u"Platform-Team"_s);
    }

    void compose_data() { manifests_data(); }

    void compose()
    {
        QFETCH(QString, example);
        const Model model = loadExample(example);
        const Recommendations recs = ScoringEngine().score(model);
        const ExportFiles files = generateExport(u"compose"_s, {model, recs, {}, {}});
        const ExportFile* compose = nullptr;
        for (const ExportFile& f : files)
            compose = f.path == u"compose/compose.yaml"_s ? &f : compose;
        QVERIFY(compose);
        YAML::Node doc;
        try {
            doc = YAML::Load(compose->content.toStdString());
        } catch (const YAML::Exception& e) {
            QFAIL(e.what());
        }
        const YAML::Node services = doc["services"];
        QVERIFY(services.IsMap());
        for (const Workload& w : model.workloads) {
            const YAML::Node s = services[w.id.toStdString()];
            QVERIFY2(s && !str(s["image"]).isEmpty(), qPrintable(w.id));
            for (const Use& u : w.uses) {
                const YAML::Node url =
                    s["environment"]
                     [QString(QString(u.to).replace(u'-', u'_').toUpper() + u"_URL"_s).toStdString()];
                QVERIFY2(url, qPrintable(w.id + u" has no URL for "_s + u.to));
            }
        }
        std::set<std::string> volumes;
        if (doc["volumes"]) {
            for (auto it = doc["volumes"].begin(); it != doc["volumes"].end(); ++it)
                volumes.insert(it->first.as<std::string>());
        }
        for (auto it = services.begin(); it != services.end(); ++it) {
            const YAML::Node s = it->second;
            QVERIFY(!str(s["image"]).isEmpty());
            if (s["depends_on"]) {
                for (auto d = s["depends_on"].begin(); d != s["depends_on"].end(); ++d)
                    QVERIFY2(services[d->first.as<std::string>()], d->first.as<std::string>().c_str());
            }
            if (s["volumes"]) {
                for (const YAML::Node& v : nodes(s["volumes"])) {
                    const std::string name = v.as<std::string>().substr(0, v.as<std::string>().find(':'));
                    QVERIFY2(volumes.count(name), name.c_str());
                }
            }
        }
        // Every data store has its stand-in.
        for (const DataStore& d : model.data)
            QVERIFY2(services[d.id.toStdString()], qPrintable(d.id));
    }
};

QTEST_GUILESS_MAIN(TestKubernetesExport)
#include "tst_kubernetesexport.moc"
