#include "diagramwindow.h"

#include "diagramtab.h"

#include <QAction>
#include <QCloseEvent>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

namespace gw {

DiagramWindow::DiagramWindow(DiagramTab* diagram, QTabWidget* tabs, QWidget* parent)
    : QMainWindow(parent, Qt::Window), m_diagram(diagram), m_tabs(tabs)
{
    setObjectName(QStringLiteral("diagramWindow"));
    // Closing the main window ends the app even while the diagram is out here.
    setAttribute(Qt::WA_QuitOnClose, false);
    // The tab has no margins of its own: in its tab widget the frame gives it room, here nothing does.
    setContentsMargins(6, 0, 6, 0);
    connect(diagram->detachAction(), &QAction::toggled, this, [this](bool detached) {
        if (detached)
            detach();
        else
            attach();
    });
    connect(diagram, &DiagramTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
}

void DiagramWindow::detach()
{
    if (isDetached())
        return;
    m_index = m_tabs->indexOf(m_diagram);
    m_title = m_tabs->tabText(m_index);
    if (m_index >= 0)
        m_tabs->removeTab(m_index);
    setCentralWidget(m_diagram);
    m_diagram->show();
    setWindowTitle(tr("Diagram - %1").arg(parentWidget() ? parentWidget()->windowTitle() : QString()));
    // The whole screen even where no window manager maximises (a bare X server taking screenshots).
    if (const QScreen* screen = parentWidget() ? parentWidget()->screen() : nullptr)
        setGeometry(screen->availableGeometry());
    showMaximized();
    activateWindow();
    m_diagram->fit(); // the room it has now
}

void DiagramWindow::attach()
{
    if (!isDetached())
        return;
    takeCentralWidget(); // the window gives the tab up without deleting it
    m_tabs->insertTab(m_index < 0 ? m_tabs->count() : m_index, m_diagram, m_title);
    m_tabs->setCurrentWidget(m_diagram);
    hide();
    m_diagram->fit();
}

void DiagramWindow::closeEvent(QCloseEvent* event)
{
    m_diagram->detachAction()->setChecked(false); // puts the diagram back, through attach()
    event->accept();
}

} // namespace gw
