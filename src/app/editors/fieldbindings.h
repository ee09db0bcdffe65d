// FieldBindings: ties the widgets of an editor's form to the fields of one element type T. It shows
// an element's values (touching only widgets whose value differs, under signal blockers so that
// showing never emits), turns each user change into one edit of one field, gives each field the
// schema's description as its tooltip, and finds a field's widget by its path in the format.
#pragma once

#include "core/model/model.h"
#include "elementeditor.h"
#include "fieldmark.h"
#include "multilineedit.h"
#include "numberspinbox.h"
#include "revertonescape.h"
#include "schemadescriptions.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>
#include <optional>
#include <type_traits>

namespace gw {

// The element of type T at `index` in a model (const or not); nullptr when there is none.
template<typename T, typename M> auto* elementAt(M& model, int index)
{
    const auto inList = [index](auto& list) {
        return index >= 0 && index < list.size() ? &list[index] : nullptr;
    };
    if constexpr (std::is_same_v<T, System>)
        return &model.system;
    else if constexpr (std::is_same_v<T, Team>)
        return &model.team;
    else if constexpr (std::is_same_v<T, Environment>)
        return inList(model.environments);
    else if constexpr (std::is_same_v<T, Workload>)
        return inList(model.workloads);
    else if constexpr (std::is_same_v<T, DataStore>)
        return inList(model.data);
    else if constexpr (std::is_same_v<T, Channel>)
        return inList(model.channels);
    else
        return inList(model.decisions);
}

// A comma-separated list as typed ("eu-west-1, eu-central-1"), without empty entries.
inline QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

template<typename T> class FieldBindings
{
public:
    static constexpr double kDefaultMaximum = 1e9; // a number field without a declared maximum
    using Change = std::function<void(T&)>;
    // A problem with the text as typed, in words for the user; empty when there is none.
    using Check = std::function<QString(const QString& text)>;

    FieldBindings(ElementEditor* editor, ElementRef::Section section) : m_editor(editor), m_section(section)
    {
    }

    const Model& model() const { return m_model; }
    const ElementRef& ref() const { return m_ref; }
    const T* element() const { return elementAt<T>(m_model, m_ref.index); }
    bool isShowing() const { return m_showing; }

    // Shows `ref` of `model` in every bound widget; edits that arrive meanwhile are dropped. A value
    // typed but refused (ElementEditor::invalidEdit) stays in view while the same element is shown
    // again, until it is fixed or Escape puts the model's value back.
    void show(const Model& model, const ElementRef& ref)
    {
        if (ref != m_ref)
            ElementEditor::dropInvalidEdits(m_editor);
        m_model = model;
        m_ref = ref;
        const T* shown = element();
        if (!shown)
            return;
        m_showing = true;
        for (const auto& showOne : m_shows)
            showOne(*shown);
        m_showing = false;
    }

    // Runs after the bound fields when an element is shown, for the parts an editor shows itself.
    void onShow(std::function<void(const T&)> showPart) { m_shows.append(std::move(showPart)); }

    // Makes `widget` the field at `path`: findable, with the schema's description as its tooltip (and
    // its label's), and deaf to the wheel until focused when it is a combo or spin box.
    void addField(const QString& path, QWidget* widget)
    {
        m_fields.insert(path, widget);
        m_paths.append(path);
        const QString description = SchemaDescriptions::describe(m_section, path);
        const QString tip = SchemaDescriptions::toolTip(m_section, path);
        widget->setToolTip(tip);
        widget->setAccessibleDescription(description);
        const auto labels = m_editor->template findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->buddy() == widget) {
                label->setToolTip(tip);
                widget->setAccessibleName(label->text().remove(u'&'));
            }
        }
        if (qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget))
            WheelGuard::install(widget);
        RevertOnEscape::install(widget, [this] { revert(); });
    }

    // Puts the model's values back in every field, typed ones too (Escape).
    void revert()
    {
        ElementEditor::dropInvalidEdits(m_editor);
        show(Model(m_model), m_ref);
    }

    // The widget of `path`, or of the nearest field that holds it ("clients[1]" -> "clients").
    QWidget* field(const QString& path) const
    {
        static const QRegularExpression last(QStringLiteral("(\\[\\d+\\]|\\.[^.\\[]*)$"));
        QString p = path;
        while (!p.isEmpty()) {
            if (QWidget* widget = m_fields.value(p))
                return widget;
            const QRegularExpressionMatch match = last.match(p);
            if (!match.hasMatch())
                break;
            p.chop(match.capturedLength());
        }
        return nullptr;
    }
    // Every bound path, in the order of the form.
    const QStringList& paths() const { return m_paths; }

    // Emits one edit of the shown element; `change` is applied to that element in a copy of the model.
    void emitChange(const QString& what, Change change) const
    {
        if (m_showing || !element())
            return;
        const int index = m_ref.index;
        Q_EMIT m_editor->edited(m_ref, what, [index, change](Model& model) {
            if (T* target = elementAt<T>(model, index))
                change(*target);
        });
    }

    // Shows the problem `check` finds in the text at once, while the user types; cleared when a value
    // of the model is shown.
    void checkAsTyped(QLineEdit* edit, Check check)
    {
        QObject::connect(edit, &QLineEdit::textEdited, m_editor, [edit, check](const QString& text) {
            const QString problem = check(text);
            ElementEditor::setInvalidEdit(edit, !problem.isEmpty());
            markTyped(edit, problem);
        });
    }
    static void markTyped(QWidget* widget, const QString& problem)
    {
        if (problem.isEmpty())
            FieldMark::clear(widget, FieldMark::Source::Typing);
        else
            FieldMark::add(widget, FieldMark::Source::Typing, Severity::Error, problem);
    }

    // Text fields commit when the user is done (Enter or leaving the field), as one edit.
    template<typename F>
    void bindText(QLineEdit* edit, const QString& path, const QString& what, F field, Check check = {})
    {
        addField(path, edit);
        if (check)
            checkAsTyped(edit, check);
        m_shows.append([edit, field](const T& e) {
            if (ElementEditor::isInvalidEdit(edit))
                return;
            FieldMark::clear(edit, FieldMark::Source::Typing);
            if (edit->text() != field(e)) {
                const QSignalBlocker blocker(edit);
                edit->setText(field(e));
            }
        });
        QObject::connect(edit, &QLineEdit::editingFinished, m_editor, [this, edit, what, field, check] {
            const T* shown = element();
            const QString text = edit->text().trimmed();
            if (!shown || text == field(*shown))
                return;
            if (check && !check(text).isEmpty())
                return; // the mark stays; the model keeps its value
            emitChange(what, [field, text](T& e) { field(e) = text; });
        });
    }

    // Owner and cost centre, which the system and every element have (see Ownership).
    void bindOwnership(QLineEdit* owner, QLineEdit* costCentre)
    {
        bindText(
            owner, QStringLiteral("owner"), ElementEditor::tr("owner"),
            [](auto& e) -> auto& { return e.ownership.owner; });
        bindText(
            costCentre, QStringLiteral("cost_centre"), ElementEditor::tr("cost centre"),
            [](auto& e) -> auto& { return e.ownership.costCentre; });
        // An element's empty field means the system's: say which value that is.
        if constexpr (!std::is_same_v<T, System>) {
            m_shows.append([this, owner, costCentre](const T&) {
                const Ownership& system = m_model.system.ownership;
                const auto inherited = [](const QString& value) {
                    return value.isEmpty() ? ElementEditor::tr("None (the system has none)")
                                           : ElementEditor::tr("%1 (the system's)").arg(value);
                };
                owner->setPlaceholderText(inherited(system.owner));
                costCentre->setPlaceholderText(inherited(system.costCentre));
            });
        }
    }

    // The id of a workload, data store or channel: only characters an id may hold can be typed, an
    // empty or taken id is marked at once, and a new id leaves as renameRequested (so that references
    // follow) when the user is done.
    void bindId(QLineEdit* edit)
    {
        static const QRegularExpression pattern(QStringLiteral("[a-z][a-z0-9-]*"));
        edit->setValidator(new QRegularExpressionValidator(pattern, edit));
        addField(QStringLiteral("id"), edit);
        const auto problem = [this](const QString& text) -> QString {
            if (text.isEmpty())
                return ElementEditor::tr("An ID is required: lower-case letters, digits and '-'.");
            const ElementRef owner = m_model.findElement(text);
            if (owner.isValid() && owner != m_ref)
                return ElementEditor::tr("'%1' is already the ID of %2.").arg(text, m_model.describe(owner));
            return {};
        };
        checkAsTyped(edit, problem);
        m_shows.append([edit](const T& e) {
            if (ElementEditor::isInvalidEdit(edit))
                return;
            FieldMark::clear(edit, FieldMark::Source::Typing);
            if (edit->text() != e.id) {
                const QSignalBlocker blocker(edit);
                edit->setText(e.id);
            }
        });
        QObject::connect(edit, &QLineEdit::editingFinished, m_editor, [this, edit, problem] {
            const T* shown = element();
            const QString id = edit->text();
            if (m_showing || !shown || id == shown->id || !problem(id).isEmpty())
                return;
            Q_EMIT m_editor->renameRequested(m_ref, id);
        });
    }

    // The display name of a workload, data store or channel: empty means the id, which the field
    // shows as its placeholder.
    void bindDisplayName(QLineEdit* edit)
    {
        bindText(
            edit, QStringLiteral("name"), ElementEditor::tr("name"), [](auto& e) -> auto& { return e.name; });
        m_shows.append([edit](const T& e) {
            edit->setPlaceholderText(ElementEditor::tr("Same as the ID (%1)").arg(e.id));
        });
    }

    // Binds the declared field `key` (see FieldDescriptor) to `widget`: a combo box of its values, a
    // spin box within its range (an optional one shows "Not set"), a check box, a line edit (a list
    // typed as "a, b"), a multi-line edit or a check list. Each change is one edit named after the
    // field's label.
    void bind(const QString& key, QWidget* widget)
    {
        const QByteArray name = key.toLatin1();
        const FieldDescriptor<T>* d =
            findField<T>(std::string_view(name.constData(), std::size_t(name.size())));
        if (!d || d->type == FieldType::Custom) {
            qWarning("%s: %s is not a declared field", m_editor->metaObject()->className(), name.constData());
            return;
        }
        bindField(*d, key, widget);
    }

    // Binds each field of T's list that has a widget named after its key in the form ("duration_ms";
    // "traffic_pattern" for "traffic.pattern") and is not bound yet: a field with a widget needs no
    // code here.
    void bindDeclared()
    {
        for (const FieldDescriptor<T>& d : fieldList<T>()) {
            const QString path = d.keyText();
            if (d.type == FieldType::Custom || m_fields.contains(path))
                continue;
            QWidget* widget = m_editor->template findChild<QWidget*>(QString(path).replace(u'.', u'_'));
            if (widget)
                bindField(d, path, widget);
        }
    }

    // A check list drawn like a column of check boxes (no box around it) and as tall as its items, so
    // that a form shows every choice without a scroll bar.
    static void fitToContents(QListWidget* list)
    {
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setFrameShape(QFrame::NoFrame);
        list->viewport()->setAutoFillBackground(false);
        list->setSpacing(2);
        int height = 2 * list->frameWidth();
        for (int i = 0; i < list->count(); ++i)
            height += list->sizeHintForRow(i) + 2 * list->spacing();
        list->setFixedHeight(height);
    }

    // Gives the label column of every form group the same width, so that the fields of all groups
    // start at one line.
    void alignLabels() const
    {
        const auto forms = m_editor->template findChildren<QFormLayout*>();
        int width = 0;
        QList<QWidget*> labels;
        for (QFormLayout* form : forms) {
            for (int row = 0; row < form->rowCount(); ++row) {
                if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                    labels.append(item->widget());
                    width = std::max(width, item->widget()->sizeHint().width());
                }
            }
        }
        for (QWidget* label : labels)
            label->setMinimumWidth(width);
    }

