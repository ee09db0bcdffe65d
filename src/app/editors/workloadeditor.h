// WorkloadEditor: the form of one workload: identity, traffic, resources, data handling and its
// dependencies (`uses`) as a table of target, mode and access.
#pragma once

#include "elementeditor.h"
#include "fieldbindings.h"

#include <memory>

namespace gw {

namespace Ui {
class WorkloadEditor;
}
class RowTable;

class WorkloadEditor : public ElementEditor
{
    Q_OBJECT

public:
    explicit WorkloadEditor(QWidget* parent = nullptr);
    ~WorkloadEditor() override;

    void showElement(const Model& model, const ElementRef& ref) override;
    QWidget* fieldWidget(const QString& field) const override;

private:
    struct UseRow
    {
        QComboBox* to;
        QComboBox* mode;
        QComboBox* access;
    };

    void showUses(const Workload& workload);
    void makeUseRows(const Workload& workload, int focusRow);
    void fillTargets(QComboBox* combo, const QString& current) const;
    void changeTarget(int row, const QString& to);
    void addUse();

    std::unique_ptr<Ui::WorkloadEditor> m_ui;
    FieldBindings<Workload> m_fields;
    RowTable* m_usesTable;
    QList<UseRow> m_useRows;
    QStringList m_targets;  // ids a dependency can name: every element but this workload
    int m_focusNewRow = -1; // a row just added gets focus when it appears
};

} // namespace gw
