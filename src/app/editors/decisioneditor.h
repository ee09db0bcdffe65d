// DecisionEditor: the form of one pinned decision: its subject (an element, or the system, and a
// decision kind that fits it), the chosen candidate, its status and the reason.
#pragma once

#include "elementeditor.h"
#include "fieldbindings.h"

#include <memory>

namespace gw {

struct Recommendations;

namespace Ui {
class DecisionEditor;
}

class DecisionEditor : public ElementEditor
{
    Q_OBJECT

public:
    explicit DecisionEditor(QWidget* parent = nullptr);
    ~DecisionEditor() override;

    // The advice whose vetoes the choice marks; not owned, and it must outlive the editor (null: none).
    void setAdvice(const Recommendations* advice);
    void showElement(const Model& model, const ElementRef& ref) override;
    QWidget* fieldWidget(const QString& field) const override;

private:
    void showSubject(const Decision& decision);
    void showChoice(const Decision& decision);
    QStringList kindsFor(const QString& element) const;
    void changeSubject(const QString& element, const QString& kind);

    std::unique_ptr<Ui::DecisionEditor> m_ui;
    FieldBindings<Decision> m_fields;
    const Recommendations* m_advice = nullptr;
};

} // namespace gw
