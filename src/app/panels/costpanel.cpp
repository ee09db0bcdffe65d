#include "costpanel.h"

#include "elementitem.h"
#include "palettecolors.h"

#include "core/cost/costestimator.h"
#include "core/cost/costformat.h"
#include "core/model/model.h"
#include "core/rules/recommendation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace gw {

namespace {

} // namespace

CostPanel::CostPanel(QWidget* parent)
    : QWidget(parent), m_totals(new QLabel), m_chartView(new QChartView(new QChart)), m_lines(new QTreeWidget)
{
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setAccessibleName(tr("Cost totals"));

    QChart* chart = m_chartView->chart();
    palettecolors::themeChart(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(tr("Largest cost lines"));

    m_lines->setColumnCount(7);
    m_lines->setHeaderLabels({tr("Element"), tr("Decision"), tr("Pick"), tr("Expected"), tr("Range"),
                              tr("Service"), tr("Source")});
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setAccessibleName(tr("Cost of every element"));
    m_lines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->header()->setStretchLastSection(true);
    connect(m_lines, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT elementActivated(elementitem::of(item)); });

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chartView);
    split->addWidget(m_lines);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_totals);
    layout->addWidget(split, 1);
}

void CostPanel::showEstimate(const Model& model, const Recommendations& recommendations)
{
    // The cloud the app's totals are on: the system's, or on `any` the one that prices the most.
    const Cloud cloud = recommendations.cost               ? recommendations.cost->cloud
                        : model.system.cloud == Cloud::Any ? Cloud::Aws
                                                           : model.system.cloud;
    m_estimate = CostEstimator(model).estimate(recommendations, cloud);
    showTotals();
    showChart();
    showLines();
}

void CostPanel::showTotals()
{
    const CostEstimate& e = m_estimate;
    if (e.pricedCount() == 0) {
        m_totals->setText(tr("Nothing in this model can be priced on %1 yet: each line below says why.")
                              .arg(enumName(e.cloud)));
        return;
    }
    QStringList parts;
    parts.append(
        tr("<b>%1</b> a month for everything priced (%2 of %3 elements) on %4 list prices checked %5")
            .arg(CostFormat::range(e.total))
            .arg(e.pricedCount())
            .arg(e.lines.size())
            .arg(enumName(e.cloud), e.pricesChecked.toString(Qt::ISODate)));
    parts.append(tr("production %1").arg(CostFormat::range(e.production)));
    if (e.secondRegion)
        parts.append(tr("second region (%1) %2")
                         .arg(e.secondRegion->strategy, CostFormat::range(e.secondRegion->monthly)));
    if (e.environments.size() > 1) {
        QStringList envs;
        for (const EnvironmentCost& env : e.environments)
            envs.append(tr("%1 x%2").arg(env.name).arg(env.scale));
        parts.append(tr("environments %1").arg(envs.join(QStringLiteral(", "))));
    }
    if (e.budgetUsdMonth && *e.budgetUsdMonth > 0) {
        const double share = e.total.expected / *e.budgetUsdMonth * 100;
        parts.append(e.total.expected > *e.budgetUsdMonth ? tr("<b>over the budget</b> of %1 USD (%2 %)")
                                                                .arg(CostFormat::usd(*e.budgetUsdMonth))
                                                                .arg(share, 0, 'f', 0)
                                                          : tr("%1 % of the budget of %2 USD")
                                                                .arg(share, 0, 'f', 0)
                                                                .arg(CostFormat::usd(*e.budgetUsdMonth)));
    }
    m_totals->setText(parts.join(QStringLiteral("; ")) + u'.');
}

void CostPanel::showChart()
{
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    const QList<const CostLine*> priced = m_estimate.largest(kChartedLines);
    chart->setTitle(priced.isEmpty() ? tr("No line can be priced")
                                     : tr("Largest lines, USD a month (expected)"));
    if (priced.isEmpty())
        return;
    // Horizontal bars list from the bottom up: the largest line goes last so that it is drawn on top.
    auto* set = new QBarSet(tr("Expected"));
    QStringList categories;
    double most = 0;
    for (auto it = priced.crbegin(); it != priced.crend(); ++it) {
        const CostLine& line = **it;
        set->append(line.monthly.expected);
        // The element and its figure: the pick is in the list below and the bar's tooltip.
        categories.append(QStringLiteral("%1  %2").arg(line.subject, CostFormat::usd(line.monthly.expected)));
        most = std::max(most, line.monthly.high);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    connect(series, &QHorizontalBarSeries::hovered, this, [this, priced](bool on, int index) {
        const qsizetype i = priced.size() - 1 - index; // the bars list from the bottom up
        if (!on || i < 0 || i >= priced.size())
            return;
        const CostLine& line = *priced[i];
        m_chartView->setToolTip(
            tr("%1: %2 on %3, %4")
                .arg(line.subject, line.candidate, line.service, CostFormat::range(line.monthly)));
    });
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* usd = new QValueAxis;
    usd->setRange(0, most * 1.05);
    usd->applyNiceNumbers();
    usd->setLabelFormat(QStringLiteral("%.0f"));
    usd->setTitleText(tr("USD a month"));
    chart->addAxis(usd, Qt::AlignBottom);
    series->attachAxis(usd);
}

void CostPanel::showLines()
{
    m_lines->clear();
    for (const CostLine& line : m_estimate.lines) {
        auto* item =
            new QTreeWidgetItem(m_lines, {line.subject, line.kind.name(),
                                          line.candidate.isEmpty() ? QStringLiteral("-") : line.candidate});
        elementitem::set(item, line.element);
        if (!line.priced()) {
            item->setText(5, tr("not priced: %1").arg(line.unpriced));
            item->setForeground(5, palette().brush(QPalette::PlaceholderText));
            continue;
        }
        item->setText(3, CostFormat::usd(line.monthly.expected));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(
            4, tr("%1 to %2").arg(CostFormat::usd(line.monthly.low), CostFormat::usd(line.monthly.high)));
        item->setText(5, line.service);
        item->setText(6, line.source);
        QStringList tip;
        for (const CostItem& i : line.items)
            tip.append(tr("%1: %2 %3 x %4 = %5")
                           .arg(i.what, CostFormat::quantity(i.quantity), i.unit,
                                CostFormat::quantity(i.unitUsd), CostFormat::usd(i.usd)));
        for (const QString& a : line.assumptions)
            tip.append(tr("assumes %1").arg(a));
        item->setToolTip(3, tip.join(u'\n'));
        item->setToolTip(4, tip.join(u'\n'));
    }
}

} // namespace gw