private:
    void bindField(const FieldDescriptor<T>& d, const QString& path, QWidget* widget)
    {
        const FieldDescriptor<T>* field = &d; // the lists live as long as the program
        const QString what = d.label();
        const FieldRange& range = d.info.range;
        const auto value = [field](const T& e) { return field->get(e); };
        const auto change = [this, field, what](const FieldData& v) {
            const T* shown = element();
            if (shown && !(v == field->get(*shown)))
                emitChange(what, [field, v](T& e) { field->set(e, v); });
        };
        if (auto* spin = qobject_cast<NumberSpinBox*>(widget); spin && d.type == FieldType::Number) {
            const double highest = range.max == FieldRange::kNone ? kDefaultMaximum : range.max;
            const double lowest = range.min == -FieldRange::kNone ? 0 : range.min;
            if (d.optional)
                spin->setOptionalRange(lowest, highest, range.minExclusive);
            else if (range.minExclusive) // "above 0": the smallest value the field can show
                spin->setRange(lowest + std::pow(10.0, -spin->decimals()), highest);
            else
                spin->setRange(lowest, highest);
            addField(path, spin);
            const bool optional = d.optional;
            const auto shownValue = [spin, optional]() -> FieldData {
                if (!optional)
                    return spin->value();
                const std::optional<double> v = spin->optionalValue();
                return v ? FieldData(*v) : FieldData();
            };
            // Compared as the field shows them, so that 0.0004 in a field of three decimals is no change.
            const auto shownText = [spin](const FieldData& v) {
                return std::holds_alternative<double>(v) ? spin->textFromValue(std::get<double>(v))
                                                         : QString();
            };
            m_shows.append([spin, value, shownValue, shownText, optional](const T& e) {
                const FieldData v = value(e);
                if (shownText(shownValue()) == shownText(v) &&
                    std::holds_alternative<double>(shownValue()) == std::holds_alternative<double>(v))
                    return;
                const QSignalBlocker blocker(spin);
                const std::optional<double> number = std::holds_alternative<double>(v)
                                                         ? std::optional<double>(std::get<double>(v))
                                                         : std::nullopt;
                if (optional)
                    spin->setOptionalValue(number);
                else
                    spin->setValue(number.value_or(0));
            });
            QObject::connect(spin, &QDoubleSpinBox::valueChanged, m_editor,
                             [change, shownValue] { change(shownValue()); });
            return;
        }
        if (auto* spin = qobject_cast<QSpinBox*>(widget); spin && d.type == FieldType::Int) {
            const int lowest = range.min == -FieldRange::kNone
                                   ? 0
                                   : static_cast<int>(range.min) + (range.minExclusive ? 1 : 0);
            const int highest = range.max == FieldRange::kNone ? std::numeric_limits<int>::max()
                                                               : static_cast<int>(range.max);
            spin->setKeyboardTracking(false);
            spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            spin->setRange(d.optional ? lowest - 1 : lowest, highest);
            if (d.optional)
                spin->setSpecialValueText(NumberSpinBox::tr("Not set"));
            addField(path, spin);
            const auto shownValue = [spin, lowest]() -> FieldData {
                return spin->value() < lowest ? FieldData() : FieldData(spin->value());
            };
            m_shows.append([spin, value, shownValue](const T& e) {
                const FieldData v = value(e);
                if (shownValue() == v)
                    return;
                const QSignalBlocker blocker(spin);
                spin->setValue(std::holds_alternative<int>(v) ? std::get<int>(v) : spin->minimum());
            });
            QObject::connect(spin, &QSpinBox::valueChanged, m_editor,
                             [change, shownValue] { change(shownValue()); });
            return;
        }
        if (auto* check = qobject_cast<QCheckBox*>(widget); check && d.type == FieldType::Bool) {
            addField(path, check);
            m_shows.append([check, value](const T& e) {
                const bool on = std::get<bool>(value(e));
                if (check->isChecked() != on) {
                    const QSignalBlocker blocker(check);
                    check->setChecked(on);
                }
            });
            QObject::connect(check, &QCheckBox::toggled, m_editor, [change](bool on) { change(on); });
            return;
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget); combo && d.type == FieldType::Enum) {
            combo->clear();
            for (std::size_t i = 0; i < d.enumNames.size(); ++i)
                combo->addItem(enumText(d, static_cast<int>(i)), static_cast<int>(i));
            addField(path, combo);
            m_shows.append([combo, value](const T& e) {
                const int index = std::get<int>(value(e));
                if (combo->currentIndex() != index) {
                    const QSignalBlocker blocker(combo);
                    combo->setCurrentIndex(index);
                }
            });
            QObject::connect(combo, &QComboBox::currentIndexChanged, m_editor, [change](int index) {
                if (index >= 0)
                    change(index);
            });
            return;
        }
        if (auto* list = qobject_cast<QListWidget*>(widget); list && d.type == FieldType::EnumList) {
            list->clear();
            for (std::size_t i = 0; i < d.enumNames.size(); ++i) {
                auto* item = new QListWidgetItem(enumText(d, static_cast<int>(i)), list);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            fitToContents(list);
            addField(path, list);
            m_shows.append([list, value](const T& e) {
                const QStringList names = std::get<QStringList>(value(e));
                const QSignalBlocker blocker(list);
                for (int i = 0; i < list->count(); ++i) {
                    const Qt::CheckState state =
                        names.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked;
                    if (list->item(i)->checkState() != state)
                        list->item(i)->setCheckState(state);
                }
            });
            // The user's order is kept: a value checked goes at the end, one unchecked is removed.
            QObject::connect(list, &QListWidget::itemChanged, m_editor,
                             [this, value, change](QListWidgetItem* item) {
                                 const T* shown = element();
                                 if (!shown)
                                     return;
                                 QStringList names = std::get<QStringList>(value(*shown));
                                 if (item->checkState() == Qt::Checked && !names.contains(item->text()))
                                     names.append(item->text());
                                 else if (item->checkState() != Qt::Checked)
                                     names.removeAll(item->text());
                                 change(names);
                             });
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && d.type == FieldType::TextList) {
            addField(path, edit);
            m_shows.append([edit, value](const T& e) {
                const QStringList values = std::get<QStringList>(value(e));
                if (splitList(edit->text()) != values) {
                    const QSignalBlocker blocker(edit);
                    edit->setText(values.join(QStringLiteral(", ")));
                }
            });
            QObject::connect(edit, &QLineEdit::editingFinished, m_editor,
                             [edit, change] { change(splitList(edit->text())); });
            return;
        }
        if (auto* edit = qobject_cast<MultiLineEdit*>(widget); edit && d.type == FieldType::Text) {
            addField(path, edit);
            m_shows.append([edit, value](const T& e) {
                const QString text = std::get<QString>(value(e));
                if (edit->toPlainText() != text) {
                    const QSignalBlocker blocker(edit);
                    edit->setText(text);
                }
            });
            QObject::connect(edit, &MultiLineEdit::editingFinished, m_editor,
                             [edit, change] { change(edit->toPlainText().trimmed()); });
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && d.type == FieldType::Text) {
            addField(path, edit);
            m_shows.append([edit, value](const T& e) {
                const QString text = std::get<QString>(value(e));
                if (edit->text() != text) {
                    const QSignalBlocker blocker(edit);
                    edit->setText(text);
                }
            });
            QObject::connect(edit, &QLineEdit::editingFinished, m_editor,
                             [edit, change] { change(edit->text().trimmed()); });
            return;
        }
        qWarning("%s: the widget of %s does not fit its type", m_editor->metaObject()->className(),
                 qPrintable(path));
    }

    ElementEditor* m_editor;
    ElementRef::Section m_section;
    Model m_model; // the model shown last (its lists are shared with the document's, not copied)
    ElementRef m_ref;
    QHash<QString, QWidget*> m_fields;
    QStringList m_paths;
    QList<std::function<void(const T&)>> m_shows;
    bool m_showing = false;
};

} // namespace gw
