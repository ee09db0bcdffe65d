#include "datastoreeditor.h"

#include "ui_datastoreeditor.h"

namespace gw {

DataStoreEditor::DataStoreEditor(QWidget* parent)
    : ElementEditor(parent), m_ui(std::make_unique<Ui::DataStoreEditor>()),
      m_fields(this, ElementRef::Section::DataStore)
{
    m_ui->setupUi(this);
    auto& f = m_fields;
    f.bindId(m_ui->idEdit);
    f.bindDisplayName(m_ui->nameEdit);
    f.bind(QStringLiteral("shape"), m_ui->shapeCombo);

    f.bind(QStringLiteral("queries"), m_ui->queriesList);
    f.bind(QStringLiteral("consistency"), m_ui->consistencyCombo);
    f.bind(QStringLiteral("transactions"), m_ui->transactionsCombo);
    f.bind(QStringLiteral("read_write_ratio"), m_ui->readWriteSpin);
    f.bind(QStringLiteral("tolerates_stale_reads"), m_ui->staleReadsCheck);

    f.bind(QStringLiteral("size_gb"), m_ui->sizeSpin);
    f.bind(QStringLiteral("growth_gb_month"), m_ui->growthSpin);
    f.bind(QStringLiteral("item_size_kb"), m_ui->itemSizeSpin);
    f.bind(QStringLiteral("peak_ops"), m_ui->peakOpsSpin);

    f.bindText(
        m_ui->residencyEdit, QStringLiteral("residency"), tr("residency"),
        [](auto& d) -> auto& { return d.residency; });
    f.bind(QStringLiteral("multi_region"), m_ui->multiRegionCheck);
    f.bind(QStringLiteral("sensitivity"), m_ui->sensitivityCombo);
    m_ui->retentionSpin->setSingleStep(30);
    f.bind(QStringLiteral("retention_days"), m_ui->retentionSpin);
    f.bindOwnership(m_ui->ownerEdit, m_ui->costCentreEdit);
    f.bindDeclared();
    f.alignLabels();
}

DataStoreEditor::~DataStoreEditor() = default;

void DataStoreEditor::showElement(const Model& model, const ElementRef& ref)
{
    m_fields.show(model, ref);
}

QWidget* DataStoreEditor::fieldWidget(const QString& field) const
{
    return m_fields.field(field);
}

} // namespace gw
