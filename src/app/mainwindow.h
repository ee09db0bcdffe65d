// MainWindow: the Groundwork desktop window: the model's elements, its source, and its problems.
#pragma once

#include <QMainWindow>

class QPlainTextEdit;
class QLabel;

namespace gw {

class Document;
class ModelTreePanel;
class ProblemsPanel;
struct ElementRef;
struct Diagnostic;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a model file; a file that cannot be read leaves the window as it was and says why.
    bool openFile(const QString& path);

    Document* document() const { return m_document; }
    ModelTreePanel* modelTree() const { return m_tree; }
    ProblemsPanel* problems() const { return m_problems; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void showDocument();
    void showElementSource(const ElementRef& ref);
    void showProblem(const Diagnostic& diagnostic);
    void highlightLine(int line);
    void chooseFileToOpen();

    Document* m_document;
    ModelTreePanel* m_tree;
    ProblemsPanel* m_problems;
    QPlainTextEdit* m_source;
    QLabel* m_counts;
};

} // namespace gw
