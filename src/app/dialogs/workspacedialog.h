// WorkspaceDialog: File > Open from workspace and Save to workspace. The user names the workspace (a
// libpq URI or service name, remembered for next time), sees its models with their owners, latest
// revisions and findings, and picks one to open, or names the model to save as.
#pragma once

#include "workspace/workspace.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace gw {

class WorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    // Open: pick a model. Save: name one. Connect: only the workspace (its portfolio).
    enum class Mode { Open, Save, Connect };
    WorkspaceDialog(Mode mode, const QString& suggestedName, QWidget* parent = nullptr);

    // Connects to the workspace typed in and lists its models; false (and says why in the dialog) when
    // the connection is refused or the workspace cannot be read.
    bool connectToWorkspace();
    // The open workspace and the model picked or named; valid after the dialog was accepted.
    std::shared_ptr<Workspace> workspace() const { return m_workspace; }
    QString modelName() const;

    QLineEdit* connectionEdit() const { return m_connection; }
    QLineEdit* nameEdit() const { return m_name; }
    QTreeWidget* modelList() const { return m_models; }
    QLabel* statusLabel() const { return m_status; }

    // The connection remembered from last time, else $GROUNDWORK_WORKSPACE.
    static QString rememberedConnection();

private:
    void updateButtons();

    Mode m_mode;
    QLineEdit* m_connection;
    QTreeWidget* m_models;
    QLineEdit* m_name;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace gw
