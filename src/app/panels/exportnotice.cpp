#include "exportnotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace gw {

ExportNotice::ExportNotice(QWidget* parent)
    : QWidget(parent), m_text(new QLabel), m_open(new QPushButton(tr("&Open"))),
      m_showInFolder(new QPushButton(tr("Show in &folder"))), m_close(new QToolButton),
      m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("exportNotice"));
    // The file's name comes first: a long folder is what gets cut when the status bar is narrow.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Export saved"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the notice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_showInFolder);
    layout->addWidget(m_close);
    connect(m_open, &QPushButton::clicked, this, [this] { open(openUrl()); });
    connect(m_showInFolder, &QPushButton::clicked, this, [this] { open(folderUrl()); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ExportNotice::showExport(const QString& what, const QString& path, Target target)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_target = target;
    const QFileInfo info(m_path);
    const QString where = QDir::toNativeSeparators(info.absolutePath());
    m_text->setText(target == Target::File
                        ? tr("%1 saved: %2 in %3").arg(what, info.fileName(), where)
                        : tr("%1 saved in %2").arg(what, QDir::toNativeSeparators(m_path)));
    m_text->setToolTip(QDir::toNativeSeparators(m_path));
    m_open->setToolTip(target == Target::File ? tr("Open %1").arg(info.fileName())
                                              : tr("Open the folder %1").arg(info.fileName()));
    m_showInFolder->setToolTip(tr("Open %1").arg(where));
    show();
}

QString ExportNotice::text() const
{
    return m_text->text();
}

QUrl ExportNotice::openUrl() const
{
    return QUrl::fromLocalFile(m_path);
}

QUrl ExportNotice::folderUrl() const
{
    return QUrl::fromLocalFile(QFileInfo(m_path).absolutePath());
}

void ExportNotice::open(const QUrl& url)
{
    if (!m_opener(url))
        m_text->setText(
            tr("Nothing on this system opens %1.").arg(QDir::toNativeSeparators(url.toLocalFile())));
}

} // namespace gw
