// The import mapping tables (rules/import/*.yaml) and the small readers the importers share: image
// references, host names in environment values, memory and CPU quantities.
#include "core/import/environmenthosts.h"
#include "core/import/imagereference.h"
#include "core/import/importmapping.h"
#include "core/import/resourcequantity.h"
#include "core/rules/catalog.h"
#include "core/rules/rulepackloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTablesHaveNoProblems();
    void everyPinIsACandidateOfItsDecision();
    void imagesMatchByRepositoryNotByTag_data();
    void imagesMatchByRepositoryNotByTag();
    void commandsMatchWordsInOrder_data();
    void commandsMatchWordsInOrder();
    void hostsAreReadFromUrlsAndAddressesOnly_data();
    void hostsAreReadFromUrlsAndAddressesOnly();
    void quantitiesReadInTheirFormatsUnits();
    void anOrganisationsTablesComeFirst();
    void mistakesInATableArePositioned();
};

void TestImportMapping::builtInTablesHaveNoProblems()
{
    const ImportMapping& mapping = ImportMapping::builtIn();
    QString problems;
    for (const Diagnostic& d : mapping.problems())
        problems += d.toString() + u'\n';
    QVERIFY2(mapping.problems().isEmpty(), qPrintable(problems));
    QVERIFY(mapping.images().size() > 20);
    QVERIFY(mapping.commands().size() > 5);
    QVERIFY(mapping.kubernetesWorkload(u"CronJob"_s));
    QCOMPARE(mapping.kubernetesCompute(), u"kubernetes"_s);
}

// A pin names a candidate of the decision it is recorded for; a renamed candidate fails here, not in a
// user's import.
void TestImportMapping::everyPinIsACandidateOfItsDecision()
{
    const std::shared_ptr<const Catalog> catalog = RulePackLoader::builtIn();
    const ImportMapping& mapping = ImportMapping::builtIn();
    int pins = 0;
    for (const ImageRule& rule : mapping.images()) {
        if (rule.pin.isEmpty())
            continue;
        ++pins;
        const Candidate* candidate = catalog->candidate(rule.pin);
        QVERIFY2(candidate, qPrintable(rule.pin));
        QCOMPARE(candidate->kind,
                 rule.role == ElementRole::Data ? DecisionKind::Database : DecisionKind::Messaging);
    }
    QVERIFY(pins >= 15);
    // Terraform resource types: the pin and every engine's pick, for the decision of what they become.
    const QStringList types{u"aws_lambda_function"_s,   u"aws_db_instance"_s,
                            u"aws_sqs_queue"_s,         u"google_sql_database_instance"_s,
                            u"azurerm_container_app"_s, u"aws_mq_broker"_s};
    for (const QString& type : types)
        QVERIFY2(mapping.terraformResource(type), qPrintable(type));
    int elements = 0;
    for (const QString& type : mapping.terraformTypes()) {
        const TerraformResourceRule& rule = *mapping.terraformResource(type);
        if (rule.role == ElementRole::Skip)
            continue;
        ++elements;
        QStringList picks{rule.pin};
        for (const auto& [pattern, candidate] : rule.engines)
            picks.append(candidate);
        const DecisionKind kind = rule.role == ElementRole::Workload ? DecisionKind::Compute
                                  : rule.role == ElementRole::Data   ? DecisionKind::Database
                                                                     : DecisionKind::Messaging;
        for (const QString& pick : std::as_const(picks)) {
            if (pick.isEmpty())
                continue;
            const Candidate* candidate = catalog->candidate(pick);
            QVERIFY2(candidate && candidate->kind == kind, qPrintable(type + u": "_s + pick));
        }
    }
    QVERIFY(elements >= 40);
    QCOMPARE(mapping.terraformResource(u"aws_db_instance"_s)->pinFor(u"aurora-postgresql"_s),
             u"postgresql"_s);
    QCOMPARE(mapping.terraformResource(u"aws_db_instance"_s)->pinFor(u"sqlserver-ee"_s), u"sqlserver"_s);
    QCOMPARE(mapping.terraformResource(u"google_sql_database_instance"_s)->pinFor(u"POSTGRES_15"_s),
             u"postgresql"_s);
    QCOMPARE(mapping.terraformResource(u"aws_mq_broker"_s)->pinFor(u"ActiveMQ"_s), QString());
    QCOMPARE(mapping.terraformCloud(u"google-beta"_s), Cloud::Gcp);
    const Candidate* compute = catalog->candidate(mapping.kubernetesCompute());
    QVERIFY(compute);
    QCOMPARE(compute->kind, DecisionKind::Compute);
}

