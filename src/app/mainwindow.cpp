#include "mainwindow.h"

#include "decisionlabel.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/pindialog.h"
#include "editors/fieldmark.h"

#include "core/cost/costformat.h"
#include "core/cost/pricedscoring.h"
#include "core/diff/advicesummary.h"
#include "core/import/modelmerge.h"
#include "core/io/modelwriter.h"
#include "core/model/model.h"
#include "core/rules/subject.h"
#include "document/advice.h"
#include "document/autosave.h"
#include "document/commands/adddependency.h"
#include "document/commands/addelement.h"
#include "document/commands/changeelement.h"
#include "document/commands/changepriority.h"
#include "document/commands/pinchoice.h"
#include "document/commands/renameelement.h"
#include "document/document.h"
#include "fileactions.h"
#include "panels/costpanel.h"
#include "panels/driftpanel.h"
#include "panels/exportnotice.h"
#include "panels/findingspanel.h"
#include "panels/fittinglabel.h"
#include "panels/historypanel.h"
#include "panels/modeltreepanel.h"
#include "panels/pickchangesbar.h"
#include "panels/prioritiespanel.h"
#include "panels/problemspanel.h"
#include "panels/propertiespanel.h"
#include "panels/recommendationspanel.h"
#include "panels/sensitivitypanel.h"
#include "panels/welcomepage.h"
#include "reportexport.h"
#include "startermodel.h"
#include "views/diagramscene.h"
#include "views/diagramtab.h"
#include "views/diagramwindow.h"
#include "workspaceactions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw {

