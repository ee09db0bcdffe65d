// Advice: the scoring engine's recommendations for the open document, kept current as it changes.
// A change of priorities only re-weights the last evaluation (no rule runs again), which is what keeps
// slider moves instant; any other change evaluates the model anew.
#pragma once

#include "core/cost/costmemo.h"
#include "core/rules/evaluation.h"
#include "core/rules/recommendation.h"
#include "core/rules/scoringengine.h"

#include <QObject>

namespace gw {

class Document;

// A decision whose pick an edit or a priority move changed: what a user should see happen.
struct PickChange
{
    QString subject; // element id, or "system"
    ElementRef element;
    DecisionKind kind = DecisionKind::Compute;
    QString before; // candidate ids
    QString after;
};

class Advice : public QObject
{
    Q_OBJECT

public:
    explicit Advice(Document* document, QObject* parent = nullptr);

    const Recommendations& recommendations() const { return m_recommendations; }
    const ScoringEngine& engine() const { return m_engine; }
    // Uses another catalog (an organisation's packs) from now on; PricedScoring::engine() makes one that
    // weighs costs as the default does.
    void setEngine(const ScoringEngine& engine);

    // The decisions about one element ("system" for the system's), in catalog order.
    QList<const DecisionResult*> decisionsFor(const QString& subject) const;

    // The decisions of `after` whose chosen candidate differs from the same decision's in `before`
    // (by subject and kind), in `after`'s order: what picksChanged() reports.
    static QList<PickChange> changedPicks(const Recommendations& before, const Recommendations& after);

Q_SIGNALS:
    void recommendationsChanged();
    // After an edit or a priority move (not after opening or replacing the model), the decisions kept
    // from before whose chosen candidate is now another, in decision order; emitted after
    // recommendationsChanged(), and only when there is one.
    void picksChanged(const QList<gw::PickChange>& changes);

private:
    void update(bool reset);

    Document* m_document;
    ScoringEngine m_engine;
    Evaluation m_evaluation;
    Recommendations m_recommendations;
    CostMemo m_costs; // what the picks of m_evaluation's model cost, kept across priority moves
};

} // namespace gw
