// DataStoreEditor: the form of one data store: its shape and queries, consistency and transactions,
// size and load, and where the data may live and how sensitive it is.
#pragma once

#include "elementeditor.h"
#include "fieldbindings.h"

#include <memory>

namespace gw {

namespace Ui {
class DataStoreEditor;
}

class DataStoreEditor : public ElementEditor
{
    Q_OBJECT

public:
    explicit DataStoreEditor(QWidget* parent = nullptr);
    ~DataStoreEditor() override;

    void showElement(const Model& model, const ElementRef& ref) override;
    QWidget* fieldWidget(const QString& field) const override;

private:
    std::unique_ptr<Ui::DataStoreEditor> m_ui;
    FieldBindings<DataStore> m_fields;
};

} // namespace gw
