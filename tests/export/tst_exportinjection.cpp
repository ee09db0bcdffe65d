// Hostile text in a model (quotes, backslashes, ${...}, %{...}, newlines, ../, YAML specials) comes out
// of every exporter as text: each file parses with its real parser, holds the literal text where the
// target keeps user text, and nothing lands outside the folder.
#include "exportcheck.h"

#include "core/export/exporters.h"
#include "core/export/exportfolder.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

const QString kHostile = u"Evil \"q\" \\b ${x} %{y}\n../../z : # - &a *a !tag {} [x] 'q'"_s;

// The model names everything with the hostile text (as a YAML double-quoted scalar).
QByteArray hostileModel()
{
    QString quoted = kHostile;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
    const QString q = u"\""_s + quoted + u"\""_s;
    QString text =
        u"groundwork: 1\n"
        u"system: {name: %1, description: %1, cloud: any, regions: [eu-west-1]}\n"
        u"team: {size: 5}\n"
        u"environments:\n"
        u"  - {name: %1, account: %1}\n"
        u"workloads:\n"
        u"  - {id: api, name: %1, kind: api, exposure: public, clients: [browser], criticality: high,\n"
        u"     uses: [{to: rpc}, {to: store}, {to: events, mode: publish}]}\n"
        u"  - {id: rpc, name: %1, kind: api, uses: [{to: graph}, {to: store, access: read}]}\n"
        u"  - {id: graph, name: %1, kind: api, uses: [{to: events, mode: consume}]}\n"
        u"data:\n"
        u"  - {id: store, name: %1, shape: relational, residency: %1}\n"
        u"channels:\n"
        u"  - {id: events, name: %1, kind: topic}\n"
        u"decisions:\n"
        u"  - {subject: api/compute, choice: kubernetes, reason: %1}\n"
        u"  - {subject: api/api-style, choice: rest, reason: %1}\n"
        u"  - {subject: rpc/api-style, choice: grpc, reason: %1}\n"
        u"  - {subject: graph/api-style, choice: graphql, reason: %1}\n"_s.arg(q);
    return text.toUtf8();
}

void collectScalars(const YAML::Node& node, QStringList& out)
{
    if (node.IsScalar())
        out.append(QString::fromStdString(node.as<std::string>()));
    else if (node.IsSequence() || node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (node.IsMap()) {
                const YAML::Node value = it->second;
                collectScalars(value, out);
            } else {
                const YAML::Node item = *it;
                collectScalars(item, out);
            }
        }
    }
}

} // namespace

class TestExportInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileTextStaysText()
    {
        const LoadResult loaded = ModelFile::loadText(hostileModel(), u"hostile.yaml"_s);
        for (const Diagnostic& d : loaded.diagnostics)
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.toString()));
        const Recommendations recs = ScoringEngine().score(loaded.model);
        const ExportFiles files = generateExport(u"all"_s, {loaded.model, recs, {}, {}});
        QVERIFY(files.size() > 20);

        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"out"_s);
        const ExportWriteResult written = ExportFolder(out).write(files, false);
        QVERIFY2(written.ok(), qPrintable(written.errors.join(u'\n')));
        // Nothing beside the folder: the temporary directory holds only "out".
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"out"_s});
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            QVERIFY2(path.startsWith(QFileInfo(out).canonicalFilePath() + u'/'), qPrintable(path));
        }

        QStringList nodeFiles, protoFiles;
        int yamlWithLiteral = 0;
        for (const ExportFile& f : files) {
            const QString path = QDir(out).filePath(f.path);
            if (f.path.endsWith(u".proto"_s))
                protoFiles.append(path);
            else if (f.path.endsWith(u".tf"_s) || f.path.endsWith(u".tfvars"_s) ||
                     f.path.endsWith(u".hcl"_s) || f.path.endsWith(u".graphql"_s) ||
                     (f.path.contains(u"contracts/"_s) && f.path.endsWith(u".yaml"_s)))
                nodeFiles.append(path);
            if (f.path.endsWith(u".yaml"_s)) {
                std::vector<YAML::Node> docs;
                try {
                    docs = YAML::LoadAll(f.content.toStdString());
                } catch (const YAML::Exception& e) {
                    QFAIL(qPrintable(f.path + u": "_s + QString::fromStdString(e.what())));
                }
                QStringList scalars;
                for (const YAML::Node& d : docs)
                    collectScalars(d, scalars);
                if (scalars.contains(kHostile))
                    ++yamlWithLiteral;
            }
            if (f.path.endsWith(u".graphql"_s)) {
                // The description holds the text with JSON-style escapes, which GraphQL reads back.
                QString escaped = kHostile;
                escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
                QVERIFY2(QString::fromUtf8(f.content).contains(escaped), qPrintable(f.path));
            }
        }
        // compose, the Kubernetes manifest of the workload, the overlay namespace, OpenAPI, AsyncAPI.
        QVERIFY2(yamlWithLiteral >= 5, qPrintable(QString::number(yamlWithLiteral)));
        QVERIFY(!protoFiles.isEmpty());
        GW_REQUIRE_TOOL_PASSED(gw::test::checkWithNode(nodeFiles, kHostile));
        GW_REQUIRE_TOOL_PASSED(gw::test::checkWithProtoc(protoFiles));
    }
};

QTEST_GUILESS_MAIN(TestExportInjection)
#include "tst_exportinjection.moc"
