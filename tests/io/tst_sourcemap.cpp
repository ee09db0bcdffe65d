// Positions are found by the same path whether it was built piece by piece while reading or
// written out whole by the validator, and a missing path falls back to its nearest parent.
#include "core/io/sourcemap.h"

#include <QTest>

using namespace gw;

class TestSourceMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtAndWrittenPathsAgree();
    void locateFallsBackToTheNearestParent();
};

void TestSourceMap::builtAndWrittenPathsAgree()
{
    QCOMPARE(SourcePath().key("workloads").index(12).key("traffic").key("pattern"),
             SourcePath(u"workloads[12].traffic.pattern"));
    QCOMPARE(SourcePath().key("team").key(QStringView(u"skills")).key(QStringView(u"東京")),
             SourcePath(u"team.skills.東京"));
    QVERIFY(SourcePath().key("workloads").index(1) != SourcePath(u"workloads[10]"));
    QVERIFY(SourcePath().key("a").key("b") != SourcePath(u"ab"));
}

void TestSourceMap::locateFallsBackToTheNearestParent()
{
    SourceMap map;
    map.setFileName(QStringLiteral("m.yaml"));
    map.record(SourcePath().key("workloads").index(2), 20, 5);
    map.record(QStringLiteral("workloads[2].traffic"), 24, 7);
    QCOMPARE(map.locate(QStringLiteral("workloads[2].traffic.pattern")),
             (SourceLocation{QStringLiteral("m.yaml"), 24, 7}));
    QCOMPARE(map.locate(QStringLiteral("workloads[2].uses[0].to")),
             (SourceLocation{QStringLiteral("m.yaml"), 20, 5}));
    QCOMPARE(map.locate(QStringLiteral("channels[0]")).line, 0);
    QVERIFY(map.contains(QStringLiteral("workloads[2]")));
    QVERIFY(!map.contains(QStringLiteral("workloads[3]")));
}

QTEST_GUILESS_MAIN(TestSourceMap)
#include "tst_sourcemap.moc"
