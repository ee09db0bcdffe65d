#include "diagramview.h"

#include "diagramscene.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace gw {

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    // The wheel alone scrolls as everywhere else.
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double factor = std::pow(1.0015, event->angleDelta().y());
    setTransformationAnchor(AnchorUnderMouse);
    scale(factor, factor);
    event->accept();
    Q_EMIT zoomed();
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    Q_EMIT resized();
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    const std::optional<QString> box =
        event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier ? m_scene->elementAt(at)
                                                                                  : std::nullopt;
    if (!box) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_from = box;
    m_pressPos = event->position().toPoint();
    m_lineStart = m_scene->boxAt(at).center();
    // An element's box is selected by the press, as before; a box the model implies has nothing to
    // select, and a drag from it must not pan.
    if (box->isEmpty())
        event->accept();
    else
        QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_from) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    if (!m_connecting &&
        (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    if (!m_connecting)
        m_cursor = viewport()->cursor();
    m_connecting = true;
    m_lineEnd = mapToScene(event->position().toPoint());
    viewport()->setCursor(m_scene->elementAt(m_lineEnd) ? Qt::DragLinkCursor : Qt::CrossCursor);
    viewport()->update();
    event->accept();
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    const std::optional<QString> from = m_from;
    const bool dropped = m_connecting && event->button() == Qt::LeftButton;
    const QPointF at = mapToScene(event->position().toPoint());
    stopConnecting();
    // The scene hears the release in any case: the box it went to on the press lets the mouse go.
    QGraphicsView::mouseReleaseEvent(event);
    if (dropped && from)
        Q_EMIT connectDragged(*from, m_scene->elementAt(at).value_or(QString()));
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (m_connecting && event->key() == Qt::Key_Escape) {
        stopConnecting();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::stopConnecting()
{
    const bool wasConnecting = m_connecting;
    m_from.reset();
    m_connecting = false;
    if (wasConnecting) {
        viewport()->setCursor(m_cursor);
        viewport()->update();
    }
}

void DiagramView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_connecting)
        return;
    // A cosmetic pen: the line reads the same at any zoom.
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(m_lineStart, m_lineEnd);
}

} // namespace gw
