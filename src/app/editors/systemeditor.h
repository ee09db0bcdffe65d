// SystemEditor: the form of the system as a whole: name, description, stage, cloud, regions and the
// availability objectives.
#pragma once

#include "elementeditor.h"
#include "fieldbindings.h"

#include <memory>

namespace gw {

namespace Ui {
class SystemEditor;
}

class SystemEditor : public ElementEditor
{
    Q_OBJECT

public:
    explicit SystemEditor(QWidget* parent = nullptr);
    ~SystemEditor() override;

    void showElement(const Model& model, const ElementRef& ref) override;
    QWidget* fieldWidget(const QString& field) const override;

private:
    std::unique_ptr<Ui::SystemEditor> m_ui;
    FieldBindings<System> m_fields;
};

} // namespace gw
