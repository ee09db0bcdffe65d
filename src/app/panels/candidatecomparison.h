// CandidateComparison: two or three candidates of one decision side by side, so that anyone can
// rebuild why one scores above the other: each quality's base score, the score after rules and the
// points it adds at the model's weight, the weighted total, each rule's effect on each, what they
// would cost a month, and the candidates vetoed outright.
#pragma once

#include "core/rules/catalog.h"
#include "core/rules/recommendation.h"
#include "core/rules/weighting.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace gw {

class CandidateComparison : public QWidget
{
    Q_OBJECT

public:
    // The numbers behind each quality cell, for tests and for anyone reading the table's model.
    static constexpr int kBaseRole = Qt::UserRole + 1;      // base score 0..10, from the catalog
    static constexpr int kAfterRole = Qt::UserRole + 2;     // after rules 0..10
    static constexpr int kPointsRole = Qt::UserRole + 3;    // what it adds to the score 0..100
    static constexpr int kTotalRole = Qt::UserRole + 4;     // the score 0..100, on the total row
    static constexpr int kCandidateRole = Qt::UserRole + 5; // candidate id, on the header items

    explicit CandidateComparison(QWidget* parent = nullptr);

    // Shows `compared` (ranked candidates of `decision`, in the order given) with `weights` as the
    // engine applied them; `catalog` gives the base scores (none: base scores are left out).
    void show(const DecisionResult& decision, const QList<const RankedCandidate*>& compared,
              const QualityScores& weights, const Catalog* catalog);
    void clear();

    QTableWidget* table() const { return m_table; }

private:
    int addRow(QTableWidgetItem* label, QTableWidgetItem* second = nullptr);
    void addQualities(const QList<const RankedCandidate*>& compared, const QualityScores& weights,
                      const Catalog* catalog);
    void addTotals(const QList<const RankedCandidate*>& compared, qint64 weightSum);
    void addCosts(const QList<const RankedCandidate*>& compared);
    void addRules(const QList<const RankedCandidate*>& compared);
    void addVetoes(const DecisionResult& decision, int columns);

    QLabel* m_note;
    QTableWidget* m_table;
};

} // namespace gw
