// FindingsPanel: the risks the rules raise, as in a Well-Architected review, filtered by severity and
// element; activating one selects its element.
#pragma once

#include "core/rules/recommendation.h"

#include <QWidget>

class QComboBox;
class QTreeWidget;

namespace gw {

class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void showFindings(const QList<Finding>& findings);
    // With "only the selected element" on, shows that element's findings.
    void setSelectedSubject(const QString& subject);
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void findingActivated(const gw::ElementRef& element);

private:
    void refill();

    QComboBox* m_severity;
    QComboBox* m_scope;
    QTreeWidget* m_list;
    QList<Finding> m_findings;
    QString m_selectedSubject;
};

} // namespace gw
