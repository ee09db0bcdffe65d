// Each model struct's list of fields (FieldDescriptor) against the JSON schema that editors and users
// validate with (ModelSchema, generated from the lists and a base file): the same keys, types, enum
// values, ranges and required keys, and a description for every field. An entry of the base file that
// contradicts a declaration, or a field in one and not the other, fails here.
#include "core/diff/modelfields.h"
#include "core/io/modelreader.h"
#include "core/io/modelschema.h"
#include "core/io/modelvalidator.h"
#include "core/io/modelwriter.h"
#include "core/model/model.h"
#include "core/store/modelcodec.h"

#include <QCborArray>
#include <QCborValue>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace gw;

namespace {

QJsonObject schema()
{
    return ModelSchema::schema();
}

QString text(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

// Follows a local "$ref": "#/$defs/traffic".
QJsonObject resolved(const QJsonObject& root, const QJsonObject& node)
{
    const QString ref = node.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(QStringLiteral("#/")))
        return node;
    QJsonObject target = root;
    for (const QString& part : ref.mid(2).split(u'/'))
        target = target.value(part).toObject();
    return target;
}

QStringList typesOf(const QJsonObject& node)
{
    const QJsonValue type = node.value(QStringLiteral("type"));
    if (type.isArray()) {
        QStringList out;
        for (const QJsonValue& t : type.toArray())
            out.append(t.toString());
        return out;
    }
    return type.isString() ? QStringList{type.toString()} : QStringList();
}

QStringList enumOf(const QJsonObject& node)
{
    QStringList out;
    for (const QJsonValue& v : node.value(QStringLiteral("enum")).toArray())
        out.append(v.toString());
    return out;
}

QStringList namesOf(std::span<const std::string_view> names)
{
    QStringList out;
    for (const std::string_view n : names)
        out.append(text(n));
    return out;
}

// Every difference between T's fields and the schema object `node`, in words.
template<typename T> QStringList differences(const QJsonObject& root, const QJsonObject& node)
{
    QStringList problems;
    const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
    QStringList declared;
    QStringList required;
    for (const FieldDescriptor<T>& d : fieldList<T>()) {
        const QString top = text(d.group().empty() ? d.key : d.group());
        if (!declared.contains(top))
            declared.append(top);
        if (d.info.required)
            required.append(d.keyText());
        QJsonObject property = properties.value(top).toObject();
        if (!d.group().empty()) {
            property = resolved(root, property)
                           .value(QStringLiteral("properties"))
                           .toObject()
                           .value(text(d.leaf()))
                           .toObject();
        }
        const QString key = d.keyText();
        if (property.isEmpty()) {
            problems.append(key + QStringLiteral(": not in the schema"));
            continue;
        }
        if (resolved(root, property).value(QStringLiteral("description")).toString().isEmpty() &&
            property.value(QStringLiteral("description")).toString().isEmpty())
            problems.append(key + QStringLiteral(": no description"));
        const QStringList types = typesOf(property);
        switch (d.type) {
        case FieldType::Text:
            if (!types.contains(QStringLiteral("string")))
                problems.append(key + QStringLiteral(": not a string in the schema"));
            break;
        case FieldType::Bool:
            if (types != QStringList{QStringLiteral("boolean")})
                problems.append(key + QStringLiteral(": not a boolean in the schema"));
            break;
        case FieldType::Int:
            if (types != QStringList{QStringLiteral("integer")})
                problems.append(key + QStringLiteral(": not an integer in the schema"));
            break;
        case FieldType::Number:
            if (types != QStringList{QStringLiteral("number")})
                problems.append(key + QStringLiteral(": not a number in the schema"));
            break;
        case FieldType::Enum:
            if (enumOf(property) != namesOf(d.enumNames))
                problems.append(key + QStringLiteral(": the schema's values differ"));
            break;
        case FieldType::EnumList:
            if (!types.contains(QStringLiteral("array")) ||
                enumOf(property.value(QStringLiteral("items")).toObject()) != namesOf(d.enumNames))
                problems.append(key + QStringLiteral(": not a list of the same values in the schema"));
            break;
        case FieldType::TextList:
            if (!types.contains(QStringLiteral("array")) ||
                !typesOf(property.value(QStringLiteral("items")).toObject())
                     .contains(QStringLiteral("string")))
                problems.append(key + QStringLiteral(": not a list of strings in the schema"));
            break;
        case FieldType::Custom:
            break;
        }
        if (d.type != FieldType::Int && d.type != FieldType::Number)
            continue;
        const FieldRange& range = d.info.range;
        const auto bound = [&](const char* name, double wanted) {
            const QJsonValue given = property.value(QString::fromLatin1(name));
            const bool wantedSet = std::isfinite(wanted);
            if (given.isUndefined() != !wantedSet || (wantedSet && given.toDouble() != wanted))
                problems.append(
                    key +
                    QStringLiteral(": %1 differs from the declared range").arg(QLatin1StringView(name)));
        };
        bound("minimum", range.minExclusive ? -FieldRange::kNone : range.min);
        bound("exclusiveMinimum", range.minExclusive ? range.min : -FieldRange::kNone);
        bound("maximum", range.max);
    }
    QStringList inSchema = properties.keys();
    std::sort(inSchema.begin(), inSchema.end());
    std::sort(declared.begin(), declared.end());
    if (inSchema != declared)
        problems.append(QStringLiteral("keys differ: schema %1, declared %2")
                            .arg(inSchema.join(QStringLiteral(", ")), declared.join(QStringLiteral(", "))));
    QStringList schemaRequired;
    for (const QJsonValue& v : node.value(QStringLiteral("required")).toArray())
        schemaRequired.append(v.toString());
    std::sort(schemaRequired.begin(), schemaRequired.end());
    std::sort(required.begin(), required.end());
    if (schemaRequired != required)
        problems.append(
            QStringLiteral("required keys differ: schema %1, declared %2")
                .arg(schemaRequired.join(QStringLiteral(", ")), required.join(QStringLiteral(", "))));
    return problems;
}

} // namespace

