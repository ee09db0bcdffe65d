// WorkspaceDialog: File > Open from workspace and Save to workspace. The user names the workspace (a
// libpq URI or service name, remembered for next time), sees its models with their owners, latest
// revisions and findings, and picks one to open, or names the model to save as. When the server asks
// for a password the dialog asks for it too, and keeps it in the desktop keychain if the user wants
// (WorkspacePasswords); libpq's own password file and service file work as they do on the command line.
#pragma once

#include "workspace/workspace.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
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
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberPassword() const { return m_remember; }
    QTreeWidget* modelList() const { return m_models; }
    QLabel* statusLabel() const { return m_status; }

    // The connection remembered from last time, else $GROUNDWORK_WORKSPACE.
    static QString rememberedConnection();

private:
    void updateButtons();
    void showPasswordRow();

    Mode m_mode;
    QLineEdit* m_connection;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QFormLayout* m_form;
    QTreeWidget* m_models;
    QLineEdit* m_name;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace gw
