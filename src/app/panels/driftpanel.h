// DriftPanel: the open model against what is deployed. The user names the Compose files, manifests or
// Terraform states the system runs from; they are read once, as `groundwork-cli import` reads them, and
// compared again after every edit, so the list shows what still differs while the model is brought in
// line. Activating a difference selects its element.
#pragma once

#include "core/import/importresult.h"
#include "core/rules/recommendation.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace gw {

class FindingsPanel;

class DriftPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DriftPanel(QWidget* parent = nullptr);

    // Reads `paths` (files or folders) and compares `model` with them; false when they cannot be read,
    // and the panel says why, at the file and line.
    bool compareWith(const QStringList& paths, const Model& model, const Recommendations& advice);
    // Compares the model again with what was read, after an edit; nothing when nothing was read.
    void showModel(const Model& model, const Recommendations& advice);
    void clear();
    void setSelectedSubject(const QString& subject);

    QStringList inputs() const { return m_paths; }
    int differenceCount() const { return m_differences; }
    FindingsPanel* findings() const { return m_findings; }

    // Asks for the files or the folder to compare with, and emits inputsChosen().
    void chooseFiles();
    void chooseFolder();

Q_SIGNALS:
    // The user chose files or a folder to compare with (the window supplies the model).
    void inputsChosen(const QStringList& paths);
    void findingActivated(const gw::ElementRef& element);

private:
    QLabel* m_status;
    QPushButton* m_refresh;
    FindingsPanel* m_findings;
    QStringList m_paths;
    std::optional<ImportResult> m_deployed;
    int m_differences = 0;
};

} // namespace gw
