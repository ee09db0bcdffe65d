#include "graphvizlayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <string_view>
#include <vector>

namespace gw::layout {

namespace {

// Graphviz is not thread-safe: every call into it holds this.
std::mutex& graphvizMutex()
{
    static std::mutex m;
    return m;
}

struct ContextDeleter
{
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
struct GraphDeleter
{
    void operator()(Agraph_t* g) const { agclose(g); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextDeleter>;
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// Frees the layout before the graph goes (declared after the GraphPtr, so destroyed first).
class LayoutGuard
{
public:
    LayoutGuard(GVC_t* gvc, Agraph_t* g) : m_gvc(gvc), m_g(g) {}
    ~LayoutGuard()
    {
        if (m_g)
            gvFreeLayout(m_gvc, m_g);
    }
    LayoutGuard(const LayoutGuard&) = delete;
    LayoutGuard& operator=(const LayoutGuard&) = delete;

private:
    GVC_t* m_gvc;
    Agraph_t* m_g;
};

char* cstr(const char* text)
{
    return const_cast<char*>(text); // cgraph's API predates const
}

std::string_view attribute(void* object, const char* name)
{
    const char* value = agget(object, cstr(name));
    return value ? std::string_view(value) : std::string_view();
}

// The numbers of "x,y" or "llx,lly,urx,ury"; what does not parse is left out.
std::vector<double> numbers(std::string_view text)
{
    std::vector<double> out;
    while (!text.empty()) {
        const size_t comma = text.find(',');
        std::string part(text.substr(0, comma));
        char* end = nullptr;
        const double v = std::strtod(part.c_str(), &end);
        if (end != part.c_str())
            out.push_back(v);
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// A compact JSON writer for the geometry: names are ours (n3, cluster_2, e5), so need no escaping
// beyond quotes and backslashes, which are escaped all the same.
class Json
{
public:
    void number(double v)
    {
        separate();
        char buffer[32];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, round2(v));
        m_out.append(buffer, r.ptr);
    }
    void string(std::string_view text)
    {
        separate();
        m_out += '"';
        for (const char c : text) {
            if (c == '"' || c == '\\')
                m_out += '\\';
            if (static_cast<unsigned char>(c) >= 0x20)
                m_out += c;
        }
        m_out += '"';
    }
    void key(std::string_view name)
    {
        string(name);
        m_out += ':';
        m_first = true;
    }
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_first = true;
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_first = false;
    }
    // [x, y] and [x, y, width, height] in our coordinates.
    void pair(double a, double b)
    {
        open('[');
        number(a);
        number(b);
        close(']');
    }
    std::string take() { return std::move(m_out); }

private:
    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    std::string m_out;
    bool m_first = true;
};

// Converts Graphviz coordinates (points, y up from the bottom of the bounding box) into ours (points,
// y down from the top). The only place y is flipped.
class Flip
{
public:
    explicit Flip(double height) : m_height(height) {}
    void point(Json& json, double x, double y) const { json.pair(x, m_height - y); }
    // A "llx,lly,urx,ury" box as [x, y, width, height] with y down; [] when it is not a box.
    void box(Json& json, const std::vector<double>& b) const
    {
        json.open('[');
        if (b.size() == 4) {
            json.number(b[0]);
            json.number(m_height - b[3]);
            json.number(b[2] - b[0]);
            json.number(b[3] - b[1]);
        }
        json.close(']');
    }

private:
    double m_height;
};

void addClusters(Agraph_t* g, const Flip& flip, Json& json)
{
    for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        const std::string_view name = agnameof(sub);
        if (name.substr(0, 7) == "cluster") {
            json.open('{');
            json.key("name");
            json.string(name);
            json.key("box");
            flip.box(json, numbers(attribute(sub, "bb")));
            json.key("labelPos");
            const std::vector<double> lp = numbers(attribute(sub, "lp"));
            if (lp.size() == 2)
                flip.point(json, lp[0], lp[1]);
            else {
                json.open('[');
                json.close(']');
            }
            json.close('}');
        }
        addClusters(sub, flip, json);
    }
}

std::string geometryOf(Agraph_t* g)
{
    const std::vector<double> bb = numbers(attribute(g, "bb"));
    const double width = bb.size() == 4 ? bb[2] - bb[0] : 0;
    const double height = bb.size() == 4 ? bb[3] - bb[1] : 0;
    const Flip flip(height);

    Json json;
    json.open('{');
    json.key("size");
    json.pair(width, height);
    json.key("nodes");
    json.open('[');
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const std::vector<double> pos = numbers(attribute(n, "pos"));
        const double w = std::strtod(std::string(attribute(n, "width")).c_str(), nullptr) * 72.0;
        const double h = std::strtod(std::string(attribute(n, "height")).c_str(), nullptr) * 72.0;
        if (pos.size() != 2)
            continue;
        json.open('{');
        json.key("name");
        json.string(agnameof(n));
        json.key("box");
        flip.box(json, {pos[0] - w / 2, pos[1] - h / 2, pos[0] + w / 2, pos[1] + h / 2});
        json.close('}');
    }
    json.close(']');
    json.key("edges");
    json.open('[');
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            // "e,x,y s,x,y x1,y1 x2,y2 ...": optional end and start arrow points, then the B-spline.
            json.open('{');
            json.key("name");
            json.string(attribute(e, "id"));
            std::string_view pos = attribute(e, "pos");
            std::vector<std::vector<double>> spline;
            while (!pos.empty()) {
                const size_t space = pos.find(' ');
                const std::string_view part = pos.substr(0, space);
                pos = space == std::string_view::npos ? std::string_view() : pos.substr(space + 1);
                if (part.empty())
                    continue;
                if (part.substr(0, 2) == "e," || part.substr(0, 2) == "s,") {
                    const std::vector<double> p = numbers(part.substr(2));
                    if (p.size() == 2) {
                        json.key(part[0] == 'e' ? "arrowEnd" : "arrowStart");
                        flip.point(json, p[0], p[1]);
                    }
                    continue;
                }
                std::vector<double> p = numbers(part);
                if (p.size() == 2)
                    spline.push_back(std::move(p));
            }
            json.key("spline");
            json.open('[');
            for (const std::vector<double>& p : spline)
                flip.point(json, p[0], p[1]);
            json.close(']');
            const std::vector<double> xlp = numbers(attribute(e, "xlp"));
            if (xlp.size() == 2) {
                json.key("labelPos");
                flip.point(json, xlp[0], xlp[1]);
            }
            json.close('}');
        }
    }
    json.close(']');
    json.key("clusters");
    json.open('[');
    addClusters(g, flip, json);
    json.close(']');
    json.close('}');
    return json.take();
}

// Graphviz prints its warnings and errors through this; we keep them for the error message.
std::string& graphvizErrors()
{
    static std::string errors;
    return errors;
}

int collectError(char* message)
{
    graphvizErrors() += message;
    return 0;
}

// Graphviz's messages end in a newline; the caller adds its own context.
std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

} // namespace

