#include "environmenteditor.h"

#include "ui_environmenteditor.h"

namespace gw {

EnvironmentEditor::EnvironmentEditor(QWidget* parent)
    : ElementEditor(parent), m_ui(std::make_unique<Ui::EnvironmentEditor>()),
      m_fields(this, ElementRef::Section::Environment)
{
    m_ui->setupUi(this);
    auto& f = m_fields;
    f.bindText(
        m_ui->nameEdit, QStringLiteral("name"), tr("name"), [](auto& e) -> auto& { return e.name; },
        [this](const QString& text) -> QString {
            if (text.trimmed().isEmpty())
                return tr("An environment needs a name.");
            const QList<Environment>& all = m_fields.model().environments;
            for (int i = 0; i < all.size(); ++i) {
                if (i != m_fields.ref().index && all[i].name == text.trimmed())
                    return tr("There is already an environment named '%1'.").arg(text.trimmed());
            }
            return {};
        });
    f.bindText(
        m_ui->accountEdit, QStringLiteral("account"), tr("account"),
        [](auto& e) -> auto& { return e.account; });

    // The region: one of the system's regions or any other; empty means the system's primary region.
    m_ui->regionCombo->setInsertPolicy(QComboBox::NoInsert);
    f.addField(QStringLiteral("region"), m_ui->regionCombo);
    connect(m_ui->regionCombo->lineEdit(), &QLineEdit::editingFinished, this,
            &EnvironmentEditor::commitRegion);
    connect(m_ui->regionCombo, &QComboBox::activated, this, &EnvironmentEditor::commitRegion);
    f.onShow([this](const Environment& e) { showRegion(e); });
    f.bindDeclared();
    f.alignLabels();
}

EnvironmentEditor::~EnvironmentEditor() = default;

void EnvironmentEditor::showElement(const Model& model, const ElementRef& ref)
{
    m_fields.show(model, ref);
}

QWidget* EnvironmentEditor::fieldWidget(const QString& field) const
{
    return m_fields.field(field);
}

void EnvironmentEditor::showRegion(const Environment& environment)
{
    m_sentRegion.reset();
    QComboBox* combo = m_ui->regionCombo;
    const QSignalBlocker blocker(combo);
    const QStringList& regions = m_fields.model().system.regions;
    QStringList have;
    for (int i = 0; i < combo->count(); ++i)
        have.append(combo->itemText(i));
    if (have != regions) {
        const QString typed = combo->currentText();
        combo->clear();
        combo->addItems(regions);
        combo->setEditText(typed);
    }
    combo->lineEdit()->setPlaceholderText(regions.isEmpty()
                                              ? tr("The system's primary region")
                                              : tr("The system's primary region (%1)").arg(regions.first()));
    if (combo->currentText() != environment.region)
        combo->setEditText(environment.region);
}

void EnvironmentEditor::commitRegion()
{
    const Environment* shown = m_fields.element();
    const QString region = m_ui->regionCombo->currentText().trimmed();
    if (!shown || region == shown->region || m_sentRegion == region)
        return;
    m_sentRegion = region;
    m_fields.emitChange(tr("region"), [region](Environment& e) { e.region = region; });
}

} // namespace gw
