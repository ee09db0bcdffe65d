#include "portfoliodialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gw {

PortfolioDialog::PortfolioDialog(const QString& title, const QByteArray& html, QWidget* parent)
    : QDialog(parent), m_html(html), m_browser(new QTextBrowser)
{
    setWindowTitle(title);
    m_browser->setOpenLinks(false);
    m_browser->setHtml(QString::fromUtf8(html));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* save = buttons->addButton(tr("Save as &HTML..."), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(960, 640);
    connect(save, &QPushButton::clicked, this, &PortfolioDialog::saveAsHtml);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PortfolioDialog::saveAsHtml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the portfolio"),
                                                      QDir::home().filePath(QStringLiteral("portfolio.html")),
                                                      tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_html) != m_html.size() || !file.commit())
        QMessageBox::warning(this, tr("Cannot save"), tr("%1: %2").arg(path, file.errorString()));
}

} // namespace gw
