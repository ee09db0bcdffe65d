#include "prioritiespanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

namespace gw {

QString qualityTitle(Quality quality)
{
    switch (quality) {
    case Quality::Cost:
        return PrioritiesPanel::tr("Cost");
    case Quality::Performance:
        return PrioritiesPanel::tr("Performance");
    case Quality::Scalability:
        return PrioritiesPanel::tr("Scalability");
    case Quality::Reliability:
        return PrioritiesPanel::tr("Reliability");
    case Quality::Security:
        return PrioritiesPanel::tr("Security");
    case Quality::TimeToMarket:
        return PrioritiesPanel::tr("Time to market");
    case Quality::Operability:
        return PrioritiesPanel::tr("Operability");
    }
    return {};
}

PrioritiesPanel::PrioritiesPanel(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (std::size_t i = 0; i < m_sliders.size(); ++i) {
        const auto quality = static_cast<Quality>(i);
        auto* slider = new QSlider(Qt::Horizontal);
        slider->setRange(Priorities::kMin, Priorities::kMax);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setAccessibleName(qualityTitle(quality));
        slider->setToolTip(tr("How much %1 matters to this system: 0 not at all, 5 above all else.")
                               .arg(qualityTitle(quality).toLower()));
        auto* value = new QLabel;
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("5")) + 4);
        auto* row = new QHBoxLayout;
        row->addWidget(slider, 1);
        row->addWidget(value);
        form->addRow(qualityTitle(quality), row);
        m_sliders[i] = slider;
        m_values[i] = value;
        connect(slider, &QSlider::valueChanged, this, [this, i, quality](int v) {
            m_values[i]->setNum(v);
            Q_EMIT priorityChanged(quality, v);
        });
    }
    showPriorities(Priorities{});
}

void PrioritiesPanel::showPriorities(const Priorities& priorities)
{
    for (std::size_t i = 0; i < m_sliders.size(); ++i) {
        const QSignalBlocker blocker(m_sliders[i]);
        m_sliders[i]->setValue(priorities.weights[i]);
        m_values[i]->setNum(priorities.weights[i]);
    }
}

} // namespace gw
