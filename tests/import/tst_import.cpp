// Importing existing systems through the core API: the fixtures (a self-hosted application's Compose
// files, a demo shop's Kubernetes manifests) become the elements, kinds, edges, exposure and pins
// expected of them; the model written validates, says where each value came from, and is the same
// every time; malformed and hostile input ends in a positioned error.
#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/import/modelannotator.h"
#include "core/io/modelfile.h"
#include "core/io/modelwriter.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const QString kData = u"" GROUNDWORK_SOURCE_DIR "/tests/data/import/"_s;

ImportResult importPaths(const QStringList& paths, const QStringList& profiles = {})
{
    const ImportInputs inputs = ImportInputCollector::collect(paths);
    if (inputs.ioError)
        qFatal("cannot read the fixtures");
    ImportOptions options;
    options.profiles = profiles;
    return Importer::run(inputs.inputs, ImportMapping::builtIn(), options);
}

ImportResult importText(const QByteArray& text, const QString& name = u"input.yaml"_s)
{
    return Importer::run({ImportInput{name, text, true}}, ImportMapping::builtIn());
}

// One line per element and pin, so that a whole model compares at once and a difference reads plainly.
QStringList describe(const Model& model)
{
    QStringList out;
    for (const Workload& w : model.workloads) {
        QString line = u"workload %1 %2 %3"_s.arg(w.id, enumName(w.kind), enumName(w.exposure));
        if (w.memoryMb != Workload::kDefaultMemoryMb)
            line += u" memory=%1"_s.arg(w.memoryMb);
        if (w.cpu != Level::Medium)
            line += u" cpu="_s + enumName(w.cpu);
        if (w.stateful)
            line += u" stateful"_s;
        if (w.needsOsControl)
            line += u" os-control"_s;
        if (w.traffic.pattern != TrafficPattern::Steady)
            line += u" traffic="_s + enumName(w.traffic.pattern);
        if (w.minInstances)
            line += u" min=%1"_s.arg(*w.minInstances);
        QStringList uses;
        for (const Use& u : w.uses)
            uses.append(u.mode == UseMode::Sync ? u.to : u.to + u':' + enumName(u.mode));
        if (!uses.isEmpty())
            line += u" uses="_s + uses.join(u',');
        out.append(line);
    }
    for (const DataStore& d : model.data)
        out.append(u"data %1 %2"_s.arg(d.id, enumName(d.shape)));
    for (const Channel& c : model.channels)
        out.append(u"channel %1 %2"_s.arg(c.id, enumName(c.kind)));
    for (const Decision& d : model.decisions)
        out.append(u"pin %1 %2"_s.arg(d.subject, d.choice));
    return out;
}

QString errorsOf(const ImportResult& result)
{
    QStringList lines;
    for (const Diagnostic& d : result.diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfHostedComposeApplication();
    void profilesBringTheirServicesIn();
    void composeFilesMergeInTheOrderGiven();
    void anchorsAndMergeKeysAreResolved();
    void extendsWithinAFileIsResolved();
    void kubernetesDemoShop();
    void anAutoscalerWithoutATargetIsIgnoredWithAWarning();
    void servicesAndRoutesDecideExposure();
    void terraformServerlessApiOnAws();
    void terraformShowJsonOnGcp();
    void terraformStateOnAzure();
    void terraformServicesBehindAPublicLoadBalancerArePublic();
    void terraformStatesOfOtherVersionsAreRefused();
    void terraformWorkspacesAndTagsNameEnvironments();
    void everyInferredValueSaysWhereItCameFrom();
    void importedModelsValidate();
    void importingTwiceGivesTheSameBytes();
    void malformedInputIsPositioned_data();
    void malformedInputIsPositioned();
    void manySmallDocumentsShareOneExpansionBudget();
};

void TestImport::selfHostedComposeApplication()
{
    const ImportResult result = importPaths({kData + u"selfhosted"_s});
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(result.model.system.name, u"chirp"_s);
    const QStringList expected{
        u"workload web web public memory=1536 uses=db,redis,search,objects,translate"_s,
        u"workload streaming api public uses=db,redis,search,objects"_s,
        u"workload sidekiq worker internal memory=1024 cpu=low uses=db,redis,search,objects"_s,
        u"workload scheduler scheduled internal uses=db,redis,search,objects"_s,
        u"workload translate api internal"_s,
        u"data db relational"_s,
        u"data redis cache"_s,
        u"data search search"_s,
        u"data objects blob"_s,
        u"pin db/database postgresql"_s,
        u"pin redis/database in-memory-cache"_s,
        u"pin search/database search-engine"_s,
        u"pin objects/database object-storage"_s,
    };
    QCOMPARE(describe(result.model), expected);
    const QMap<QString, int> ignored{
        {u"Compose service of a profile not enabled (--profile NAME imports it)"_s, 2},
        {u"Compose service running a mail catcher: a mail catcher for development"_s, 1},
        {u"Compose service running a web server in front of other services (left out; they take its exposure)"_s,
         1},
        {u"Compose volume"_s, 3},
    };
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.remarks,
             QStringList{u"env_file .env.production: not read; values stay out of the model"_s});
    QCOMPARE(result.edges.size(), 17);
    QCOMPARE(result.edges.front().via,
             (QStringList{u"depends_on (%1selfhosted/docker-compose.yml:18)"_s.arg(kData),
                          u"environment DATABASE_URL (%1selfhosted/docker-compose.yml:10)"_s.arg(kData)}));
}