namespace {

using S = ElementRef::Section;

bool isModelFile(const QUrl& url)
{
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return url.isLocalFile() && (suffix == QStringLiteral("yaml") || suffix == QStringLiteral("yml") ||
                                 suffix == QStringLiteral("groundwork"));
}

// The subject decisions are made for: an element id, "system" for the system and its team, or none.
QString subjectOf(const Model& m, const ElementRef& ref)
{
    if (ref.section == S::System || ref.section == S::Team || ref.section == S::Priorities ||
        ref.section == S::Environment)
        return Subject::systemId();
    return m.elementId(ref);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new Document(this)), m_advice(new Advice(m_document, this)),
      m_files(new FileActions(m_document, this)), m_tree(new ModelTreePanel),
      m_recommendations(new RecommendationsPanel), m_source(new QPlainTextEdit), m_tabs(new QTabWidget),
      m_properties(new PropertiesPanel), m_sensitivity(new SensitivityPanel), m_cost(new CostPanel),
      m_pickChanges(new PickChangesBar), m_diagram(new DiagramTab), m_priorities(new PrioritiesPanel),
      m_findings(new FindingsPanel), m_problems(new ProblemsPanel), m_counts(new FittingLabel),
      m_history(new HistoryPanel(m_document, m_advice)), m_drift(new DriftPanel), m_welcome(new WelcomePage),
      m_center(new QStackedWidget), m_autosave(new Autosave(m_document, Autosave::defaultFolder(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // The default size, or the screen's when it is smaller (a 1280x720 laptop with a taskbar).
    resize(QSize(1280, 800).boundedTo(screen() ? screen()->availableGeometry().size() : QSize(1280, 800)));

    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setAccessibleName(tr("Model source"));

    // Each tab's page is named for `--tab` and showTab(), which must not depend on the translation.
    const auto tab = [this](QWidget* page, const QString& title, const QString& name) {
        page->setObjectName(name + QStringLiteral("Tab"));
        m_tabs->addTab(page, title);
    };
    tab(m_recommendations, tr("&Recommendations"), QStringLiteral("recommendations"));
    tab(m_diagram, tr("&Diagram"), QStringLiteral("diagram"));
    tab(m_sensitivity, tr("&Sensitivity"), QStringLiteral("sensitivity"));
    tab(m_cost, tr("C&ost"), QStringLiteral("cost"));
    tab(m_source, tr("&YAML"), QStringLiteral("yaml"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshVisibleTab);

    // The selected element's form beside what the engine makes of it.
    auto* advice = new QWidget;
    auto* adviceLayout = new QVBoxLayout(advice);
    adviceLayout->setContentsMargins(0, 0, 0, 0);
    adviceLayout->setSpacing(2);
    adviceLayout->addWidget(m_pickChanges);
    adviceLayout->addWidget(m_tabs, 1);
    auto* work = new QSplitter;
    work->addWidget(m_properties);
    work->addWidget(advice);
    work->setStretchFactor(1, 1);
    work->setSizes({360, 660});
    auto* splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(work);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1020});
    m_center->addWidget(splitter);
    m_center->addWidget(m_welcome);
    setCentralWidget(m_center);

    // On a narrow screen the counts say less rather than widen the window past it (FittingLabel).
    m_counts->setMinimumWidth(200);
    statusBar()->addPermanentWidget(m_counts, 1);
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    createDocks();
    createMenus();
    connectDocument();

    QSettings settings;
    restoreGeometry(settings.value(layoutKey(QStringLiteral("geometry"))).toByteArray());
    restoreState(settings.value(layoutKey(QStringLiteral("state"))).toByteArray());

    // A bare launch starts where File > New does: the starter model, with the welcome page over it.
    m_document->reset(StarterModel::create());
    m_recommendations->setCatalog(&m_advice->engine().catalog(), m_document->model().system.cloud);
    showWholeModel();
    showWelcome();
}

void MainWindow::showWelcome()
{
    m_welcome->showChoices(FileActions::bundledExamples(), m_files->recentFiles());
    m_center->setCurrentWidget(m_welcome);
}

QString MainWindow::layoutKey(const QString& what) const
{
    // A layout made for a laptop's screen does not fit a monitor's, or the other way round: each screen
    // size keeps its own.
    const QSize size = screen() ? screen()->availableGeometry().size() : QSize();
    return QStringLiteral("window/%1x%2/%3").arg(size.width()).arg(size.height()).arg(what);
}

bool MainWindow::isWelcomeShown() const
{
    return m_center->currentWidget() == m_welcome;
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this window's own parts, and some still signal while they go (a
    // scene losing its selection, an undo stack clearing): none of that may reach this window.
    m_diagram->cancelLayout();
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget* widget, const QString& title, const QString& name,
                             Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget* findings =
        dock(m_findings, tr("Findings"), QStringLiteral("findingsDock"), Qt::BottomDockWidgetArea);
    QDockWidget* problems =
        dock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    // Below the work area, beside the findings: the sliders and what they change stay in view together,
    // and the centre keeps the width the form and the recommendations need.
    // Seven sliders are taller than the dock area of a 720-pixel screen: they scroll instead.
    auto* prioritiesScroll = new QScrollArea;
    prioritiesScroll->setWidget(m_priorities);
    prioritiesScroll->setWidgetResizable(true);
    prioritiesScroll->setFrameShape(QFrame::NoFrame);
    QDockWidget* priorities =
        dock(prioritiesScroll, tr("Priorities"), QStringLiteral("prioritiesDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(findings, priorities, Qt::Horizontal);
    tabifyDockWidget(findings, problems);
    QDockWidget* history =
        dock(m_history, tr("History"), QStringLiteral("historyDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, history);
    QDockWidget* drift = dock(m_drift, tr("Drift"), QStringLiteral("driftDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, drift);
    findings->raise();
    // A quarter of the window at most: on a 720-pixel screen the work area needs the rest.
    resizeDocks({findings}, {std::min(190, height() / 4)}, Qt::Vertical);
    resizeDocks({findings, priorities}, {860, 420}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->populate(file);
    // A revision saved to a workspace keeps the advice of its time, for the portfolio views.
    m_files->workspaceActions()->setAdviceSource(
        [this] { return AdviceSummary::from(m_advice->recommendations()); });
    // A workspace's model is scored with the workspace's packs, as its pushes are; any other document
    // goes back to the built-in ones.
    connect(m_files->workspaceActions(), &WorkspaceActions::workspaceCatalogLoaded, this,
            [this](std::shared_ptr<const Catalog> catalog) {
                m_scoresWithWorkspacePacks = true;
                m_advice->setEngine(PricedScoring::engine(std::move(catalog)));
            });
    connect(m_document, &Document::projectChanged, this, [this] {
        if (m_scoresWithWorkspacePacks && !m_document->savesToStore()) {
            m_scoresWithWorkspacePacks = false;
            m_advice->setEngine(PricedScoring::engine());
        }
    });
    file->addSeparator();
    file->addAction(tr("&Import..."), this, [this] { importFiles(); });
    file->addAction(tr("Compare with &deployed..."), this, [this] {
        showTab(QStringLiteral("drift"));
        m_drift->chooseFiles();
    });
    file->addSeparator();
    // Every export in one place; each says where it went in the status bar, with Open and Show in folder.
    m_exportNotice = new ExportNotice;
    statusBar()->addWidget(m_exportNotice, 1);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(tr("&Report..."), this, [this] { exportReport(); })
        ->setObjectName(QStringLiteral("exportReportAction"));
    exportMenu->addAction(tr("&Infrastructure and contracts..."), this, &MainWindow::exportInfrastructure)
        ->setObjectName(QStringLiteral("exportInfrastructureAction"));
    exportMenu->addAction(tr("&Diagram..."), this, [this] { m_diagram->exportDiagram(); })
        ->setObjectName(QStringLiteral("exportDiagramAction"));
    connect(m_diagram, &DiagramTab::exported, this, [this](const QString& path) {
        statusBar()->clearMessage();
        m_exportNotice->showExport(tr("Diagram"), path, ExportNotice::Target::File);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QMenu* add = edit->addMenu(tr("&Add"));
    const auto addAction = [this, add](const QString& text, S section) {
        return add->addAction(text, this, [this, section] {
            auto* command = new AddElement(m_document, section);
            const ElementRef added = command->added();
            m_document->push(command);
            m_tree->selectElement(added);
        });
    };
    QAction* addWorkload = addAction(tr("&Workload"), S::Workload);
    addAction(tr("&Data store"), S::DataStore);
    addAction(tr("&Channel"), S::Channel);
    addAction(tr("&Environment"), S::Environment);
    addAction(tr("De&cision"), S::Decision);
    QAction* rename = edit->addAction(tr("Re&name"), this, [this] { m_tree->renameSelected(); });
    rename->setShortcut(Qt::Key_F2);
    QAction* duplicate = edit->addAction(tr("D&uplicate"), this, [this] {
        if (m_selected.index >= 0)
            m_document->push(new DuplicateElement(m_document, m_selected));
    });
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* remove = edit->addAction(tr("Re&move"), this, [this] {
        if (m_selected.index >= 0)
            m_document->push(new RemoveElement(m_document, m_selected));
    });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(remove);
    edit->addSeparator();
    // As in IDEs: walk the validation problems without reaching for the Problems panel.
    QAction* next = edit->addAction(tr("Ne&xt problem"), this, [this] { goToProblem(1); });
    next->setObjectName(QStringLiteral("nextProblemAction"));
    next->setShortcut(Qt::Key_F8);
    QAction* previous = edit->addAction(tr("Pre&vious problem"), this, [this] { goToProblem(-1); });
    previous->setObjectName(QStringLiteral("previousProblemAction"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    addWorkload->setIconText(tr("Add workload"));
    tools->addAction(addWorkload);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Welcome page"), this, &MainWindow::showWelcome);
    view->addAction(m_diagram->detachAction());
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Groundwork"), this, [this] {
        QMessageBox::about(this, tr("About Groundwork"),
                           tr("<b>Groundwork %1</b><p>Architecture design and stack selection: describe the "
                              "system, get advice that shows its work.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::modelReset, this, &MainWindow::showWholeModel);
    // Any model opened or started leaves the welcome page for the work area.
    connect(m_document, &Document::modelReset, this, [this] { m_center->setCurrentIndex(0); });
    connect(m_files, &FileActions::newModelStarted, this, &MainWindow::showWelcome);
    connect(m_welcome, &WelcomePage::startRequested, this, [this](const StarterChoices& choices) {
        if (m_files->maybeSave())
            m_document->reset(StarterModel::create(choices));
    });
    connect(m_welcome, &WelcomePage::exampleRequested, m_files, &FileActions::newFromExample);
    connect(m_welcome, &WelcomePage::fileRequested, this, [this](const QString& path) {
        if (!path.isEmpty() && m_files->maybeSave())
            m_files->openFile(path);
    });
    connect(m_welcome, &WelcomePage::openRequested, m_files, &FileActions::open);
    connect(m_welcome, &WelcomePage::dismissed, this, [this] { m_center->setCurrentIndex(0); });
    connect(m_document, &Document::modelChanged, this, &MainWindow::showEdit);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    // The decision form marks the candidates the advice vetoes; the advice lives as long as the window.
    m_properties->setAdvice(&m_advice->recommendations());
    connect(m_advice, &Advice::recommendationsChanged, this, [this] {
        showAdvice();
        if (m_selected.section == S::Decision)
            m_properties->showElement(m_document->model(), m_selected);
        m_diagram->showModel(m_document->model(), m_advice->recommendations(), m_document->filePath());
        m_drift->showModel(m_document->model(), m_advice->recommendations());
        updateCounts(); // the drift's, now that it compared again
    });
    // Another model: what the last one was compared with is its own business.
    connect(m_document, &Document::modelReset, m_drift, &DriftPanel::clear);
    connect(m_document, &Document::modelReset, this, &MainWindow::updateCounts);
    connect(m_drift, &DriftPanel::inputsChosen, this, &MainWindow::compareWithDeployed);
    connect(m_drift, &DriftPanel::findingActivated, this, [this](const ElementRef& ref) {
        m_tree->selectElement(ref.isValid() ? ref : ElementRef{S::System, -1});
    });
    connect(m_advice, &Advice::picksChanged, this, [this](const QList<PickChange>& changes) {
        m_pickChanges->showChanges(changes, m_advice->engine().catalog());
        QSet<QString> changed;
        for (const PickChange& c : changes)
            changed.insert(c.subject + u'/' + enumName(c.kind));
        m_recommendations->flashChanged(changed);
    });
    // Opening another model starts afresh: what changed in the last one no longer applies.
    connect(m_document, &Document::modelReset, m_pickChanges, &QWidget::hide);
    connect(m_pickChanges, &PickChangesBar::changeActivated, this,
            [this](const ElementRef& element, DecisionKind kind) {
                m_tree->selectElement(element.isValid() ? element : ElementRef{S::System, -1});
                m_tabs->setCurrentWidget(m_recommendations);
                m_recommendations->selectDecision(kind);
            });
    new DiagramWindow(m_diagram, m_tabs, this);
    connect(m_diagram, &DiagramTab::dependencyRequested, this,
            [this](const QString& from, const QString& to) {
                m_document->push(new AddDependency(m_document, from, to));
            });
    connect(m_diagram, &DiagramTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    connect(m_diagram, &DiagramTab::elementSelected, this, [this](const QString& id) {
        const ElementRef ref = m_document->model().findElement(id);
        if (ref.isValid())
            m_tree->selectElement(ref);
    });

    connect(m_tree, &ModelTreePanel::elementSelected, this, &MainWindow::showSelection);
    connect(m_tree, &ModelTreePanel::addRequested, this, [this](S section) {
        auto* command = new AddElement(m_document, section);
        const ElementRef added = command->added();
        m_document->push(command);
        m_tree->selectElement(added);
    });
    connect(m_tree, &ModelTreePanel::duplicateRequested, this,
            [this](const ElementRef& ref) { m_document->push(new DuplicateElement(m_document, ref)); });
    connect(m_tree, &ModelTreePanel::removeRequested, this,
            [this](const ElementRef& ref) { m_document->push(new RemoveElement(m_document, ref)); });
    connect(m_tree, &ModelTreePanel::renameRequested, this,
            [this](const ElementRef& ref, const QString& newId) {
                if (newId != m_document->model().elementId(ref))
                    m_document->push(new RenameElement(m_document, ref, newId));
                else
                    showEdit(ref); // put the unchanged name back
            });
    connect(m_priorities, &PrioritiesPanel::priorityChanged, this,
            [this](Quality q, int value) { m_document->push(new ChangePriority(m_document, q, value)); });
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
    connect(m_properties, &PropertiesPanel::edited, this,
            [this](const ElementRef& element, const QString& what, const ElementEditor::Edit& edit) {
                m_document->push(new ChangeElement(m_document, element, what, edit));
            });
    connect(m_properties, &PropertiesPanel::renameRequested, this,
            [this](const ElementRef& ref, const QString& newId) {
                if (!newId.isEmpty() && newId != m_document->model().elementId(ref))
                    m_document->push(new RenameElement(m_document, ref, newId));
            });
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](const ElementRef& ref) {
        m_tree->selectElement(ref.isValid() ? ref : ElementRef{S::System, -1});
    });
    connect(m_recommendations, &RecommendationsPanel::pinRequested, this, &MainWindow::pinChoice);
    connect(m_cost, &CostPanel::elementActivated, this, [this](const ElementRef& ref) {
        m_tree->selectElement(ref.isValid() ? ref : ElementRef{S::System, -1});
        m_tabs->setCurrentWidget(m_recommendations);
    });
    connect(m_sensitivity, &SensitivityPanel::decisionActivated, this, [this](const ElementRef& ref) {
        m_tree->selectElement(ref.isValid() ? ref : ElementRef{S::System, -1});
        m_tabs->setCurrentWidget(m_recommendations);
    });
}

bool MainWindow::openFile(const QString& path)
{
    return m_files->openFile(path);
}

bool MainWindow::compareWithDeployed(const QStringList& paths)
{
    showTab(QStringLiteral("drift"));
    const bool read = m_drift->compareWith(paths, m_document->model(), m_advice->recommendations());
    updateCounts();
    return read;
}

void MainWindow::importFiles(const QStringList& paths)
{
    ImportDialog dialog(m_document->model(), m_document->sources(), this);
    if (!paths.isEmpty())
        dialog.read(paths);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    applyImport(*dialog.result(), dialog.target() == ImportDialog::Target::OpenModel);
}

bool MainWindow::applyImport(const ImportResult& import, bool merge)
{
    if (!merge) {
        if (!m_files->maybeSave())
            return false;
        m_document->reset(import.model);
        statusBar()->showMessage(
            tr("Imported %n element(s): set the traffic, latency, criticality and team the "
               "inputs cannot say, then save.",
               nullptr, import.elementCount()));
        return true;
    }
    const ModelMergeResult merged = ModelMerge::merge(m_document->model(), import, &m_document->sources());
    if (!merged.changed()) {
        statusBar()->showMessage(tr("The import adds nothing the model does not have."));
        return false;
    }
    const int added = int(merged.elements.size());
    m_document->replaceModel(merged.model, tr("Import %n element(s)", nullptr, added));
    statusBar()->showMessage(
        tr("Merged: %1 added, %2 updated, %3 dependencies added; %4 of your values kept against the import.")
            .arg(added)
            .arg(merged.updated().size())
            .arg(merged.edges.size())
            .arg(merged.kept.size()));
    return true;
}

bool MainWindow::showTab(const QString& name)
{
    const QString key = name.toLower();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == key + QStringLiteral("Tab")) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    // A detail of the Recommendations tab: why, compare, chart.
    if (m_recommendations->showDetail(key)) {
        m_tabs->setCurrentWidget(m_recommendations);
        return true;
    }
    // A panel below the work area: findings, problems, priorities, history, drift.
    if (auto* dock = findChild<QDockWidget*>(key + QStringLiteral("Dock"))) {
        dock->show();
        dock->raise();
        return true;
    }
    return false;
}

void MainWindow::showWholeModel()
{
    m_properties->dropInvalidEdits();         // values typed into the last model's form go with it
    m_recommendations->showDecisions({}, {}); // a new model: nothing of the old selection is kept
    m_tree->showModel(m_document->model());
    m_tree->showDiagnostics(m_document->diagnostics());
    m_priorities->showPriorities(m_document->model().priorities);
    m_problems->showDiagnostics(m_document->diagnostics());
    // A model that opens with errors shows them first.
    if (hasErrors(m_document->diagnostics())) {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("problemsDock")))
            dock->raise();
    }
    m_tree->selectElement({S::System, -1});
    showSelection({S::System, -1});
    showSource();
    updateTitle();
    updateCounts();
}

void MainWindow::showEdit(const ElementRef& focus)
{
    m_priorities->showPriorities(m_document->model().priorities);
    m_problems->showDiagnostics(m_document->diagnostics());
    // A priority move changes no element: the tree stays as it is (rebuilding it costs on large models).
    if (focus.section != S::Priorities) {
        m_tree->showModel(m_document->model());
        m_tree->selectElement(
            focus.isValid() ? focus : (m_selected.isValid() ? m_selected : ElementRef{S::System, -1}));
    }
    m_tree->showDiagnostics(m_document->diagnostics());
    // Whether or not the selection moved: this refreshes the form and keeps the field being typed in.
    m_properties->showElement(m_document->model(), m_selected);
    m_properties->showDiagnostics(m_document->diagnostics());
    showSource();
    updateCounts();
}

void MainWindow::showSelection(const ElementRef& ref)
{
    // A refused value stays in its field until it is fixed or cancelled: leaving would lose it unseen.
    if (ref != m_selected && m_selected.isValid()) {
        if (QWidget* pending = m_properties->invalidEdit()) {
            statusBar()->showMessage(
                tr("%1 first: fix the value or press Escape to cancel it").arg(FieldMark::messageOn(pending)),
                10000);
            m_tree->selectElement(m_selected);
            pending->setFocus();
            return;
        }
    }
    m_selected = ref;
    m_properties->showElement(m_document->model(), ref);
    m_properties->showDiagnostics(m_document->diagnostics());
    showAdvice();
    m_diagram->selectElement(m_document->model().elementId(ref));
    m_findings->setSelectedSubject(subjectOf(m_document->model(), ref));
    m_drift->setSelectedSubject(subjectOf(m_document->model(), ref));
    if (ref.isValid() && !m_document->sources().isEmpty()) {
        const SourceLocation at = m_document->sources().locate(ref.path());
        if (at.isValid())
            highlightLine(at.line);
    }
}

void MainWindow::showAdvice()
{
    const Model& m = m_document->model();
    m_recommendations->setCatalog(&m_advice->engine().catalog(), m.system.cloud);
    m_recommendations->setPriorities(m.priorities);
    const QString subject = subjectOf(m, m_selected);
    const QString title = subject == Subject::systemId() ? tr("the system") : m.describe(m_selected);
    m_recommendations->showDecisions(subject.isEmpty() ? QString() : title, m_advice->decisionsFor(subject));
    m_findings->showFindings(m_advice->recommendations().findings);
    m_sensitivityStale = true;
    m_costStale = true;
    refreshVisibleTab();
    updateCounts();
}

// The YAML and Sensitivity tabs are rebuilt only when seen: on a large model each costs more than the
// rest of a slider move.
void MainWindow::refreshVisibleTab()
{
    if (m_tabs->currentWidget() == m_sensitivity && m_sensitivityStale) {
        // Where the load would move the selected workload's compute pick: the model is scored again for
        // it, so only for the workload in view.
        Recommendations shown = m_advice->recommendations();
        if (m_selected.section == S::Workload)
            PricedScoring::addLoadSensitivity(m_document->model(), shown, shown.catalog,
                                              m_document->model().elementId(m_selected));
        m_sensitivity->showRecommendations(shown, subjectOf(m_document->model(), m_selected));
        m_sensitivityStale = false;
    }
    if (m_tabs->currentWidget() == m_cost && m_costStale) {
        m_cost->showEstimate(m_document->model(), m_advice->recommendations());
        m_costStale = false;
    }
    if (m_tabs->currentWidget() == m_source && m_sourceStale) {
        writeSource();
        m_sourceStale = false;
    }
}

void MainWindow::showSource()
{
    m_sourceStale = true;
    refreshVisibleTab();
}

// The file as loaded while it is unedited (so problems point at its lines), else the YAML a save writes.
void MainWindow::writeSource()
{
    QString text;
    if (!m_document->sources().isEmpty() && !m_document->filePath().isEmpty()) {
        QFile file(m_document->filePath());
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll());
    } else {
        text = QString::fromUtf8(ModelWriter::toYaml(m_document->model()));
    }
    if (m_source->toPlainText() != text)
        m_source->setPlainText(text);
}

void MainWindow::showProblem(const Diagnostic& diagnostic)
{
    if (diagnostic.element.isValid()) {
        m_tree->selectElement(diagnostic.element);
        m_properties->focusField(diagnostic.element, diagnostic.path);
    }
    if (diagnostic.location.isValid())
        highlightLine(diagnostic.location.line);
}

bool MainWindow::goToProblem(int step)
{
    if (m_problems->topLevelItemCount() == 0) {
        statusBar()->showMessage(tr("No problems: the model is valid."), 5000);
        return false;
    }
    showTab(QStringLiteral("problems")); // the problem's message in view beside its field
    return m_problems->activateAdjacent(step);
}

void MainWindow::exportInfrastructure()
{
    ExportDialog dialog(m_document->model(), m_document->filePath(), this);
    connect(&dialog, &ExportDialog::written, this, [this](const QString& folder, int count) {
        statusBar()->clearMessage();
        m_exportNotice->showExport(tr("%n file(s)", nullptr, count), folder, ExportNotice::Target::Folder);
    });
    dialog.exec();
}

QString MainWindow::exportReport(const QString& path)
{
    const QString written = path.isEmpty() ? ReportExport::run(this, *m_document)
                                           : ReportExport::exportTo(this, *m_document, path);
    if (!written.isEmpty()) {
        statusBar()->clearMessage();
        m_exportNotice->showExport(tr("Report"), written, ExportNotice::Target::File);
    }
    return written;
}

void MainWindow::highlightLine(int line)
{
    if (m_sourceStale) {
        writeSource();
        m_sourceStale = false;
    }
    const QTextBlock block = m_source->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_source->setTextCursor(cursor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_source->setExtraSelections({selection});
    m_source->centerCursor();
}

void MainWindow::updateTitle()
{
    const QString shown = m_document->displayName();
    const QString name = shown.isEmpty() ? tr("Untitled") : shown;
    setWindowTitle(tr("%1[*] - Groundwork").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateCounts()
{
    const Diagnostics& d = m_document->diagnostics();
    int severities[3] = {0, 0, 0};
    for (const Finding& f : m_advice->recommendations().findings)
        ++severities[static_cast<int>(f.severity)];
    const int errors = countOf(d, Severity::Error);
    const int warnings = countOf(d, Severity::Warning);
    const QString problemText = tr("%1 errors, %2 warnings").arg(errors).arg(warnings);
    const QString findingText =
        tr("%1 high, %2 medium, %3 low").arg(severities[0]).arg(severities[1]).arg(severities[2]);
    // Three lengths of one message: the status bar shows the longest that fits beside an export notice.
    QString full = problemText + tr("  |  findings: ") + findingText;
    QString shorter = full;
    QString shortest = tr("%1 err, %2 warn | %3 high, %4 med, %5 low")
                           .arg(errors)
                           .arg(warnings)
                           .arg(severities[0])
                           .arg(severities[1])
                           .arg(severities[2]);
    // What the picks cost, beside the budget: the figure moves with every edit and slider.
    const std::optional<SystemCost>& cost = m_advice->recommendations().cost;
    if (cost && cost->priced > 0) {
        const QString usd = CostFormat::usd(cost->total.expected);
        full += tr("  |  cost: %1 USD a month on %2 (%3 of %4 priced)")
                    .arg(usd, enumName(cost->cloud))
                    .arg(cost->priced)
                    .arg(cost->elements);
        shorter += tr("  |  %1 USD a month").arg(usd);
        shortest += tr(" | %1 USD/mo").arg(usd);
        if (const std::optional<double> budget = m_document->model().team.budgetUsdMonth;
            budget && cost->total.expected > *budget) {
            full += tr(", over the budget of %1").arg(CostFormat::usd(*budget));
            shorter += tr(", over budget");
            shortest += tr(" (over budget)");
        }
    }
    m_counts->setTexts({full, shorter, shortest});

    // The same counts on the panels' tabs, so that what needs attention shows without opening them.
    const auto retitle = [this](const QString& name, const QString& title) {
        if (auto* dock = findChild<QDockWidget*>(name))
            dock->setWindowTitle(title);
    };
    const int findings = severities[0] + severities[1] + severities[2];
    QString findingsTitle = tr("Findings");
    if (severities[0] > 0)
        findingsTitle = tr("Findings %1 (%2 high)").arg(findings).arg(severities[0]);
    else if (findings > 0)
        findingsTitle = tr("Findings %1").arg(findings);
    retitle(QStringLiteral("findingsDock"), findingsTitle);
    const int problems = countOf(d, Severity::Error) + countOf(d, Severity::Warning);
    retitle(QStringLiteral("problemsDock"), problems == 0 ? tr("Problems") : tr("Problems %1").arg(problems));
    retitle(QStringLiteral("driftDock"),
            m_drift->inputs().isEmpty() ? tr("Drift") : tr("Drift %1").arg(m_drift->differenceCount()));
}

void MainWindow::pinChoice(const QString& subject, const QString& candidate)
{
    const Catalog& catalog = m_advice->engine().catalog();
    const Candidate* c = catalog.candidate(candidate);
    const QString label = c && !c->label.isEmpty() ? c->label : candidate;
    const QString element = subject.section(u'/', 0, 0);
    const QString kind = subject.section(u'/', 1);
    const QString kindLabel = decisionLabel(catalog.kinds(), DecisionKind::fromId(kind)).toLower();
    const QString about = element == Subject::systemId() ? tr("%1 of the system").arg(kindLabel)
                                                         : tr("%1 of %2").arg(kindLabel, element);
    PinDialog dialog(label, about, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ElementRef place = m_selected;
    m_document->push(new PinChoice(m_document, subject, candidate, dialog.reason()));
    // The pinned decision stays in view: the element, the Recommendations tab, the decision.
    if (place.isValid())
        m_tree->selectElement(place);
    m_tabs->setCurrentWidget(m_recommendations);
    m_recommendations->selectDecision(DecisionKind::fromId(kind));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(layoutKey(QStringLiteral("geometry")), saveGeometry());
    settings.setValue(layoutKey(QStringLiteral("state")), saveState());
    m_autosave->discard(); // a clean close: nothing to recover next time
    event->accept();
}

void MainWindow::offerRecovery()
{
    const QList<Autosave::Recovery> pending = m_autosave->pending();
    if (pending.isEmpty())
        return;
    const Autosave::Recovery& newest = pending.first();
    const QString what =
        newest.originalPath.isEmpty() ? tr("a new model") : QDir::toNativeSeparators(newest.originalPath);
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved changes"),
        tr("Groundwork did not close cleanly. Unsaved changes to %1 were kept at %2.\n\nRestore them? "
           "(Restoring opens the file with the changes applied; save to keep them.)")
            .arg(what, QLocale().toString(newest.time.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_autosave->discard(newest);
        return;
    }
    QString error;
    if (!m_autosave->restore(newest, &error))
        QMessageBox::warning(this, tr("Cannot recover"), error);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isModelFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isModelFile(urls.first())) {
        event->acceptProposedAction();
        if (m_files->maybeSave())
            openFile(urls.first().toLocalFile());
    }
}

} // namespace gw
