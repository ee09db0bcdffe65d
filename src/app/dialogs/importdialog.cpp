#include "importdialog.h"

#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/import/modelmerge.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

// Where the import read a value, without the "from " every note starts with.
QString readFrom(const ImportResult& r, const QString& path)
{
    for (const ModelNote& note : r.notes) {
        if (note.path == path)
            return note.text.startsWith(QStringLiteral("from ")) ? note.text.mid(5) : note.text;
    }
    return {};
}

QTreeWidgetItem* group(QTreeWidget* tree, const QString& title, qsizetype count)
{
    auto* item = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(false);
    item->setExpanded(count > 0 && count <= 40);
    return item;
}

} // namespace

ImportDialog::ImportDialog(const Model& openModel, const SourceMap& sources, QWidget* parent)
    : QDialog(parent), m_openModel(openModel), m_sources(sources), m_inputs(new QLabel),
      m_preview(new QTreeWidget), m_summary(new QLabel), m_new(new QRadioButton(tr("Open as a &new model"))),
      m_merge(new QRadioButton(
          tr("&Merge into \"%1\" (one step you can undo; your values stand)").arg(openModel.system.name))),
      m_mergeNote(new QLabel), m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import from what runs"));
    m_inputs->setWordWrap(true);
    m_inputs->setText(tr("Choose the Docker Compose files, Kubernetes manifests or Terraform states (or "
                         "'terraform show -json' output) the system runs from."));
    auto* files = new QPushButton(tr("&Files..."));
    auto* folder = new QPushButton(tr("F&older..."));
    auto* top = new QHBoxLayout;
    top->addWidget(m_inputs, 1);
    top->addWidget(files);
    top->addWidget(folder);

    m_preview->setColumnCount(3);
    m_preview->setHeaderLabels({tr("Element"), tr("Is"), tr("Read from")});
    m_preview->setAccessibleName(tr("What the import makes"));
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_new->setChecked(true);
    m_mergeNote->setWordWrap(true);
    m_mergeNote->setIndent(24);
    m_mergeNote->hide();
    m_mergeNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_new);
    layout->addWidget(m_merge);
    layout->addWidget(m_mergeNote);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(files, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(folder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_merge, &QRadioButton::toggled, this, &ImportDialog::showMergePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportDialog::Target ImportDialog::target() const
{
    return m_merge->isChecked() ? Target::OpenModel : Target::NewModel;
}

void ImportDialog::setTarget(Target target)
{
    (target == Target::OpenModel && m_merge->isEnabled() ? m_merge : m_new)->setChecked(true);
}

void ImportDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import"), m_paths.isEmpty() ? QString() : m_paths.front(),
        tr("Compose files, manifests and states (*.yaml *.yml *.json *.tfstate);;All files (*)"));
    if (!paths.isEmpty())
        read(paths);
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder"));
    if (!folder.isEmpty())
        read({folder});
}

void ImportDialog::read(const QStringList& paths)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportInputs inputs = ImportInputCollector::collect(paths);
    ImportResult result = Importer::run(inputs.inputs, ImportMapping::builtIn());
    QApplication::restoreOverrideCursor();
    m_paths = paths;
    QStringList names;
    for (const QString& p : paths)
        names.append(QFileInfo(p).fileName());
    m_inputs->setText(tr("Read %1.").arg(names.join(QStringLiteral(", "))));

    Diagnostics problems = inputs.problems;
    problems += result.diagnostics;
    m_result.reset();
    if (inputs.ioError || hasErrors(problems) || result.isEmpty()) {
        QStringList lines;
        for (const Diagnostic& d : std::as_const(problems))
            lines.append(d.toString().toHtmlEscaped());
        if (lines.isEmpty())
            lines.append(tr("The inputs run no workload or data store."));
        m_summary->setText(tr("<b>Nothing to import:</b><br>") +
                           lines.mid(0, 8).join(QStringLiteral("<br>")));
        m_preview->clear();
        m_import->setEnabled(false);
        return;
    }
    m_result = std::move(result);
    fill();
    showMergePreview();
    m_import->setEnabled(true);
}

