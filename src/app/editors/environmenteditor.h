// EnvironmentEditor: the form of one environment (production, staging...): its name, cloud account
// and region.
#pragma once

#include "elementeditor.h"
#include "fieldbindings.h"

#include <memory>

namespace gw {

namespace Ui {
class EnvironmentEditor;
}

class EnvironmentEditor : public ElementEditor
{
    Q_OBJECT

public:
    explicit EnvironmentEditor(QWidget* parent = nullptr);
    ~EnvironmentEditor() override;

    void showElement(const Model& model, const ElementRef& ref) override;
    QWidget* fieldWidget(const QString& field) const override;

private:
    void showRegion(const Environment& environment);
    void commitRegion();

    std::unique_ptr<Ui::EnvironmentEditor> m_ui;
    FieldBindings<Environment> m_fields;
};

} // namespace gw
