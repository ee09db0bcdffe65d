// ExportDialog: File > Export > Infrastructure and contracts: choose a target (and a cloud), preview
// every generated file with syntax colouring, pick a folder and write them; files already there are
// listed in a prompt and only replaced when the user agrees. Browse starts where the last export went, and
// the folder written into is remembered for the next export.
#pragma once

#include "core/export/exportfile.h"
#include "core/model/model.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class SyntaxHighlighter;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const gw::Model& model, const QString& modelPath, QWidget* parent = nullptr);

    // Asked with the files that already exist; true replaces them. A message box by default.
    using OverwritePrompt = std::function<bool(const QStringList& existing)>;
    void setOverwritePrompt(OverwritePrompt prompt) { m_prompt = std::move(prompt); }

    void setTarget(const QString& kind);
    void setFolder(const QString& folder);
    const gw::ExportFiles& files() const { return m_files; }
    QListWidget* fileList() const { return m_list; }
    QPlainTextEdit* preview() const { return m_preview; }
    SyntaxHighlighter* highlighter() const { return m_highlighter; }
    QString status() const;

public Q_SLOTS:
    // Writes every file into the folder; returns false when nothing was written.
    bool write();

Q_SIGNALS:
    // `count` files were written into `folder`.
    void written(const QString& folder, int count);

private:
    void regenerate();
    void showFile(int row);
    void chooseFolder();

    gw::Model m_model;
    QString m_modelPath;
    gw::ExportFiles m_files;
    QComboBox* m_target;
    QComboBox* m_cloud;
    QListWidget* m_list;
    QPlainTextEdit* m_preview;
    SyntaxHighlighter* m_highlighter;
    QLineEdit* m_folder;
    QPushButton* m_write;
    QLabel* m_status;
    OverwritePrompt m_prompt;
};
