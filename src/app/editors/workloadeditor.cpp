#include "workloadeditor.h"

#include "document/commands/adddependency.h"
#include "rowtable.h"
#include "ui_workloadeditor.h"

#include <QRegularExpression>

namespace gw {

namespace {

using S = ElementRef::Section;

QString kindOf(const Model& model, const QString& id)
{
    switch (model.findElement(id).section) {
    case S::Workload:
        return WorkloadEditor::tr("workload");
    case S::DataStore:
        return WorkloadEditor::tr("data store");
    case S::Channel:
        return WorkloadEditor::tr("channel");
    default:
        return {};
    }
}

bool isChannelMode(UseMode mode)
{
    return mode == UseMode::Publish || mode == UseMode::Consume;
}

} // namespace

WorkloadEditor::WorkloadEditor(QWidget* parent)
    : ElementEditor(parent), m_ui(std::make_unique<Ui::WorkloadEditor>()), m_fields(this, S::Workload)
{
    m_ui->setupUi(this);
    auto& f = m_fields;
    f.bindId(m_ui->idEdit);
    f.bindDisplayName(m_ui->nameEdit);
    f.bind(QStringLiteral("kind"), m_ui->kindCombo);
    f.bind(QStringLiteral("exposure"), m_ui->exposureCombo);
    f.bind(QStringLiteral("clients"), m_ui->clientsList);
    f.bind(QStringLiteral("criticality"), m_ui->criticalityCombo);

    f.addField(QStringLiteral("traffic"), m_ui->trafficGroup);
    f.bind(QStringLiteral("traffic.pattern"), m_ui->patternCombo);
    f.bind(QStringLiteral("traffic.peak_rps"), m_ui->peakRpsSpin);
    f.bind(QStringLiteral("traffic.average_rps"), m_ui->averageRpsSpin);
    f.bind(QStringLiteral("latency_p99_ms"), m_ui->latencySpin);
    f.bind(QStringLiteral("max_duration_s"), m_ui->maxDurationSpin);

    f.bind(QStringLiteral("cpu"), m_ui->cpuCombo);
    m_ui->memorySpin->setSingleStep(256);
    f.bind(QStringLiteral("memory_mb"), m_ui->memorySpin);
    f.bind(QStringLiteral("gpu"), m_ui->gpuCheck);
    f.bind(QStringLiteral("stateful"), m_ui->statefulCheck);
    f.bind(QStringLiteral("needs_os_control"), m_ui->osControlCheck);
    f.bind(QStringLiteral("legacy"), m_ui->legacyCheck);

    f.bind(QStringLiteral("handles"), m_ui->handlesList);
    f.bind(QStringLiteral("data_heavy"), m_ui->dataHeavyCheck);

    m_usesTable =
        new RowTable(m_ui->usesTable, {tr("Target"), tr("Mode"), tr("Access")}, tr("Remove this dependency"));
    m_usesTable->setTabNeighbours(m_ui->dataHeavyCheck, m_ui->addUseButton);
    f.addField(QStringLiteral("uses"), m_ui->usesTable);
    m_ui->addUseButton->setToolTip(m_ui->usesTable->toolTip());
    connect(m_ui->addUseButton, &QPushButton::clicked, this, &WorkloadEditor::addUse);
    connect(m_usesTable, &RowTable::removeClicked, this, [this](int row) {
        m_fields.emitChange(tr("dependencies"), [row](Workload& w) {
            if (row < w.uses.size())
                w.uses.removeAt(row);
        });
    });
    f.onShow([this](const Workload& w) { showUses(w); });
    f.bindOwnership(m_ui->ownerEdit, m_ui->costCentreEdit);
    f.bindDeclared();
    f.alignLabels();
}

WorkloadEditor::~WorkloadEditor() = default;

void WorkloadEditor::showElement(const Model& model, const ElementRef& ref)
{
    m_fields.show(model, ref);
}

QWidget* WorkloadEditor::fieldWidget(const QString& field) const
{
    static const QRegularExpression usePath(QStringLiteral("^uses\\[(\\d+)\\]\\.(to|mode|access)$"));
    const QRegularExpressionMatch match = usePath.match(field);
    if (match.hasMatch()) {
        const int row = match.captured(1).toInt();
        if (row < m_useRows.size()) {
            const UseRow& r = m_useRows[row];
            const QString key = match.captured(2);
            return key == QStringLiteral("to") ? r.to : key == QStringLiteral("mode") ? r.mode : r.access;
        }
    }
    return m_fields.field(field);
}

void WorkloadEditor::showUses(const Workload& workload)
{
    const Model& model = m_fields.model();
    QStringList targets;
    for (const Workload& w : model.workloads) {
        if (w.id != workload.id)
            targets.append(w.id);
    }
    for (const DataStore& d : model.data)
        targets.append(d.id);
    for (const Channel& c : model.channels)
        targets.append(c.id);
    m_ui->addUseButton->setEnabled(!targets.isEmpty());

    if (targets != m_targets || m_useRows.size() != workload.uses.size()) {
        m_targets = targets;
        makeUseRows(workload, std::exchange(m_focusNewRow, -1));
        return;
    }
    // The same rows: touch only the widgets whose value changed (an undo, a rename elsewhere).
    for (int i = 0; i < workload.uses.size(); ++i) {
        const Use& use = workload.uses[i];
        const UseRow& row = m_useRows[i];
        const QSignalBlocker blockTo(row.to), blockMode(row.mode), blockAccess(row.access);
        if (row.to->currentData().toString() != use.to)
            fillTargets(row.to, use.to);
        if (row.mode->currentIndex() != static_cast<int>(use.mode))
            row.mode->setCurrentIndex(static_cast<int>(use.mode));
        if (row.access->currentIndex() != static_cast<int>(use.access))
            row.access->setCurrentIndex(static_cast<int>(use.access));
    }
}

void WorkloadEditor::makeUseRows(const Workload& workload, int focusRow)
{
    const auto describe = [](const QString& key) { return SchemaDescriptions::toolTip(S::Workload, key); };
    m_useRows.clear();
    QList<QList<QWidget*>> cells;
    for (int i = 0; i < workload.uses.size(); ++i) {
        const Use& use = workload.uses[i];
        UseRow row{new QComboBox, new QComboBox, new QComboBox};
        fillTargets(row.to, use.to);
        for (const QString& name : enumNames<UseMode>())
            row.mode->addItem(name);
        row.mode->setCurrentIndex(static_cast<int>(use.mode));
        for (const QString& name : enumNames<Access>())
            row.access->addItem(name);
        row.access->setCurrentIndex(static_cast<int>(use.access));
        row.to->setToolTip(describe(QStringLiteral("uses.to")));
        row.mode->setToolTip(describe(QStringLiteral("uses.mode")));
        row.access->setToolTip(describe(QStringLiteral("uses.access")));
        // Long ids must not widen the form beyond a narrow dock (the popup still shows them whole);
        // a mode or access is short and always shown whole.
        WheelGuard::install(row.to);
        row.to->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.to->setMinimumContentsLength(8);
        for (QComboBox* combo : {row.mode, row.access}) {
            WheelGuard::install(combo);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        }
        row.to->setAccessibleName(tr("Dependency %1 target").arg(i + 1));
        row.mode->setAccessibleName(tr("Dependency %1 mode").arg(i + 1));
        row.access->setAccessibleName(tr("Dependency %1 access").arg(i + 1));

        connect(row.to, &QComboBox::activated, this,
                [this, i, combo = row.to] { changeTarget(i, combo->currentData().toString()); });
        connect(row.mode, &QComboBox::currentIndexChanged, this, [this, i](int index) {
            const auto mode = static_cast<UseMode>(index);
            const Workload* shown = m_fields.element();
            if (index < 0 || !shown || i >= shown->uses.size() || shown->uses[i].mode == mode)
                return;
            m_fields.emitChange(tr("dependency mode"), [i, mode](Workload& w) {
                if (i < w.uses.size())
                    w.uses[i].mode = mode;
            });
        });
        connect(row.access, &QComboBox::currentIndexChanged, this, [this, i](int index) {
            const auto access = static_cast<Access>(index);
            const Workload* shown = m_fields.element();
            if (index < 0 || !shown || i >= shown->uses.size() || shown->uses[i].access == access)
                return;
            m_fields.emitChange(tr("dependency access"), [i, access](Workload& w) {
                if (i < w.uses.size())
                    w.uses[i].access = access;
            });
        });
        m_useRows.append(row);
        cells.append({row.to, row.mode, row.access});
    }
    m_usesTable->setRows(cells, focusRow);
}

// The targets a dependency can name, with `current` first when it names nothing (so that the table
// shows what the model says; the validator marks it).
void WorkloadEditor::fillTargets(QComboBox* combo, const QString& current) const
{
    const Model& model = m_fields.model();
    const bool known = m_targets.contains(current);
    QStringList wanted = m_targets;
    if (!known)
        wanted.prepend(current);
    QStringList have;
    for (int i = 0; i < combo->count(); ++i)
        have.append(combo->itemData(i).toString());
    if (have != wanted) {
        combo->clear();
        if (!known)
            combo->addItem(current.isEmpty() ? tr("(none)") : tr("%1 (not in the model)").arg(current),
                           current);
        // Workloads, stores and channels share the list: each says which it is.
        for (const QString& id : m_targets) {
            combo->addItem(tr("%1 (%2)").arg(id, kindOf(model, id)), id);
            combo->setItemData(combo->count() - 1, model.describe(model.findElement(id)), Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(combo->findData(current));
}

// A channel is published to or consumed from, anything else is used sync or async: when the new
// target is of the other sort, the mode follows, so that the edit does not make an error of its own.
void WorkloadEditor::changeTarget(int row, const QString& to)
{
    const Workload* shown = m_fields.element();
    if (!shown || row >= shown->uses.size() || shown->uses[row].to == to)
        return;
    const bool toChannel = m_fields.model().findElement(to).section == S::Channel;
    const UseMode mode = shown->uses[row].mode;
    std::optional<UseMode> newMode;
    if (toChannel && !isChannelMode(mode))
        newMode = UseMode::Publish;
    else if (!toChannel && isChannelMode(mode))
        newMode = UseMode::Sync;
    m_fields.emitChange(tr("dependency target"), [row, to, newMode](Workload& w) {
        if (row >= w.uses.size())
            return;
        w.uses[row].to = to;
        if (newMode)
            w.uses[row].mode = *newMode;
    });
}

// A new dependency names the first element not used yet, in the mode its sort needs.
void WorkloadEditor::addUse()
{
    const Workload* shown = m_fields.element();
    if (!shown || m_targets.isEmpty())
        return;
    QString to = m_targets.first();
    for (const QString& id : std::as_const(m_targets)) {
        const bool used =
            std::any_of(shown->uses.begin(), shown->uses.end(), [&](const Use& u) { return u.to == id; });
        if (!used) {
            to = id;
            break;
        }
    }
    const Use use = AddDependency::newUse(m_fields.model(), to);
    m_focusNewRow = static_cast<int>(shown->uses.size());
    m_fields.emitChange(tr("dependencies"), [use](Workload& w) { w.uses.append(use); });
}

} // namespace gw
