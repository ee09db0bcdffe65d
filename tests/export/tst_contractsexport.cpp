// Contracts of every example parse with a real parser each: OpenAPI 3.1 (@readme/openapi-parser),
// AsyncAPI 3 (@asyncapi/parser), GraphQL SDL (graphql), protobuf (protoc); every workload with an API
// style gets its contract, and every channel is in the AsyncAPI document.
#include "exportcheck.h"

#include "core/export/exporters.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

class TestContractsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contracts_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString& e : {u"early-saas"_s, u"marketplace"_s, u"fintech"_s})
            QTest::newRow(qPrintable(e)) << e;
    }

    void contracts()
    {
        QFETCH(QString, example);
        const Model model =
            ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + example + u".yaml"_s).model;
        const Recommendations recs = ScoringEngine().score(model);
        const ExportFiles files = generateExport(u"contracts"_s, {model, recs, {}, {}});

        QStringList paths;
        for (const ExportFile& f : files)
            paths.append(f.path);
        for (const Workload& w : model.workloads) {
            const DecisionResult* d = recs.decision(w.id, DecisionKind::ApiStyle);
            if (!d || !d->chosen.isValid())
                continue;
            const QString family = d->chosen.family;
            const QString snake = QString(w.id).replace(u'-', u'_');
            const QString expected = family == u"rest"_s ? u"contracts/openapi/"_s + w.id + u".openapi.yaml"_s
                                     : family == u"grpc"_s
                                         ? u"contracts/proto/"_s + snake + u"/v1/"_s + snake + u".proto"_s
                                     : family == u"graphql"_s ? u"contracts/graphql/"_s + w.id + u".graphql"_s
                                                              : QString();
            if (!expected.isEmpty())
                QVERIFY2(paths.contains(expected), qPrintable(expected));
        }
        if (!model.channels.isEmpty()) {
            const ExportFile* async = nullptr;
            for (const ExportFile& f : files)
                async = f.path.endsWith(u".asyncapi.yaml"_s) ? &f : async;
            QVERIFY(async);
            for (const Channel& c : model.channels)
                QVERIFY2(async->content.contains(QByteArray("address: \"" + c.id.toUtf8() + "\"")),
                         qPrintable(c.id));
        }

        QTemporaryDir tmp;
        QStringList nodeFiles, protoFiles;
        for (const QString& path : gw::test::writeFiles(tmp.path(), files)) {
            if (path.endsWith(u".proto"_s))
                protoFiles.append(path);
            else if (!path.endsWith(u".md"_s))
                nodeFiles.append(path);
        }
        GW_REQUIRE_TOOL_PASSED(gw::test::checkWithNode(nodeFiles));
        GW_REQUIRE_TOOL_PASSED(gw::test::checkWithProtoc(protoFiles));
    }

    // The checkers reject what is broken (so that the test above can fail).
    void checkersRejectBrokenContracts()
    {
        QTemporaryDir tmp;
        const QStringList node = gw::test::writeFiles(
            tmp.path(), {{u"a.openapi.yaml"_s, "openapi: 3.1.0\ninfo:\n  title: x\npaths: {}\n"},
                         {u"b.graphql"_s, "type Query { a: Nope }\n"}});
        const gw::test::ToolResult r = gw::test::checkWithNode(node);
        if (r.state == gw::test::ToolResult::State::Missing)
            QSKIP(qPrintable(r.output));
        QCOMPARE(r.state, gw::test::ToolResult::State::Failed);
        QVERIFY2(r.output.contains(u"a.openapi.yaml"_s) && r.output.contains(u"b.graphql"_s),
                 qPrintable(r.output));

        const QStringList proto =
            gw::test::writeFiles(tmp.path(), {{u"c.proto"_s, "syntax = \"proto3\";\nmessage { }\n"}});
        const gw::test::ToolResult p = gw::test::checkWithProtoc(proto);
        if (p.state == gw::test::ToolResult::State::Missing)
            QSKIP(qPrintable(p.output));
        QCOMPARE(p.state, gw::test::ToolResult::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestContractsExport)
#include "tst_contractsexport.moc"