class TestFieldDescriptors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStructMatchesTheSchema();
    void aWorkloadNumberIsReadWrittenStoredAndChecked_data();
    void aWorkloadNumberIsReadWrittenStoredAndChecked();
    void anEnvironmentsScaleIsChecked();
    void absurdQuantitiesAreErrorsAtTheirLine_data();
    void absurdQuantitiesAreErrorsAtTheirLine();
    void statedAssumptionsAreReadWrittenAndStored();
};

void TestFieldDescriptors::everyStructMatchesTheSchema()
{
    const QJsonObject root = schema();
    const QJsonObject properties = root.value(QStringLiteral("properties")).toObject();
    const QJsonObject defs = root.value(QStringLiteral("$defs")).toObject();
    const auto object = [&](const QJsonObject& node) { return resolved(root, node); };
    QStringList problems;
    const auto check = [&](const QString& name, const QStringList& found) {
        for (const QString& p : found)
            problems.append(name + QStringLiteral(".") + p);
    };
    check(QStringLiteral("system"),
          differences<System>(root, object(properties.value(QStringLiteral("system")).toObject())));
    check(QStringLiteral("team"),
          differences<Team>(root, object(properties.value(QStringLiteral("team")).toObject())));
    check(QStringLiteral("environment"),
          differences<Environment>(root, defs.value(QStringLiteral("environment")).toObject()));
    check(QStringLiteral("workload"),
          differences<Workload>(root, defs.value(QStringLiteral("workload")).toObject()));
    check(QStringLiteral("datastore"),
          differences<DataStore>(root, defs.value(QStringLiteral("datastore")).toObject()));
    check(QStringLiteral("channel"),
          differences<Channel>(root, defs.value(QStringLiteral("channel")).toObject()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Each optional whole number added to the workload as one declaration (and a widget): this is what
// that line buys. A field's row gives a value it takes, its place in the project file's record, and
// values outside its range with the validator's sentence.
void TestFieldDescriptors::aWorkloadNumberIsReadWrittenStoredAndChecked_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("value");
    QTest::addColumn<QStringList>("outside");
    QTest::addColumn<QString>("rule");
    QTest::newRow("duration_ms") << QStringLiteral("duration_ms") << 120
                                 << QStringList{QStringLiteral("0"), QStringLiteral("86400001")}
                                 << QStringLiteral("must be greater than 0 and at most 86400000");
    QTest::newRow("min_instances") << QStringLiteral("min_instances") << 2
                                   << QStringList{QStringLiteral("-1"), QStringLiteral("10001")}
                                   << QStringLiteral("must be between 0 and 10000");
    QTest::newRow("workflow_steps") << QStringLiteral("workflow_steps") << 5
                                    << QStringList{QStringLiteral("0"), QStringLiteral("1001")}
                                    << QStringLiteral("must be between 1 and 1000");
}

void TestFieldDescriptors::aWorkloadNumberIsReadWrittenStoredAndChecked()
{
    QFETCH(QString, key);
    QFETCH(int, value);
    QFETCH(QStringList, outside);
    QFETCH(QString, rule);
    const QByteArray name = key.toLatin1();
    const FieldDescriptor<Workload>* field = findField<Workload>(std::string_view(name.constData()));
    QVERIFY(field);
    const auto model = [&](const QString& given) -> QByteArray {
        return QByteArray("groundwork: 1\nsystem: {name: shop}\nteam: {size: 4}\nworkloads:\n"
                          "  - {id: api, kind: api, exposure: public, ") +
               name + ": " + given.toLatin1() + "}\n";
    };
    const LoadResult read = ModelReader::read(model(QString::number(value)), QStringLiteral("shop.yaml"));
    QVERIFY(!read.hasErrors());
    QCOMPARE(field->get(read.model.workloads[0]), FieldData(value));
    QVERIFY(!hasErrors(ModelValidator::validate(read.model, read.sources)));

    const QByteArray written = ModelWriter::toYaml(read.model);
    QVERIFY2(written.contains(QByteArray(name + ": " + QByteArray::number(value))), written.constData());
    QVERIFY(ModelReader::read(written, QStringLiteral("saved.yaml")).model == read.model);

    // Stored in a project file; one saved before the field existed still opens, without it (and
    // without every field declared after it).
    const QByteArray stored = ModelCodec::encode(read.model);
    const std::optional<Model> back = ModelCodec::decode(stored);
    QVERIFY(back && *back == read.model);
    const auto& fields = fieldList<Workload>();
    const auto place = std::find_if(fields.begin(), fields.end(), [&](const auto& d) { return &d == field; });
    QCborArray root = QCborValue::fromCbor(stored).toArray();
    QCborArray workloads = root.at(6).toArray();
    QCborArray api = workloads.at(0).toArray();
    for (auto n = fields.end() - place; n > 0; --n)
        api.removeLast();
    workloads[0] = api;
    root[6] = workloads;
    const std::optional<Model> old = ModelCodec::decode(QCborValue(root).toCbor());
    QVERIFY(old);
    QCOMPARE(field->get(old->workloads[0]), FieldData());

    Workload changed = read.model.workloads[0];
    field->set(changed, value + 1);
    const FieldValues facts = fieldsOf(changed);
    QVERIFY(std::any_of(facts.begin(), facts.end(), [&](const FieldValue& f) {
        return f.key == key && f.value == QString::number(value + 1);
    }));

    for (const QString& given : outside) {
        const LoadResult bad = ModelReader::read(model(given), QStringLiteral("shop.yaml"));
        const Diagnostics found = ModelValidator::validate(bad.model, bad.sources);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].path, QStringLiteral("workloads[0].") + key);
        QCOMPARE(found[0].message, QStringLiteral("workloads[0].%1: %2, got %3").arg(key, rule, given));
    }
    const LoadResult fraction = ModelReader::read(model(QStringLiteral("1.5")), QStringLiteral("shop.yaml"));
    QCOMPARE(fraction.diagnostics.size(), 1);
    QVERIFY(fraction.diagnostics[0].message.contains(QStringLiteral("expected a whole number")));
}

