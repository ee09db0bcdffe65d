// HistoryPanel: the project's snapshots (name, time, note); takes a snapshot of the model as it is,
// restores one as an undoable edit, and compares any two, or one with the model now.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gw {

class Advice;
class Document;

class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(Document* document, Advice* advice, QWidget* parent = nullptr);

    // What the buttons do, without their dialogs (tests drive these).
    bool takeSnapshot(const QString& name, const QString& note, QString* error = nullptr);
    bool restoreSnapshot(const QString& name, QString* error = nullptr);
    // The changes from `before` to `after` as Markdown; an empty name stands for the model now.
    QString compare(const QString& before, const QString& after, QString* error = nullptr);

    QTreeWidget* list() const { return m_list; }
    void refresh();

private:
    QStringList selectedNames() const;
    void askForSnapshot();
    void restoreSelected();
    void compareSelected();
    void updateButtons();
    void showComparison(const QString& title, const QString& markdown);

    Document* m_document;
    Advice* m_advice;
    QLabel* m_hint;
    QTreeWidget* m_list;
    QPushButton* m_take;
    QPushButton* m_restore;
    QPushButton* m_compare;
};

} // namespace gw