struct GraphvizLayout::Private
{
    std::string imageDir;
    ContextPtr gvc;
};

GraphvizLayout::GraphvizLayout(const std::string& imageDir) : d(std::make_unique<Private>())
{
    const std::lock_guard lock(graphvizMutex());
    d->imageDir = imageDir;
    d->gvc.reset(gvContext());
    agseterrf(collectError);
}

GraphvizLayout::~GraphvizLayout()
{
    const std::lock_guard lock(graphvizMutex());
    d->gvc.reset();
}

GraphvizLayout::Result GraphvizLayout::run(const std::string& dot, const std::string& format, bool geometry)
{
    const std::lock_guard lock(graphvizMutex());
    Result result;
    graphvizErrors().clear();
    GraphPtr g(agmemread(dot.c_str()));
    if (!g) {
        result.error = "the DOT text could not be read: " + trimmed(graphvizErrors());
        return result;
    }
    agattr(g.get(), AGRAPH, cstr("imagepath"), cstr(d->imageDir.c_str()));
    if (gvLayout(d->gvc.get(), g.get(), "dot") != 0) {
        result.error = "Graphviz could not lay the diagram out: " + trimmed(graphvizErrors());
        return result;
    }
    const LayoutGuard guard(d->gvc.get(), g.get());
    if (geometry) {
        // Rendering to "dot" writes the computed positions into the graph's attributes (pos, bb, xlp).
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(d->gvc.get(), g.get(), "dot", &data, &length) != 0) {
            result.error = "Graphviz could not report the positions";
            return result;
        }
        gvFreeRenderData(data);
        result.geometry = geometryOf(g.get());
    }
    if (!format.empty()) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(d->gvc.get(), g.get(), format.c_str(), &data, &length) != 0 || !data) {
            result.error = "Graphviz could not render " + format;
            return result;
        }
        result.output.assign(data, length);
        gvFreeRenderData(data);
    }
    result.ok = true;
    return result;
}

} // namespace gw::layout
