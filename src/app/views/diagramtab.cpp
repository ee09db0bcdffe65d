#include "diagramtab.h"

#include "core/topology/diagramformat.h"
#include "core/topology/diagramrenderer.h"
#include "core/topology/nodelabel.h"
#include "core/topology/topologybuilder.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document/commands/adddependency.h"
#include "exportlocation.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gw {

namespace {

// The smallest text on screen a fit leaves, in pixels: smaller, labels are a texture, not words.
constexpr double kMinTextPixels = 9;

} // namespace

DiagramTab::DiagramTab(QWidget* parent)
    : QWidget(parent), m_scene(new DiagramScene(this)), m_view(new DiagramView(m_scene)),
      m_environments(new QComboBox), m_direction(new QComboBox), m_full(new QCheckBox(tr("Every element"))),
      m_progress(new QProgressBar), m_cancel(new QPushButton(tr("Cancel"))), m_message(new QLabel),
      m_debounce(new QTimer(this)), m_detach(new QAction(tr("Diagram in its own &window"), this))
{
    m_view->setAccessibleName(tr("Topology diagram"));
    m_view->setBackgroundBrush(palette().color(QPalette::Base));

    m_environments->setAccessibleName(tr("Environment"));
    m_environments->setToolTip(tr("The environment to draw"));
    // The bar's width is the least the tab needs, and on a laptop the form beside it has little room:
    // the combos shrink to a few characters rather than take it (their popups show names whole).
    for (QComboBox* combo : {m_environments, m_direction}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(7);
    }
    m_direction->addItem(tr("Left to right"), static_cast<int>(LayoutDirection::LeftToRight));
    m_direction->addItem(tr("Top to bottom"), static_cast<int>(LayoutDirection::TopToBottom));
    m_full->setToolTip(tr("Above %1 elements the diagram is a collapsed overview; draw every element "
                          "instead (Graphviz takes about a second per 1,000 elements)")
                           .arg(TopologyBuilder::kCollapseAbove));
    m_progress->setRange(0, 0); // busy: Graphviz gives no progress to report
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_message->setWordWrap(true);

    const auto button = [this](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_environments);
    bar->addWidget(m_direction);
    bar->addWidget(m_full);
    bar->addWidget(button(tr("Fit"),
                          tr("Fit the whole diagram in view, but never with text under %1 px high: "
                             "scroll to see the rest")
                              .arg(kMinTextPixels),
                          &DiagramTab::fit));
    bar->addWidget(button(tr("+"), tr("Zoom in (Ctrl+wheel)"), [this] {
        m_view->scale(1.25, 1.25);
        m_atFit = false;
    }));
    bar->addWidget(button(tr("-"), tr("Zoom out (Ctrl+wheel)"), [this] {
        m_view->scale(0.8, 0.8);
        m_atFit = false;
    }));
    bar->addWidget(button(tr("Export..."),
                          tr("Save as SVG, PNG, PDF, DOT, Mermaid, PlantUML, Structurizr or draw.io"),
                          &DiagramTab::exportDiagram));
    // The same action in the View menu and its shortcut, in whichever window holds the diagram.
    m_detach->setObjectName(QStringLiteral("detachDiagramAction"));
    m_detach->setCheckable(true);
    m_detach->setShortcut(Qt::Key_F11);
    // An icon, not a word: the bar's width is the least the tab needs, and on a laptop the form beside
    // it already has little room.
    m_detach->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_detach->setToolTip(tr("Show the diagram in a window of its own, maximised (F11); close that "
                            "window or press F11 again to put it back"));
    addAction(m_detach);
    connect(m_detach, &QAction::toggled, this, [this](bool detached) {
        m_detach->setIcon(
            style()->standardIcon(detached ? QStyle::SP_TitleBarNormalButton : QStyle::SP_TitleBarMaxButton));
    });
    auto* detach = new QToolButton;
    detach->setDefaultAction(m_detach);
    detach->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addWidget(detach);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    setBusy(false);
    m_message->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &DiagramTab::startLayout);
    connect(m_cancel, &QPushButton::clicked, this, &DiagramTab::cancelLayout);
    connect(m_environments, &QComboBox::currentIndexChanged, this, [this] {
        m_fitPending = true;
        m_debounce->start();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        m_fitPending = true;
        m_debounce->start();
    });
    connect(m_full, &QCheckBox::toggled, this, [this] {
        m_fitPending = true;
        m_debounce->start();
    });
    connect(m_scene, &DiagramScene::elementSelected, this, [this](const QString& id) {
        m_selected = id;
        Q_EMIT elementSelected(id);
    });
    connect(m_view, &DiagramView::connectDragged, this, &DiagramTab::connectElements);
    connect(m_view, &DiagramView::zoomed, this, [this] { m_atFit = false; });
    // A fitted diagram stays fitted as its window grows, shrinks or is maximised.
    connect(m_view, &DiagramView::resized, this, [this] {
        if (m_atFit)
            fitView(false);
    });
}

