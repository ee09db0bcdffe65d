// SensitivityPanel: every decision at a glance: its top pick, the margin, and how stable the pick is
// against the priorities ("stays first unless cost rises to 5"), least stable first.
#pragma once

#include "core/rules/recommendation.h"

#include <QTreeWidget>

namespace gw {

class SensitivityPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SensitivityPanel(QWidget* parent = nullptr);

    void showRecommendations(const Recommendations& recommendations);

Q_SIGNALS:
    void decisionActivated(const gw::ElementRef& element);
};

} // namespace gw
