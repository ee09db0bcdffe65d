// ImportDialog: File > Import...: the Docker Compose files, Kubernetes manifests or Terraform states to
// read, a preview of what the import makes (elements, edges, pins, what is left out) with the line each
// was read from, and whether it becomes a new model or is merged into the open one as one undoable step.
#pragma once

#include "core/import/importresult.h"
#include "core/io/sourcemap.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace gw {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Target { NewModel, OpenModel };

    // `openModel`: the model open in the window (read from `sources`), which the import can be merged
    // into; both must outlive the dialog.
    ImportDialog(const Model& openModel, const SourceMap& sources, QWidget* parent = nullptr);

    // Reads `paths` (files or folders) as `groundwork-cli import` does and previews the result; Import is
    // enabled when the inputs make a model.
    void read(const QStringList& paths);

    // The import, when the inputs made a model.
    const ImportResult* result() const { return m_result ? &*m_result : nullptr; }
    QStringList inputs() const { return m_paths; }
    Target target() const;
    void setTarget(Target target);

    QTreeWidget* preview() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    // What merging would do, in a line: added, filled, kept of the user's.
    QString mergePreview() const;

private:
    void chooseFiles();
    void chooseFolder();
    void fill();
    void showMergePreview();

    const Model& m_openModel;
    const SourceMap& m_sources;

    QLabel* m_inputs;
    QTreeWidget* m_preview;
    QLabel* m_summary;
    QRadioButton* m_new;
    QRadioButton* m_merge;
    QLabel* m_mergeNote;
    QPushButton* m_import;
    QStringList m_paths;
    std::optional<ImportResult> m_result;
};

} // namespace gw