void TestImport::profilesBringTheirServicesIn()
{
    const ImportResult result = importPaths({kData + u"selfhosted"_s}, {u"backup"_s});
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    // The backup service runs the postgres image, but its command makes it a job, not a second database.
    QVERIFY(describe(result.model).contains(u"workload backup batch internal uses=db"_s));
    QCOMPARE(result.ignored.value(u"Compose service of a profile not enabled (--profile NAME imports it)"_s),
             1);
    const ImportResult all = importPaths({kData + u"selfhosted"_s}, {u"*"_s});
    QVERIFY(!all.ignored.contains(u"Compose service of a profile not enabled (--profile NAME imports it)"_s));
    QCOMPARE(all.ignored.value(u"Compose service running an admin console: a console for administrators"_s),
             1);
}

// docker compose -f a -f b: a later file's values win, its lists and environment add to the earlier's.
void TestImport::composeFilesMergeInTheOrderGiven()
{
    const QString base = kData + u"selfhosted/docker-compose.yml"_s;
    const QString override = kData + u"selfhosted/docker-compose.override.yml"_s;
    const QStringList inOrder = describe(importPaths({base, override}).model);
    QCOMPARE(inOrder, describe(importPaths({kData + u"selfhosted"_s}).model));
    QVERIFY(inOrder.contains(
        u"workload sidekiq worker internal memory=1024 cpu=low uses=db,redis,search,objects"_s));
    const ImportResult reversed = importPaths({override, base});
    QVERIFY2(!reversed.hasErrors(), qPrintable(errorsOf(reversed)));
    const QStringList lines = describe(reversed.model);
    // The base file, read last, sets the worker's memory; the override's environment still adds an edge.
    QVERIFY(lines.contains(
        u"workload sidekiq worker internal memory=768 cpu=low uses=db,redis,search,objects"_s));
    QVERIFY(lines.contains(u"workload web web public memory=1536 uses=db,redis,translate,search,objects"_s));
    // Without the override there is no translation service and no edge to it.
    const QStringList alone = describe(importPaths({base}).model);
    QVERIFY(alone.contains(u"workload web web public memory=1536 uses=db,redis,search,objects"_s));
    QVERIFY(!alone.join(u'\n').contains(u"translate"_s));
}

void TestImport::anchorsAndMergeKeysAreResolved()
{
    const ImportResult result = importText(R"(services:
  jobs:
    <<: [*missing-is-an-error]
)");
    QVERIFY(result.hasErrors());

    const ImportResult merged = importText(R"(x-base: &base
  image: acme/app:1
  environment: &env
    DB_HOST: db
x-limits: &limits
  deploy: {resources: {limits: {memory: 2g, cpus: "4"}}}
services:
  db:
    image: mariadb:11
  app:
    <<: [*base, *limits]
    image: acme/app:2
    command: ["rq", "worker"]
    environment:
      <<: *env
      CACHE_ADDR: "cache:11211"
  cache:
    image: memcached:1.6
)");
    QVERIFY2(!merged.hasErrors(), qPrintable(errorsOf(merged)));
    QCOMPARE(describe(merged.model),
             (QStringList{u"workload app worker internal memory=2048 cpu=high uses=db,cache"_s,
                          u"data db relational"_s, u"data cache cache"_s, u"pin db/database mysql"_s,
                          u"pin cache/database in-memory-cache"_s}));
}

