#include "systemeditor.h"

#include "ui_systemeditor.h"

namespace gw {

SystemEditor::SystemEditor(QWidget* parent)
    : ElementEditor(parent), m_ui(std::make_unique<Ui::SystemEditor>()),
      m_fields(this, ElementRef::Section::System)
{
    m_ui->setupUi(this);
    auto& f = m_fields;
    f.bindText(
        m_ui->nameEdit, QStringLiteral("name"), tr("name"), [](auto& s) -> auto& { return s.name; },
        [](const QString& text) {
            return text.trimmed().isEmpty() ? tr("The system needs a name.") : QString();
        });
    f.bindMultiLine(
        m_ui->descriptionEdit, QStringLiteral("description"), tr("description"),
        [](auto& s) -> auto& { return s.description; });
    f.bindCombo<Stage>(
        m_ui->stageCombo, QStringLiteral("stage"), tr("stage"), [](auto& s) -> auto& { return s.stage; });
    f.bindCombo<Cloud>(
        m_ui->cloudCombo, QStringLiteral("cloud"), tr("cloud"), [](auto& s) -> auto& { return s.cloud; });
    f.bindTextList(
        m_ui->regionsEdit, QStringLiteral("regions"), tr("regions"),
        [](auto& s) -> auto& { return s.regions; });
    m_ui->availabilitySpin->setDecimals(4);
    m_ui->availabilitySpin->setRange(90, 99.9999);
    m_ui->availabilitySpin->setSingleStep(0.1);
    f.bindNumber(
        m_ui->availabilitySpin, QStringLiteral("availability_target"), tr("availability target"),
        [](auto& s) -> auto& { return s.availabilityTarget; });
    constexpr int kMaxMinutes = std::numeric_limits<int>::max();
    m_ui->rtoSpin->setSingleStep(15);
    f.bindInt(
        m_ui->rtoSpin, QStringLiteral("rto_minutes"), tr("RTO"),
        [](auto& s) -> auto& { return s.rtoMinutes; }, 0, kMaxMinutes);
    m_ui->rpoSpin->setSingleStep(15);
    f.bindInt(
        m_ui->rpoSpin, QStringLiteral("rpo_minutes"), tr("RPO"),
        [](auto& s) -> auto& { return s.rpoMinutes; }, 0, kMaxMinutes);
    f.bindOwnership(m_ui->ownerEdit, m_ui->costCentreEdit);
    f.bindDeclared();
    f.alignLabels();
}

SystemEditor::~SystemEditor() = default;

void SystemEditor::showElement(const Model& model, const ElementRef& ref)
{
    m_fields.show(model, ref);
}

QWidget* SystemEditor::fieldWidget(const QString& field) const
{
    return m_fields.field(field);
}

} // namespace gw
