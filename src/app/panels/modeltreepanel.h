// ModelTreePanel: the model's sections and elements as a tree; selecting an item selects the element.
#pragma once

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
};

} // namespace gw
