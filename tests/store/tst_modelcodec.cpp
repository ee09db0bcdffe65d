// The project file's model encoding: lossless for fields added after files were written, and readable
// from files written before those fields existed (a project saved last month must still open).
#include "core/io/modelfile.h"
#include "core/store/modelcodec.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

using namespace gw;

namespace {

Model ownershipModel()
{
    const LoadResult r =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/valid/ownership.yaml"));
    if (r.hasErrors())
        qFatal("ownership.yaml does not load: %s", qPrintable(r.diagnostics.value(0).toString()));
    return r.model;
}

// The first `count` fields of an encoded struct: what the encoder wrote before later fields existed.
QCborArray firstFields(const QCborArray& fields, qsizetype count)
{
    QCborArray out;
    for (qsizetype i = 0; i < count && i < fields.size(); ++i)
        out.append(fields.at(i));
    return out;
}

// The same for every struct in `list`.
QCborArray firstFieldsOfEach(const QCborArray& list, qsizetype count)
{
    QCborArray out;
    for (const QCborValue& item : list)
        out.append(firstFields(item.toArray(), count));
    return out;
}

// The encoding's top level: version, format, system, priorities, team, environments, workloads, data,
// channels, decisions (see ModelCodec::encode).
enum Root { SystemAt = 2, WorkloadsAt = 6, DataAt = 7, ChannelsAt = 8 };
// How many fields each struct had before ownership was appended to it.
enum BeforeOwnership { SystemFields = 8, WorkloadFields = 18, DataFields = 16, ChannelFields = 8 };

} // namespace

class TestModelCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownershipRoundTrips();
    void encodingsFromBeforeOwnershipStillDecode();
    void aDamagedOwnershipIsRefused();
};

void TestModelCodec::ownershipRoundTrips()
{
    const Model model = ownershipModel();
    QVERIFY(!model.system.ownership.isEmpty());
    QVERIFY(!model.data[0].ownership.isEmpty());
    QString error;
    const std::optional<Model> back = ModelCodec::decode(ModelCodec::encode(model), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->system.ownership, model.system.ownership);
    QCOMPARE(back->data[0].ownership, model.data[0].ownership);
    QVERIFY(*back == model);
}

void TestModelCodec::encodingsFromBeforeOwnershipStillDecode()
{
    Model model = ownershipModel();
    QCborArray root = QCborValue::fromCbor(ModelCodec::encode(model)).toArray();
    root[SystemAt] = firstFields(root.at(SystemAt).toArray(), SystemFields);
    root[WorkloadsAt] = firstFieldsOfEach(root.at(WorkloadsAt).toArray(), WorkloadFields);
    root[DataAt] = firstFieldsOfEach(root.at(DataAt).toArray(), DataFields);
    root[ChannelsAt] = firstFieldsOfEach(root.at(ChannelsAt).toArray(), ChannelFields);

    QString error;
    const std::optional<Model> old = ModelCodec::decode(QCborValue(root).toCbor(), &error);
    QVERIFY2(old, qPrintable(error));
    model.system.ownership = {};
    for (Workload& w : model.workloads)
        w.ownership = {};
    for (DataStore& d : model.data)
        d.ownership = {};
    for (Channel& c : model.channels)
        c.ownership = {};
    QVERIFY(*old == model);
}

void TestModelCodec::aDamagedOwnershipIsRefused()
{
    QCborArray root = QCborValue::fromCbor(ModelCodec::encode(ownershipModel())).toArray();
    QCborArray data = root.at(DataAt).toArray();
    QCborArray ledger = data.at(0).toArray();
    ledger[ledger.size() - 1] = QCborArray{QStringLiteral("finance-platform"), 42};
    data[0] = ledger;
    root[DataAt] = data;
    QString error;
    QVERIFY(!ModelCodec::decode(QCborValue(root).toCbor(), &error));
    QVERIFY2(error.contains(QStringLiteral("data store 0")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestModelCodec)
#include "tst_modelcodec.moc"
