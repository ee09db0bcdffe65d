#include "layoutgeometry.h"

#include "dotwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace gw {

namespace {

QPointF point(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return a.size() == 2 ? QPointF(a[0].toDouble(), a[1].toDouble()) : QPointF();
}

std::optional<QPointF> optionalPoint(const QJsonObject& o, const QString& key)
{
    if (!o.contains(key))
        return std::nullopt;
    return point(o.value(key));
}

QRectF box(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return a.size() == 4 ? QRectF(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble())
                         : QRectF();
}

} // namespace

std::optional<LayoutGeometry> LayoutGeometry::fromJson(const QByteArray& json, int nodeCount,
                                                       int clusterCount)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    LayoutGeometry g;
    const QJsonArray size = root.value(QStringLiteral("size")).toArray();
    g.size = QSizeF(size.at(0).toDouble(), size.at(1).toDouble());
    g.nodes.resize(nodeCount);
    g.clusters.resize(clusterCount);
    g.clusterLabels.resize(clusterCount);
    for (const QJsonValue& v : root.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject o = v.toObject();
        const int i = DotWriter::indexOf(o.value(QStringLiteral("name")).toString(), u"n");
        if (i >= 0 && i < nodeCount)
            g.nodes[i] = box(o.value(QStringLiteral("box")));
    }
    for (const QJsonValue& v : root.value(QStringLiteral("clusters")).toArray()) {
        const QJsonObject o = v.toObject();
        const int i = DotWriter::indexOf(o.value(QStringLiteral("name")).toString(), u"cluster_");
        if (i >= 0 && i < clusterCount) {
            g.clusters[i] = box(o.value(QStringLiteral("box")));
            g.clusterLabels[i] = point(o.value(QStringLiteral("labelPos")));
        }
    }
    for (const QJsonValue& v : root.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject o = v.toObject();
        EdgeGeometry e;
        e.edge = DotWriter::indexOf(o.value(QStringLiteral("name")).toString(), u"e");
        if (e.edge < 0)
            continue;
        for (const QJsonValue& p : o.value(QStringLiteral("spline")).toArray())
            e.spline.append(point(p));
        e.arrowStart = optionalPoint(o, QStringLiteral("arrowStart"));
        e.arrowEnd = optionalPoint(o, QStringLiteral("arrowEnd"));
        e.labelPos = optionalPoint(o, QStringLiteral("labelPos"));
        g.edges.append(e);
    }
    std::sort(g.edges.begin(), g.edges.end(),
              [](const EdgeGeometry& a, const EdgeGeometry& b) { return a.edge < b.edge; });
    return g;
}

} // namespace gw
