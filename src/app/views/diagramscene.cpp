#include "diagramscene.h"

#include "palettecolors.h"

#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QIcon>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace gw {

namespace {

using palettecolors::themed;

constexpr int kElementRole = 0; // QGraphicsItem::data key holding the element id

QColor fillFor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Workload:
        return themed(QColor(0xE8, 0xF1, 0xFB));
    case NodeKind::DataStore:
        return themed(QColor(0xE6, 0xF4, 0xEA));
    case NodeKind::Channel:
        return themed(QColor(0xFD, 0xF3, 0xDC));
    case NodeKind::Edge:
    case NodeKind::LoadBalancer:
        return themed(QColor(0xF1, 0xEA, 0xFA));
    case NodeKind::Clients:
        return themed(QColor(0xF2, 0xF2, 0xF2));
    }
    return themed(Qt::white);
}

QColor strokeFor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Workload:
        return themed(QColor(0x2F, 0x6D, 0xB5));
    case NodeKind::DataStore:
        return themed(QColor(0x2E, 0x8B, 0x57));
    case NodeKind::Channel:
        return themed(QColor(0xC2, 0x8A, 0x17));
    case NodeKind::Edge:
    case NodeKind::LoadBalancer:
        return themed(QColor(0x7A, 0x4E, 0xB5));
    case NodeKind::Clients:
        return themed(QColor(0x55, 0x55, 0x55));
    }
    return themed(Qt::black);
}

QColor clusterFill(const TopologyCluster& c)
{
    switch (c.zone) {
    case Zone::Edge:
        return themed(QColor(0xFD, 0xF0, 0xF0));
    case Zone::Application:
        return themed(QColor(0xF5, 0xF7, 0xFA));
    case Zone::Data:
        return themed(QColor(0xF0, 0xF7, 0xF2));
    case Zone::None:
        break;
    }
    return c.kind == ClusterKind::Environment ? themed(QColor(0xFF, 0xFF, 0xFF))
                                              : themed(QColor(0xFC, 0xFC, 0xFC));
}

// A box: rounded, with its icon, name, kind and pick; the findings badge at its top right.
class NodeItem : public QGraphicsRectItem
{
public:
    NodeItem(const TopologyNode& node, const QRectF& rect) : QGraphicsRectItem(rect), m_node(node)
    {
        setFlag(ItemIsSelectable, !node.elementId.isEmpty());
        setAcceptHoverEvents(true);
        setData(kElementRole, node.elementId);
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QRectF r = rect();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(strokeFor(m_node.kind), isSelected() ? 3.0 : 1.2);
        painter->setPen(pen);
        painter->setBrush(fillFor(m_node.kind));
        painter->drawRoundedRect(r, 6, 6);

        const double pad = 6;
        const QIcon icon(QStringLiteral(":/groundwork/icons/%1.svg").arg(m_node.icon));
        const double iconSize = std::min(22.0, r.height() - 2 * pad);
        if (!icon.isNull())
            icon.paint(painter, QRectF(r.left() + pad, r.top() + pad, iconSize, iconSize).toRect());
        const QRectF text = r.adjusted(pad + iconSize + 6, pad - 2, -pad, -pad);

        QFont bold = painter->font();
        bold.setPointSizeF(8.5);
        bold.setBold(true);
        QFont small = bold;
        small.setBold(false);
        small.setPointSizeF(7.5);
        painter->setPen(themed(QColor(0x22, 0x22, 0x22)));
        painter->setFont(bold);
        const QFontMetricsF bm(bold);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
                          bm.elidedText(m_node.name, Qt::ElideRight, text.width()));
        painter->setFont(small);
        const QFontMetricsF sm(small);
        QRectF line = text.adjusted(0, bm.height(), 0, 0);
        painter->setPen(themed(QColor(0x55, 0x55, 0x55)));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignTop,
                          sm.elidedText(m_node.kindLabel, Qt::ElideRight, line.width()));
        if (!m_node.pickText().isEmpty()) {
            line.adjust(0, sm.height(), 0, 0);
            painter->setPen(strokeFor(m_node.kind));
            painter->drawText(line, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_node.pickText());
        }
        if (m_node.highFindings > 0) {
            const QString badge = QStringLiteral("%1 high").arg(m_node.highFindings);
            const QRectF b(r.right() - sm.horizontalAdvance(badge) - 10, r.top() - 7,
                           sm.horizontalAdvance(badge) + 8, sm.height() + 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xC6, 0x28, 0x28)); // white on red reads on any palette
            painter->drawRoundedRect(b, b.height() / 2, b.height() / 2);
            painter->setPen(Qt::white);
            painter->drawText(b, Qt::AlignCenter, badge);
        }
    }

private:
    TopologyNode m_node;
};

// Graphviz gives cubic B-spline control points: p0, then (c1, c2, p) triples.
QPainterPath splinePath(const QList<QPointF>& points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    return path;
}

