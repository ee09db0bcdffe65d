// SensitivityPanel: how stable each pick is against the priorities ("stays first unless cost rises to
// 5, then Virtual machines"), least stable first, in plain words and candidates' names, with the
// sentence wrapped in full; by default only the decisions of the element selected elsewhere.
#pragma once

#include "core/rules/recommendation.h"

#include <QWidget>

class QCheckBox;
class QTreeWidget;

namespace gw {

class SensitivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityPanel(QWidget* parent = nullptr);

    // Shows the decisions of `recommendations`; those of `subject` alone ("system" or an element id)
    // while "only the selected element" is on and `subject` has any.
    void showRecommendations(const Recommendations& recommendations, const QString& subject = {});

    QTreeWidget* list() const { return m_list; }
    QCheckBox* onlySelected() const { return m_onlySelected; }
    // The stability of `d` as the panel words it.
    static QString sentence(const DecisionResult& d, const Recommendations& recommendations);

Q_SIGNALS:
    void decisionActivated(const gw::ElementRef& element);

private:
    void applyFilter();

    QCheckBox* m_onlySelected;
    QTreeWidget* m_list;
    QString m_subject;
};

} // namespace gw
