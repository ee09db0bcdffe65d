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
    f.bind(QStringLiteral("description"), m_ui->descriptionEdit);
    f.bind(QStringLiteral("stage"), m_ui->stageCombo);
    f.bind(QStringLiteral("cloud"), m_ui->cloudCombo);
    f.bind(QStringLiteral("regions"), m_ui->regionsEdit);
    m_ui->availabilitySpin->setDecimals(4);
    m_ui->availabilitySpin->setSingleStep(0.1);
    f.bind(QStringLiteral("availability_target"), m_ui->availabilitySpin);
    m_ui->rtoSpin->setSingleStep(15);
    f.bind(QStringLiteral("rto_minutes"), m_ui->rtoSpin);
    m_ui->rpoSpin->setSingleStep(15);
    f.bind(QStringLiteral("rpo_minutes"), m_ui->rpoSpin);
    f.bindOwnership(m_ui->ownerEdit, m_ui->costCentreEdit);
    f.addField(QStringLiteral("assumptions"), m_ui->assumptionsGroup);
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
