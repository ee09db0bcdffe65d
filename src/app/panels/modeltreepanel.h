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

Q_SIGNALS:
    void elementSelected(const gw::ElementRef& ref);

private:
    QTreeWidgetItem* itemFor(const ElementRef& ref) const;
};

} // namespace gw