// Every section's declared ranges are checked, environments' too: a scale outside 0 to 10 is an error
// at its line (it multiplies the cost estimate).
void TestFieldDescriptors::anEnvironmentsScaleIsChecked()
{
    const auto problems = [](const QByteArray& scale) {
        const QByteArray yaml = "groundwork: 1\nsystem: {name: shop}\nteam: {size: 4}\nenvironments:\n"
                                "  - {name: production}\n  - {name: staging, scale: " +
                                scale + "}\n";
        const LoadResult read = ModelReader::read(yaml, QStringLiteral("shop.yaml"));
        QStringList out;
        for (const Diagnostic& d : ModelValidator::validate(read.model, read.sources))
            out.append(d.toString());
        return out.join(u'\n');
    };
    QVERIFY2(!problems("0.25").contains(QStringLiteral("scale")), qPrintable(problems("0.25")));
    for (const QByteArray& bad : {QByteArray("-1"), QByteArray("12")}) {
        const QString p = problems(bad);
        QVERIFY2(p.contains(QStringLiteral("shop.yaml:6:")) &&
                     p.contains(QStringLiteral("environments[1].scale: must be between 0 and 10, got ")),
                 qPrintable(p));
    }
}

// Sizes no system has (a workload of 95 TiB of memory, 10^15 requests a second) would turn the cost
// estimate into nonsense: each is an error at its line, as a negative value is.
void TestFieldDescriptors::absurdQuantitiesAreErrorsAtTheirLine_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<QString>("message");
    QTest::newRow("memory_mb") << QByteArray("workloads:\n  - id: api\n    kind: api\n    exposure: public\n"
                                             "    memory_mb: 99999999\n")
                               << QStringLiteral(
                                      "shop.yaml:9:16: error: workloads[0].memory_mb: must be between "
                                      "1 and 33554432, got 99999999");
    QTest::newRow("peak_rps") << QByteArray("workloads:\n  - id: api\n    kind: api\n    exposure: public\n"
                                            "    traffic: {peak_rps: 1e15}\n")
                              << QStringLiteral(
                                     "shop.yaml:9:25: error: workloads[0].traffic.peak_rps: must be "
                                     "between 0 and 100000000, got 1e+15");
    QTest::newRow("size_gb") << QByteArray("data:\n  - id: ledger\n    shape: relational\n"
                                           "    size_gb: 5e12\n")
                             << QStringLiteral(
                                    "shop.yaml:8:14: error: data[0].size_gb: must be between 0 and "
                                    "1000000000, got 5e+12");
    QTest::newRow("average_ops") << QByteArray("data:\n  - id: ledger\n    shape: relational\n"
                                               "    average_ops: -3\n")
                                 << QStringLiteral(
                                        "shop.yaml:8:18: error: data[0].average_ops: must be between 0 "
                                        "and 1000000000, got -3");
    QTest::newRow("share of peak") << QByteArray("workloads:\n  - {id: api, kind: api, exposure: public}\n")
                                   << QStringLiteral(
                                          "error: system.assumptions.average_share_of_peak: must be "
                                          "greater than 0 and at most 1, got 1.5");
}