DiagramTab::~DiagramTab()
{
    cancelLayout();
}

void DiagramTab::showModel(const Model& model, const Recommendations& recommendations,
                           const QString& modelPath)
{
    // The debounce gathers a burst of edits into one layout; a model just opened in a shown tab has
    // nothing to gather, and its helper then starts while the window is still being filled and painted.
    const bool opened = m_generation == 0 || modelPath != m_modelPath;
    m_modelPath = modelPath;
    m_model = model;
    m_recommendations = recommendations;
    QStringList names;
    for (const Environment& e : model.environments)
        names.append(e.name);
    QStringList shown;
    for (int i = 0; i < m_environments->count(); ++i)
        shown.append(m_environments->itemText(i));
    if (names != shown) {
        const QSignalBlocker blocker(m_environments);
        const QString current = m_environments->currentText();
        m_environments->clear();
        m_environments->addItems(names);
        m_environments->setCurrentIndex(std::max(0, static_cast<int>(names.indexOf(current))));
        m_fitPending = true;
    }
    if (opened && isVisible()) {
        startLayout();
        return;
    }
    // A model is opened before the window turns from the welcome page to the work area, so this tab is
    // usually shown just after: it starts then, not a debounce later.
    m_startWhenShown = opened;
    m_debounce->start();
}

void DiagramTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_startWhenShown && m_debounce->isActive())
        startLayout();
}

QString DiagramTab::environment() const
{
    return m_environments->currentText();
}

TopologyBuilder::Options DiagramTab::buildOptions() const
{
    TopologyBuilder::Options options;
    options.environment = environment();
    if (m_full->isChecked())
        options.collapseAbove = 0;
    return options;
}

void DiagramTab::startLayout()
{
    m_debounce->stop(); // this layout is the one a pending debounce would have started
    m_startWhenShown = false;
    dropLayout();
    const quint64 generation = ++m_generation;
    const TopologyBuilder::Options build = buildOptions();
    DiagramOptions diagram;
    diagram.direction = static_cast<LayoutDirection>(m_direction->currentData().toInt());
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = cancel;
    setBusy(true);
    Q_EMIT layoutStarted();
    QPointer<DiagramTab> self(this);
    // Graphviz runs in a helper process; waiting for it must not freeze the window. The topology is
    // built there too, while the helper starts (the model and recommendations are shared, not copied).
    QThreadPool::globalInstance()->start(
        [self, generation, model = m_model, recommendations = m_recommendations, build, diagram, cancel] {
            Topology topology;
            const TopologyLayout layout =
                DiagramRenderer::layout(model, recommendations, build, diagram, cancel.get(), &topology);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, topology, layout] {
                    if (self)
                        self->applyLayout(generation, topology, layout);
                },
                Qt::QueuedConnection);
        });
}

void DiagramTab::applyLayout(quint64 generation, const Topology& topology, const TopologyLayout& layout)
{
    if (generation != m_generation)
        return; // a newer layout was asked for meanwhile
    setBusy(false);
    m_error = layout.ok ? QString() : layout.error;
    // A large model is drawn as a collapsed overview: say so above the picture.
    const QString message = layout.ok ? topology.note() : m_error;
    m_message->setText(message.isEmpty() ? message : message.left(1).toUpper() + message.mid(1));
    m_message->setVisible(!message.isEmpty());
    if (layout.ok) {
        QHash<QString, QString> tooltips;
        for (const TopologyNode& node : topology.nodes) {
            if (node.elementId.isEmpty())
                continue;
            for (const DecisionResult& d : std::as_const(m_recommendations.decisions)) {
                if (d.subject == node.elementId && d.top.isValid() && !d.ranking.isEmpty() &&
                    (d.kind == DecisionKind::Compute || d.kind == DecisionKind::Database ||
                     d.kind == DecisionKind::Messaging))
                    tooltips.insert(node.id, tr("%1 scores %2")
                                                 .arg(d.ranking.first().label)
                                                 .arg(d.ranking.first().score(), 0, 'f', 1));
            }
        }
        m_scene->showTopology(topology, layout.geometry, tooltips);
        m_scene->selectElement(m_selected);
        if (m_fitPending) {
            fit();
            m_fitPending = false;
        }
    }
    Q_EMIT layoutFinished(layout.ok);
}