void TestImportMapping::imagesMatchByRepositoryNotByTag_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("product"); // empty: no rule
    QTest::newRow("official") << u"postgres:16-alpine"_s << u"PostgreSQL"_s;
    QTest::newRow("docker hub library") << u"docker.io/library/postgres"_s << u"PostgreSQL"_s;
    QTest::newRow("vendor namespace") << u"bitnami/postgresql:16@sha256:abc"_s << u"PostgreSQL"_s;
    QTest::newRow("registry with port") << u"registry.local:5000/team/redis:7"_s << u"Redis"_s;
    QTest::newRow("exporter is not the database")
        << u"prometheuscommunity/postgres-exporter"_s << u"observability tooling"_s;
    QTest::newRow("full repository pattern")
        << u"registry.k8s.io/ingress-nginx/controller:v1.10"_s << u"platform tooling"_s;
    QTest::newRow("elastic's registry")
        << u"docker.elastic.co/elasticsearch/elasticsearch:8.13.4"_s << u"a search engine"_s;
    QTest::newRow("own image") << u"ghcr.io/acme/orders:1.2"_s << QString();
    QTest::newRow("tag never compared") << u"acme/app:postgres"_s << QString();
}

void TestImportMapping::imagesMatchByRepositoryNotByTag()
{
    QFETCH(QString, image);
    QFETCH(QString, product);
    const ImageRule* rule = ImportMapping::builtIn().matchImage(image);
    QCOMPARE(rule ? rule->product : QString(), product);
}

void TestImportMapping::commandsMatchWordsInOrder_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind"); // empty: no rule
    QTest::newRow("sidekiq") << u"bundle exec sidekiq -C config/sidekiq.yml"_s << u"worker"_s;
    QTest::newRow("celery worker") << u"celery -A proj worker -l info"_s << u"worker"_s;
    QTest::newRow("celery beat") << u"celery -A proj beat"_s << u"scheduled"_s;
    QTest::newRow("path to a program") << u"/usr/local/bin/supercronic /etc/crontab"_s << u"scheduled"_s;
    QTest::newRow("puma") << u"bundle exec puma -C config/puma.rb"_s << u"web"_s;
    QTest::newRow("gunicorn's --workers is an option") << u"gunicorn --workers 4 app:app"_s << u"api"_s;
    QTest::newRow("server migrates first") << u"sh -c rails db:migrate && rails server"_s << u"web"_s;
    QTest::newRow("migration alone") << u"rails db:migrate"_s << u"batch"_s;
    QTest::newRow("path suffix") << u"./bin/jobs --mode async"_s << u"worker"_s;
    QTest::newRow("nothing known") << u"node server.js"_s << QString();
    QTest::newRow("order matters") << u"worker celery"_s << u"worker"_s; // the generic rule, not celery's
}

void TestImportMapping::commandsMatchWordsInOrder()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    const CommandRule* rule = ImportMapping::builtIn().matchCommand(command.split(u' '));
    QCOMPARE(rule ? enumName(rule->kind) : QString(), kind);
}

void TestImportMapping::hostsAreReadFromUrlsAndAddressesOnly_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("url with credentials")
        << u"DATABASE_URL"_s << u"postgres://u:p%40ss@db:5432/app?ssl=1"_s << QStringList{u"db"_s};
    QTest::newRow("host:port anywhere") << u"UPSTREAM"_s << u"cache:6379"_s << QStringList{u"cache"_s};
    QTest::newRow("bare host by name") << u"PGHOST"_s << u"db"_s << QStringList{u"db"_s};
    QTest::newRow("bare word elsewhere") << u"LOG_LEVEL"_s << u"debug"_s << QStringList{};
    QTest::newRow("list of brokers") << u"KAFKA_BROKERS"_s << u"k1:9092, k2:9092"_s
                                     << QStringList{u"k1"_s, u"k2"_s};
    QTest::newRow("mongo seed list") << u"MONGO_URL"_s << u"mongodb://a:1,b:2/db"_s
                                     << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("password with a colon") << u"API_TOKEN"_s << u"abc:defg"_s << QStringList{};
    QTest::newRow("ip address") << u"REDIS_URL"_s << u"redis://[::1]:6379"_s << QStringList{};
    QTest::newRow("case") << u"ES_HOST"_s << u"Search"_s << QStringList{u"search"_s};
}

void TestImportMapping::hostsAreReadFromUrlsAndAddressesOnly()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QStringList, hosts);
    QCOMPARE(hostsNamedBy(variable, value, ImportMapping::builtIn()), hosts);
}

