// DiagramWindow: the Diagram tab in a window of its own, maximised, for a diagram too large to read in
// its tab beside the tree and the form; closing the window puts the diagram back in its tab. It follows
// the tab's detach action, so the toolbar button, the View menu and F11 all do the same.
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace gw {

class DiagramTab;

class DiagramWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `tabs` holds `diagram` while it is not detached; `parent` is the main window.
    DiagramWindow(DiagramTab* diagram, QTabWidget* tabs, QWidget* parent);

    bool isDetached() const { return centralWidget() != nullptr; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void detach();
    void attach();

    DiagramTab* m_diagram;
    QTabWidget* m_tabs;
    int m_index = -1; // where the tab was, and goes back to
    QString m_title;
};

} // namespace gw
