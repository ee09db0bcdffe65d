#include "junitreport.h"

#include "../model/enumtraits.h"

#include <QXmlStreamWriter>

namespace gw {

namespace {

QString severityName(FindingSeverity s)
{
    return enumNames<FindingSeverity>()[int(s)];
}

QString shownFile(const QString& path)
{
    return path == QStringLiteral("-") ? QStringLiteral("<stdin>") : path;
}

// What a CI page shows under the failed test: where, what, what to do, and why we say so.
QString details(const GateFinding& f)
{
    QString where = shownFile(f.location.file);
    if (f.location.isValid())
        where += QStringLiteral(":%1:%2").arg(f.location.line).arg(f.location.column);
    QString text =
        QStringLiteral("%1: %2: %3\n").arg(where, severityName(f.finding.severity), f.finding.message);
    if (!f.finding.recommendation.isEmpty())
        text += QStringLiteral("Recommendation: %1\n").arg(f.finding.recommendation);
    if (!f.finding.source.isEmpty())
        text += QStringLiteral("Source: %1\n").arg(f.finding.source);
    return text;
}

} // namespace

QByteArray JUnitReport::write(const GateResult& gate)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"),
                       QStringLiteral("groundwork check %1").arg(shownFile(gate.modelPath)));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(gate.findings.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(gate.failingCount()));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"),
                       QString::number(gate.findings.size() - gate.failingCount()));
    for (int s = 0; s < int(enumCount<FindingSeverity>()); ++s) {
        const auto severity = FindingSeverity(s);
        const bool gated = FindingsGate::atOrAbove(severity, gate.threshold);
        const int count = gate.countOf(severity);
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("%1 findings").arg(severityName(severity)));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(count));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(gated ? count : 0));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(gated ? 0 : count));
        for (const GateFinding& f : gate.findings) {
            if (f.finding.severity != severity)
                continue;
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(
                QStringLiteral("classname"),
                QStringLiteral("groundwork.%1.%2").arg(severityName(severity), f.finding.rule));
            xml.writeAttribute(QStringLiteral("name"),
                               QStringLiteral("%1 (%2)").arg(f.finding.subject, f.finding.rule));
            xml.writeAttribute(QStringLiteral("file"), shownFile(f.location.file));
            if (f.location.isValid())
                xml.writeAttribute(QStringLiteral("line"), QString::number(f.location.line));
            if (f.failing) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("type"), severityName(severity));
                xml.writeAttribute(QStringLiteral("message"), f.finding.message);
                xml.writeCharacters(details(f));
                xml.writeEndElement();
            } else {
                xml.writeEmptyElement(QStringLiteral("skipped"));
                xml.writeAttribute(
                    QStringLiteral("message"),
                    QStringLiteral("%1 finding, below --fail-on %2: %3")
                        .arg(severityName(severity), severityName(gate.threshold), f.finding.message));
            }
            xml.writeEndElement(); // testcase
        }
        xml.writeEndElement(); // testsuite
    }
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return out;
}

} // namespace gw
