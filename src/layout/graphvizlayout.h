// GraphvizLayout: lays out DOT text with Graphviz's libraries (cgraph + gvc, `dot` engine), reads the
// positions back as JSON geometry, and renders SVG / PNG / PDF. Used only inside groundwork-layout, the
// short-lived helper process, so that a Graphviz crash never takes the app or the CLI with it.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace gw::layout {

class GraphvizLayout
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
        QByteArray geometry; // JSON, y pointing down, in points; empty unless asked for
        QByteArray output;   // the rendered file; empty unless asked for
    };

    // `imageDir` is where the icons named by IMG SRC in the labels are.
    explicit GraphvizLayout(const QString& imageDir);
    ~GraphvizLayout();
    GraphvizLayout(const GraphvizLayout&) = delete;
    GraphvizLayout& operator=(const GraphvizLayout&) = delete;

    // `format`: svg, png, pdf, or empty for geometry only.
    Result run(const QByteArray& dot, const QString& format, bool geometry);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw::layout
