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
    // The region last sent until the model comes back: Enter in an editable combo box reports the
    // same text more than once (activated, editingFinished).
    std::optional<QString> m_sentRegion;
};

} // namespace gw
