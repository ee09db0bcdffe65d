#include "diagramscene.h"

#include "core/topology/nodelabel.h"
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

// Graphviz measured the labels in DejaVu Sans at these sizes in points, which are the scene's units: a
// font given in points would be drawn a third larger on a 96 dpi screen and no longer fit.
QFont labelFont(int size, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(size);
    font.setBold(bold);
    return font;
}

// A box: rounded, with its icon, name, kind and pick, and the findings badge beside the name, laid out
// as DotWriter's table so that every line fits where Graphviz made room for it.
class NodeItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    NodeItem(const TopologyNode& node, const QRectF& rect)
        : QGraphicsRectItem(rect), m_node(node), m_name(labelFont(nodelabel::kNameSize, true)),
          m_detail(labelFont(nodelabel::kDetailSize)), m_badge(labelFont(nodelabel::kBadgeSize, true))
    {
        using namespace nodelabel;
        setFlag(ItemIsSelectable, !node.elementId.isEmpty());
        setAcceptHoverEvents(true);
        setData(kElementRole, node.elementId);
        m_rows = {wrap(node.name, nameWrap(false)), {node.kindLabel}, wrap(node.pickText(), pickWrap(false))};
        if (node.highFindings > 0)
            m_badgeText = QStringLiteral(" %1 high ").arg(node.highFindings);

        // The app's fonts may measure a little wider than Graphviz's did (another DejaVu, or none):
        // then the text shrinks to its box instead of being cut. Measured once: painting is per frame.
        const QRectF cells = textCells();
        double widest = 0;
        double height = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            const QFontMetricsF metrics(*font(i));
            const double extra = i == 0 && !m_badgeText.isEmpty() ? badgeSize(m_badge).width() : 0;
            for (const QString& line : std::as_const(m_rows[i]))
                widest = std::max(widest, metrics.horizontalAdvance(line) + extra);
            if (!m_rows[i].isEmpty())
                height += m_rows[i].size() * metrics.height() + 2 * kCellPadding;
        }
        const double shrink = std::min({1.0, (cells.width() - 2 * kCellPadding) / std::max(1.0, widest),
                                        cells.height() / std::max(1.0, height)});
        if (shrink < 1.0) {
            for (QFont* f : {&m_name, &m_detail, &m_badge})
                f->setPixelSize(std::max(1, static_cast<int>(std::floor(f->pixelSize() * shrink))));
        }
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        using namespace nodelabel;
        const QRectF r = rect();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(strokeFor(m_node.kind), isSelected() ? 3.0 : 1.2));
        painter->setBrush(fillFor(m_node.kind));
        painter->drawRoundedRect(r, 6, 6);

        const QRectF cells = textCells();
        if (!m_node.icon.isEmpty()) {
            const QIcon icon(QStringLiteral(":/groundwork/icons/%1.svg").arg(m_node.icon));
            const double size = std::min<double>(kIconSize, cells.height() - 2 * kCellPadding);
            icon.paint(painter, QRectF(cells.left() - kIconSize - kCellPadding, cells.center().y() - size / 2,
                                       size, size)
                                    .toRect());
        }

        // Graphviz gives a table's spare height to its rows evenly, each row's text centred in it.
        double height = 0;
        int rowCount = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].isEmpty())
                continue;
            height += m_rows[i].size() * QFontMetricsF(*font(i)).height() + 2 * kCellPadding;
            ++rowCount;
        }
        const double spare = std::max(0.0, cells.height() - height) / std::max(1, rowCount);
        const QList<QColor> colours{themed(QColor(0x22, 0x22, 0x22)), themed(QColor(0x55, 0x55, 0x55)),
                                    strokeFor(m_node.kind)};
        double top = cells.top();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].isEmpty())
                continue;
            const QFontMetricsF metrics(*font(i));
            const double rowHeight = m_rows[i].size() * metrics.height() + 2 * kCellPadding + spare;
            const QRectF row(cells.left(), top, cells.width(), rowHeight);
            if (i == 0 && !m_badgeText.isEmpty())
                drawBadge(painter, row);
            painter->setFont(*font(i));
            painter->setPen(colours[i]);
            double y = row.center().y() - m_rows[i].size() * metrics.height() / 2;
            for (const QString& line : m_rows[i]) {
                painter->drawText(QPointF(row.left() + kCellPadding, y + metrics.ascent()), line);
                y += metrics.height();
            }
            top += rowHeight;
        }
    }

