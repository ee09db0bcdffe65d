// DiagramScene: the topology drawn as graphics items from the same Graphviz layout as the CLI's
// renders (clusters, boxes with icon, pick and findings badge, spline edges with labels). Selecting a
// box selects its model element and back.
#pragma once

#include "core/topology/layoutgeometry.h"
#include "core/topology/topology.h"

#include <QGraphicsScene>
#include <QHash>

#include <optional>

namespace gw {

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(QObject* parent = nullptr);
    ~DiagramScene() override;

    // Replaces the picture. `tooltips` maps a node id to extra hover text (the pick's score).
    void showTopology(const Topology& topology, const LayoutGeometry& geometry,
                      const QHash<QString, QString>& tooltips = {});
    // Selects the box of a model element (none for an empty id) without emitting elementSelected().
    void selectElement(const QString& elementId);
    QString selectedElement() const;
    int nodeCount() const { return m_nodeItems.size(); }
    int edgeCount() const { return m_edgeCount; }
    // The element ids of the boxes drawn, in the topology's order (derived boxes have none).
    QStringList elementIds() const;
    // The element id of the box at `scenePos`: empty for a box the model implies, none off the boxes.
    std::optional<QString> elementAt(const QPointF& scenePos) const;
    // The box at `scenePos`, or of the element `elementId`; empty when there is none.
    QRectF boxAt(const QPointF& scenePos) const;
    QRectF boxOf(const QString& elementId) const;
    // The first box of the topology, where its flow starts (the clients); empty when none is drawn.
    QRectF firstBox() const { return m_firstBox; }

Q_SIGNALS:
    void elementSelected(const QString& elementId);

private:
    QGraphicsItem* nodeAt(const QPointF& scenePos) const;

    QHash<QString, QGraphicsItem*> m_nodeItems; // element id -> box
    int m_edgeCount = 0;
    QRectF m_firstBox;
    bool m_quiet = false;
};

} // namespace gw
