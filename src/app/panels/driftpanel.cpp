#include "driftpanel.h"

#include "core/import/drift.h"
#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "findingspanel.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

QString fileNames(const QStringList& paths)
{
    QStringList names;
    for (const QString& p : paths)
        names.append(QFileInfo(p).fileName().isEmpty() ? p : QFileInfo(p).fileName());
    return names.join(QStringLiteral(", "));
}

} // namespace

DriftPanel::DriftPanel(QWidget* parent)
    : QWidget(parent), m_status(new QLabel), m_refresh(new QPushButton(tr("Read again"))),
      m_findings(new FindingsPanel)
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Drift status"));
    m_findings->list()->setAccessibleName(tr("Differences from what is deployed"));
    auto* files = new QPushButton(tr("Compare with files..."));
    auto* folder = new QPushButton(tr("Folder..."));
    files->setToolTip(tr("Docker Compose files, Kubernetes manifests or Terraform states (or 'terraform show "
                         "-json' output) the system runs from"));
    folder->setToolTip(tr("A folder of Compose files, manifests or states, searched as 'groundwork-cli "
                          "import' searches it"));
    m_refresh->setToolTip(tr("Read the same files again, after a deployment"));
    m_refresh->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(files);
    bar->addWidget(folder);
    bar->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_findings, 1);
    clear();

    connect(files, &QPushButton::clicked, this, &DriftPanel::chooseFiles);
    connect(folder, &QPushButton::clicked, this, &DriftPanel::chooseFolder);
    connect(m_refresh, &QPushButton::clicked, this, [this] { Q_EMIT inputsChosen(m_paths); });
    connect(m_findings, &FindingsPanel::findingActivated, this, &DriftPanel::findingActivated);
}

void DriftPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Compare with what is deployed"), m_paths.isEmpty() ? QString() : m_paths.front(),
        tr("Compose files, manifests and states (*.yaml *.yml *.json *.tfstate);;All files (*)"));
    if (!paths.isEmpty())
        Q_EMIT inputsChosen(paths);
}

void DriftPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Compare with a deployment folder"));
    if (!folder.isEmpty())
        Q_EMIT inputsChosen({folder});
}

void DriftPanel::clear()
{
    m_paths.clear();
    m_deployed.reset();
    m_differences = 0;
    m_refresh->setEnabled(false);
    m_findings->showFindings({});
    m_status->setText(tr("Not compared: name the Compose files, manifests or Terraform state the system runs "
                         "from, and the differences from the model show here."));
}

bool DriftPanel::compareWith(const QStringList& paths, const Model& model, const Recommendations& advice)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportInputs inputs = ImportInputCollector::collect(paths);
    ImportResult deployed = Importer::run(inputs.inputs, ImportMapping::builtIn());
    QApplication::restoreOverrideCursor();
    Diagnostics problems = inputs.problems;
    for (const Diagnostic& d : std::as_const(deployed.diagnostics)) {
        if (d.severity == Severity::Error)
            problems.append(d);
    }
    if (inputs.ioError || hasErrors(problems)) {
        QStringList lines;
        for (const Diagnostic& d : std::as_const(problems))
            lines.append(d.toString().toHtmlEscaped());
        const bool kept = m_deployed.has_value();
        m_status->setText(
            tr("<b>Could not read %1:</b><br>%2%3")
                .arg(fileNames(paths).toHtmlEscaped(), lines.mid(0, 5).join(QStringLiteral("<br>")),
                     kept ? tr("<br>The list still compares with %1.").arg(fileNames(m_paths).toHtmlEscaped())
                          : QString()));
        return false;
    }
    m_paths = paths;
    m_deployed = std::move(deployed);
    m_refresh->setEnabled(true);
    showModel(model, advice);
    return true;
}

void DriftPanel::showModel(const Model& model, const Recommendations& advice)
{
    if (!m_deployed)
        return;
    const DriftReport report = Drift::compare(model, advice, *m_deployed);
    m_differences = int(report.findings.size());
    m_findings->showFindings(report.findings);
    const QString against = tr("Compared with %1: %2 of the %3 elements deployed found in the model.")
                                .arg(fileNames(m_paths).toHtmlEscaped())
                                .arg(report.matched)
                                .arg(report.deployed);
    m_status->setText(report.hasDrift()
                          ? against + u' ' + tr("%n difference(s).", nullptr, m_differences)
                          : against + u' ' + tr("<b>No drift</b>: the model and what runs agree."));
}

void DriftPanel::setSelectedSubject(const QString& subject)
{
    m_findings->setSelectedSubject(subject);
}

} // namespace gw