void TestImport::extendsWithinAFileIsResolved()
{
    const ImportResult result = importText(R"(services:
  worker:
    extends: base
    command: celery -A app worker
    depends_on: [broker]
  beat:
    extends: {service: worker}
    command: celery -A app beat
  base:
    image: acme/app:3
    mem_limit: 2g
    depends_on: [db]
    environment: {DATABASE_URL: "postgres://db/app"}
    ports: ["8000:8000"]
  elsewhere:
    extends: {file: common.yml, service: web}
  lost:
    extends: nothing
    image: acme/lost:1
  db:
    image: postgres:16
  broker:
    image: redis:7
)");
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(describe(result.model),
             (QStringList{
                 // The worker takes the base's memory, ports and environment, not its depends_on.
                 u"workload worker worker public memory=2048 uses=broker,db"_s,
                 // Through the worker, which extends the base: its own depends_on is not inherited either.
                 u"workload beat scheduled public memory=2048 uses=db"_s,
                 u"workload base api public memory=2048 uses=db"_s,
                 u"workload elsewhere worker internal"_s,
                 u"workload lost worker internal"_s,
                 u"data db relational"_s,
                 u"data broker cache"_s,
                 u"pin db/database postgresql"_s,
                 u"pin broker/database in-memory-cache"_s,
             }));
    QVERIFY(result.remarks.contains(u"service \"elsewhere\": 'extends' of another file is not followed; what "
                                    u"the service inherits from it is "
                                    "not imported"_s));
    const QString warnings = errorsOf(result);
    QVERIFY2(warnings.contains(
                 u"input.yaml:18:14: warning: services.lost: extends 'nothing', which this file does "
                 "not define; ignored"_s),
             qPrintable(warnings));
}

void TestImport::kubernetesDemoShop()
{
    const ImportResult result = importPaths({kData + u"shop"_s});
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(result.model.system.name, u"shop"_s);
    QStringList expected{
        u"workload nightly-report scheduled internal uses=orders-db"_s,
        u"workload db-migrate batch internal uses=orders-db"_s,
        u"workload loadgen worker internal uses=storefront"_s,
        u"workload node-tuner worker internal"_s,
        u"workload email api internal"_s,
        u"workload catalog api internal memory=256"_s,
        u"workload cart api internal uses=cart-cache"_s,
        u"workload checkout api internal memory=1024 cpu=high "
        "uses=orders-db,events:publish,payment,shipping,email,cart,currency,catalog"_s,
        u"workload payment api internal"_s,
        u"workload shipping api internal"_s,
        u"workload currency api internal"_s,
        u"workload recommendations api internal uses=catalog"_s,
        u"workload ads api internal"_s,
        u"workload storefront api public memory=128 cpu=low traffic=bursty min=2 uses=catalog,cart,checkout,recommendations,ads,currency"_s,
        u"data orders-db relational"_s,
        u"data cart-cache cache"_s,
        u"channel events stream"_s,
    };
    for (const QString& id : {u"nightly-report"_s, u"db-migrate"_s, u"loadgen"_s, u"node-tuner"_s, u"email"_s,
                              u"catalog"_s, u"cart"_s, u"checkout"_s, u"payment"_s, u"shipping"_s,
                              u"currency"_s, u"recommendations"_s, u"ads"_s, u"storefront"_s})
        expected.append(u"pin %1/compute kubernetes"_s.arg(id));
    expected +=
        QStringList{u"pin orders-db/database postgresql"_s, u"pin cart-cache/database in-memory-cache"_s,
                    u"pin events/messaging managed-kafka"_s};
    QCOMPARE(describe(result.model), expected);
    const QMap<QString, int> ignored{
        {u"Kubernetes ConfigMap (read for host names)"_s, 2},
        {u"Kubernetes DaemonSet running observability tooling: the observability decision covers it"_s, 1},
        {u"Kubernetes HorizontalPodAutoscaler (read for scaling)"_s, 1},
        {u"Kubernetes Ingress (read for exposure)"_s, 1},
        {u"Kubernetes NetworkPolicy"_s, 1},
        {u"Kubernetes PodDisruptionBudget"_s, 1},
        {u"Kubernetes Secret (never read)"_s, 1},
        {u"Kubernetes Service (read for exposure and host names)"_s, 14},
        {u"Kubernetes ServiceAccount"_s, 1},
    };
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.inputs.size(), 5);
    // The autoscaler's reading is said where it lands.
    const QByteArray yaml = Importer::yaml(result);
    QVERIFY2(
        yaml.contains("pattern: bursty  # from ") &&
            yaml.contains("(HorizontalPodAutoscaler \"shop/storefront\" scales it between 2 and 10 replicas"),
        yaml.constData());
    QVERIFY2(yaml.contains("min_instances: 2  # from "), yaml.constData());
    QVERIFY2(yaml.contains("traffic.peak_rps, latency_p99_ms"), yaml.constData());
}

