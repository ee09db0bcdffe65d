// PropertiesPanel: the form of the selected element, one editor per section in a stack, each in a
// scroll area under a title. It marks the fields that have problems, jumps to a problem's field, and
// passes the editors' edits and renames on; it changes no model itself.
#pragma once

#include "core/io/diagnostic.h"
#include "core/model/model.h"
#include "editors/elementeditor.h"

#include <QHash>
#include <QPointer>
#include <QStackedWidget>

class QLabel;
class QScrollArea;

namespace gw {

struct Recommendations;

class PropertiesPanel : public QStackedWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget* parent = nullptr);

    // Shows `ref` of `model` in its section's editor; a note for the priorities and for no selection.
    // Called again after every edit with the new model: the editor keeps the field being typed in.
    void showElement(const Model& model, const ElementRef& ref);
    // Marks the fields of the shown element that have problems (the others when they are shown);
    // replaces the marks of the previous call.
    void showDiagnostics(const Diagnostics& diagnostics);
    // The advice the decision form marks vetoed candidates by; it must outlive the panel.
    void setAdvice(const Recommendations* advice);
    // Shows `element` and puts the focus in the field at `fullPath` ("workloads[2].traffic.pattern");
    // false when that path has no field in the form.
    bool focusField(const ElementRef& element, const QString& fullPath);

    ElementRef element() const { return m_ref; }
    // The field of the shown element holding a typed value the model refused; nullptr when none.
    QWidget* invalidEdit() const;
    // Forgets such values (another model comes): the next show puts the model's values back.
    void dropInvalidEdits();
    // The editor of a section; nullptr for the priorities and for no section.
    ElementEditor* editor(ElementRef::Section section) const { return m_editors.value(section); }

Q_SIGNALS:
    void edited(const gw::ElementRef& element, const QString& what, const gw::ElementEditor::Edit& edit);
    void renameRequested(const gw::ElementRef& element, const QString& newId);

private:
    struct Page
    {
        QWidget* page = nullptr;
        QLabel* title = nullptr;
        QScrollArea* scroll = nullptr;
        int sideBySideWidth = 0; // the viewport width the form needs with each field beside its label
    };

    bool eventFilter(QObject* watched, QEvent* event) override;
    // Fields beside their labels when the page is wide enough, under them when it is not.
    static void fitForm(const Page& page);

    void addEditor(ElementRef::Section section, ElementEditor* editor);
    QWidget* makeNote(const QString& text);
    void markFields();

    Model m_model;
    ElementRef m_ref;
    Diagnostics m_diagnostics;
    QHash<ElementRef::Section, ElementEditor*> m_editors;
    QHash<ElementRef::Section, Page> m_pages;
    QWidget* m_nothingNote;
    QWidget* m_prioritiesNote;
    QList<QPointer<QWidget>> m_marked;
};

} // namespace gw
