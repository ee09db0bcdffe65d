// The escapers every exporter relies on: each string lands in its target as written, and every
// identifier maker returns a name its target accepts.
#include "core/export/exportescape.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

class TestExportEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hclString_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"Orders API"_s << u"Orders API"_s;
        QTest::newRow("quote and backslash") << u"a\"b\\c"_s << u"a\\\"b\\\\c"_s;
        QTest::newRow("interpolation") << u"${var.x}"_s << u"$${var.x}"_s;
        QTest::newRow("directive") << u"%{ if true }"_s << u"%%{ if true }"_s;
        QTest::newRow("lone dollar") << u"$5 and 100%"_s << u"$5 and 100%"_s;
        QTest::newRow("newline") << u"a\nb\tc"_s << u"a\\nb\\tc"_s;
        QTest::newRow("control") << u"a\u0001b"_s << u"a\\u0001b"_s;
        QTest::newRow("unicode") << u"Café ü"_s << u"Café ü"_s;
    }
    void hclString()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(exportescape::hclString(in), out);
    }

    void yamlAndJsonStrings()
    {
        QCOMPARE(exportescape::yamlString(u"a: b #c"_s), u"\"a: b #c\""_s);
        QCOMPARE(exportescape::yamlString(u"x\"\\\n"_s), u"\"x\\\"\\\\\\n\""_s);
        QCOMPARE(exportescape::yamlString(u"\u0007"_s), u"\"\\u0007\""_s);
        QCOMPARE(exportescape::jsonString(u"a\"b\\\n\u0002"_s), u"\"a\\\"b\\\\\\n\\u0002\""_s);
    }

    void cStringAndComments()
    {
        QCOMPARE(exportescape::cString(u"a\"b\\c\nd"_s), u"a\\\"b\\\\c d"_s);
        QCOMPARE(exportescape::commentLine(u"one\ntwo\r\nthree"_s), u"one two three"_s);
    }

    void identifiers_data()
    {
        QTest::addColumn<QString>("in");
        QTest::newRow("id") << u"order-events"_s;
        QTest::newRow("digits first") << u"9lives"_s;
        QTest::newRow("hostile") << u"../${x}\"\n%{y}: -&a *a !tag {}"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("unicode only") << u"ééé"_s;
        QTest::newRow("long") << QString(100, u'a');
    }
    void identifiers()
    {
        QFETCH(QString, in);
        static const QRegularExpression hcl(u"^[a-zA-Z_][a-zA-Z0-9_-]*$"_s);
        static const QRegularExpression dns(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
        static const QRegularExpression pascal(u"^[A-Z][A-Za-z0-9]*$"_s);
        static const QRegularExpression snake(u"^[a-z][a-z0-9_]*$"_s);
        QVERIFY(hcl.match(exportescape::hclIdentifier(in)).hasMatch());
        const QString label = exportescape::dnsLabel(in);
        QVERIFY2(dns.match(label).hasMatch() && label.size() <= 63, qPrintable(label));
        QVERIFY(pascal.match(exportescape::pascalIdentifier(in)).hasMatch());
        QVERIFY(snake.match(exportescape::snakeIdentifier(in)).hasMatch());
        const QString file = exportescape::fileName(in);
        QVERIFY(!file.contains(u'/') && file != u".."_s && !file.isEmpty());
    }

    // Owner and cost-centre values as each cloud's tags and labels accept them.
    void tagAndLabelValues()
    {
        QCOMPARE(exportescape::awsTagValue(u"Core Banking <EU> #1"_s), u"Core Banking _EU_ _1"_s);
        QCOMPARE(exportescape::awsTagValue(u"team@x.io:ops/a=b+c-d_e"_s), u"team@x.io:ops/a=b+c-d_e"_s);
        QCOMPARE(exportescape::awsTagValue(QString(300, u'a')).size(), 256);
        QCOMPARE(exportescape::azureTagValue(u"  one\ntwo  "_s), u"one two"_s);
        QCOMPARE(exportescape::gcpLabelValue(u"Core Banking/EU"_s), u"core_banking_eu"_s);
        QCOMPARE(exportescape::gcpLabelValue(u"CC-0042"_s), u"cc-0042"_s);
        QCOMPARE(exportescape::gcpLabelValue(QString(80, u'x')).size(), 63);
        QCOMPARE(exportescape::kubernetesLabelValue(u" -Core Banking!- "_s), u"Core-Banking"_s);
        QCOMPARE(exportescape::kubernetesLabelValue(u"0042"_s), u"0042"_s);
        QCOMPARE(exportescape::kubernetesLabelValue(u"--"_s), QString());
        QVERIFY(exportescape::kubernetesLabelValue(QString(70, u'a') + u"-"_s).size() <= 63);
        QCOMPARE(exportescape::gcpLabelValue(QString()), QString());
    }

    void identifiersKeepIds()
    {
        QCOMPARE(exportescape::hclIdentifier(u"order-events"_s), u"order-events"_s);
        QCOMPARE(exportescape::dnsLabel(u"order-events"_s), u"order-events"_s);
        QCOMPARE(exportescape::pascalIdentifier(u"order-events"_s), u"OrderEvents"_s);
        QCOMPARE(exportescape::snakeIdentifier(u"order-events"_s), u"order_events"_s);
    }
};

QTEST_APPLESS_MAIN(TestExportEscape)
#include "tst_exportescape.moc"