void TestImport::anAutoscalerWithoutATargetIsIgnoredWithAWarning()
{
    const ImportResult result = importText(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec: {template: {spec: {containers: [{name: c, image: acme/web}]}}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec: {scaleTargetRef: {kind: Deployment, name: web}, minReplicas: 1, maxReplicas: many}
)");
    QVERIFY(!result.hasErrors());
    QCOMPARE(result.model.workloads.size(), 1);
    QCOMPARE(result.model.workloads[0].traffic.pattern, TrafficPattern::Steady);
    QVERIFY(!result.model.workloads[0].minInstances);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(result.diagnostics[0].message.contains(u"HorizontalPodAutoscaler \"web\""_s),
             qPrintable(result.diagnostics[0].message));
    QCOMPARE(result.diagnostics[0].location.line, 9);
}

void TestImport::servicesAndRoutesDecideExposure()
{
    const ImportResult result = importText(R"(apiVersion: v1
kind: List
items:
- {apiVersion: apps/v1, kind: Deployment, metadata: {name: web},
   spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: acme/web}]}}}}
- {apiVersion: apps/v1, kind: Deployment, metadata: {name: api},
   spec: {template: {metadata: {labels: {app: api}}, spec: {containers: [{name: c, image: acme/api}]}}}}
- {apiVersion: apps/v1, kind: Deployment, metadata: {name: admin},
   spec: {template: {metadata: {labels: {app: admin}}, spec: {containers: [{name: c, image: acme/admin}]}}}}
- {apiVersion: apps/v1, kind: Deployment, metadata: {name: ops},
   spec: {template: {metadata: {labels: {app: ops}}, spec: {containers: [{name: c, image: acme/ops}]}}}}
- {apiVersion: v1, kind: Service, metadata: {name: web}, spec: {type: LoadBalancer, selector: {app: web}}}
- {apiVersion: v1, kind: Service, metadata: {name: api}, spec: {selector: {app: api}}}
- {apiVersion: v1, kind: Service, metadata: {name: admin}, spec: {type: NodePort, selector: {app: admin}}}
- {apiVersion: v1, kind: Service, metadata: {name: ops, namespace: other}, spec: {selector: {app: ops}}}
- {apiVersion: gateway.networking.k8s.io/v1, kind: HTTPRoute, metadata: {name: public-api},
   spec: {rules: [{backendRefs: [{name: api, port: 80}]}]}}
- {apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: ops},
   spec: {defaultBackend: {service: {name: ops, port: {number: 80}}}}}
)");
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    const QStringList lines = describe(result.model);
    QVERIFY(lines.contains(u"workload web api public"_s));
    QVERIFY(lines.contains(u"workload api api public"_s));
    QVERIFY(lines.contains(u"workload admin api internal"_s)); // a NodePort is reachable from the nodes only
    // The Service named by the Ingress is in another namespace than the Deployment: it selects nothing.
    QVERIFY(lines.contains(u"workload ops worker internal"_s));
}

