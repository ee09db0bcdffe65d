#include "channeleditor.h"

#include "ui_channeleditor.h"

namespace gw {

ChannelEditor::ChannelEditor(QWidget* parent)
    : ElementEditor(parent), m_ui(std::make_unique<Ui::ChannelEditor>()),
      m_fields(this, ElementRef::Section::Channel)
{
    m_ui->setupUi(this);
    auto& f = m_fields;
    f.bindId(m_ui->idEdit);
    f.bindDisplayName(m_ui->nameEdit);
    f.bind(QStringLiteral("kind"), m_ui->kindCombo);
    f.bind(QStringLiteral("ordering"), m_ui->orderingCombo);
    f.bind(QStringLiteral("delivery"), m_ui->deliveryCombo);
    f.bind(QStringLiteral("replay"), m_ui->replayCheck);
    f.bind(QStringLiteral("peak_msgs_s"), m_ui->peakMsgsSpin);
    f.bind(QStringLiteral("retention_hours"), m_ui->retentionSpin);
    const QString connections = tr("Producers and consumers are the workloads whose dependencies name this "
                                   "channel with mode publish or consume; edit them there.");
    m_ui->publishersValue->setToolTip(connections);
    m_ui->consumersValue->setToolTip(connections);
    f.onShow([this](const Channel& c) { showConnections(c); });
    f.bindOwnership(m_ui->ownerEdit, m_ui->costCentreEdit);
    f.bindDeclared();
    f.alignLabels();
}

ChannelEditor::~ChannelEditor() = default;

void ChannelEditor::showElement(const Model& model, const ElementRef& ref)
{
    m_fields.show(model, ref);
}

QWidget* ChannelEditor::fieldWidget(const QString& field) const
{
    return m_fields.field(field);
}

void ChannelEditor::showConnections(const Channel& channel)
{
    QStringList publishers;
    QStringList consumers;
    for (const Workload& w : m_fields.model().workloads) {
        for (const Use& u : w.uses) {
            if (u.to != channel.id)
                continue;
            if (u.mode == UseMode::Publish && !publishers.contains(w.id))
                publishers.append(w.id);
            else if (u.mode == UseMode::Consume && !consumers.contains(w.id))
                consumers.append(w.id);
        }
    }
    const QString none = tr("None");
    m_ui->publishersValue->setText(publishers.isEmpty() ? none : publishers.join(QStringLiteral(", ")));
    m_ui->consumersValue->setText(consumers.isEmpty() ? none : consumers.join(QStringLiteral(", ")));
}

} // namespace gw
