#include "decisioneditor.h"

#include "core/rules/catalog.h"
#include "core/rules/decisionkinds.h"
#include "core/rules/recommendation.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/subject.h"
#include "ui_decisioneditor.h"

namespace gw {

namespace {

using S = ElementRef::Section;

const QString& kSystem = Subject::systemId();

// The element and kind parts of a subject; a subject without '/' is all element.
std::pair<QString, QString> splitSubject(const QString& subject)
{
    const qsizetype slash = subject.lastIndexOf(u'/');
    if (slash < 0)
        return {subject, QString()};
    return {subject.left(slash), subject.mid(slash + 1)};
}

// Fills `combo` with `items` (each shown as itself), and with `current` first when it is not one of
// them, so that the form shows what the model says; the validator marks what is wrong with it.
void fill(QComboBox* combo, const QStringList& items, const QString& current, const QString& unknownText)
{
    QStringList wanted = items;
    const bool known = items.contains(current);
    if (!known)
        wanted.prepend(current);
    QStringList have;
    for (int i = 0; i < combo->count(); ++i)
        have.append(combo->itemData(i).toString());
    if (have != wanted) {
        combo->clear();
        if (!known)
            combo->addItem(unknownText, current);
        for (const QString& item : items)
            combo->addItem(item, item);
    }
    combo->setCurrentIndex(combo->findData(current));
}

} // namespace

DecisionEditor::DecisionEditor(QWidget* parent)
    : ElementEditor(parent), m_ui(std::make_unique<Ui::DecisionEditor>()),
      m_fields(this, ElementRef::Section::Decision)
{
    m_ui->setupUi(this);
    auto& f = m_fields;
    // One field of the format, two choices on screen: problems frame both, focus goes to the first.
    m_ui->subjectWidget->setFocusProxy(m_ui->subjectElementCombo);
    f.addField(QStringLiteral("subject"), m_ui->subjectWidget);
    m_ui->subjectElementCombo->setToolTip(m_ui->subjectWidget->toolTip());
    m_ui->subjectKindCombo->setToolTip(m_ui->subjectWidget->toolTip());
    m_ui->subjectElementCombo->setAccessibleName(tr("Subject element"));
    m_ui->subjectKindCombo->setAccessibleName(tr("Decision kind"));
    WheelGuard::install(m_ui->subjectElementCombo);
    WheelGuard::install(m_ui->subjectKindCombo);
    // Both parts share the row; ids can be long, so neither asks for the width of its longest item.
    for (QComboBox* combo : {m_ui->subjectElementCombo, m_ui->subjectKindCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_ui->subjectLayout->setStretch(0, 3);
    m_ui->subjectLayout->setStretch(2, 2);
    connect(m_ui->subjectElementCombo, &QComboBox::activated, this, [this] {
        const QString element = m_ui->subjectElementCombo->currentData().toString();
        const QString kind = m_ui->subjectKindCombo->currentData().toString();
        // A kind that does not fit the new element gives way to the first one that does.
        const QStringList kinds = kindsFor(element);
        changeSubject(element, kinds.contains(kind) || kinds.isEmpty() ? kind : kinds.first());
    });
    connect(m_ui->subjectKindCombo, &QComboBox::activated, this, [this] {
        changeSubject(m_ui->subjectElementCombo->currentData().toString(),
                      m_ui->subjectKindCombo->currentData().toString());
    });
    f.onShow([this](const Decision& d) {
        showSubject(d);
        showChoice(d);
    });

    // The choice is picked from the kind's candidates, by label: a typo ("Golang") cannot be made here.
    f.addField(QStringLiteral("choice"), m_ui->choiceCombo);
    m_ui->choiceCombo->setAccessibleName(tr("Chosen candidate"));
    m_ui->choiceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->choiceCombo->setMinimumContentsLength(12);
    WheelGuard::install(m_ui->choiceCombo);
    connect(m_ui->choiceCombo, &QComboBox::activated, this, [this] {
        const Decision* shown = m_fields.element();
        const QString choice = m_ui->choiceCombo->currentData().toString();
        if (shown && !choice.isEmpty() && choice != shown->choice)
            m_fields.emitChange(tr("choice"), [choice](Decision& d) { d.choice = choice; });
    });
    f.bind(QStringLiteral("status"), m_ui->statusCombo);
    f.bind(QStringLiteral("reason"), m_ui->reasonEdit);
    f.alignLabels();
}

DecisionEditor::~DecisionEditor() = default;

void DecisionEditor::setAdvice(const Recommendations* advice)
{
    m_advice = advice;
}

void DecisionEditor::showElement(const Model& model, const ElementRef& ref)
{
    m_fields.show(model, ref);
}

QWidget* DecisionEditor::fieldWidget(const QString& field) const
{
    return m_fields.field(field);
}

// The decision kinds made for `element` ("system" or an element id), in the format's order; every
// kind when the element is unknown.
QStringList DecisionEditor::kindsFor(const QString& element) const
{
    std::optional<SubjectKind> subject;
    if (element == kSystem) {
        subject = SubjectKind::System;
    } else {
        switch (m_fields.model().findElement(element).section) {
        case S::Workload:
            subject = SubjectKind::Workload;
            break;
        case S::DataStore:
            subject = SubjectKind::DataStore;
            break;
        case S::Channel:
            subject = SubjectKind::Channel;
            break;
        default:
            break;
        }
    }
    // The kinds the rule packs declare (the built-in ones and those of any packs loaded here).
    QStringList kinds;
    const DecisionKinds known = DecisionKinds::known(); // all() of a temporary would dangle
    for (const DecisionKindInfo& kind : known.all()) {
        if (!subject || kind.subject == *subject)
            kinds.append(kind.kind.name());
    }
    return kinds;
}

void DecisionEditor::showSubject(const Decision& decision)
{
    const Model& model = m_fields.model();
    const auto [element, kind] = splitSubject(decision.subject);
    QStringList elements{kSystem};
    for (const Workload& w : model.workloads)
        elements.append(w.id);
    for (const DataStore& d : model.data)
        elements.append(d.id);
    for (const Channel& c : model.channels)
        elements.append(c.id);
    const QSignalBlocker blockElement(m_ui->subjectElementCombo), blockKind(m_ui->subjectKindCombo);
    fill(m_ui->subjectElementCombo, elements, element,
         element.isEmpty() ? tr("(none)") : tr("%1 (not in the model)").arg(element));
    fill(m_ui->subjectKindCombo, kindsFor(element), kind,
         kind.isEmpty() ? tr("(no kind)") : tr("%1 (does not fit)").arg(kind));
    // Items of other sorts of element are told apart by a tooltip, as the ids alone do not say.
    for (int i = 0; i < m_ui->subjectElementCombo->count(); ++i) {
        const QString id = m_ui->subjectElementCombo->itemData(i).toString();
        m_ui->subjectElementCombo->setItemData(
            i, id == kSystem ? tr("the whole system") : model.describe(model.findElement(id)),
            Qt::ToolTipRole);
    }
}

void DecisionEditor::showChoice(const Decision& decision)
{
    QComboBox* combo = m_ui->choiceCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    const std::shared_ptr<const Catalog> catalog = RulePackLoader::builtIn();
    const std::optional<DecisionKind> kind = decision.subjectKind();
    bool known = false;
    // What the advice made of each candidate for this subject: a vetoed one is still offered (a team
    // may pin it knowingly), but it says so before it is picked.
    const DecisionResult* advised = nullptr;
    if (m_advice && kind)
        advised = m_advice->decision(splitSubject(decision.subject).first, *kind);
    if (kind) {
        for (const int index : catalog->candidatesOf(*kind)) {
            const Candidate& c = catalog->candidates()[index];
            QString text = c.label.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.label, c.id);
            QString tip = c.family;
            const Exclusion* vetoed = nullptr;
            for (const Exclusion& e : advised ? advised->excluded : QList<Exclusion>{}) {
                if (e.candidate == c.id)
                    vetoed = &e;
            }
            if (vetoed) {
                text = tr("%1: excluded by %2").arg(text, vetoed->rule);
                tip = vetoed->rationale;
            }
            combo->addItem(text, c.id);
            combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
            if (vetoed)
                combo->setItemData(combo->count() - 1,
                                   combo->palette().color(QPalette::Disabled, QPalette::Text),
                                   Qt::ForegroundRole);
            known = known || c.id == decision.choice;
        }
    }
    // What the model says stays in view, marked, until it is changed: the validator says what is wrong.
    if (!known)
        combo->insertItem(0,
                          decision.choice.isEmpty()
                              ? tr("(none chosen)")
                              : tr("%1 (not a candidate of this kind)").arg(decision.choice),
                          decision.choice);
    combo->setCurrentIndex(combo->findData(decision.choice));
}

void DecisionEditor::changeSubject(const QString& element, const QString& kind)
{
    const Decision* shown = m_fields.element();
    const QString subject = element + u'/' + kind;
    if (shown && subject != shown->subject)
        m_fields.emitChange(tr("subject"), [subject](Decision& d) { d.subject = subject; });
}

} // namespace gw
