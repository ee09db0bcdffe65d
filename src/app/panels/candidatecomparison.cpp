#include "candidatecomparison.h"

#include "palettecolors.h"
#include "prioritiespanel.h"

#include "core/cost/costformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

constexpr int kFirstCandidateColumn = 2;

QString points(int tenths)
{
    return QString::number(tenths / 10.0, 'f', 1);
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip);
    return item;
}

void setBold(QTableWidgetItem* item)
{
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
}

} // namespace

CandidateComparison::CandidateComparison(QWidget* parent)
    : QWidget(parent), m_note(new QLabel), m_table(new QTableWidget)
{
    m_note->setWordWrap(true);
    m_table->setAccessibleName(tr("Candidates compared"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Cells wrap: each row takes the height its text needs at the columns' present width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void CandidateComparison::clear()
{
    m_note->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
}

void CandidateComparison::show(const DecisionResult& decision, const QList<const RankedCandidate*>& compared,
                               const QualityScores& weights, const Catalog* catalog)
{
    clear();
    if (compared.isEmpty())
        return;
    m_note->setText(compared.size() < 2
                        ? tr("Select two or three candidates (Ctrl+click) to set them side by side.")
                        : tr("Each quality: its base score, the score after the rules below, and the points "
                             "it adds at the model's weight. The points add up to the total."));
    const qint64 weightSum = weightTotal(weights);

    QStringList headers{tr("Quality"), tr("Weight")};
    for (const RankedCandidate* c : compared)
        headers.append(c->label);
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    // The candidates share the width evenly, so that no one column squeezes the others into wrapping.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int i = 0; i < compared.size(); ++i) {
        QTableWidgetItem* header = m_table->horizontalHeaderItem(kFirstCandidateColumn + i);
        header->setData(kCandidateRole, compared[i]->candidate);
        header->setToolTip(compared[i]->candidate);
        header->setIcon(palettecolors::candidateSwatch(int(compared[i] - decision.ranking.constData())));
    }

    addQualities(compared, weights, catalog);
    addTotals(compared, weightSum);
    addCosts(compared);
    addRules(compared);
    addVetoes(decision, int(compared.size()));
    m_table->resizeRowsToContents();
}

int CandidateComparison::addRow(QTableWidgetItem* label, QTableWidgetItem* second)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, label);
    m_table->setItem(row, 1, second ? second : cell(QString()));
    return row;
}

// One row per quality: base -> after rules, and the points that makes at its weight.
void CandidateComparison::addQualities(const QList<const RankedCandidate*>& compared,
                                       const QualityScores& weights, const Catalog* catalog)
{
    const qint64 weightSum = weightTotal(weights);
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        const auto quality = static_cast<Quality>(q);
        const int row = addRow(
            cell(qualityTitle(quality)),
            cell(QString::number(weights[q]),
                 tr("Its priority; it counts %1 of %2 in every score").arg(weights[q]).arg(weightSum)));
        int best = -1;
        for (const RankedCandidate* c : compared)
            best = std::max(best, c->attributeTenths[q]);
        for (int i = 0; i < compared.size(); ++i) {
            const RankedCandidate& c = *compared[i];
            const Candidate* known = catalog ? catalog->candidate(c.candidate) : nullptr;
            const int after = c.attributeTenths[q];
            QString text = points(after);
            QString tip = tr("%1 after the rules").arg(points(after));
            auto* item = cell(QString());
            if (known) {
                const AttributeScore& base = known->score(quality);
                item->setData(kBaseRole, base.tenths / 10.0);
                if (base.tenths != after)
                    text = tr("%1 \u2192 %2").arg(points(base.tenths), points(after));
                tip = tr("Base %1: %2\n%3").arg(points(base.tenths), base.rationale, tip);
            }
            text += u'\n' + tr("%1 pts").arg(points(c.breakdownTenths[q]));
            item->setText(text);
            item->setToolTip(tip + tr("\nAt weight %1 of %2 it adds %3 points to the score")
                                       .arg(weights[q])
                                       .arg(weightSum)
                                       .arg(points(c.breakdownTenths[q])));
            item->setData(kAfterRole, after / 10.0);
            item->setData(kPointsRole, c.breakdownTenths[q] / 10.0);
            if (after == best && compared.size() > 1)
                setBold(item);
            m_table->setItem(row, kFirstCandidateColumn + i, item);
        }
    }
}