void TestImport::terraformServerlessApiOnAws()
{
    const ImportResult result = importPaths({kData + u"terraform/serverless-aws.tfstate"_s});
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(result.model.system.cloud, Cloud::Aws);
    QCOMPARE(result.model.system.regions, QStringList{u"eu-west-1"_s});
    const QStringList expected{
        // API Gateway's integration makes the API public; the event source mapping has the worker
        // consume the queue; an environment value naming a queue, a topic, a table or a bucket is a use.
        u"workload orders-api api public uses=orders,orders-queue:publish,acme-receipts"_s,
        u"workload orders-worker event-handler internal memory=1024 uses=orders-queue:consume,orders,order-events:publish"_s,
        u"workload order-notifier event-handler internal memory=256 uses=order-events:consume"_s,
        u"data orders key-value"_s,
        u"data acme-receipts blob"_s,
        u"channel orders-queue queue"_s,
        u"channel orders-dlq-fifo queue"_s,
        u"channel order-events topic"_s,
        u"pin orders-api/compute functions"_s,
        u"pin orders-worker/compute functions"_s,
        u"pin order-notifier/compute functions"_s,
        u"pin orders/database key-value-store"_s,
        u"pin acme-receipts/database object-storage"_s,
        u"pin orders-queue/messaging managed-queue"_s,
        u"pin orders-dlq-fifo/messaging fifo-queue"_s,
        u"pin order-events/messaging notification-topic"_s,
    };
    QCOMPARE(describe(result.model), expected);
    QCOMPARE(result.model.workloads[1].maxDurationS, 120.0);
    const QMap<QString, int> ignored{
        {u"Terraform aws_apigatewayv2_api for API Gateway: the edge decision covers it; its integrations "
         u"make "
         "functions public"_s,
         1},
        {u"Terraform aws_apigatewayv2_integration (read for edges and exposure)"_s, 1},
        {u"Terraform aws_cloudwatch_log_group"_s, 2},
        {u"Terraform aws_iam_role"_s, 1},
        {u"Terraform aws_lambda_event_source_mapping (read for edges and exposure)"_s, 1},
        {u"Terraform aws_sns_topic_subscription (read for edges and exposure)"_s, 1},
        {u"Terraform data source (read by the configuration, not a part of the system)"_s, 1},
    };
    QCOMPARE(result.ignored, ignored);
}

void TestImport::terraformShowJsonOnGcp()
{
    const ImportResult result = importPaths({kData + u"terraform/gcp-containers.json"_s});
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(result.model.system.cloud, Cloud::Gcp);
    QCOMPARE(result.model.system.regions, QStringList{u"europe-west1"_s});
    const QStringList expected{
        u"workload storefront api public uses=orders-db,sessions,catalog"_s,
        u"workload catalog api internal uses=orders-db,catalog-events:publish"_s,
        u"workload nightly-export batch internal uses=acme-exports"_s,
        u"data orders-db relational"_s,
        u"data sessions cache"_s,
        u"data acme-exports blob"_s,
        u"channel catalog-events topic"_s,
        u"pin storefront/compute managed-containers"_s,
        u"pin catalog/compute managed-containers"_s,
        u"pin nightly-export/compute batch-containers"_s,
        u"pin orders-db/database postgresql"_s,
        u"pin sessions/database in-memory-cache"_s,
        u"pin acme-exports/database object-storage"_s,
        u"pin catalog-events/messaging notification-topic"_s,
    };
    QCOMPARE(describe(result.model), expected);
    QCOMPARE(result.ignored.value(u"Terraform google_project_service"_s), 1);
    QCOMPARE(
        result.ignored.value(u"Terraform google_container_cluster for GKE: the cluster its workloads run on; "
                             "import their manifests"_s),
        1);
}

void TestImport::terraformStateOnAzure()
{
    const ImportResult result = importPaths({kData + u"terraform/azure-apps.tfstate"_s});
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(result.model.system.cloud, Cloud::Azure);
    QCOMPARE(result.model.system.regions, QStringList{u"westeurope"_s});
    const QStringList expected{
        u"workload shop-api api public uses=shop-orders-pg,orders:publish"_s,
        u"workload shop-admin api internal uses=shop-orders-pg"_s,
        u"workload shop-receipts event-handler internal uses=orders:publish,shopreceipts"_s,
        u"data shop-orders-pg relational"_s,
        u"data shopreceipts blob"_s,
        u"channel orders queue"_s,
        u"pin shop-api/compute managed-containers"_s,
        u"pin shop-admin/compute managed-containers"_s,
        u"pin shop-receipts/compute functions"_s,
        u"pin shop-orders-pg/database postgresql"_s,
        u"pin shopreceipts/database object-storage"_s,
        u"pin orders/messaging managed-queue"_s,
    };
    QCOMPARE(describe(result.model), expected);
}

