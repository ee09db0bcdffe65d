#include "graphvizlayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <mutex>

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

QString attribute(void* object, const char* name)
{
    const char* value = agget(object, cstr(name));
    return value ? QString::fromUtf8(value) : QString();
}

QList<double> numbers(QStringView text)
{
    QList<double> out;
    for (const QStringView part : text.split(u',')) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (ok)
            out.append(v);
    }
    return out;
}

// Converts Graphviz coordinates (points, y up from the bottom of the bounding box) into ours (points,
// y down from the top). The only place y is flipped.
class Flip
{
public:
    explicit Flip(double height) : m_height(height) {}
    QJsonArray point(double x, double y) const { return QJsonArray{round2(x), round2(m_height - y)}; }
    // A "llx,lly,urx,ury" box as [x, y, width, height] with y down.
    QJsonArray box(const QList<double>& b) const
    {
        if (b.size() != 4)
            return {};
        return QJsonArray{round2(b[0]), round2(m_height - b[3]), round2(b[2] - b[0]), round2(b[3] - b[1])};
    }

    static double round2(double v) { return std::round(v * 100.0) / 100.0; }

private:
    double m_height;
};

void addClusters(Agraph_t* g, const Flip& flip, QJsonArray& out)
{
    for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        const QString name = QString::fromUtf8(agnameof(sub));
        if (name.startsWith(QStringLiteral("cluster"))) {
            out.append(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("box"), flip.box(numbers(attribute(sub, "bb")))},
                                   {QStringLiteral("labelPos"), [&] {
                                        const QList<double> lp = numbers(attribute(sub, "lp"));
                                        return lp.size() == 2 ? flip.point(lp[0], lp[1]) : QJsonArray{};
                                    }()}});
        }
        addClusters(sub, flip, out);
    }
}

QByteArray geometryOf(Agraph_t* g)
{
    const QList<double> bb = numbers(attribute(g, "bb"));
    const double width = bb.size() == 4 ? bb[2] - bb[0] : 0;
    const double height = bb.size() == 4 ? bb[3] - bb[1] : 0;
    const Flip flip(height);

    QJsonArray nodes;
    QJsonArray edges;
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const QList<double> pos = numbers(attribute(n, "pos"));
        const double w = attribute(n, "width").toDouble() * 72.0;
        const double h = attribute(n, "height").toDouble() * 72.0;
        if (pos.size() == 2) {
            nodes.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(agnameof(n))},
                                     {QStringLiteral("box"), flip.box({pos[0] - w / 2, pos[1] - h / 2,
                                                                       pos[0] + w / 2, pos[1] + h / 2})}});
        }
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            // "e,x,y s,x,y x1,y1 x2,y2 ...": optional end and start arrow points, then the B-spline.
            QJsonArray points;
            QJsonObject edge{{QStringLiteral("name"), attribute(e, "id")}};
            const QString pos = attribute(e, "pos");
            for (const QStringView part : QStringView(pos).split(u' ', Qt::SkipEmptyParts)) {
                if (part.startsWith(u"e,") || part.startsWith(u"s,")) {
                    const QList<double> p = numbers(part.mid(2));
                    if (p.size() == 2)
                        edge.insert(part.startsWith(u'e') ? QStringLiteral("arrowEnd")
                                                          : QStringLiteral("arrowStart"),
                                    flip.point(p[0], p[1]));
                    continue;
                }
                const QList<double> p = numbers(part);
                if (p.size() == 2)
                    points.append(flip.point(p[0], p[1]));
            }
            edge.insert(QStringLiteral("spline"), points);
            const QList<double> xlp = numbers(attribute(e, "xlp"));
            if (xlp.size() == 2)
                edge.insert(QStringLiteral("labelPos"), flip.point(xlp[0], xlp[1]));
            edges.append(edge);
        }
    }
    QJsonArray clusters;
    addClusters(g, flip, clusters);
    const QJsonObject root{{QStringLiteral("size"), QJsonArray{Flip::round2(width), Flip::round2(height)}},
                           {QStringLiteral("nodes"), nodes},
                           {QStringLiteral("edges"), edges},
                           {QStringLiteral("clusters"), clusters}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Graphviz prints its warnings and errors through this; we keep them for the error message.
QByteArray& graphvizErrors()
{
    static QByteArray errors;
    return errors;
}

int collectError(char* message)
{
    graphvizErrors() += message;
    return 0;
}

} // namespace

struct GraphvizLayout::Private
{
    QByteArray imageDir;
    ContextPtr gvc;
};

GraphvizLayout::GraphvizLayout(const QString& imageDir) : d(std::make_unique<Private>())
{
    const std::lock_guard lock(graphvizMutex());
    d->imageDir = imageDir.toUtf8();
    d->gvc.reset(gvContext());
    agseterrf(collectError);
}

GraphvizLayout::~GraphvizLayout()
{
    const std::lock_guard lock(graphvizMutex());
    d->gvc.reset();
}

GraphvizLayout::Result GraphvizLayout::run(const QByteArray& dot, const QString& format, bool geometry)
{
    const std::lock_guard lock(graphvizMutex());
    Result result;
    graphvizErrors().clear();
    GraphPtr g(agmemread(dot.constData()));
    if (!g) {
        result.error = QStringLiteral("the DOT text could not be read: ") +
                       QString::fromUtf8(graphvizErrors()).trimmed();
        return result;
    }
    agattr(g.get(), AGRAPH, cstr("imagepath"), cstr(d->imageDir.constData()));
    if (gvLayout(d->gvc.get(), g.get(), "dot") != 0) {
        result.error = QStringLiteral("Graphviz could not lay the diagram out: ") +
                       QString::fromUtf8(graphvizErrors()).trimmed();
        return result;
    }
    const LayoutGuard guard(d->gvc.get(), g.get());
    if (geometry) {
        // Rendering to "dot" writes the computed positions into the graph's attributes (pos, bb, xlp).
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(d->gvc.get(), g.get(), "dot", &data, &length) != 0) {
            result.error = QStringLiteral("Graphviz could not report the positions");
            return result;
        }
        gvFreeRenderData(data);
        result.geometry = geometryOf(g.get());
    }
    if (!format.isEmpty()) {
        char* data = nullptr;
        unsigned int length = 0;
        const QByteArray f = format.toLatin1();
        if (gvRenderData(d->gvc.get(), g.get(), f.constData(), &data, &length) != 0 || !data) {
            result.error = QStringLiteral("Graphviz could not render %1").arg(format);
            return result;
        }
        result.output = QByteArray(data, static_cast<qsizetype>(length));
        gvFreeRenderData(data);
    }
    result.ok = true;
    return result;
}

} // namespace gw::layout