void CandidateComparison::addTotals(const QList<const RankedCandidate*>& compared, qint64 weightSum)
{
    auto* totalLabel = cell(tr("Weighted total"));
    setBold(totalLabel);
    const int totalRow = addRow(totalLabel, cell(QString::number(weightSum)));
    const int leader = compared.front()->scoreTenths;
    for (int i = 0; i < compared.size(); ++i) {
        const RankedCandidate& c = *compared[i];
        QString text = points(c.scoreTenths);
        if (i > 0 && c.scoreTenths != leader)
            text += u'\n' + (c.scoreTenths > leader ? QStringLiteral("+") : QStringLiteral("\u2212")) +
                    points(std::abs(c.scoreTenths - leader));
        auto* item = cell(text, tr("The score: the points of every quality added up"));
        item->setData(kTotalRole, c.score());
        setBold(item);
        m_table->setItem(totalRow, kFirstCandidateColumn + i, item);
    }
}

void CandidateComparison::addCosts(const QList<const RankedCandidate*>& compared)
{
    bool anyCost = false;
    for (const RankedCandidate* c : compared)
        anyCost = anyCost || c->monthlyUsd.has_value();
    if (anyCost) {
        const int row = addRow(cell(tr("Cost a month")));
        for (int i = 0; i < compared.size(); ++i) {
            const RankedCandidate& c = *compared[i];
            m_table->setItem(row, kFirstCandidateColumn + i,
                             c.monthlyUsd
                                 ? cell(tr("%1 USD").arg(CostFormat::usd(c.monthlyUsd->expected)),
                                        tr("%1 to %2 USD on %3 list prices")
                                            .arg(CostFormat::usd(c.monthlyUsd->low),
                                                 CostFormat::usd(c.monthlyUsd->high), enumName(c.costCloud)))
                                 : cell(tr("not priced")));
        }
    }
}

// Each rule that moved any of them, in the order they first appear, with its effect on each.
void CandidateComparison::addRules(const QList<const RankedCandidate*>& compared)
{
    QStringList rules;
    QHash<QString, const Reason*> first;
    for (const RankedCandidate* c : compared) {
        for (const Reason& r : c->reasons) {
            if (!first.contains(r.rule)) {
                rules.append(r.rule);
                first.insert(r.rule, &r);
            }
        }
    }
    for (const QString& rule : std::as_const(rules)) {
        const Reason& r = *first.value(rule);
        const int row = addRow(cell(rule, r.rationale + u'\n' + r.source), cell(tr("rule")));
        for (int i = 0; i < compared.size(); ++i) {
            QString effect = QStringLiteral("\u2013");
            for (const Reason& own : compared[i]->reasons) {
                if (own.rule == rule)
                    effect = own.effect;
            }
            m_table->setItem(row, kFirstCandidateColumn + i, cell(effect, r.rationale));
        }
    }
}

void CandidateComparison::addVetoes(const DecisionResult& decision, int columns)
{
    for (const Exclusion& e : decision.excluded) {
        const int row = addRow(cell(tr("Vetoed: %1").arg(e.label), e.candidate), cell(tr("veto")));
        m_table->setItem(row, kFirstCandidateColumn,
                         cell(tr("by %1: %2").arg(e.rule, e.rationale), e.source));
        if (columns > 1)
            m_table->setSpan(row, kFirstCandidateColumn, 1, columns);
    }
}

} // namespace gw