void TestImport::terraformServicesBehindAPublicLoadBalancerArePublic()
{
    // QByteArray, not auto: a QStringBuilder returned would point into the temporaries it was built from.
    const auto resource = [](const char* type, const char* name, const char* attributes) -> QByteArray {
        return QByteArray("{\"mode\": \"managed\", \"type\": \"") + type + "\", \"name\": \"" + name +
               "\", \"provider\": \"provider[\\\"registry.terraform.io/hashicorp/aws\\\"]\", "
               "\"instances\": [{\"attributes\": {" +
               attributes + "}}]}";
    };
    const QByteArray state =
        "{\"version\": 4, \"terraform_version\": \"1.7.5\", \"resources\": [\n" +
        resource("aws_lb", "public", "\"arn\": \"arn:lb/public\", \"internal\": false") + ",\n" +
        resource("aws_lb", "private", "\"arn\": \"arn:lb/private\", \"internal\": true") + ",\n" +
        resource("aws_lb_listener", "https",
                 "\"load_balancer_arn\": \"arn:lb/public\", \"default_action\": [{\"type\": \"forward\", "
                 "\"target_group_arn\": \"arn:tg/web\"}]") +
        ",\n" +
        resource("aws_lb_listener", "internal",
                 "\"load_balancer_arn\": \"arn:lb/private\", \"default_action\": [{\"type\": \"forward\", "
                 "\"forward\": [{\"target_group\": [{\"arn\": \"arn:tg/admin\", \"weight\": 1}]}]}]") +
        ",\n" +
        resource("aws_ecs_service", "web",
                 "\"name\": \"web\", \"load_balancer\": [{\"target_group_arn\": \"arn:tg/web\"}]") +
        ",\n" +
        resource("aws_ecs_service", "admin",
                 "\"name\": \"admin\", \"load_balancer\": [{\"target_group_arn\": \"arn:tg/admin\"}]") +
        ",\n" + resource("aws_ecs_service", "jobs", "\"name\": \"jobs\", \"load_balancer\": []") + "\n]}\n";
    const ImportResult result = importText(state, u"ecs.tfstate"_s);
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(
        describe(result.model),
        (QStringList{u"workload web api public"_s, u"workload admin api internal"_s,
                     u"workload jobs api internal"_s, u"pin web/compute managed-containers"_s,
                     u"pin admin/compute managed-containers"_s, u"pin jobs/compute managed-containers"_s}));
    QCOMPARE(result.ignored.value(u"Terraform aws_lb_listener (read for edges and exposure)"_s), 2);
}

void TestImport::terraformStatesOfOtherVersionsAreRefused()
{
    const ImportResult old = importText("{\n  \"version\": 3,\n  \"terraform_version\": \"0.11.14\",\n"
                                        "  \"resources\": []\n}\n",
                                        u"old.tfstate"_s);
    QVERIFY(old.hasErrors());
    QVERIFY2(errorsOf(old).startsWith(u"old.tfstate:2:14: error: a state of format version 3"_s),
             qPrintable(errorsOf(old)));
    const ImportResult broken =
        importText("{\n  \"version\": 4,\n  \"terraform_version\": \"1.7.5\",\n"
                   "  \"resources\": [\n    {\"type\": \"aws_s3_bucket\",,}\n  ]\n}\n",
                   u"broken.tfstate"_s);
    QVERIFY(broken.hasErrors());
    QVERIFY2(errorsOf(broken).startsWith(u"broken.tfstate:5:"_s), qPrintable(errorsOf(broken)));
}

