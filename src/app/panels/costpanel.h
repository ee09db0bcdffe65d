// CostPanel: what the picks cost a month, element by element: the largest lines as a bar chart (expected
// figure; the pick, service and low-high range in each bar's tooltip), every line with its pick, service
// and range or why it cannot be priced, and the totals against the budget. Activating a line selects its
// element. The same CostEstimate `groundwork-cli cost` prints (docs/cost.md).
#pragma once

#include "core/cost/costestimate.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;

namespace gw {

struct Model;
struct Recommendations;

class CostPanel : public QWidget
{
    Q_OBJECT

public:
    // The chart shows at most this many lines, the largest; the list shows them all.
    static constexpr int kChartedLines = 8;

    explicit CostPanel(QWidget* parent = nullptr);

    void showEstimate(const Model& model, const Recommendations& recommendations);
    const CostEstimate& estimate() const { return m_estimate; }

Q_SIGNALS:
    void elementActivated(const gw::ElementRef& element);

private:
    void showChart();
    void showLines();
    void showTotals();

    CostEstimate m_estimate;
    QLabel* m_totals;
    QChartView* m_chartView;
    QTreeWidget* m_lines;
};

} // namespace gw
