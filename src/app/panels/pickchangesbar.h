// PickChangesBar: a notice above the advice after an edit or a slider move changed picks ("2 picks
// changed: observability of the system, logs and metrics -> full OpenTelemetry; ..."), each a link to the
// decision. Without it a slider move could flip the advice silently, seen only in the status bar counts.
// Not modal: it stays until closed or the next change replaces it.
#pragma once

#include "document/advice.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace gw {

class Catalog;

class PickChangesBar : public QFrame
{
    Q_OBJECT

public:
    explicit PickChangesBar(QWidget* parent = nullptr);

    // Shows `changes`, with the kinds and candidates as `catalog` labels them; an empty list hides the bar.
    void showChanges(const QList<PickChange>& changes, const Catalog& catalog);
    const QList<PickChange>& changes() const { return m_changes; }
    QLabel* text() const { return m_text; }

Q_SIGNALS:
    // A change's link was followed: show that decision.
    void changeActivated(const gw::ElementRef& element, gw::DecisionKind kind);

private:
    QLabel* m_text;
    QToolButton* m_close;
    QList<PickChange> m_changes;
};

} // namespace gw
