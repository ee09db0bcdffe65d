#include "workspacedialog.h"

#include "workspacepasswords.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

const QString kConnectionKey = QStringLiteral("workspace/connection");

enum Column { NameColumn, OwnerColumn, RevisionColumn, SavedColumn, ByColumn, FindingsColumn };

} // namespace

QString WorkspaceDialog::rememberedConnection()
{
    const QString remembered = QSettings().value(kConnectionKey).toString();
    return remembered.isEmpty() ? qEnvironmentVariable("GROUNDWORK_WORKSPACE") : remembered;
}

WorkspaceDialog::WorkspaceDialog(Mode mode, const QString& suggestedName, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_connection(new QLineEdit(rememberedConnection())),
      m_password(new QLineEdit), m_remember(new QCheckBox(tr("&Remember it in the desktop keychain"))),
      m_form(new QFormLayout), m_models(new QTreeWidget), m_name(new QLineEdit(suggestedName)),
      m_status(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(mode == Mode::Open   ? tr("Open from workspace")
                   : mode == Mode::Save ? tr("Save to workspace")
                                        : tr("Workspace portfolio"));
    m_connection->setPlaceholderText(tr("service=architecture  or  postgresql://host/database"));
    m_connection->setToolTip(tr("A PostgreSQL connection as libpq reads it. Passwords come from ~/.pgpass, "
                                "the service file or the desktop keychain, never from here."));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    auto* connect = new QPushButton(tr("&Connect"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_connection, 1);
    row->addWidget(connect);

    m_models->setHeaderLabels(
        {tr("Model"), tr("Owner"), tr("Revision"), tr("Saved"), tr("By"), tr("Findings")});
    m_models->setRootIsDecorated(false);
    m_models->setAlternatingRowColors(true);
    m_models->header()->setStretchLastSection(false);
    m_models->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* label = new QLabel(tr("&Workspace:"));
    label->setBuddy(m_connection);
    m_form->addRow(label, row);
    auto* passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    m_form->addRow(passwordLabel, m_password);
    m_form->addRow(QString(), m_remember);
    // Only a server that asks for a password gets a row for one.
    m_form->setRowVisible(m_password, false);
    m_form->setRowVisible(m_remember, false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_models, 1);
    if (mode == Mode::Save) {
        auto* nameForm = new QFormLayout;
        nameForm->addRow(tr("Save as &model:"), m_name);
        layout->addLayout(nameForm);
    } else {
        m_name->setParent(this); // outside every layout, it would have no owner
        m_name->hide();
    }
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Open   ? tr("&Open")
                  : mode == Mode::Save ? tr("&Save")
                                       : tr("Show &portfolio"));
    resize(720, 420);

    QObject::connect(connect, &QPushButton::clicked, this, &WorkspaceDialog::connectToWorkspace);
    QObject::connect(m_connection, &QLineEdit::returnPressed, this, &WorkspaceDialog::connectToWorkspace);
    QObject::connect(m_password, &QLineEdit::returnPressed, this, &WorkspaceDialog::connectToWorkspace);
    QObject::connect(m_models, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (const QTreeWidgetItem* item = m_models->currentItem(); item && m_mode == Mode::Save)
            m_name->setText(item->text(NameColumn));
        updateButtons();
    });
    QObject::connect(m_models, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    QObject::connect(m_name, &QLineEdit::textChanged, this, &WorkspaceDialog::updateButtons);
    QObject::connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    QObject::connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool WorkspaceDialog::connectToWorkspace()
{
    m_models->clear();
    m_workspace.reset();
    QString error;
    std::optional<WorkspaceConnection> connection = WorkspaceConnection::parse(m_connection->text(), &error);
    // A password typed here wins. Without one libpq tries its own (~/.pgpass, the service file), and
    // only a server that still asks makes the dialog open the keychain, which may ask to be unlocked.
    const QString typed = m_form->isRowVisible(m_password) ? m_password->text() : QString();
    std::shared_ptr<Workspace> workspace;
    const auto tryOpen = [&](const QString& password) {
        connection->setPassword(password);
        workspace = std::make_shared<Workspace>(*connection);
        return workspace->open();
    };
    bool fromKeychain = false;
    if (connection && !tryOpen(typed) && typed.isEmpty() &&
        workspace->error() == Workspace::Error::Password) {
        if (const std::optional<QString> kept = WorkspacePasswords::read(connection->display())) {
            fromKeychain = true;
            tryOpen(*kept);
        }
    }
    if (workspace && workspace->error() != Workspace::Error::None) {
        error = workspace->errorString();
        if (workspace->error() == Workspace::Error::Password) {
            error = fromKeychain ? tr("The server refused the password kept in the desktop keychain: type "
                                      "it and connect again.")
                    : typed.isEmpty() ? tr("The server asks for a password: type it and connect again.")
                                      : tr("The server refused the password: type it again.");
            showPasswordRow();
        }
    }
    const QList<WorkspaceModelInfo> models =
        workspace && error.isEmpty() ? workspace->models() : QList<WorkspaceModelInfo>{};
    if (workspace && error.isEmpty() && workspace->error() != Workspace::Error::None)
        error = workspace->errorString();
    if (!error.isEmpty()) {
        m_status->setText(error);
        updateButtons();
        return false;
    }
    QSettings().setValue(kConnectionKey, connection->display()); // never the password
    QString keychainNote;
    if (!typed.isEmpty()) {
        QString keychainError;
        const bool kept = m_remember->isChecked()
                              ? WorkspacePasswords::write(connection->display(), typed, &keychainError)
                              : WorkspacePasswords::remove(connection->display(), &keychainError);
        if (!kept)
            keychainNote = u' ' + tr("The password is used for this connection only: %1.").arg(keychainError);
    }
    for (const WorkspaceModelInfo& m : models) {
        auto* item = new QTreeWidgetItem(m_models);
        item->setText(NameColumn, m.name);
        item->setText(OwnerColumn, m.ownerTeam);
        item->setText(RevisionColumn, QString::number(m.revision));
        item->setText(SavedColumn, QLocale().toString(m.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ByColumn, m.savedBy);
        item->setText(FindingsColumn,
                      m.scored ? tr("%1 (%2 high)").arg(m.findings).arg(m.highFindings) : tr("not scored"));
        item->setTextAlignment(RevisionColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = OwnerColumn; c <= FindingsColumn; ++c)
        m_models->resizeColumnToContents(c);
    m_workspace = std::move(workspace);
    m_status->setText((models.isEmpty() ? tr("Connected. The workspace holds no models yet.")
                                        : tr("Connected: %n model(s).", nullptr, int(models.size()))) +
                      keychainNote);
    updateButtons();
    return true;
}

void WorkspaceDialog::showPasswordRow()
{
    m_form->setRowVisible(m_password, true);
    m_form->setRowVisible(m_remember, true);
    m_password->selectAll();
    m_password->setFocus();
}

QString WorkspaceDialog::modelName() const
{
    if (m_mode == Mode::Save)
        return m_name->text().trimmed();
    const QTreeWidgetItem* item = m_models->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void WorkspaceDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_workspace && (m_mode == Mode::Connect || !modelName().isEmpty()));
}

} // namespace gw
