// PortfolioDialog: the review board's views across every model of a workspace (the radar of picks,
// where HIGH findings are, retiring pinned services, cost by cost centre), the page that
// `groundwork-cli workspace portfolio --format html` writes, with Save as HTML.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace gw {

class PortfolioDialog : public QDialog
{
    Q_OBJECT

public:
    PortfolioDialog(const QString& title, const QByteArray& html, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    void saveAsHtml();

    QByteArray m_html;
    QTextBrowser* m_browser;
};

} // namespace gw
