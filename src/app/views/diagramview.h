// DiagramView: the view of the diagram's scene. The wheel scrolls and Ctrl+wheel zooms around the
// cursor; a drag on empty space pans. A drag from one box to another draws a line between them and,
// when dropped, asks for a dependency from the first to the second (the tab decides whether it may).
#pragma once

#include <QCursor>
#include <QGraphicsView>

#include <optional>

namespace gw {

class DiagramScene;

class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    // True while a drag from a box is under way (its line shows).
    bool isConnecting() const { return m_connecting; }

Q_SIGNALS:
    // A drag from the box of `from` ended on the box of `to`. Either is empty for a box the model
    // implies (the clients, a gateway) and `to` also when the drag ended on no box.
    void connectDragged(const QString& from, const QString& to);
    // The user zoomed with Ctrl+wheel.
    void zoomed();
    // The viewport has another size.
    void resized();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void stopConnecting();

    DiagramScene* m_scene;
    // Set from the press on a box until the release: the box's element id and where the press was.
    std::optional<QString> m_from;
    QPoint m_pressPos;
    QPointF m_lineStart; // scene coordinates; the line is painted, not an item, so a new layout
    QPointF m_lineEnd;   // clearing the scene mid-drag leaves nothing dangling
    QCursor m_cursor;    // the viewport's own, while the drag shows another
    bool m_connecting = false;
};

} // namespace gw
