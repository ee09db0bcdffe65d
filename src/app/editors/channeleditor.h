// ChannelEditor: the form of one channel (queue, topic or stream): ordering and delivery guarantees,
// load and retention, and, read-only, the workloads that publish to it and consume from it.
#pragma once

#include "elementeditor.h"
#include "fieldbindings.h"

#include <memory>

namespace gw {

namespace Ui {
class ChannelEditor;
}

class ChannelEditor : public ElementEditor
{
    Q_OBJECT

public:
    explicit ChannelEditor(QWidget* parent = nullptr);
    ~ChannelEditor() override;

    void showElement(const Model& model, const ElementRef& ref) override;
    QWidget* fieldWidget(const QString& field) const override;

private:
    void showConnections(const Channel& channel);

    std::unique_ptr<Ui::ChannelEditor> m_ui;
    FieldBindings<Channel> m_fields;
};

} // namespace gw
