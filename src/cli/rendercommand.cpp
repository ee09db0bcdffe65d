#include "rendercommand.h"

#include "core/topology/diagramformat.h"
#include "core/topology/diagramrenderer.h"
#include "core/topology/topologybuilder.h"

#include <QSaveFile>

namespace gw::cli {

namespace {

// ".svg .png ...": each format's usual extension.
QString usualExtensions()
{
    QStringList out;
    for (const DiagramFormatEntry& f : diagramFormats())
        out.append(u'.' + f.extensions.front());
    return out.join(u' ');
}

// "svg, png, ... or drawio".
QString formatNames()
{
    const QStringList names = enumNames<DiagramFormat>();
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + names.back();
}

} // namespace

QString RenderCommand::summary() const
{
    return QStringLiteral(
               "Draw the topology of one environment: workloads, data stores and channels with their "
               "recommended\n"
               "technology, clustered by environment, region and network zone. The format is taken from the\n"
               "output file's extension (%1) unless --format says.\n"
               "Exit codes: 0 drawn, 1 invalid model, 2 usage or I/O error (or the layout failed).")
        .arg(usualExtensions());
}

void RenderCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The file to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"), formatNames() + u'.', QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("env"), QStringLiteral("The environment to draw (default: the first)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("direction"), QStringLiteral("LR (default) or TB."),
                      QStringLiteral("LR|TB"), QStringLiteral("LR")});
    parser.addOption(
        {QStringLiteral("full"),
         QStringLiteral("Draw every element even in a large model (above %1 elements the diagram is "
                        "a collapsed overview by default; the full drawing takes much longer).")
             .arg(TopologyBuilder::kCollapseAbove)});
    parser.addOption({QStringLiteral("ortho"),
                      QStringLiteral("Orthogonal edges, without edge labels (small diagrams only).")});
}

int RenderCommand::run(const QCommandLineParser& parser) const
{
    const QString prefix = QStringLiteral("groundwork-cli render: ");
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(prefix + QStringLiteral("give exactly one MODEL\n\n") + helpText());
        return UsageOrIo;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        printErr(prefix + QStringLiteral("no output file given (-o FILE)\n"));
        return UsageOrIo;
    }
    std::optional<DiagramFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = enumFromString<DiagramFormat>(parser.value(QStringLiteral("format")).toLower());
        if (!format) {
            printErr(prefix +
                     QStringLiteral("unknown --format '%1'; use one of %2\n")
                         .arg(parser.value(QStringLiteral("format")), enumNames<DiagramFormat>().join(u',')));
            return UsageOrIo;
        }
    } else {
        format = diagramFormatForFile(output);
        if (!format) {
            printErr(prefix + QStringLiteral("cannot tell the format from '%1'; add --format\n").arg(output));
            return UsageOrIo;
        }
    }
    DiagramOptions options;
    const QString direction = parser.value(QStringLiteral("direction")).toUpper();
    if (direction == QStringLiteral("TB"))
        options.direction = LayoutDirection::TopToBottom;
    else if (direction != QStringLiteral("LR")) {
        printErr(prefix + QStringLiteral("unknown --direction '%1'; use LR or TB\n").arg(direction));
        return UsageOrIo;
    }
    options.orthogonal = parser.isSet(QStringLiteral("ortho"));

    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, files.first(), exitCode);
    if (!scored)
        return exitCode;
    const Model& model = scored->load.model;
    const QString env = parser.value(QStringLiteral("env"));
    if (!TopologyBuilder::hasEnvironment(model, env)) {
        QStringList names;
        for (const Environment& e : model.environments)
            names.append(e.name);
        printErr(prefix + QStringLiteral("the model has no environment '%1' (it has: %2)\n")
                              .arg(env, names.join(QStringLiteral(", "))));
        return UsageOrIo;
    }
    TopologyBuilder::Options build;
    build.environment = env;
    if (parser.isSet(QStringLiteral("full")))
        build.collapseAbove = 0;
    Topology topology;
    const DiagramResult result =
        DiagramRenderer::render(model, scored->recommendations, build, *format, options, nullptr, &topology);
    if (!result.ok) {
        printErr(prefix + result.error + u'\n');
        return UsageOrIo;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.data) != result.data.size() || !file.commit()) {
        printErr(prefix + QStringLiteral("cannot write %1: %2\n").arg(output, file.errorString()));
        return UsageOrIo;
    }
    if (topology.isCollapsed())
        printOut(
            QStringLiteral("note: %1 is a %2; --full draws every element\n").arg(output, topology.note()));
    return Ok;
}

} // namespace gw::cli
