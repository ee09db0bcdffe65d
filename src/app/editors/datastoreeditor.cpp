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
    f.bindCombo<DataShape>(
        m_ui->shapeCombo, QStringLiteral("shape"), tr("shape"), [](auto& d) -> auto& { return d.shape; });

    f.bindEnumList<QueryKind>(
        m_ui->queriesList, QStringLiteral("queries"), tr("queries"),
        [](auto& d) -> auto& { return d.queries; });
    f.bindCombo<Consistency>(
        m_ui->consistencyCombo, QStringLiteral("consistency"), tr("consistency"),
        [](auto& d) -> auto& { return d.consistency; });
    f.bindCombo<Transactions>(
        m_ui->transactionsCombo, QStringLiteral("transactions"), tr("transactions"),
        [](auto& d) -> auto& { return d.transactions; });
    // Above 0: the smallest ratio the field offers is one read per thousand writes.
    m_ui->readWriteSpin->setRange(0.001, 1e6);
    f.bindNumber(
        m_ui->readWriteSpin, QStringLiteral("read_write_ratio"), tr("read/write ratio"),
        [](auto& d) -> auto& { return d.readWriteRatio; });
    f.bindCheck(
        m_ui->staleReadsCheck, QStringLiteral("tolerates_stale_reads"), tr("stale reads"),
        [](auto& d) -> auto& { return d.toleratesStaleReads; });

    constexpr double kMax = 1e12;
    m_ui->sizeSpin->setOptionalRange(0, kMax);
    f.bindNumber(
        m_ui->sizeSpin, QStringLiteral("size_gb"), tr("size"), [](auto& d) -> auto& { return d.sizeGb; });
    m_ui->growthSpin->setOptionalRange(0, kMax);
    f.bindNumber(
        m_ui->growthSpin, QStringLiteral("growth_gb_month"), tr("growth"),
        [](auto& d) -> auto& { return d.growthGbMonth; });
    m_ui->itemSizeSpin->setOptionalRange(0, kMax, true);
    f.bindNumber(
        m_ui->itemSizeSpin, QStringLiteral("item_size_kb"), tr("item size"),
        [](auto& d) -> auto& { return d.itemSizeKb; });
    m_ui->peakOpsSpin->setOptionalRange(0, kMax);
    f.bindNumber(
        m_ui->peakOpsSpin, QStringLiteral("peak_ops"), tr("peak operations"),
        [](auto& d) -> auto& { return d.peakOps; });

    f.bindText(
        m_ui->residencyEdit, QStringLiteral("residency"), tr("residency"),
        [](auto& d) -> auto& { return d.residency; });
    f.bindCheck(
        m_ui->multiRegionCheck, QStringLiteral("multi_region"), tr("multi-region"),
        [](auto& d) -> auto& { return d.multiRegion; });
    f.bindCombo<Sensitivity>(
        m_ui->sensitivityCombo, QStringLiteral("sensitivity"), tr("sensitivity"),
        [](auto& d) -> auto& { return d.sensitivity; });
    m_ui->retentionSpin->setSingleStep(30);
    f.bindInt(
        m_ui->retentionSpin, QStringLiteral("retention_days"), tr("retention"),
        [](auto& d) -> auto& { return d.retentionDays; }, 0, std::numeric_limits<int>::max());
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
