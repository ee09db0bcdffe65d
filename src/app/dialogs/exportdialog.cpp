#include "exportdialog.h"

#include "syntaxhighlighter.h"

#include "exportlocation.h"

#include "core/cost/pricedscoring.h"
#include "core/export/exporters.h"
#include "core/export/exportfolder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const gw::Model& model, const QString& modelPath, QWidget* parent)
    : QDialog(parent), m_model(model), m_modelPath(modelPath), m_target(new QComboBox),
      m_cloud(new QComboBox), m_list(new QListWidget), m_preview(new QPlainTextEdit),
      m_highlighter(new SyntaxHighlighter(m_preview->document())), m_folder(new QLineEdit),
      m_write(new QPushButton(tr("&Write"))), m_status(new QLabel)
{
    setWindowTitle(tr("Export infrastructure and contracts"));
    // The targets and what each writes come from the exporters' table, as the CLI's help does.
    for (const gw::ExporterEntry& e : gw::exporters()) {
        m_target->addItem(e.name, e.name);
        m_target->setItemData(m_target->count() - 1, e.summary, Qt::ToolTipRole);
    }
    const QString all = QString::fromUtf16(gw::kExportAll);
    m_target->addItem(all, all);
    m_target->setItemData(m_target->count() - 1, tr("Every target above, each in its own folder"),
                          Qt::ToolTipRole);
    m_target->setCurrentIndex(m_target->count() - 1);
    m_cloud->addItem(tr("The model's (%1)").arg(gw::enumName(model.system.cloud)), QString());
    for (const QString& c : {u"aws"_s, u"gcp"_s, u"azure"_s, u"any"_s})
        m_cloud->addItem(c, c);

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setMinimumWidth(280);

    auto* browse = new QPushButton(tr("&Browse..."));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_folder->setPlaceholderText(tr("The folder to write into"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Cloud:"), m_cloud);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_write, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    auto* folderForm = new QFormLayout;
    folderForm->addRow(tr("Folder:"), folderRow);
    layout->addLayout(folderForm);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 700);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerate);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerate);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportDialog::showFile);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_write, &QPushButton::clicked, this, &ExportDialog::write);
    connect(m_folder, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_write->setEnabled(!text.trimmed().isEmpty() && !m_files.empty());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_prompt = [this](const QStringList& existing) {
        QStringList shown = existing.mid(0, 15);
        if (existing.size() > shown.size())
            shown.append(tr("... and %1 more").arg(existing.size() - shown.size()));
        return QMessageBox::question(this, tr("Replace files?"),
                                     tr("%n file(s) already exist in the folder:\n\n%1\n\nReplace them?",
                                        nullptr, static_cast<int>(existing.size()))
                                         .arg(shown.join(u'\n')),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    regenerate();
}

void ExportDialog::setTarget(const QString& kind)
{
    m_target->setCurrentIndex(m_target->findData(kind));
}

void ExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

QString ExportDialog::status() const
{
    return m_status->text();
}

void ExportDialog::regenerate()
{
    std::optional<gw::Cloud> cloud;
    if (const QString c = m_cloud->currentData().toString(); !c.isEmpty())
        cloud = gw::enumFromString<gw::Cloud>(c);
    const gw::Recommendations recommendations = gw::PricedScoring::score(m_model);
    m_files = gw::generateExport(m_target->currentData().toString(),
                                 {m_model, recommendations, m_modelPath, cloud});
    m_list->clear();
    for (const gw::ExportFile& f : m_files)
        m_list->addItem(f.path);
    m_status->setText(tr("%n file(s) to write.", nullptr, static_cast<int>(m_files.size())));
    m_write->setEnabled(!m_folder->text().trimmed().isEmpty() && !m_files.empty());
    if (!m_files.empty())
        m_list->setCurrentRow(0);
    else
        m_preview->clear();
}

void ExportDialog::showFile(int row)
{
    if (row < 0 || row >= static_cast<int>(m_files.size()))
        return;
    const gw::ExportFile& f = m_files[static_cast<std::size_t>(row)];
    m_highlighter->setLanguage(SyntaxHighlighter::languageFor(f.path));
    m_preview->setPlainText(QString::fromUtf8(f.content));
}

void ExportDialog::chooseFolder()
{
    // Where the last export went, unless a folder is typed in already.
    const QString start = m_folder->text().trimmed().isEmpty() ? gw::ExportLocation::folder(m_modelPath)
                                                               : m_folder->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into"), start);
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

bool ExportDialog::write()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || m_files.empty())
        return false;
    const gw::ExportFolder target(folder);
    const QStringList existing = target.existingFiles(m_files);
    const bool force = !existing.isEmpty() && m_prompt && m_prompt(existing);
    if (!existing.isEmpty() && !force) {
        m_status->setText(
            tr("Nothing written: %n file(s) already exist.", nullptr, static_cast<int>(existing.size())));
        return false;
    }
    const gw::ExportWriteResult result = target.write(m_files, force);
    if (!result.ok()) {
        m_status->setText(tr("Nothing written: %1").arg(result.errors.join(u"; "_s)));
        return false;
    }
    m_status->setText(
        tr("Wrote %n file(s) into %1.", nullptr, static_cast<int>(result.written.size())).arg(folder));
    gw::ExportLocation::remember(folder);
    Q_EMIT written(QFileInfo(folder).absoluteFilePath(), static_cast<int>(result.written.size()));
    return true;
}