void TestImportMapping::quantitiesReadInTheirFormatsUnits()
{
    using namespace resourcequantity;
    QCOMPARE(composeMebibytes(u"512m"_s), 512);
    QCOMPARE(composeMebibytes(u"1.5G"_s), 1536);
    QCOMPARE(composeMebibytes(u"1gb"_s), 1024);
    QCOMPARE(composeMebibytes(u"1073741824"_s), 1024);
    QCOMPARE(composeMebibytes(u"lots"_s), std::nullopt);
    QCOMPARE(composeMebibytes(u"-1g"_s), std::nullopt);
    QCOMPARE(kubernetesMebibytes(u"256Mi"_s), 256);
    QCOMPARE(kubernetesMebibytes(u"1Gi"_s), 1024);
    QCOMPARE(kubernetesMebibytes(u"500M"_s), 477); // decimal megabytes
    QCOMPARE(kubernetesMebibytes(u"1e9"_s), 954);
    QCOMPARE(kubernetesMebibytes(u"999999999Pi"_s), std::nullopt); // beyond what memory_mb holds
    QCOMPARE(cores(u"500m"_s), 0.5);
    QCOMPARE(cores(u"2"_s), 2.0);
    QCOMPARE(cores(u"nan"_s), std::nullopt);
    const ImportMapping& mapping = ImportMapping::builtIn();
    QCOMPARE(mapping.cpuLevel(0.25), Level::Low);
    QCOMPARE(mapping.cpuLevel(1.0), Level::Medium);
    QCOMPARE(mapping.cpuLevel(2.0), Level::High);
}

void TestImportMapping::anOrganisationsTablesComeFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"ours.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("groundwork-import: 1\n"
               "images:\n"
               "  - match: [acme/ledger, redis]\n"
               "    product: Acme Ledger\n"
               "    data: relational\n"
               "kubernetes:\n"
               "  compute: managed-containers\n"
               "  workloads:\n"
               "    Job: {template: spec.template, kind: worker}\n"
               "    DaemonSet: {template: spec.template, kind: worker, needs_os_control: true}\n");
    file.close();
    const ImportMapping mapping = ImportMapping::load({dir.path()});
    QVERIFY(mapping.problems().isEmpty());
    QCOMPARE(mapping.matchImage(u"acme/ledger:3"_s)->product, u"Acme Ledger"_s);
    QCOMPARE(mapping.matchImage(u"redis:7"_s)->product, u"Acme Ledger"_s);
    QCOMPARE(mapping.matchImage(u"postgres"_s)->product, u"PostgreSQL"_s); // the built-in rules still apply
    QCOMPARE(mapping.kubernetesCompute(), u"managed-containers"_s);
    QCOMPARE(*mapping.kubernetesWorkload(u"Job"_s)->kind, WorkloadKind::Worker);
    QCOMPARE(*mapping.kubernetesWorkload(u"CronJob"_s)->kind, WorkloadKind::Scheduled);
    QVERIFY(mapping.kubernetesWorkload(u"DaemonSet"_s)->needsOsControl);
    QVERIFY(!ImportMapping::builtIn().kubernetesWorkload(u"DaemonSet"_s)->needsOsControl);
}

void TestImportMapping::mistakesInATableArePositioned()
{
    ImportMapping mapping;
    mapping.read("groundwork-import: 1\n"
                 "images:\n"
                 "  - match: [\"postgres:16\"]\n"
                 "    product: PostgreSQL\n"
                 "    data: relational\n"
                 "  - match: [x]\n"
                 "    product: X\n"
                 "    data: relational\n"
                 "    channel: queue\n"
                 "commands:\n"
                 "  - match: [sidekiq]\n"
                 "    program: Sidekiq\n"
                 "    kind: wroker\n"
                 "cpu: {low_below: 2, high_from: 1}\n",
                 u"bad.yaml"_s);
    QStringList seen;
    for (const Diagnostic& d : mapping.problems())
        seen.append(d.toString());
    const QString all = seen.join(u'\n');
    QCOMPARE(mapping.problems().size(), 4);
    QVERIFY2(all.contains(u"bad.yaml:3:12: error: images[0]: match:"_s) &&
                 all.contains(u"is not an image pattern"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"bad.yaml:6:5: error: images[1]:"_s) && all.contains(u"exactly one of"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"bad.yaml:13:11: error: commands[0]: kind:"_s) &&
                 all.contains(u"did you mean 'worker'"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"bad.yaml:14:6: error:"_s) && all.contains(u"low_below"_s), qPrintable(all));
    QVERIFY(mapping.images().isEmpty());
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
