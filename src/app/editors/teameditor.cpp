#include "teameditor.h"

#include "rowtable.h"
#include "ui_teameditor.h"

namespace gw {

namespace {

constexpr int kNewSkillLevel = 3; // the middle of 0..5: the user says more in the next keystroke

} // namespace

TeamEditor::TeamEditor(QWidget* parent)
    : ElementEditor(parent), m_ui(std::make_unique<Ui::TeamEditor>()),
      m_fields(this, ElementRef::Section::Team)
{
    m_ui->setupUi(this);
    auto& f = m_fields;
    f.bind(QStringLiteral("size"), m_ui->sizeSpin);
    f.bind(QStringLiteral("teams"), m_ui->teamsSpin);
    f.bind(QStringLiteral("ops_maturity"), m_ui->opsMaturityCombo);
    f.bind(QStringLiteral("release_cadence"), m_ui->releaseCadenceCombo);
    m_ui->budgetSpin->setDecimals(2);
    m_ui->budgetSpin->setSingleStep(100);
    f.bind(QStringLiteral("budget_usd_month"), m_ui->budgetSpin);

    m_skillsTable =
        new RowTable(m_ui->skillsTable, {tr("Language"), tr("Level")}, tr("Remove this language"));
    m_skillsTable->setTabNeighbours(m_ui->budgetSpin, m_ui->addSkillButton);
    f.addField(QStringLiteral("skills"), m_ui->skillsTable);
    m_ui->addSkillButton->setToolTip(m_ui->skillsTable->toolTip());
    connect(m_ui->addSkillButton, &QPushButton::clicked, this, &TeamEditor::addSkill);
    connect(m_skillsTable, &RowTable::removeClicked, this, [this](int row) {
        m_fields.emitChange(tr("skills"), [row](Team& t) {
            if (row < t.skills.size())
                t.skills.removeAt(row);
        });
    });
    f.bind(QStringLiteral("hiring"), m_ui->hiringEdit);
    f.bind(QStringLiteral("compliance"), m_ui->complianceList);
    f.onShow([this](const Team& t) { showSkills(t); });
    f.bindDeclared();
    f.alignLabels();
}

TeamEditor::~TeamEditor() = default;

void TeamEditor::showElement(const Model& model, const ElementRef& ref)
{
    m_fields.show(model, ref);
}

// "skills.go" is the row of go (a problem with a language: it is unknown, or its level out of range).
QWidget* TeamEditor::fieldWidget(const QString& field) const
{
    const QString prefix = QStringLiteral("skills.");
    if (field.startsWith(prefix)) {
        const QString language = field.mid(prefix.size());
        for (const SkillRow& row : m_skillRows) {
            if (row.language->currentText() == language)
                return row.language;
        }
    }
    return m_fields.field(field);
}

void TeamEditor::showSkills(const Team& team)
{
    m_sentLanguages.clear();
    if (m_skillRows.size() != team.skills.size()) {
        makeSkillRows(team, std::exchange(m_focusNewRow, -1));
        return;
    }
    for (int i = 0; i < team.skills.size(); ++i) {
        const Skill& skill = team.skills[i];
        const SkillRow& row = m_skillRows[i];
        FieldMark::clear(row.language, FieldMark::Source::Typing);
        const QSignalBlocker blockLanguage(row.language), blockLevel(row.level);
        if (row.language->currentText() != skill.language)
            row.language->setCurrentText(skill.language);
        if (row.level->value() != skill.level)
            row.level->setValue(skill.level);
    }
}

void TeamEditor::makeSkillRows(const Team& team, int focusRow)
{
    const auto describe = [](const QString& key) {
        return SchemaDescriptions::toolTip(ElementRef::Section::Team, key);
    };
    m_skillRows.clear();
    QList<QList<QWidget*>> cells;
    for (int i = 0; i < team.skills.size(); ++i) {
        const Skill& skill = team.skills[i];
        SkillRow row{new QComboBox, new QSpinBox};
        row.language->setEditable(true);
        row.language->setInsertPolicy(QComboBox::NoInsert);
        row.language->addItems(knownLanguages());
        row.language->setCurrentText(skill.language);
        row.language->setToolTip(describe(QStringLiteral("skills")));
        row.language->setAccessibleName(tr("Skill %1 language").arg(i + 1));
        row.level->setRange(Skill::kMin, Skill::kMax);
        row.level->setValue(skill.level);
        row.level->setKeyboardTracking(false);
        row.level->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.level->setToolTip(describe(QStringLiteral("skills.level")));
        row.level->setAccessibleName(tr("Skill %1 level").arg(i + 1));
        WheelGuard::install(row.language);
        row.language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.language->setMinimumContentsLength(8);
        WheelGuard::install(row.level);

        connect(row.language, &QComboBox::activated, this, [this, i] { commitLanguage(i); });
        connect(row.language->lineEdit(), &QLineEdit::editingFinished, this,
                [this, i] { commitLanguage(i); });
        connect(row.language->lineEdit(), &QLineEdit::textEdited, this,
                [this, i, combo = row.language](const QString& text) {
                    FieldBindings<Team>::markTyped(combo, languageProblem(i, text.trimmed()));
                });
        connect(row.level, &QSpinBox::valueChanged, this, [this, i](int level) {
            const Team* shown = m_fields.element();
            if (!shown || i >= shown->skills.size() || shown->skills[i].level == level)
                return;
            m_fields.emitChange(tr("%1 skill").arg(shown->skills[i].language), [i, level](Team& t) {
                if (i < t.skills.size())
                    t.skills[i].level = level;
            });
        });
        m_skillRows.append(row);
        cells.append({row.language, row.level});
    }
    m_skillsTable->setRows(cells, focusRow);
}

// Skills are a mapping in the format: one language may be listed once.
QString TeamEditor::languageProblem(int row, const QString& language) const
{
    if (language.isEmpty())
        return tr("Name a language, e.g. %1.").arg(knownLanguages().first());
    const Team* shown = m_fields.element();
    for (int i = 0; shown && i < shown->skills.size(); ++i) {
        if (i != row && shown->skills[i].language == language)
            return tr("%1 is already listed.").arg(language);
    }
    return {};
}

void TeamEditor::commitLanguage(int row)
{
    const Team* shown = m_fields.element();
    if (!shown || row >= shown->skills.size() || row >= m_skillRows.size())
        return;
    QComboBox* combo = m_skillRows[row].language;
    const QString language = combo->currentText().trimmed();
    if (language == shown->skills[row].language || m_sentLanguages.value(row) == language)
        return;
    const QString problem = languageProblem(row, language);
    FieldBindings<Team>::markTyped(combo, problem);
    if (!problem.isEmpty())
        return;
    m_sentLanguages.insert(row, language);
    m_fields.emitChange(tr("skill language"), [row, language](Team& t) {
        if (row < t.skills.size())
            t.skills[row].language = language;
    });
}

// A new row names the first language of the catalog the team does not list yet.
void TeamEditor::addSkill()
{
    const Team* shown = m_fields.element();
    if (!shown)
        return;
    QString language;
    for (const QString& known : knownLanguages()) {
        const bool listed = std::any_of(shown->skills.begin(), shown->skills.end(),
                                        [&](const Skill& s) { return s.language == known; });
        if (!listed) {
            language = known;
            break;
        }
    }
    if (language.isEmpty())
        language = tr("language");
    m_focusNewRow = static_cast<int>(shown->skills.size());
    m_fields.emitChange(tr("skills"), [language](Team& t) {
        t.skills.append(Skill{language, kNewSkillLevel});
    });
}

} // namespace gw