void TestImport::terraformWorkspacesAndTagsNameEnvironments()
{
    // staging's state has no environment tag (its workspace names it); prod's tags say "prod".
    const ImportResult result = importPaths({kData + u"workspaces"_s});
    QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    QCOMPARE(result.model.system.name, u"workspaces"_s); // the configuration's folder, not a workspace's
    QCOMPARE(result.model.environments.size(), 2);
    QCOMPARE(result.model.environments[0].name, u"production"_s);
    QCOMPARE(result.model.environments[0].account, u"222222222222"_s);
    QCOMPARE(result.model.environments[1].name, u"staging"_s);
    QCOMPARE(result.model.environments[1].account, u"111111111111"_s);
    // The function and the queue run in both: one element each, not two.
    QCOMPARE(describe(result.model),
             (QStringList{u"workload orders event-handler internal uses=orders-2:publish"_s,
                          u"channel orders-2 queue"_s, u"pin orders/compute functions"_s,
                          u"pin orders-2/messaging managed-queue"_s}));
    QCOMPARE(
        result.ignored.value(u"Terraform resource deployed again in another environment (one element)"_s), 2);
    const QByteArray yaml = Importer::yaml(result);
    QVERIFY2(yaml.contains("- name: production  # from ") &&
                 yaml.contains("(Environment of aws_lambda_function.orders: prod)") &&
                 yaml.contains("(the state of workspace \"staging\")"),
             yaml.constData());
    QVERIFY(!ModelFile::loadText(yaml, u"imported.yaml"_s).hasErrors());

    // Without tags or workspaces, the model keeps its single production environment.
    const ImportResult plain = importPaths({kData + u"terraform/serverless-aws.tfstate"_s});
    QCOMPARE(plain.model.environments, Model{}.environments);
}

void TestImport::everyInferredValueSaysWhereItCameFrom()
{
    const ImportResult result = importPaths({kData + u"selfhosted"_s});
    QList<ModelNote> unplaced;
    const QByteArray yaml =
        ModelAnnotator::annotate(ModelWriter::toYaml(result.model), result.notes, {}, &unplaced);
    QVERIFY(unplaced.isEmpty());
    const QString text = QString::fromUtf8(Importer::yaml(result));
    const QString compose = kData + u"selfhosted/docker-compose.yml"_s;
    const QString override = kData + u"selfhosted/docker-compose.override.yml"_s;
    for (const QString& line :
         {u"  name: chirp  # from %1:3 (the project's name)"_s.arg(compose),
          u"  - id: sidekiq  # from %1:75, service \"sidekiq\""_s.arg(compose),
          u"    kind: worker  # from %1:77 (the command runs a job queue worker)"_s.arg(compose),
          u"    cpu: low  # from %1:81 (0.25 cores)"_s.arg(compose),
          u"    memory_mb: 1024  # from %1:11"_s.arg(override),
          u"    exposure: public  # from %1:91 (behind service \"proxy\", which publishes port 80)"_s.arg(
              compose),
          u"      - to: translate  # from environment LIBRETRANSLATE_ENDPOINT (%1:6)"_s.arg(override),
          u"    shape: relational  # from %1:23 (image postgres:16-alpine is PostgreSQL)"_s.arg(compose),
          u"  - subject: db/database  # from %1:23"_s.arg(compose)}) {
        QVERIFY2(text.contains(line + u'\n'), qPrintable(line));
    }
    // What the inputs cannot say is marked, in the element it belongs to, and the team is too.
    QVERIFY(text.contains(u"  size: 1  # TODO: the number of engineers"_s));
    QVERIFY(text.contains(
        u"  - id: translate  # from %1:12, service \"translate\"\n    # TODO: traffic, "
        "latency_p99_ms, criticality, clients, memory_mb and cpu are not in the inputs"_s.arg(override)));
    QVERIFY(text.contains(
        u"  - id: db  # from %1:22, service \"db\"\n    # TODO: size_gb, peak_ops"_s.arg(compose)));
    QVERIFY(text.startsWith(u"# Imported by groundwork-cli import from %1, %2.\n"_s.arg(compose, override)));
}

