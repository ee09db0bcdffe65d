// RecommendationsPanel: the decisions about the selected element (or the system): each decision's
// ranked candidates with score bars, the margin and stability, the selected candidate's quality scores
// as a chart beside the runner-ups', its reasons with their sources, the excluded candidates with the
// vetoing rule, and "Pin this choice".
#pragma once

#include "core/rules/catalog.h"
#include "core/rules/recommendation.h"

#include <memory>

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace gw {

class RecommendationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendationsPanel(QWidget* parent = nullptr);

    // Shows `decisions` (all about `subjectTitle`), keeping the selected decision and candidate when
    // they are still there (a priority move re-ranks without losing the user's place).
    void showDecisions(const QString& subjectTitle, const QList<const DecisionResult*>& decisions);
    // Where the service names come from (each candidate's name on the model's cloud).
    void setCatalog(const Catalog* catalog, Cloud cloud);
    // Shows the decision of `kind` among those shown; false when there is none.
    bool selectDecision(DecisionKind kind);

    QListWidget* decisionList() const { return m_decisions; }
    QTreeWidget* ranking() const { return m_ranking; }
    QChartView* chartView() const { return m_chartView; }

Q_SIGNALS:
    // "Pin this choice": `subject` is "<element>/<kind>" or "system/<kind>".
    void pinRequested(const QString& subject, const QString& candidate);

private:
    void showDecision(int row);
    void showCandidate();
    const DecisionResult* currentDecision() const;

    QLabel* m_title;
    QListWidget* m_decisions;
    QLabel* m_summary;
    QTreeWidget* m_ranking;
    QChartView* m_chartView;
    QTextBrowser* m_reasons;
    QPushButton* m_pin;
    QList<DecisionResult> m_shown;
    QString m_subjectTitle;
    const Catalog* m_catalog = nullptr; // not owned: the advice's engine keeps it
    Cloud m_cloud = Cloud::Any;
};

} // namespace gw
