// PrioritiesPanel: one slider per quality attribute (0..5); every move is a priority change.
#pragma once

#include "core/model/priorities.h"

#include <QWidget>

#include <array>

class QSlider;
class QLabel;

namespace gw {

class PrioritiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PrioritiesPanel(QWidget* parent = nullptr);

    // Shows the model's priorities without emitting priorityChanged().
    void showPriorities(const Priorities& priorities);
    QSlider* slider(Quality quality) const { return m_sliders[static_cast<std::size_t>(quality)]; }

Q_SIGNALS:
    void priorityChanged(gw::Quality quality, int value);

private:
    std::array<QSlider*, enumCount<Quality>()> m_sliders{};
    std::array<QLabel*, enumCount<Quality>()> m_values{};
};

// "Time to market" for Quality::TimeToMarket.
QString qualityTitle(Quality quality);

} // namespace gw