private:
    // The name's, the kind's or the pick's font.
    const QFont* font(int row) const { return row == 0 ? &m_name : &m_detail; }

    // The table's cells right of the icon's column: DotWriter gives every box with an icon one.
    QRectF textCells() const
    {
        using namespace nodelabel;
        QRectF cells = rect().adjusted(kBorder, kBorder, -kBorder, -kBorder);
        if (!m_node.icon.isEmpty())
            cells.setLeft(cells.left() + kIconSize + 2 * kCellPadding);
        return cells;
    }

    QSizeF badgeSize(const QFont& font) const
    {
        const QFontMetricsF metrics(font);
        return QSizeF(metrics.horizontalAdvance(m_badgeText) + 2 * nodelabel::kBadgePadding,
                      metrics.height() + 2 * nodelabel::kBadgePadding);
    }

    // A red pill at the right of the name's row, as DotWriter's badge cell.
    void drawBadge(QPainter* painter, const QRectF& row) const
    {
        const QSizeF size = badgeSize(m_badge);
        const QRectF pill(QPointF(row.right() - size.width(), row.top()), size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xC6, 0x28, 0x28)); // white on red reads on any palette
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(Qt::white);
        painter->setFont(m_badge);
        painter->drawText(pill, Qt::AlignCenter, m_badgeText);
    }

    TopologyNode m_node;
    QList<QStringList> m_rows; // the name's lines, the kind, the pick's lines (maybe none)
    QString m_badgeText;
    QFont m_name;
    QFont m_detail;
    QFont m_badge;
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
    m_firstBox = {};
    setSceneRect(QRectF(QPointF(0, 0), geometry.size).adjusted(-20, -20, 20, 20));

    // Graphviz keeps the top left for the title, as in the rendered files.
    auto* title = addSimpleText(topology.title + QStringLiteral(" \u2014 ") + topology.environment);
    title->setFont(labelFont(16, true));
    title->setBrush(themed(QColor(0x22, 0x22, 0x22)));
    title->setPos(8, 2);

    for (int c = 0; c < topology.clusters.size() && c < geometry.clusters.size(); ++c) {
        const TopologyCluster& cluster = topology.clusters[c];
        auto* box = addRect(geometry.clusters[c],
                            QPen(themed(QColor(0x8A, 0x94, 0xA6)), 1,
                                 cluster.kind == ClusterKind::Region ? Qt::DashLine : Qt::SolidLine),
                            clusterFill(cluster));
        box->setZValue(-10 + topology.clusterPath(c).size());
        auto* label = addSimpleText(cluster.label);
        // The sizes DotWriter gives the cluster labels, where Graphviz put them (their centre).
        const int size = cluster.kind == ClusterKind::Environment ? 13
                         : cluster.kind == ClusterKind::Region    ? 11
                                                                  : 10;
        label->setFont(labelFont(size, cluster.kind == ClusterKind::Environment));
        label->setBrush(themed(QColor(0x44, 0x4C, 0x5A)));
        const QPointF centre = c < geometry.clusterLabels.size() ? geometry.clusterLabels[c] : QPointF();
        if (centre.isNull())
            label->setPos(geometry.clusters[c].topLeft() + QPointF(6, 3));
        else
            label->setPos(centre - label->boundingRect().center());
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
            text->setFont(labelFont(nodelabel::kEdgeLabelSize));
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
        if (m_firstBox.isEmpty())
            m_firstBox = geometry.nodes[n];
        auto* item = new NodeItem(node, geometry.nodes[n]);
        item->setZValue(3);
        QString tip = node.name + QStringLiteral("\n") + node.kindLabel;
        if (!node.pickText().isEmpty())
            tip += QStringLiteral("\n") + node.pickText();
        if (const QString extra = tooltips.value(node.id); !extra.isEmpty())
            tip += QStringLiteral("\n") + extra;
        if (node.highFindings > 0)
            tip += tr("\n%n high finding(s)", nullptr, node.highFindings);
        if (node.kind == NodeKind::Workload && !node.elementId.isEmpty())
            tip += tr("\nDrag to what it uses to add a dependency");
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

QGraphicsItem* DiagramScene::nodeAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return item;
    }
    return nullptr;
}

std::optional<QString> DiagramScene::elementAt(const QPointF& scenePos) const
{
    if (const QGraphicsItem* item = nodeAt(scenePos))
        return item->data(kElementRole).toString();
    return std::nullopt;
}

QRectF DiagramScene::boxAt(const QPointF& scenePos) const
{
    const QGraphicsItem* item = nodeAt(scenePos);
    return item ? item->sceneBoundingRect() : QRectF();
}

QRectF DiagramScene::boxOf(const QString& elementId) const
{
    const QGraphicsItem* item = m_nodeItems.value(elementId);
    return item ? item->sceneBoundingRect() : QRectF();
}

} // namespace gw