QPolygonF arrowHead(const QPointF& from, const QPointF& tip)
{
    const QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 0.01)
        return {};
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const double size = 9;
    const QPointF base = tip - unit * size;
    return QPolygonF({tip, base + normal * size * 0.45, base - normal * size * 0.45});
}

} // namespace

DiagramScene::DiagramScene(QObject* parent) : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT elementSelected(selectedElement());
    });
}

DiagramScene::~DiagramScene()
{
    // QGraphicsScene's destructor removes the items and announces the lost selection; by then this
    // object's members are gone, so nobody may hear it.
    disconnect(this, &QGraphicsScene::selectionChanged, nullptr, nullptr);
}

void DiagramScene::showTopology(const Topology& topology, const LayoutGeometry& geometry,
                                const QHash<QString, QString>& tooltips)
{
    m_quiet = true;
    clear();
    m_nodeItems.clear();
    m_edgeCount = 0;
    setSceneRect(QRectF(QPointF(0, 0), geometry.size).adjusted(-20, -20, 20, 20));

    for (int c = 0; c < topology.clusters.size() && c < geometry.clusters.size(); ++c) {
        const TopologyCluster& cluster = topology.clusters[c];
        auto* box = addRect(geometry.clusters[c],
                            QPen(themed(QColor(0x8A, 0x94, 0xA6)), 1,
                                 cluster.kind == ClusterKind::Region ? Qt::DashLine : Qt::SolidLine),
                            clusterFill(cluster));
        box->setZValue(-10 + topology.clusterPath(c).size());
        auto* label = addSimpleText(cluster.label);
        QFont font = label->font();
        font.setPointSizeF(cluster.kind == ClusterKind::Environment ? 9 : 8);
        font.setBold(cluster.kind == ClusterKind::Environment);
        label->setFont(font);
        label->setBrush(themed(QColor(0x44, 0x4C, 0x5A)));
        label->setPos(geometry.clusters[c].topLeft() + QPointF(6, 3));
        label->setZValue(box->zValue() + 0.5);
    }

    for (const EdgeGeometry& e : geometry.edges) {
        if (e.edge < 0 || e.edge >= topology.edges.size() || e.spline.size() < 2)
            continue;
        const TopologyEdge& edge = topology.edges[e.edge];
        QPen pen(themed(QColor(0x5F, 0x67, 0x73)), 1.2,
                 edge.style == EdgeStyle::Async ? Qt::DashLine : Qt::SolidLine);
        auto* line = addPath(splinePath(e.spline), pen);
        line->setZValue(1);
        const QBrush head(themed(QColor(0x5F, 0x67, 0x73)));
        if (e.arrowEnd)
            addPolygon(arrowHead(e.spline.last(), *e.arrowEnd), QPen(Qt::NoPen), head)->setZValue(1);
        if (e.arrowStart)
            addPolygon(arrowHead(e.spline.first(), *e.arrowStart), QPen(Qt::NoPen), head)->setZValue(1);
        if (e.labelPos && !edge.label.isEmpty()) {
            auto* text = addSimpleText(edge.label);
            QFont font = text->font();
            font.setPointSizeF(7.5);
            text->setFont(font);
            text->setBrush(themed(QColor(0x44, 0x44, 0x44)));
            text->setPos(*e.labelPos -
                         QPointF(text->boundingRect().width() / 2, text->boundingRect().height() / 2));
            text->setZValue(2);
        }
        ++m_edgeCount;
    }

    for (int n = 0; n < topology.nodes.size() && n < geometry.nodes.size(); ++n) {
        if (geometry.nodes[n].isEmpty())
            continue;
        const TopologyNode& node = topology.nodes[n];
        auto* item = new NodeItem(node, geometry.nodes[n]);
        item->setZValue(3);
        QString tip = node.name + QStringLiteral("\n") + node.kindLabel;
        if (!node.pickText().isEmpty())
            tip += QStringLiteral("\n") + node.pickText();
        if (const QString extra = tooltips.value(node.id); !extra.isEmpty())
            tip += QStringLiteral("\n") + extra;
        if (node.highFindings > 0)
            tip += tr("\n%n high finding(s)", nullptr, node.highFindings);
        item->setToolTip(tip);
        addItem(item);
        if (!node.elementId.isEmpty())
            m_nodeItems.insert(node.elementId, item);
    }
    m_quiet = false;
}

void DiagramScene::selectElement(const QString& elementId)
{
    m_quiet = true;
    clearSelection();
    if (QGraphicsItem* item = m_nodeItems.value(elementId)) {
        item->setSelected(true);
        for (QGraphicsView* view : views())
            view->ensureVisible(item);
    }
    m_quiet = false;
}

QString DiagramScene::selectedElement() const
{
    const QList<QGraphicsItem*> selected = selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(kElementRole).toString();
}

QStringList DiagramScene::elementIds() const
{
    return m_nodeItems.keys();
}

} // namespace gw
