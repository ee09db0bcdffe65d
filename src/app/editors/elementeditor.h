// ElementEditor: the form that edits one kind of model element in the properties panel. Editors hold
// no model of their own and change nothing: every user edit leaves as a signal that the main window
// turns into an undo command, and the new model comes back through showElement().
#pragma once

#include "core/model/elementref.h"

#include <QVariant>
#include <QWidget>

#include <functional>

namespace gw {

struct Model;

class ElementEditor : public QWidget
{
    Q_OBJECT

public:
    using Edit = std::function<void(gw::Model&)>;

    using QWidget::QWidget;

    // Shows element `ref` of `model`. Never emits edited() while doing so. Called again after every
    // edit (and undo/redo) with the new model: update only widgets whose value differs, so that the
    // cursor and focus of the field being typed in are kept.
    virtual void showElement(const gw::Model& model, const gw::ElementRef& ref) = 0;
    // The widget of a field, by its path relative to the element ("traffic.pattern", "uses[1].to",
    // "name"); nullptr when unknown. Used to jump from a problem to its field.
    virtual QWidget* fieldWidget(const QString& field) const = 0;

    // A field holding a typed value the model refused (an id already taken): it stays in view until
    // fixed or cancelled with Escape, and the window does not leave the element meanwhile.
    QWidget* invalidEdit() const
    {
        for (QWidget* child : findChildren<QWidget*>()) {
            if (isInvalidEdit(child))
                return child;
        }
        return nullptr;
    }
    static bool isInvalidEdit(const QWidget* field) { return field->property(kInvalidEdit).toBool(); }
    static void setInvalidEdit(QWidget* field, bool invalid) { field->setProperty(kInvalidEdit, invalid); }
    // Forgets every refused value of `editor`'s fields, so that the next show puts the model's back.
    static void dropInvalidEdits(QWidget* editor)
    {
        for (QWidget* child : editor->findChildren<QWidget*>())
            setInvalidEdit(child, false);
    }

private:
    static constexpr char kInvalidEdit[] = "groundworkInvalidEdit";

Q_SIGNALS:
    // One user edit: `what` names the field for the undo text ("traffic pattern"), `edit` applies it
    // to a copy of the model.
    void edited(const gw::ElementRef& element, const QString& what, const gw::ElementEditor::Edit& edit);
    // A new id typed into the id field of a workload, data store or channel. Not an edit() because a
    // rename must also change every reference to the old id (RenameElement does both).
    void renameRequested(const gw::ElementRef& element, const QString& newId);
};

} // namespace gw