void DiagramTab::dropLayout()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (m_busy)
        ++m_generation; // whatever comes back now is dropped
}

void DiagramTab::cancelLayout()
{
    const bool busy = m_busy;
    dropLayout();
    if (busy) {
        setBusy(false);
        m_message->setText(tr("Layout cancelled; the diagram shows the last finished layout."));
        m_message->show();
        Q_EMIT layoutFinished(false);
    }
}

void DiagramTab::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void DiagramTab::fit()
{
    fitView(true);
}

void DiagramTab::fitView(bool announce)
{
    // Scroll bars that come and go resize the viewport, which fits again: once is enough.
    if (m_fitting)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    m_atFit = true;
    const QRectF whole = m_scene->sceneRect();
    const QRectF room = m_view->viewport()->rect().adjusted(2, 2, -2, -2); // fitInView's margin
    const double floor = kMinTextPixels / nodelabel::kSmallestSize;
    if (whole.isEmpty() || std::min(room.width() / whole.width(), room.height() / whole.height()) >= floor) {
        m_view->fitInView(whole, Qt::KeepAspectRatio);
        return;
    }
    // Too small to read: the diagram at the smallest readable size instead, from where its flow starts
    // (the clients, on its left or top edge), and the rest a scroll away.
    m_view->setTransform(QTransform::fromScale(floor, floor));
    const QRectF start = m_scene->firstBox();
    m_view->centerOn(start.isEmpty() ? whole.topLeft() : start.center());
    QScrollBar* across =
        static_cast<LayoutDirection>(m_direction->currentData().toInt()) == LayoutDirection::TopToBottom
            ? m_view->verticalScrollBar()
            : m_view->horizontalScrollBar();
    across->setValue(across->minimum());
    if (announce)
        Q_EMIT statusMessage(tr("The whole diagram would have text under %1 px high: it is shown at the "
                                "smallest readable size; scroll for the rest, or Ctrl+wheel to zoom out.")
                                 .arg(kMinTextPixels));
}

QGraphicsView* DiagramTab::view() const
{
    return m_view;
}

double DiagramTab::smallestTextPixels() const
{
    return m_view->transform().m11() * nodelabel::kSmallestSize;
}

void DiagramTab::connectElements(const QString& from, const QString& to)
{
    const QString refusal = AddDependency::refusal(m_model, from, to);
    if (!refusal.isEmpty()) {
        Q_EMIT statusMessage(refusal);
        return;
    }
    Q_EMIT dependencyRequested(from, to);
}

void DiagramTab::selectElement(const QString& elementId)
{
    m_selected = elementId;
    m_scene->selectElement(elementId);
}

QString DiagramTab::exportDiagram()
{
    // One filter per format of the formats' table: "Graphviz DOT (*.dot *.gv)".
    QStringList filters;
    for (const DiagramFormatEntry& f : diagramFormats()) {
        QStringList patterns;
        for (const QString& ext : f.extensions)
            patterns.append(QStringLiteral("*.") + ext);
        filters.append(QStringLiteral("%1 (%2)").arg(f.label, patterns.join(u' ')));
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export diagram"), ExportLocation::suggestedPath(m_modelPath, QStringLiteral("svg")),
        filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return {};
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::critical(this, tr("Export diagram"), error);
        return {};
    }
    return path;
}

bool DiagramTab::exportTo(const QString& path, QString* error)
{
    const std::optional<DiagramFormat> format = diagramFormatForFile(path);
    if (!format) {
        if (error)
            *error = tr("Choose a file name ending in a diagram format's extension.");
        return false;
    }
    DiagramOptions diagram;
    diagram.direction = static_cast<LayoutDirection>(m_direction->currentData().toInt());
    diagram.icons = *format != DiagramFormat::Dot;
    const DiagramResult result =
        DiagramRenderer::render(m_model, m_recommendations, buildOptions(), *format, diagram);
    QSaveFile file(path);
    if (!result.ok || !file.open(QIODevice::WriteOnly) || file.write(result.data) != result.data.size() ||
        !file.commit()) {
        if (error)
            *error = tr("The diagram was not saved: %1").arg(result.ok ? file.errorString() : result.error);
        return false;
    }
    ExportLocation::remember(path);
    Q_EMIT exported(path);
    return true;
}

} // namespace gw
