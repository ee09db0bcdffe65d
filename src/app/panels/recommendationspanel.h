// RecommendationsPanel: the decisions about the selected element (or the system), in a slim list; for
// the selected decision its ranked candidates, every row in view, with score bars, cost and service,
// the margin and stability; below them, at full height, why the current candidate scores what it does
// (CandidateExplanation), the selected candidates side by side (CandidateComparison) and, for those who
// want it, the quality scores as a chart; and "Pin this choice".
#pragma once

#include "core/rules/catalog.h"
#include "core/rules/recommendation.h"
#include "core/rules/weighting.h"

#include <QSet>

#include <memory>

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace gw {

class CandidateComparison;

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
    // The priorities the advice was ranked with: the weights the comparison and the reasons show.
    void setPriorities(const Priorities& priorities);
    // Shows the decision of `kind` among those shown; false when there is none.
    bool selectDecision(DecisionKind kind);
    // Marks the decisions whose pick just changed ("<subject>/<kind>"), in the list now and whenever it
    // is shown again, for `durationMs`; then the marks fade.
    void flashChanged(const QSet<QString>& decisions, int durationMs = 4000);
    bool isFlashed(int row) const;
    // Brings the detail named `name` to the front: why, compare or chart; false for another name.
    bool showDetail(const QString& name);

    QListWidget* decisionList() const { return m_decisions; }
    QTreeWidget* ranking() const { return m_ranking; }
    QChartView* chartView() const { return m_chartView; }
    QTextBrowser* reasons() const { return m_reasons; }
    CandidateComparison* comparison() const { return m_comparison; }
    QTabWidget* detailTabs() const { return m_tabs; }

Q_SIGNALS:
    // "Pin this choice": `subject` is "<element>/<kind>" or "system/<kind>".
    void pinRequested(const QString& subject, const QString& candidate);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showDecision(int row);
    void showCandidate();
    void showSelection();
    void showReasons();
    void fitRanking();
    void applyFlash();
    const DecisionResult* currentDecision() const;
    const RankedCandidate* currentCandidate() const;
    // The candidates to set side by side: those selected (up to three, by rank), or the current one
    // beside the top pick (or the runner-up when it is the top pick).
    QList<const RankedCandidate*> compared() const;

    QLabel* m_title;
    QListWidget* m_decisions;
    QLabel* m_summary;
    QTreeWidget* m_ranking;
    QChartView* m_chartView;
    QTextBrowser* m_reasons;
    CandidateComparison* m_comparison;
    QTabWidget* m_tabs;
    QSplitter* m_split;
    QPushButton* m_pin;
    QualityScores m_weights = effectiveWeights(Priorities{});
    bool m_baseScoresShown = false;
    bool m_selectionStale = false; // the comparison and chart wait for their tab to be shown
    QSet<QString> m_flashed;
    QTimer* m_flashTimer;
    QList<DecisionResult> m_shown;
    QString m_subjectTitle;
    const Catalog* m_catalog = nullptr; // not owned: the advice's engine keeps it
    Cloud m_cloud = Cloud::Any;
};

} // namespace gw
