// FieldMark: a red (error) or amber (warning) frame drawn over a form field that has a problem, with
// the problem put in front of the field's tooltip and, in a form, written in the row under it. The frame is
// an overlay, not a style sheet, so that the field keeps the look of the platform style. A field can be
// marked from two sources at once: the check run while the user types, and the validator's diagnostics; the
// typing check is shown first.
#pragma once

#include "core/io/diagnostic.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace gw {

class FieldMark : public QWidget
{
    Q_OBJECT

public:
    enum class Source { Typing, Diagnostics };

    // Marks `field`; several diagnostics on one field are shown together (call add once for each).
    static void add(QWidget* field, Source source, Severity severity, const QString& message);
    static void clear(QWidget* field, Source source);
    // What `field` shows: nullopt when it is not marked.
    static std::optional<Severity> severityOn(const QWidget* field);
    static QString messageOn(const QWidget* field);
    // The line under the field that says what is wrong; nullptr when none is shown (no problem, or a
    // field outside a form).
    static QLabel* messageLabel(const QWidget* field);

    ~FieldMark() override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Problem
    {
        Severity severity = Severity::Warning;
        QStringList messages;
    };

    explicit FieldMark(QWidget* field);
    static FieldMark* of(const QWidget* field);
    void refresh();
    void showMessage(const Problem* problem);
    const Problem* shown() const;

    QWidget* m_field;
    QString m_baseToolTip; // the field's own tooltip (its description), kept under the problem
    std::optional<Problem> m_typing;
    std::optional<Problem> m_diagnostics;
    QPointer<QFormLayout> m_form;
    QPointer<QLabel> m_message;
};

} // namespace gw
