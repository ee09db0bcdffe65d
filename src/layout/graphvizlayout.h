// GraphvizLayout: lays out DOT text with Graphviz's libraries (cgraph + gvc, `dot` engine), reads the
// positions back as JSON geometry, and renders SVG / PNG / PDF. Used only inside groundwork-layout, the
// short-lived helper process, so that a Graphviz crash never takes the app or the CLI with it. Plain C++
// without Qt: loading Qt Core made the helper a tenth slower than the `dot` program on small diagrams.
#pragma once

#include <memory>
#include <string>

namespace gw::layout {

class GraphvizLayout
{
public:
    struct Result
    {
        bool ok = false;
        std::string error;
        std::string geometry; // JSON, y pointing down, in points; empty unless asked for
        std::string output;   // the rendered file; empty unless asked for
    };

    // `imageDir` is where the icons named by IMG SRC in the labels are.
    explicit GraphvizLayout(const std::string& imageDir);
    ~GraphvizLayout();
    GraphvizLayout(const GraphvizLayout&) = delete;
    GraphvizLayout& operator=(const GraphvizLayout&) = delete;

    // `format`: svg, png, pdf, or empty for geometry only.
    Result run(const std::string& dot, const std::string& format, bool geometry);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw::layout
