#include "propertiespanel.h"

#include "editors/channeleditor.h"
#include "editors/datastoreeditor.h"
#include "editors/decisioneditor.h"
#include "editors/environmenteditor.h"
#include "editors/fieldmark.h"
#include "editors/systemeditor.h"
#include "editors/teameditor.h"
#include "editors/workloadeditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gw {

namespace {

using S = ElementRef::Section;

} // namespace

PropertiesPanel::PropertiesPanel(QWidget* parent) : QStackedWidget(parent)
{
    m_nothingNote = makeNote(tr("Select an element in the model tree to edit its properties."));
    m_prioritiesNote = makeNote(tr("Priorities are set with the sliders of the Priorities panel: each move "
                                   "re-scores every decision."));
    addEditor(S::System, new SystemEditor);
    addEditor(S::Team, new TeamEditor);
    addEditor(S::Environment, new EnvironmentEditor);
    addEditor(S::Workload, new WorkloadEditor);
    addEditor(S::DataStore, new DataStoreEditor);
    addEditor(S::Channel, new ChannelEditor);
    addEditor(S::Decision, new DecisionEditor);
    setCurrentWidget(m_nothingNote);
}

QWidget* PropertiesPanel::makeNote(const QString& text)
{
    auto* note = new QLabel(text);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    note->setMargin(16);
    note->setEnabled(false); // greyed: a hint, not content
    addWidget(note);
    return note;
}

QWidget* PropertiesPanel::invalidEdit() const
{
    const ElementEditor* shown = m_editors.value(m_ref.section);
    return shown ? shown->invalidEdit() : nullptr;
}

void PropertiesPanel::dropInvalidEdits()
{
    for (ElementEditor* editor : std::as_const(m_editors))
        ElementEditor::dropInvalidEdits(editor);
}

void PropertiesPanel::setAdvice(const Recommendations* advice)
{
    static_cast<DecisionEditor*>(m_editors.value(S::Decision))->setAdvice(advice);
}

void PropertiesPanel::addEditor(ElementRef::Section section, ElementEditor* editor)
{
    Page p;
    p.page = new QWidget;
    auto* layout = new QVBoxLayout(p.page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    p.title = new QLabel;
    QFont bold = p.title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    p.title->setFont(bold);
    p.title->setContentsMargins(10, 8, 10, 4);
    p.title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(p.title);
    // The form scrolls as a whole when the dock is short; it never gets narrower than its fields.
    p.scroll = new QScrollArea;
    p.scroll->setWidgetResizable(true);
    p.scroll->setFrameShape(QFrame::NoFrame);
    p.scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* holder = new QWidget;
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(8, 4, 8, 8);
    holderLayout->addWidget(editor);
    p.sideBySideWidth = holder->minimumSizeHint().width(); // the forms start side by side
    p.scroll->setWidget(holder);
    layout->addWidget(p.scroll);
    addWidget(p.page);
    m_editors.insert(section, editor);
    m_pages.insert(section, p);
    p.scroll->viewport()->installEventFilter(this);
    connect(editor, &ElementEditor::edited, this, &PropertiesPanel::edited);
    connect(editor, &ElementEditor::renameRequested, this, &PropertiesPanel::renameRequested);
}

bool PropertiesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (const Page& page : std::as_const(m_pages)) {
            if (page.scroll->viewport() == watched)
                fitForm(page);
        }
    }
    return QStackedWidget::eventFilter(watched, event);
}

// Beside the Diagram tab at 1280 px the dock is narrower than labels and fields side by side: each
// field then goes under its label, at the full width, instead of off the edge or squeezed.
void PropertiesPanel::fitForm(const Page& page)
{
    const QFormLayout::RowWrapPolicy policy = page.scroll->viewport()->width() < page.sideBySideWidth
                                                  ? QFormLayout::WrapAllRows
                                                  : QFormLayout::DontWrapRows;
    for (QFormLayout* form : page.scroll->widget()->findChildren<QFormLayout*>()) {
        if (form->rowWrapPolicy() != policy)
            form->setRowWrapPolicy(policy);
    }
}

void PropertiesPanel::showElement(const Model& model, const ElementRef& ref)
{
    m_model = model;
    m_ref = ref;
    ElementEditor* editor = m_editors.value(ref.section);
    QString title = model.describe(ref);
    const bool exists = editor && !title.isEmpty() && (ref.index < 0 || [&] {
                            switch (ref.section) {
                            case S::Environment:
                                return ref.index < model.environments.size();
                            case S::Workload:
                                return ref.index < model.workloads.size();
                            case S::DataStore:
                                return ref.index < model.data.size();
                            case S::Channel:
                                return ref.index < model.channels.size();
                            case S::Decision:
                                return ref.index < model.decisions.size();
                            default:
                                return true;
                            }
                        }());
    if (ref.section == S::Priorities) {
        setCurrentWidget(m_prioritiesNote);
        return;
    }
    if (!exists) {
        m_ref = {};
        setCurrentWidget(m_nothingNote);
        return;
    }
    const Page& page = m_pages[ref.section];
    title[0] = title[0].toUpper();
    if (page.title->text() != title)
        page.title->setText(title);
    editor->showElement(model, ref);
    setCurrentWidget(page.page);
    markFields();
}

void PropertiesPanel::showDiagnostics(const Diagnostics& diagnostics)
{
    m_diagnostics = diagnostics;
    markFields();
}

// The marks follow the shown element: each call clears what the last one marked, then marks the
// fields of the problems that belong to the element shown now.
void PropertiesPanel::markFields()
{
    for (const QPointer<QWidget>& widget : std::as_const(m_marked)) {
        if (widget)
            FieldMark::clear(widget, FieldMark::Source::Diagnostics);
    }
    m_marked.clear();
    ElementEditor* editor = m_editors.value(m_ref.section);
    if (!editor || currentWidget() != m_pages.value(m_ref.section).page)
        return;
    const QString prefix = m_ref.path() + u'.';
    for (const Diagnostic& d : std::as_const(m_diagnostics)) {
        if (!(d.element == m_ref) || !d.path.startsWith(prefix))
            continue;
        QWidget* field = editor->fieldWidget(d.path.mid(prefix.size()));
        if (!field)
            continue;
        // Beside its field the problem needs no path: "must be greater than 0", not "data[0].…: must…".
        const QString said = d.path + QStringLiteral(": ");
        FieldMark::add(field, FieldMark::Source::Diagnostics, d.severity,
                       d.message.startsWith(said) ? d.message.mid(said.size()) : d.message);
        m_marked.append(field);
    }
}

bool PropertiesPanel::focusField(const ElementRef& element, const QString& fullPath)
{
    if (!(element == m_ref))
        showElement(m_model, element);
    ElementEditor* editor = m_editors.value(m_ref.section);
    const QString prefix = m_ref.path() + u'.';
    if (!editor || !(element == m_ref) || !fullPath.startsWith(prefix))
        return false;
    QWidget* field = editor->fieldWidget(fullPath.mid(prefix.size()));
    if (!field)
        return false;
    m_pages.value(m_ref.section).scroll->ensureWidgetVisible(field);
    field->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(field->focusProxy() ? field->focusProxy() : field))
        edit->selectAll();
    return true;
}

} // namespace gw
