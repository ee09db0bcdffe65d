#include "modeltreepanel.h"

#include "core/model/model.h"
#include "elementitem.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QStyle>

namespace gw {

namespace {

using elementitem::kIndexRole;
using elementitem::kSectionRole;

using S = ElementRef::Section;

bool hasId(S section)
{
    return section == S::Workload || section == S::DataStore || section == S::Channel;
}

QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QString& text, const QString& detail, ElementRef ref)
{
    auto* item = new QTreeWidgetItem(parent, {text, detail});
    elementitem::set(item, ref);
    if (hasId(ref.section))
        item->setFlags(item->flags() | Qt::ItemIsEditable); // renaming in place renames the id
    return item;
}

template<typename T, typename Detail>
void addSection(QTreeWidget* tree, const QString& title, S section, const QList<T>& items, Detail detail)
{
    auto* group = new QTreeWidgetItem(tree, {title, QString::number(items.size())});
    group->setFlags(Qt::ItemIsEnabled);
    group->setData(1, kSectionRole, static_cast<int>(section)); // the group's section, for "Add" here
    for (int i = 0; i < items.size(); ++i) {
        const auto [text, kind] = detail(items[i]);
        addItem(group, text.isEmpty() ? QStringLiteral("(unnamed)") : text, kind, {section, i});
    }
    group->setExpanded(true);
}

} // namespace

ModelTreePanel::ModelTreePanel(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Element"), tr("Kind")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    setAccessibleName(tr("Model elements"));
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && elementitem::of(current).isValid())
            Q_EMIT elementSelected(selectedElement());
    });
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const ElementRef ref = elementitem::of(item);
        if (column != 0 || !ref.isValid())
            return;
        const QString newId = item->text(0).trimmed();
        if (hasId(ref.section) && !newId.isEmpty())
            Q_EMIT renameRequested(ref, newId);
    });
}

void ModelTreePanel::renameSelected()
{
    if (QTreeWidgetItem* item = currentItem(); item && (item->flags() & Qt::ItemIsEditable))
        editItem(item, 0);
}

void ModelTreePanel::contextMenuEvent(QContextMenuEvent* event)
{
    QTreeWidgetItem* item = itemAt(viewport()->mapFromGlobal(event->globalPos()));
    const ElementRef ref = item ? elementitem::of(item) : ElementRef{};
    QMenu menu(this);
    QMenu* add = menu.addMenu(tr("&Add"));
    add->addAction(tr("&Workload"), this, [this] { Q_EMIT addRequested(S::Workload); });
    add->addAction(tr("&Data store"), this, [this] { Q_EMIT addRequested(S::DataStore); });
    add->addAction(tr("&Channel"), this, [this] { Q_EMIT addRequested(S::Channel); });
    add->addAction(tr("&Environment"), this, [this] { Q_EMIT addRequested(S::Environment); });
    add->addAction(tr("De&cision"), this, [this] { Q_EMIT addRequested(S::Decision); });
    const bool listed = ref.index >= 0;
    if (listed) {
        menu.addSeparator();
        if (hasId(ref.section)) {
            menu.addAction(tr("&Rename"), this, [this, item] { editItem(item, 0); });
        }
        if (ref.section != S::Decision)
            menu.addAction(tr("D&uplicate"), this, [this, ref] { Q_EMIT duplicateRequested(ref); });
        menu.addAction(tr("Re&move"), this, [this, ref] { Q_EMIT removeRequested(ref); });
    }
    menu.exec(event->globalPos());
}

void ModelTreePanel::showModel(const Model& model)
{
    m_badgesSet = false;
    const QSignalBlocker blocker(this);
    // Keep the groups the user folded folded.
    QSet<QString> collapsed;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (!topLevelItem(i)->isExpanded())
            collapsed.insert(topLevelItem(i)->text(0));
    }
    clear();
    auto* system = new QTreeWidgetItem(
        this, {model.system.name.isEmpty() ? tr("System") : model.system.name, tr("system")});
    elementitem::set(system, {S::System, -1});
    addItem(system, tr("Priorities"), {}, {S::Priorities, -1});
    addItem(system, tr("Team"), tr("%n engineer(s)", nullptr, model.team.size), {S::Team, -1});
    system->setExpanded(true);

    addSection(this, tr("Environments"), S::Environment, model.environments, [](const Environment& e) {
        return std::pair{e.name, e.account};
    });
    addSection(this, tr("Workloads"), S::Workload, model.workloads, [](const Workload& w) {
        return std::pair{w.id, enumName(w.kind)};
    });
    addSection(this, tr("Data"), S::DataStore, model.data, [](const DataStore& d) {
        return std::pair{d.id, enumName(d.shape)};
    });
    addSection(this, tr("Channels"), S::Channel, model.channels, [](const Channel& c) {
        return std::pair{c.id, enumName(c.kind)};
    });
    addSection(this, tr("Decisions"), S::Decision, model.decisions, [](const Decision& d) {
        return std::pair{d.subject, d.choice};
    });
    for (int i = 1; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setExpanded(!collapsed.contains(topLevelItem(i)->text(0)));
}

void ModelTreePanel::showDiagnostics(const Diagnostics& diagnostics)
{
    // A priority move keeps the document's diagnostics: the rows wear them already, and walking every
    // row of a large model is a good part of a slider move.
    if (m_badgesSet && diagnostics.isSharedWith(m_badges))
        return;
    m_badges = diagnostics;
    m_badgesSet = true;
    // Setting an icon signals itemChanged, which would read as a rename.
    const QSignalBlocker blocker(this);
    // One pass over the tree, so that a large model with many problems stays linear.
    QHash<QPair<int, int>, QTreeWidgetItem*> items;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, kSectionRole).isValid()) {
            (*it)->setIcon(0, QIcon());
            (*it)->setToolTip(0, QString());
            items.insert({(*it)->data(0, kSectionRole).toInt(), (*it)->data(0, kIndexRole).toInt()}, *it);
        }
    }
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Diagnostics list errors first: an element's first one is its worst, and its tooltip.
    for (const Diagnostic& d : diagnostics) {
        QTreeWidgetItem* item = items.take({static_cast<int>(d.element.section), d.element.index});
        if (!item || !d.element.isValid())
            continue;
        item->setIcon(0, d.severity == Severity::Error ? errorIcon : warningIcon);
        item->setToolTip(0, d.message);
    }
}

QTreeWidgetItem* ModelTreePanel::itemFor(const ElementRef& ref) const
{
    if (!ref.isValid())
        return nullptr; // group rows stand for no element
    for (QTreeWidgetItemIterator it(const_cast<ModelTreePanel*>(this)); *it; ++it) {
        if (elementitem::of(*it) == ref)
            return *it;
    }
    return nullptr;
}

void ModelTreePanel::selectElement(const ElementRef& ref)
{
    if (QTreeWidgetItem* item = itemFor(ref)) {
        setCurrentItem(item);
        scrollToItem(item);
    }
}

ElementRef ModelTreePanel::selectedElement() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? elementitem::of(item) : ElementRef{};
}

} // namespace gw
