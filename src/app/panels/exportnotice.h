// ExportNotice: what the status bar says after an export: what was saved and where ("Report saved:
// marketplace.html in /home/me/reviews"), with Open and Show in folder. Not modal: it stays until closed
// or the next export replaces it, so the user can open the file when ready rather than at once.
#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace gw {

class ExportNotice : public QWidget
{
    Q_OBJECT

public:
    // A single file (a report, a diagram) or a folder of files (infrastructure and contracts).
    enum class Target { File, Folder };
    // Opens a local URL in the desktop's application for it; QDesktopServices::openUrl by default.
    using Opener = std::function<bool(const QUrl&)>;

    explicit ExportNotice(QWidget* parent = nullptr);

    // `what` names the export for a person ("Report", "Diagram").
    void showExport(const QString& what, const QString& path, Target target);
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    QString text() const;
    QString path() const { return m_path; }
    // What Open and Show in folder open: the file (or the folder), and the folder holding it.
    QUrl openUrl() const;
    QUrl folderUrl() const;
    QPushButton* openButton() const { return m_open; }
    QPushButton* showInFolderButton() const { return m_showInFolder; }

private:
    void open(const QUrl& url);

    QLabel* m_text;
    QPushButton* m_open;
    QPushButton* m_showInFolder;
    QToolButton* m_close;
    QString m_path;
    Target m_target = Target::File;
    Opener m_opener;
};

} // namespace gw
