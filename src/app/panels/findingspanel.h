// FindingsPanel: the risks the rules raise, as in a Well-Architected review, filtered by severity and
// element; activating one selects its element. The selected finding reads in full beside the list: its
// message, recommendation, rule and source (a link when it is a web address).
#pragma once

#include "core/rules/recommendation.h"

#include <QFont>
#include <QHash>
#include <QWidget>

class QComboBox;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

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
    // The selected finding in full.
    QTextBrowser* detail() const { return m_detail; }

Q_SIGNALS:
    void findingActivated(const gw::ElementRef& element);

private:
    void refill();
    void showDetail(QTreeWidgetItem* item);

    QComboBox* m_severity;
    QComboBox* m_scope;
    QTreeWidget* m_list;
    QTextBrowser* m_detail;
    QList<Finding> m_findings;
    QString m_detailHtml; // what m_detail shows
    // The width of each element id shown, in m_widthsFont: shaping text costs, and ids repeat.
    QHash<QString, int> m_widths;
    QFont m_widthsFont;
    QString m_selectedSubject;
};

} // namespace gw
