#include "fieldmark.h"

#include "palettecolors.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>

namespace gw {

namespace {

const char* const kBaseToolTip = "groundworkBaseToolTip";

QColor colourOf(Severity severity)
{
    return severity == Severity::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xe6, 0x95, 0x00);
}

bool holds(QLayoutItem* item, const QWidget* field)
{
    if (!item)
        return false;
    if (item->widget() == field)
        return true;
    if (QLayout* layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (holds(layout->itemAt(i), field))
                return true;
        }
    }
    return false;
}

// The form and row whose field part holds `field` (alone or beside other widgets); none for a field
// outside a form, such as a table cell, which keeps its message in the tooltip.
std::pair<QFormLayout*, int> formRowOf(const QWidget* field)
{
    const QWidget* parent = field->parentWidget();
    if (!parent)
        return {nullptr, -1};
    for (QFormLayout* form : parent->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (holds(form->itemAt(row, QFormLayout::FieldRole), field))
                return {form, row};
        }
    }
    return {nullptr, -1};
}

} // namespace

FieldMark::FieldMark(QWidget* field) : QWidget(field), m_field(field)
{
    setObjectName(QStringLiteral("groundworkFieldMark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    // The tooltip the field had before its first mark; kept on the field so that a mark created again
    // later does not take a problem message for the description.
    if (!field->property(kBaseToolTip).isValid())
        field->setProperty(kBaseToolTip, field->toolTip());
    m_baseToolTip = field->property(kBaseToolTip).toString();
    field->installEventFilter(this);
    setGeometry(field->rect());
    hide();
}

FieldMark* FieldMark::of(const QWidget* field)
{
    return field ? field->findChild<FieldMark*>(QStringLiteral("groundworkFieldMark"),
                                                Qt::FindDirectChildrenOnly)
                 : nullptr;
}

void FieldMark::add(QWidget* field, Source source, Severity severity, const QString& message)
{
    if (!field)
        return;
    FieldMark* mark = of(field);
    if (!mark)
        mark = new FieldMark(field);
    std::optional<Problem>& slot = source == Source::Typing ? mark->m_typing : mark->m_diagnostics;
    if (!slot || source == Source::Typing)
        slot = Problem{severity, {}};
    if (severity == Severity::Error)
        slot->severity = Severity::Error;
    if (!slot->messages.contains(message))
        slot->messages.append(message);
    mark->refresh();
}

void FieldMark::clear(QWidget* field, Source source)
{
    FieldMark* mark = of(field);
    if (!mark)
        return;
    (source == Source::Typing ? mark->m_typing : mark->m_diagnostics).reset();
    mark->refresh();
}

std::optional<Severity> FieldMark::severityOn(const QWidget* field)
{
    const FieldMark* mark = of(field);
    const Problem* problem = mark ? mark->shown() : nullptr;
    return problem ? std::optional<Severity>(problem->severity) : std::nullopt;
}

QString FieldMark::messageOn(const QWidget* field)
{
    const FieldMark* mark = of(field);
    const Problem* problem = mark ? mark->shown() : nullptr;
    return problem ? problem->messages.join(u'\n') : QString();
}

const FieldMark::Problem* FieldMark::shown() const
{
    if (m_typing)
        return &*m_typing;
    return m_diagnostics ? &*m_diagnostics : nullptr;
}

FieldMark::~FieldMark()
{
    if (m_message && m_form)
        m_form->removeRow(m_message);
}

// The problem in words under the field, in the form's next row, so that it can be read without
// hovering; removed with the mark.
void FieldMark::showMessage(const Problem* problem)
{
    if (!problem) {
        if (m_message && m_form)
            m_form->removeRow(m_message);
        return;
    }
    if (!m_message) {
        const auto [form, row] = formRowOf(m_field);
        if (!form)
            return;
        auto* label = new QLabel;
        label->setObjectName(QStringLiteral("groundworkFieldMessage"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        label->setFont(font);
        form->insertRow(row + 1, QString(), label);
        m_form = form;
        m_message = label;
    }
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, palettecolors::themed(colourOf(problem->severity)));
    m_message->setPalette(palette);
    m_message->setText(problem->messages.join(u'\n'));
}

QLabel* FieldMark::messageLabel(const QWidget* field)
{
    const FieldMark* mark = of(field);
    return mark ? mark->m_message.data() : nullptr;
}

void FieldMark::refresh()
{
    const Problem* problem = shown();
    showMessage(problem);
    if (!problem) {
        m_field->setToolTip(m_baseToolTip);
        m_field->setProperty("groundworkMark", QVariant());
        hide();
        return;
    }
    const QString message = problem->messages.join(u'\n');
    m_field->setToolTip(m_baseToolTip.isEmpty() ? message : message + QStringLiteral("\n\n") + m_baseToolTip);
    m_field->setProperty("groundworkMark", problem->severity == Severity::Error ? QStringLiteral("error")
                                                                                : QStringLiteral("warning"));
    setGeometry(m_field->rect());
    show();
    raise();
    update();
}

bool FieldMark::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field) {
        if (event->type() == QEvent::Resize)
            setGeometry(m_field->rect());
        else if (event->type() == QEvent::ChildAdded && isVisible())
            raise(); // stay above children a field adds later (a line edit inside a combo box)
    }
    return QWidget::eventFilter(watched, event);
}

void FieldMark::paintEvent(QPaintEvent*)
{
    const Problem* problem = shown();
    if (!problem)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colourOf(problem->severity), 2);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

} // namespace gw
