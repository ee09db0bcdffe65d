// Fuzzes the escaping of user strings for every diagram language, and the writers that use them.
// Each escaper promises that nothing in its output can be read as syntax; the checks below are those
// promises, and a broken one aborts.
#include "core/model/model.h"
#include "core/rules/recommendation.h"
#include "core/topology/dotwriter.h"
#include "core/topology/drawiowriter.h"
#include "core/topology/layoutgeometry.h"
#include "core/topology/mermaidwriter.h"
#include "core/topology/plantumlwriter.h"
#include "core/topology/structurizrwriter.h"
#include "core/topology/textescape.h"
#include "core/topology/topologybuilder.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool promise, const char* what, const QString& input, const QString& output)
{
    if (promise)
        return;
    std::fprintf(stderr, "%s\ninput:  %s\noutput: %s\n", what, input.toUtf8().constData(),
                 output.toUtf8().constData());
    std::abort();
}

bool hasAny(const QString& text, QStringView characters)
{
    for (const QChar c : characters) {
        if (text.contains(c))
            return true;
    }
    return false;
}

bool hasControl(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Only characters in `allowed` (or letters and digits), and everything else as a numeric code:
// `prefix` digits ';' (Mermaid's #NNN; and creole's &#NNN;).
bool onlyPlainOrCodes(const QString& text, QStringView allowed, QStringView prefix)
{
    for (qsizetype i = 0; i < text.size();) {
        if (text.sliced(i).startsWith(prefix)) {
            qsizetype j = i + prefix.size();
            while (j < text.size() && text[j].isDigit() && text[j].unicode() < 128)
                ++j;
            if (j == i + prefix.size() || j == text.size() || text[j] != u';')
                return false;
            i = j + 1;
            continue;
        }
        const QChar c = text[i];
        if (!(c.isLetterOrNumber() || c.isSurrogate() || allowed.contains(c)))
            return false;
        ++i;
    }
    return true;
}

// '&' only as the start of an entity: "&name;" or "&#digits;".
bool ampersandsAreEntities(const QString& text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0; i = text.indexOf(u'&', i + 1)) {
        const qsizetype end = text.indexOf(u';', i);
        if (end < 0 || end - i < 2 || end - i > 10)
            return false;
    }
    return true;
}

void checkEscapers(const QString& input)
{
    using namespace gw::textescape;
    const QString x = xml(input);
    require(!hasAny(x, u"<>\"'") && !hasControl(x) && ampersandsAreEntities(x), "xml", input, x);
    const QString m = mermaid(input);
    require(onlyPlainOrCodes(m, u" .,-_/:()+'?@=", u"#"), "mermaid", input, m);
    const QString p = plantUml(input);
    // '$' stays by design (see textescape.cpp): PlantUML does not substitute inside a string argument.
    require(onlyPlainOrCodes(p, u" .,-_/:()+'?$", u"&#"), "plantuml", input, p);
    const QString s = structurizr(input);
    require(!s.contains(QStringLiteral("${")) && !hasControl(s), "structurizr", input, s);
    for (qsizetype i = s.indexOf(u'"'); i >= 0; i = s.indexOf(u'"', i + 1)) {
        qsizetype backslashes = 0;
        for (qsizetype j = i - 1; j >= 0 && s[j] == u'\\'; --j)
            ++backslashes;
        require(backslashes % 2 == 1, "structurizr quote", input, s);
    }
    const QString id = identifier(input);
    for (const QChar c : id)
        require((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_', "identifier", input, id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    checkEscapers(input);

    // The same text as every name and description a diagram shows, through every writer.
    gw::Model model;
    model.system.name = input;
    gw::Workload api;
    api.id = QStringLiteral("api");
    api.name = input;
    gw::Use use;
    use.to = QStringLiteral("db");
    api.uses.append(use);
    model.workloads.append(api);
    gw::DataStore db;
    db.id = QStringLiteral("db");
    db.name = input;
    model.data.append(db);
    const gw::Topology topology = gw::TopologyBuilder::build(model, gw::Recommendations{});
    gw::DotWriter::write(topology);
    gw::MermaidWriter::write(topology);
    gw::PlantUmlWriter::write(topology);
    gw::StructurizrWriter::write(topology);
    gw::DrawIoWriter::write(topology, gw::LayoutGeometry{});
    return 0;
}
