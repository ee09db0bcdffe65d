// Terraform exports of every example and every cloud parse with HashiCorp's HCL parser, every reference
// between blocks resolves, providers are pinned, and each environment gets its tfvars and backend.
#include "exportcheck.h"

#include "core/export/exporters.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

// An example, or the export fixture that pins the picks no example reaches (tests/data/export/).
Model loadExample(const QString& name)
{
    QString path = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + name + u".yaml"_s;
    if (!QFile::exists(path))
        path = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/export/") + name + u".yaml"_s;
    const LoadResult r = ModelFile::load(path);
    return r.model;
}

const ExportFile* findFile(const ExportFiles& files, const QString& path)
{
    for (const ExportFile& f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestTerraformExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndResolves_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("cloud"); // empty: the model's own
        for (const QString& e : {u"early-saas"_s, u"marketplace"_s, u"fintech"_s, u"every-pick"_s}) {
            QTest::newRow(qPrintable(e + u" (aws)"_s)) << e << u"aws"_s;
            QTest::newRow(qPrintable(e + u" (gcp)"_s)) << e << u"gcp"_s;
            QTest::newRow(qPrintable(e + u" (azure)"_s)) << e << u"azure"_s;
        }
    }

    void parsesAndResolves()
    {
        QFETCH(QString, example);
        QFETCH(QString, cloud);
        const Model model = loadExample(example);
        QVERIFY(!model.workloads.isEmpty());
        const Recommendations recs = ScoringEngine().score(model);
        ExportInput input{model, recs, {}, {}};
        if (!cloud.isEmpty())
            input.cloud = enumFromString<Cloud>(cloud);
        const ExportFiles files = generateExport(u"terraform"_s, input);
        QVERIFY(!files.empty());
        for (const ExportFile& f : files)
            QVERIFY2(!f.content.trimmed().isEmpty(), qPrintable(f.path + u" is empty"_s));

        const QStringList clouds = cloud == u"any"_s ? QStringList{u"aws"_s, u"gcp"_s, u"azure"_s}
                                   : cloud.isEmpty() ? QStringList{enumName(model.system.cloud)}
                                                     : QStringList{cloud};
        for (const QString& c : clouds) {
            const QString root = u"terraform/"_s + c + u"/"_s;
            const ExportFile* versions = findFile(files, root + u"versions.tf"_s);
            QVERIFY2(versions, qPrintable(root));
            static const QRegularExpression pinned(u"version\\s*=\\s*\"[0-9]+\\.[0-9]+\\.[0-9]+\""_s);
            QVERIFY2(pinned.match(QString::fromUtf8(versions->content)).hasMatch(),
                     "provider version not pinned");
            for (const QString& m : {u"network"_s, u"security"_s, u"data"_s, u"channels"_s, u"identity"_s,
                                     u"compute"_s, u"edge"_s}) {
                QVERIFY2(findFile(files, root + u"modules/"_s + m + u"/main.tf"_s),
                         qPrintable(c + u" "_s + m));
            }
            for (const Environment& e : model.environments) {
                const QString key = e.name; // the examples' environment names are already DNS labels
                QVERIFY2(findFile(files, root + u"environments/"_s + key + u".tfvars"_s), qPrintable(key));
                QVERIFY2(findFile(files, root + u"environments/"_s + key + u".backend.hcl"_s),
                         qPrintable(key));
            }
            QVERIFY(findFile(files, root + u"README.md"_s));
        }

        QTemporaryDir tmp;
        QStringList hclFiles;
        for (const QString& path : gw::test::writeFiles(tmp.path(), files)) {
            if (path.endsWith(u".tf"_s) || path.endsWith(u".tfvars"_s) || path.endsWith(u".hcl"_s))
                hclFiles.append(path);
        }
        GW_REQUIRE_TOOL_PASSED(gw::test::checkWithNode(hclFiles));
    }

    // The reference check finds what it is there to find (so that the test above can fail).
    void referenceCheckCatchesDanglingNames()
    {
        QTemporaryDir tmp;
        const QStringList paths = gw::test::writeFiles(
            tmp.path(), {{u"main.tf"_s, "module \"a\" {\n  source = \"./modules/a\"\n  x = var.missing\n}\n"
                                        "output \"o\" {\n  value = aws_vpc.nowhere.id\n}\n"},
                         {u"modules/a/variables.tf"_s, "variable \"y\" {\n  type = string\n}\n"}});
        const gw::test::ToolResult r = gw::test::checkWithNode(paths);
        if (r.state == gw::test::ToolResult::State::Missing) {
            if (gw::test::toolsRequired())
                QFAIL(qPrintable(r.output));
            QSKIP(qPrintable(r.output));
        }
        QCOMPARE(r.state, gw::test::ToolResult::State::Failed);
        QVERIFY2(r.output.contains(u"var.missing"_s), qPrintable(r.output));
        QVERIFY2(r.output.contains(u"aws_vpc.nowhere"_s), qPrintable(r.output));
        QVERIFY2(r.output.contains(u"does not declare"_s), qPrintable(r.output));
        QVERIFY2(r.output.contains(u"required variable y"_s), qPrintable(r.output));
    }

    void syntaxErrorsFail()
    {
        QTemporaryDir tmp;
        const QStringList paths = gw::test::writeFiles(tmp.path(), {{u"main.tf"_s, "resource \"a\" {\n"}});
        const gw::test::ToolResult r = gw::test::checkWithNode(paths);
        if (r.state == gw::test::ToolResult::State::Missing)
            QSKIP(qPrintable(r.output));
        QCOMPARE(r.state, gw::test::ToolResult::State::Failed);
    }

    // Each pick of the fixture becomes its own resources on each cloud, not a note for the team; the
    // two picks no provider resource serves say why in the README.
    void everyPickIsGenerated()
    {
        const Model model = loadExample(u"every-pick"_s);
        QVERIFY(!model.workloads.isEmpty());
        const Recommendations recs = ScoringEngine().score(model);
        const ExportFiles files = generateExport(u"terraform"_s, {model, recs, {}, {}});
        const auto text = [&files](const QString& path) {
            const ExportFile* f = findFile(files, path);
            return f ? QString::fromUtf8(f->content) : QString();
        };
        // `name = "value"` in a file, whatever the alignment.
        const auto sets = [](const QString& content, const QString& name, const QString& value) {
            return QRegularExpression(u"\\b"_s + name + u"\\s*=\\s*"_s + QRegularExpression::escape(value))
                .match(content)
                .hasMatch();
        };
        const QString azureLocals = text(u"terraform/azure/locals.tf"_s);
        for (const QString& engine : {u"mysql"_s, u"postgres-elastic"_s, u"synapse"_s})
            QVERIFY2(sets(azureLocals, u"engine"_s, u"\""_s + engine + u"\""_s), qPrintable(engine));
        QVERIFY(sets(azureLocals, u"family"_s, u"\"vm\""_s));
        QVERIFY(sets(text(u"terraform/gcp/locals.tf"_s), u"engine"_s, u"\"kafka\""_s));
        QVERIFY(sets(text(u"terraform/aws/main.tf"_s), u"cdn"_s, u"true"_s));
        QVERIFY(sets(text(u"terraform/gcp/main.tf"_s), u"cdn"_s, u"true"_s));
        QVERIFY(sets(text(u"terraform/azure/main.tf"_s), u"cdn"_s, u"true"_s));
        QVERIFY(sets(text(u"terraform/aws/providers.tf"_s), u"alias"_s, u"\"global\""_s));
        // The static site's files on each cloud's static hosting, not on compute or behind the gateway.
        for (const QString& cloud : {u"aws"_s, u"gcp"_s, u"azure"_s})
            QVERIFY2(
                sets(text(u"terraform/"_s + cloud + u"/locals.tf"_s), u"family"_s, u"\"static-hosting\""_s),
                qPrintable(cloud));
        QVERIFY(text(u"terraform/aws/modules/compute/main.tf"_s)
                    .contains(u"resource \"aws_cloudfront_distribution\" \"site\""_s));
        QVERIFY(text(u"terraform/aws/modules/edge/main.tf"_s).contains(u"w.family != \"static-hosting\""_s));
        QVERIFY(text(u"terraform/gcp/modules/compute/main.tf"_s)
                    .contains(u"resource \"google_compute_backend_bucket\" \"site\""_s));
        QVERIFY(text(u"terraform/azure/modules/compute/main.tf"_s)
                    .contains(u"resource \"azurerm_static_web_app\" \"site\""_s));
        // The model API is the provider's: each README says what to grant, and where the site's files go.
        QVERIFY(text(u"terraform/aws/README.md"_s).contains(u"`bedrock:InvokeModel`"_s));
        QVERIFY(text(u"terraform/gcp/README.md"_s).contains(u"`roles/aiplatform.user`"_s));
        QVERIFY(text(u"terraform/azure/README.md"_s).contains(u"`Cognitive Services OpenAI User`"_s));
        QVERIFY(text(u"terraform/aws/README.md"_s).contains(u"Workload `help-site` is a static site"_s));

        // A store behind a private endpoint keeps its host name: a private DNS zone, linked to the
        // network, resolves it to the endpoint (Synapse's SQL and Cosmos DB's SQL API differ in zone).
        const QString azureData = text(u"terraform/azure/modules/data/main.tf"_s);
        QVERIFY(azureData.contains(u"private_dns_zone_group {"_s));
        QVERIFY(azureData.contains(u"virtual_network_id    = var.virtual_network_id"_s));
        QVERIFY(azureData.contains(u"zone = \"privatelink.sql.azuresynapse.net\""_s));
        QVERIFY(sets(text(u"terraform/azure/main.tf"_s), u"virtual_network_id"_s,
                     u"module.network.virtual_network_id"_s));

        const QString azureReadme = text(u"terraform/azure/README.md"_s);
        QVERIFY(azureReadme.contains(u"no resource for an Azure Machine Learning managed online endpoint"_s));
        const QString gcpReadme = text(u"terraform/gcp/README.md"_s);
        QVERIFY(gcpReadme.contains(u"Elastic Cloud API key"_s));
        QVERIFY(gcpReadme.contains(u"only in the `google-beta` provider"_s));
        QVERIFY(!gcpReadme.contains(u"Pub/Sub topic with retention"_s));
    }

    // A pick with no resource of its own, of a decision a pack declares, is a step the README names, in
    // each cloud's words where they differ.
    void picksWithoutAResourceAreNoted()
    {
        // A saga pinned to a state machine, in a system of strictly isolated tenants (a stack each).
        QFile file(
            QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/scenarios/workflow-order-saga-aws.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray yaml = file.readAll();
        yaml.replace("system: {", "system: {tenants: 12, tenant_isolation: strict, ");
        yaml +=
            "\ndecisions:\n  - {subject: order-saga/workflow-orchestration, choice: managed-state-machine}\n";
        const LoadResult loaded = ModelFile::loadText(yaml, u"saga.yaml"_s);
        QVERIFY2(!loaded.hasErrors(), yaml.constData());
        const Recommendations recs = ScoringEngine().score(loaded.model);
        const ExportFiles files = generateExport(u"terraform"_s, {loaded.model, recs, {}, {}});
        const auto readme = [&files](const QString& cloud) {
            const ExportFile* f = findFile(files, u"terraform/"_s + cloud + u"/README.md"_s);
            return f ? QString::fromUtf8(f->content) : QString();
        };
        const QString aws = readme(u"aws"_s);
        QVERIFY2(aws.contains(u"Workload `order-saga` coordinates its steps with AWS Step Functions"_s),
                 qPrintable(aws));
        QVERIFY(aws.contains(u"`aws_sfn_state_machine`"_s));
        QVERIFY(aws.contains(u"this skeleton is one tenant's"_s));
    }

    // The model's owner and cost centre are the tags' defaults, in each cloud's form; an element's own
    // values tag its resources; with none in the model the tfvars ask for them (no placeholder).
    void ownershipTagsTheResources()
    {
        Model model = loadExample(u"every-pick"_s);
        const Recommendations recs = ScoringEngine().score(model);
        const auto text = [](const ExportFiles& files, const QString& path) {
            const ExportFile* f = findFile(files, path);
            return f ? QString::fromUtf8(f->content) : QString();
        };
        QCOMPARE(model.system.ownership.owner, u"Platform Team"_s);
        const ExportFiles files = generateExport(u"terraform"_s, {model, recs, {}, {}});
        QVERIFY(text(files, u"terraform/aws/variables.tf"_s).contains(u"default     = \"Platform Team\""_s));
        QVERIFY(text(files, u"terraform/azure/variables.tf"_s).contains(u"default     = \"CC-0042\""_s));
        QVERIFY(text(files, u"terraform/gcp/variables.tf"_s).contains(u"default     = \"platform_team\""_s));
        QVERIFY(!text(files, u"terraform/aws/environments/production.tfvars"_s).contains(u"owner       ="_s));
        // storefront has its own owner and the system's cost centre; warehouse its own cost centre.
        QVERIFY(text(files, u"terraform/aws/locals.tf"_s)
                    .contains(u"\"storefront\" = { owner = \"Shop Squad\", cost_centre = \"CC-0042\" }"_s));
        QVERIFY(
            text(files, u"terraform/gcp/locals.tf"_s)
                .contains(
                    u"\"warehouse\" = { owner = \"platform_team\", cost_centre = \"cc-7_analytics\" }"_s));
        QVERIFY(text(files, u"terraform/aws/modules/compute/main.tf"_s)
                    .contains(
                        u"merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })"_s));

        model.system.ownership = {};
        model.workloads[0].ownership = {u"Shop Squad"_s, {}};
        const ExportFiles bare = generateExport(u"terraform"_s, {model, recs, {}, {}});
        for (const QString& cloud : {u"aws"_s, u"gcp"_s, u"azure"_s}) {
            const QString tfvars = text(bare, u"terraform/"_s + cloud + u"/environments/production.tfvars"_s);
            QVERIFY2(tfvars.contains(u"owner       = \"\""_s), qPrintable(cloud));
            QVERIFY2(tfvars.contains(u"cost_centre = \"\""_s), qPrintable(cloud));
            QVERIFY2(!text(bare, u"terraform/"_s + cloud + u"/variables.tf"_s).contains(u"# the model's"_s),
                     qPrintable(cloud));
        }
        // The element's own owner, and the variable for the cost centre nobody names.
        QVERIFY(
            text(bare, u"terraform/aws/locals.tf"_s)
                .contains(u"\"storefront\" = { owner = \"Shop Squad\", cost_centre = var.cost_centre }"_s));
        QTemporaryDir tmp;
        QStringList hclFiles;
        for (const QString& path : gw::test::writeFiles(tmp.path(), bare)) {
            if (path.endsWith(u".tf"_s) || path.endsWith(u".tfvars"_s))
                hclFiles.append(path);
        }
        GW_REQUIRE_TOOL_PASSED(gw::test::checkWithNode(hclFiles));
    }

    void residencyBecomesARegionRule()
    {
        const Model model = loadExample(u"fintech"_s);
        const Recommendations recs = ScoringEngine().score(model);
        const ExportFiles files = generateExport(u"terraform"_s, {model, recs, {}, {}});
        const ExportFile* variables = findFile(files, u"terraform/aws/variables.tf"_s);
        QVERIFY(variables);
        QVERIFY(variables->content.contains("can(regex(\"^eu-\", var.region))"));
    }
};

QTEST_GUILESS_MAIN(TestTerraformExport)
#include "tst_terraformexport.moc"