void TestFieldDescriptors::absurdQuantitiesAreErrorsAtTheirLine()
{
    QFETCH(QByteArray, element);
    QFETCH(QString, message);
    const bool share = QByteArray(QTest::currentDataTag()) == "share of peak";
    const QByteArray yaml = "groundwork: 1\nsystem:\n  name: shop\n" +
                            QByteArray(share ? "  assumptions: {average_share_of_peak: 1.5}\n" : "") +
                            "team: {size: 4}\n" + element;
    const LoadResult read = ModelReader::read(yaml, QStringLiteral("shop.yaml"));
    QVERIFY2(!read.hasErrors(),
             qPrintable(read.diagnostics.isEmpty() ? QString() : read.diagnostics[0].toString()));
    QStringList found;
    for (const Diagnostic& d : ModelValidator::validate(read.model, read.sources)) {
        if (d.severity == Severity::Error)
            found.append(d.toString());
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found[0].endsWith(message), qPrintable(found[0]));
}

// `system.assumptions` is one declaration a value: read, written back, kept in a project file, and used
// by the cost estimate in every band (tests/cost checks the figures).
void TestFieldDescriptors::statedAssumptionsAreReadWrittenAndStored()
{
    const QByteArray yaml = "groundwork: 1\nsystem:\n  name: shop\n  assumptions:\n    rps_per_vcpu: 150\n"
                            "    standby_share: 0.4\nteam: {size: 4}\nworkloads:\n"
                            "  - {id: api, kind: api, exposure: public}\n";
    const LoadResult read = ModelReader::read(yaml, QStringLiteral("shop.yaml"));
    QVERIFY(!read.hasErrors());
    QCOMPARE(read.model.system.assumptions.rpsPerVcpu, std::optional<double>(150));
    QCOMPARE(read.model.system.assumptions.standbyShare, std::optional<double>(0.4));
    QVERIFY(!read.model.system.assumptions.averageShareOfPeak);
    const QByteArray written = ModelWriter::toYaml(read.model);
    QVERIFY2(written.contains("assumptions:\n    rps_per_vcpu: 150\n    standby_share: 0.4\n"),
             written.constData());
    QVERIFY(ModelReader::read(written, QStringLiteral("saved.yaml")).model == read.model);
    const std::optional<Model> back = ModelCodec::decode(ModelCodec::encode(read.model));
    QVERIFY(back && *back == read.model);
    const LoadResult typo = ModelReader::read(
        "groundwork: 1\nsystem:\n  name: shop\n  assumptions: {rps_per_cpu: 150}\nteam: {size: 4}\n"
        "workloads:\n  - {id: api, kind: api, exposure: public}\n",
        QStringLiteral("shop.yaml"));
    QVERIFY(typo.hasErrors());
    QVERIFY2(typo.diagnostics[0].toString().contains(QStringLiteral("rps_per_vcpu")),
             qPrintable(typo.diagnostics[0].toString()));
}

QTEST_GUILESS_MAIN(TestFieldDescriptors)
#include "tst_fielddescriptors.moc"