QString ImportDialog::mergePreview() const
{
    if (!m_result)
        return {};
    const ModelMergeResult merge = ModelMerge::merge(m_openModel, *m_result, &m_sources);
    if (!merge.changed())
        return tr("Merging adds nothing \"%1\" does not have.").arg(m_openModel.system.name);
    QString text = tr("Merging adds %1 element(s), %2 dependency(ies) and %3 pin(s), and fills fields of %4 "
                      "element(s).")
                       .arg(merge.elements.size())
                       .arg(merge.addedEdges.size())
                       .arg(merge.decisions.size())
                       .arg(merge.updated().size());
    QStringList kept;
    for (const MergeConflict& c : merge.kept)
        kept.append(tr("%1: %2 %3 (the import says %4)").arg(c.where, c.field, c.yours, c.imported));
    if (!kept.isEmpty())
        text += u' ' + tr("Yours kept: %1.").arg(kept.join(QStringLiteral("; ")));
    return text;
}

void ImportDialog::showMergePreview()
{
    m_mergeNote->setText(m_merge->isChecked() ? mergePreview() : QString());
    m_mergeNote->setVisible(m_merge->isChecked() && m_result.has_value());
}

void ImportDialog::fill()
{
    const ImportResult& r = *m_result;
    const Model& m = r.model;
    m_preview->clear();
    QTreeWidgetItem* workloads = group(m_preview, tr("Workloads"), m.workloads.size());
    for (int i = 0; i < m.workloads.size(); ++i) {
        const Workload& w = m.workloads[i];
        new QTreeWidgetItem(workloads,
                            {w.id, QStringLiteral("%1, %2").arg(enumName(w.kind), enumName(w.exposure)),
                             readFrom(r, QStringLiteral("workloads[%1]").arg(i))});
    }
    QTreeWidgetItem* data = group(m_preview, tr("Data stores"), m.data.size());
    for (int i = 0; i < m.data.size(); ++i)
        new QTreeWidgetItem(
            data, {m.data[i].id, enumName(m.data[i].shape), readFrom(r, QStringLiteral("data[%1]").arg(i))});
    QTreeWidgetItem* channels = group(m_preview, tr("Channels"), m.channels.size());
    for (int i = 0; i < m.channels.size(); ++i)
        new QTreeWidgetItem(channels, {m.channels[i].id, enumName(m.channels[i].kind),
                                       readFrom(r, QStringLiteral("channels[%1]").arg(i))});
    QTreeWidgetItem* edges = group(m_preview, tr("Dependencies"), r.edges.size());
    for (const ImportedEdge& e : r.edges)
        new QTreeWidgetItem(edges, {QStringLiteral("%1 \u2192 %2").arg(e.from, e.to), tr("uses"),
                                    e.via.join(QStringLiteral(", "))});
    QTreeWidgetItem* pins = group(m_preview, tr("Pinned decisions"), m.decisions.size());
    for (int i = 0; i < m.decisions.size(); ++i)
        new QTreeWidgetItem(pins, {m.decisions[i].subject, m.decisions[i].choice,
                                   readFrom(r, QStringLiteral("decisions[%1]").arg(i))});
    int leftOut = 0;
    for (const int n : r.ignored)
        leftOut += n;
    QTreeWidgetItem* ignored = group(m_preview, tr("Left out"), leftOut);
    ignored->setExpanded(false);
    for (auto it = r.ignored.cbegin(); it != r.ignored.cend(); ++it)
        new QTreeWidgetItem(ignored, {it.key(), QString::number(it.value()), QString()});

    QString summary = tr("%n element(s), ", nullptr, r.elementCount()) +
                      tr("%n dependency(ies), ", nullptr, int(r.edges.size())) +
                      tr("%n pinned decision(s); ", nullptr, int(m.decisions.size())) +
                      tr("%n left out. ", nullptr, leftOut) +
                      tr("Traffic, latency, criticality and the team are not in the inputs: set them after.");
    for (const QString& remark : r.remarks)
        summary += QStringLiteral("<br>") + remark.toHtmlEscaped();
    m_summary->setText(summary);
}

} // namespace gw