void TestImport::importedModelsValidate()
{
    for (const QString& fixture : {u"selfhosted"_s, u"shop"_s, u"secrets"_s, u"terraform"_s}) {
        const ImportResult result = importPaths({kData + fixture});
        QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
        const QByteArray yaml = Importer::yaml(result);
        const LoadResult loaded = ModelFile::loadText(yaml, fixture + u".yaml"_s);
        QString problems;
        for (const Diagnostic& d : loaded.diagnostics)
            problems += d.toString() + u'\n';
        QVERIFY2(!loaded.hasErrors(), qPrintable(problems));
        // The comments are comments: the text reads back to the model that was written.
        QCOMPARE(loaded.model, result.model);
    }
}

void TestImport::importingTwiceGivesTheSameBytes()
{
    for (const QString& fixture : {u"selfhosted"_s, u"shop"_s, u"terraform"_s}) {
        const QByteArray first = Importer::yaml(importPaths({kData + fixture}));
        const QByteArray second = Importer::yaml(importPaths({kData + fixture}));
        QCOMPARE(second, first);
    }
}

void TestImport::malformedInputIsPositioned_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("compose syntax") << QByteArray("services:\n  web:\n    image: acme/web\n   ports: [80]\n")
                                    << u"input.yaml:4:"_s << u"YAML syntax"_s;
    QTest::newRow("unclosed flow list") << QByteArray("services:\n  web:\n    ports: [\"80:80\"\n")
                                        << u"input.yaml:4:1:"_s << u"YAML syntax"_s;
    QTest::newRow("services not a mapping") << QByteArray("name: x\nservices:\n  - web\n")
                                            << u"input.yaml:3:"_s << u"services: expected a mapping"_s;
    QTest::newRow("service not a mapping") << QByteArray("services:\n  web: nginx\n") << u"input.yaml:2:8:"_s
                                           << u"services.web: expected a mapping"_s;
    QTest::newRow("third manifest") << QByteArray(
                                           "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n"
                                           "apiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n---\n"
                                           "apiVersion: v1\nkind: Service\nmetadata: {name: c\n")
                                    << u"input.yaml:12:1:"_s << u"YAML syntax"_s;
    QTest::newRow("tab indentation") << QByteArray("services:\n\tweb:\n    image: x\n") << u"input.yaml:2:"_s
                                     << u"tab"_s;
    QTest::newRow("too deep") << QByteArray("services: " + QByteArray(100, '[') + QByteArray(100, ']') + "\n")
                              << u"input.yaml:1:"_s << u"nesting is deeper than 64 levels"_s;
    QTest::newRow("billion laughs") << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                                  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                                  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                                  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                                                  "services: {web: {environment: *g}}\n")
                                    << u"input.yaml:"_s << u"expands to more than 2000000 values"_s;
    QTest::newRow("neither format") << QByteArray("groundwork: 1\nsystem: {name: x}\n")
                                    << u"input.yaml: error:"_s << u"not a Compose file"_s;
    QTest::newRow("binary") << QByteArray("services:\n  web: {image: \"a") + '\0' + QByteArray("b\"}\n")
                            << u"input.yaml:2:"_s << u"binary data (byte 0x00)"_s;
}

void TestImport::malformedInputIsPositioned()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const ImportResult result = importText(text);
    QVERIFY(result.hasErrors());
    const QString errors = errorsOf(result);
    QVERIFY2(errors.startsWith(where), qPrintable(errors));
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QCOMPARE(result.elementCount(), 0);
}

// Each of these documents expands to about 111,000 values, well within one document's limit; 25 of them
// are more than a whole file may expand to.
void TestImport::manySmallDocumentsShareOneExpansionBudget()
{
    QByteArray document = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\n"
                          "x: &a [y, y, y, y, y, y, y, y, y, y]\n"
                          "z: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                          "w: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                          "v: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                          "u: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
    QByteArray text;
    for (int i = 0; i < 25; ++i)
        text += "---\n" + document;
    const ImportResult result = importText(text);
    QVERIFY(result.hasErrors());
    const QString errors = errorsOf(result);
    QVERIFY2(errors.contains(u"expands to more than 2000000 values"_s), qPrintable(errors));
    // The first document to overdraw is named by its line, far from the first.
    QVERIFY2(!errors.startsWith(u"input.yaml:1:"_s), qPrintable(errors));
    const ImportResult few = importText(text.left(text.size() / 25 * 5));
    QVERIFY2(!few.hasErrors(), qPrintable(errorsOf(few)));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
