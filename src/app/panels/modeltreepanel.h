// ModelTreePanel: the model's sections and elements as a tree; selecting an item selects the element. An
// element with a validation error or warning carries its icon, with the first message as its tooltip.
#pragma once

#include "core/io/diagnostic.h"
#include "core/model/elementref.h"

#include <QTreeWidget>

namespace gw {

struct Model;

class ModelTreePanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ModelTreePanel(QWidget* parent = nullptr);

    void showModel(const Model& model);
    // Marks the elements `diagnostics` point at; call after showModel(), which starts unmarked.
    void showDiagnostics(const Diagnostics& diagnostics);
    void selectElement(const ElementRef& ref);
    ElementRef selectedElement() const;

    // Starts renaming the selected element in place (F2).
    void renameSelected();

Q_SIGNALS:
    void elementSelected(const gw::ElementRef& ref);
    void addRequested(gw::ElementRef::Section section);
    void duplicateRequested(const gw::ElementRef& ref);
    void removeRequested(const gw::ElementRef& ref);
    void renameRequested(const gw::ElementRef& ref, const QString& newId);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QTreeWidgetItem* itemFor(const ElementRef& ref) const;

    Diagnostics m_badges;     // the diagnostics the rows wear
    bool m_badgesSet = false; // false once showModel() made new rows
};

} // namespace gw
