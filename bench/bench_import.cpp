// Importing what a large system runs: 500 Kubernetes documents (250 Deployments, each with its
// Service, naming their neighbours in the environment) and a Terraform state of 2,000 resources (Lambda
// functions, queues and tables, the functions naming the others). Issue 20 asks for each under a
// second, written model included.
#include "core/import/importer.h"
#include "core/import/importmapping.h"

#include <benchmark/benchmark.h>

namespace {

const QByteArray& manifests()
{
    static const QByteArray text = [] {
        QByteArray out;
        for (int i = 0; i < 250; ++i) {
            out +=
                QStringLiteral(
                    "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: svc-%1, namespace: big}\n"
                    "spec:\n  template:\n    metadata: {labels: {app: svc-%1}}\n    spec:\n"
                    "      containers:\n        - name: c\n          image: registry.example.com/svc-%1:1\n"
                    "          ports: [{containerPort: 8080}]\n          env:\n"
                    "            - {name: NEXT_ADDR, value: \"svc-%2:8080\"}\n"
                    "            - {name: DB_URL, value: \"postgres://u:p@svc-%3:5432/x\"}\n"
                    "          resources: {limits: {cpu: 500m, memory: 256Mi}}\n"
                    "---\napiVersion: v1\nkind: Service\nmetadata: {name: svc-%1, namespace: big}\n"
                    "spec: {selector: {app: svc-%1}, ports: [{port: 8080}]}\n")
                    .arg(i)
                    .arg((i + 1) % 250)
                    .arg((i + 7) % 250)
                    .toUtf8();
        }
        return out;
    }();
    return text;
}

const QByteArray& state()
{
    static const QByteArray text = [] {
        QByteArray out = "{\n  \"version\": 4,\n  \"terraform_version\": \"1.7.5\",\n  \"resources\": [\n";
        const auto resource = [](const QString& type, const QString& name, const QString& attributes) {
            return QStringLiteral(
                       "    {\"mode\": \"managed\", \"type\": \"%1\", \"name\": \"%2\", \"provider\": "
                       "\"provider[\\\"registry.terraform.io/hashicorp/aws\\\"]\", \"instances\": "
                       "[{\"attributes\": {%3}}]}")
                .arg(type, name, attributes)
                .toUtf8();
        };
        QByteArrayList items;
        for (int i = 0; i < 500; ++i) {
            const QString arn = QStringLiteral("arn:aws:sqs:eu-west-1:123456789012:queue-%1").arg(i);
            items.append(resource(QStringLiteral("aws_sqs_queue"), QStringLiteral("q%1").arg(i),
                                  QStringLiteral("\"arn\": \"%1\", \"name\": \"queue-%2\"").arg(arn).arg(i)));
            items.append(resource(QStringLiteral("aws_dynamodb_table"), QStringLiteral("t%1").arg(i),
                                  QStringLiteral("\"name\": \"table-%1\"").arg(i)));
            items.append(resource(
                QStringLiteral("aws_lambda_function"), QStringLiteral("f%1").arg(i),
                QStringLiteral(
                    "\"arn\": \"arn:aws:lambda:eu-west-1:123456789012:function:fn-%1\", \"function_name\": "
                    "\"fn-%1\", \"memory_size\": 512, \"timeout\": 30, \"environment\": [{\"variables\": "
                    "{\"TABLE\": \"table-%1\", \"QUEUE\": \"%2\"}}]")
                    .arg(i)
                    .arg(arn)));
            items.append(resource(QStringLiteral("aws_iam_role"), QStringLiteral("r%1").arg(i),
                                  QStringLiteral("\"name\": \"role-%1\"").arg(i)));
        }
        return QByteArray(out + items.join(",\n") + "\n  ]\n}\n");
    }();
    return text;
}

void run(benchmark::State& s, const QByteArray& text, const QString& name)
{
    const gw::ImportMapping& mapping = gw::ImportMapping::builtIn();
    for (auto _ : s) {
        const gw::ImportResult result = gw::Importer::run({gw::ImportInput{name, text, true}}, mapping);
        if (result.hasErrors() || result.isEmpty())
            s.SkipWithError("the generated input does not import");
        const QByteArray yaml = gw::Importer::yaml(result);
        benchmark::DoNotOptimize(yaml);
    }
    s.SetBytesProcessed(static_cast<int64_t>(s.iterations()) * text.size());
}

void BM_ImportManifests500Documents(benchmark::State& s)
{
    run(s, manifests(), QStringLiteral("big.yaml"));
}

void BM_ImportState2000Resources(benchmark::State& s)
{
    run(s, state(), QStringLiteral("terraform.tfstate"));
}

} // namespace

BENCHMARK(BM_ImportManifests500Documents)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportState2000Resources)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
