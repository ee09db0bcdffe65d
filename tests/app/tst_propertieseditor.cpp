// The property editor as a user drives it: each form shows every field of its element, each change
// of a combo, spin, check, text, check list or table is one edit of exactly that field, typing a bad
// id is marked at once, the validator's problems mark their fields, and a problem's field can be
// focused. Set GROUNDWORK_EDITOR_PNG_DIR to a folder to get a picture of every form there.
#include "core/io/modelfile.h"
#include "core/io/modelschema.h"
#include "core/io/modelvalidator.h"
#include "core/io/sourcemap.h"
#include "core/model/model.h"
#include "document/commands/changeelement.h"
#include "document/commands/renameelement.h"
#include "document/document.h"
#include "editors/channeleditor.h"
#include "editors/datastoreeditor.h"
#include "editors/decisioneditor.h"
#include "editors/environmenteditor.h"
#include "editors/fieldmark.h"
#include "editors/multilineedit.h"
#include "editors/numberspinbox.h"
#include "editors/systemeditor.h"
#include "editors/teameditor.h"
#include "editors/workloadeditor.h"
#include "panels/propertiespanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using S = ElementRef::Section;

namespace {

const QString kSpecExample = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml");

Model specModel()
{
    const LoadResult loaded = ModelFile::load(kSpecExample);
    return loaded.model;
}

struct Emitted
{
    ElementRef element;
    QString what;
    ElementEditor::Edit edit;
};

// Everything an editor emits, in order.
struct Recorder
{
    explicit Recorder(ElementEditor* editor)
    {
        QObject::connect(editor, &ElementEditor::edited, editor,
                         [this](const ElementRef& e, const QString& what, const ElementEditor::Edit& edit) {
                             edits.append({e, what, edit});
                         });
        QObject::connect(editor, &ElementEditor::renameRequested, editor,
                         [this](const ElementRef& e, const QString& id) {
                             renames.append({e, id});
                         });
    }
    int count() const { return static_cast<int>(edits.size() + renames.size()); }

    QList<Emitted> edits;
    QList<std::pair<ElementRef, QString>> renames;
};

Model applied(const Model& model, const Emitted& emitted)
{
    Model copy = model;
    emitted.edit(copy);
    return copy;
}

template<typename W> W* field(const ElementEditor& editor, const QString& path)
{
    return qobject_cast<W*>(editor.fieldWidget(path));
}

QStringList comboItems(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}

QStringList checkedItems(const QListWidget* list)
{
    QStringList items;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            items.append(list->item(i)->text());
    }
    return items;
}

QListWidgetItem* itemNamed(QListWidget* list, const QString& text)
{
    const auto found = list->findItems(text, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

// Types `text` at the end of a line edit and presses Enter, as a user does.
void typeAndEnter(QLineEdit* edit, const QString& text, bool replace = true)
{
    if (replace)
        edit->selectAll();
    else
        edit->end(false);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// The paths of every field the schema lists for a section (nested mappings such as traffic as
// "traffic.pattern"; list entries such as uses as "uses[0].to").
QStringList schemaFieldPaths(const QString& pointer)
{
    const QJsonObject& root = ModelSchema::schema();
    const auto resolve = [&](QJsonObject node) {
        const QString ref = node.value(QStringLiteral("$ref")).toString();
        if (ref.startsWith(QStringLiteral("#/"))) {
            node = root;
            for (const QString& part : ref.mid(2).split(u'/'))
                node = node.value(part).toObject();
        }
        return node;
    };
    QJsonObject section = root;
    for (const QString& part : pointer.split(u'/'))
        section = section.value(part).toObject();
    QStringList paths;
    const QJsonObject properties = section.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        paths.append(it.key());
        const QJsonObject value = resolve(it.value().toObject());
        const QJsonObject nested = value.value(QStringLiteral("properties")).toObject();
        for (auto n = nested.begin(); n != nested.end(); ++n)
            paths.append(it.key() + u'.' + n.key());
        const QJsonArray variants =
            value.value(QStringLiteral("items")).toObject().value(QStringLiteral("anyOf")).toArray();
        for (const QJsonValue& variant : variants) {
            const QJsonObject entry =
                resolve(variant.toObject()).value(QStringLiteral("properties")).toObject();
            for (auto e = entry.begin(); e != entry.end(); ++e)
                paths.append(it.key() + QStringLiteral("[0].") + e.key());
        }
    }
    return paths;
}

} // namespace

class TestPropertiesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void systemEditorShowsAndEdits();
    void teamEditorShowsAndEdits();
    void teamSkillsTable();
    void environmentEditorShowsAndEdits();
    void workloadEditorShowsValues();
    void workloadEditorEditsOneFieldEach();
    void workloadUsesTable();
    void dataStoreEditorShowsAndEdits();
    void channelEditorShowsAndEdits();
    void ownershipShowsTheSystemsAsDefault();
    void decisionEditorShowsAndEdits();

    void enumCombosListTheFormatsValuesInOrder();
    void typingANumberIsOneEdit();
    void optionalNumbersCanBeUnset();
    void showingNeverEmits();
    void typedIdIsCheckedAtOnce();
    void requiredTextIsCheckedAtOnce();
    void everySchemaFieldHasAWidgetWithATooltip_data();
    void everySchemaFieldHasAWidgetWithATooltip();

    void diagnosticsMarkTheirFields();
    void focusFieldFocusesTheProblemsField();
    void panelShowsNotesForPrioritiesAndNothing();
    void throughTheDocumentEditsUndoAndKeepFocus();

    void tabFollowsTheForm();
    void formsFitANarrowDock();
    void grabEachEditor();

private:
    Model m_model;
};

void TestPropertiesEditor::initTestCase()
{
    m_model = specModel();
    QCOMPARE(m_model.workloads.size(), 2);
    QVERIFY(!hasErrors(ModelValidator::validate(m_model, SourceMap())));
}

void TestPropertiesEditor::systemEditorShowsAndEdits()
{
    SystemEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::System, -1};
    editor.showElement(m_model, ref);
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("name"))->text(), QStringLiteral("Acme Shop"));
    QCOMPARE(field<MultiLineEdit>(editor, QStringLiteral("description"))->toPlainText(),
             QStringLiteral("Online store"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("stage"))->currentText(), QStringLiteral("early"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("cloud"))->currentText(), QStringLiteral("aws"));
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("regions"))->text(), QStringLiteral("eu-west-1"));
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("availability_target"))->value(), 99.9);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("availability_target"))->text(),
             QStringLiteral("99.9"));
    QCOMPARE(field<QSpinBox>(editor, QStringLiteral("rto_minutes"))->value(), 60);
    QCOMPARE(field<QSpinBox>(editor, QStringLiteral("rpo_minutes"))->value(), 15);
    QCOMPARE(rec.count(), 0);

    field<QComboBox>(editor, QStringLiteral("stage"))->setCurrentIndex(int(Stage::Established));
    QCOMPARE(rec.edits.size(), 1);
    QCOMPARE(rec.edits[0].element, ref);
    QCOMPARE(rec.edits[0].what, QStringLiteral("stage"));
    Model expected = m_model;
    expected.system.stage = Stage::Established;
    QVERIFY(applied(m_model, rec.edits[0]) == expected);

    typeAndEnter(field<QLineEdit>(editor, QStringLiteral("regions")),
                 QStringLiteral("eu-west-1, eu-central-1 ,"));
    QCOMPARE(rec.edits.size(), 2);
    expected = m_model;
    expected.system.regions = {QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1")};
    QVERIFY(applied(m_model, rec.edits[1]) == expected);

    field<QSpinBox>(editor, QStringLiteral("rpo_minutes"))->setValue(5);
    QCOMPARE(rec.edits.size(), 3);
    QCOMPARE(rec.edits[2].what, QStringLiteral("RPO"));
    expected = m_model;
    expected.system.rpoMinutes = 5;
    QVERIFY(applied(m_model, rec.edits[2]) == expected);

    // The description commits when the user leaves it.
    auto* description = field<MultiLineEdit>(editor, QStringLiteral("description"));
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" for shoes"));
    QCOMPARE(rec.edits.size(), 3);
    QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(rec.edits.size(), 4);
    expected = m_model;
    expected.system.description = QStringLiteral("Online store for shoes");
    QVERIFY(applied(m_model, rec.edits[3]) == expected);

    // Tenancy: the model leaves it out, so the form says "Not set" and the default isolation.
    QCOMPARE(field<QSpinBox>(editor, QStringLiteral("tenants"))->text(), QStringLiteral("Not set"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("tenant_isolation"))->currentText(),
             QStringLiteral("standard"));
    field<QSpinBox>(editor, QStringLiteral("tenants"))->setValue(400);
    QCOMPARE(rec.edits.size(), 5);
    QCOMPARE(rec.edits[4].what, QStringLiteral("tenants"));
    expected = m_model;
    expected.system.tenants = 400;
    QVERIFY(applied(m_model, rec.edits[4]) == expected);
    field<QComboBox>(editor, QStringLiteral("tenant_isolation"))
        ->setCurrentIndex(int(TenantIsolation::Strict));
    QCOMPARE(rec.edits.size(), 6);
    expected = m_model;
    expected.system.tenantIsolation = TenantIsolation::Strict;
    QVERIFY(applied(m_model, rec.edits[5]) == expected);
}

void TestPropertiesEditor::teamEditorShowsAndEdits()
{
    TeamEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::Team, -1};
    editor.showElement(m_model, ref);
    QCOMPARE(field<QSpinBox>(editor, QStringLiteral("size"))->value(), 8);
    QCOMPARE(field<QSpinBox>(editor, QStringLiteral("teams"))->value(), 1);
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("ops_maturity"))->currentText(), QStringLiteral("low"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("release_cadence"))->currentText(),
             QStringLiteral("daily"));
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("budget_usd_month"))->optionalValue(), 5000.0);
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("hiring"))->text(),
             QStringLiteral("typescript, python"));
    QCOMPARE(checkedItems(field<QListWidget>(editor, QStringLiteral("compliance"))),
             QStringList{QStringLiteral("gdpr")});
    QCOMPARE(rec.count(), 0);

    itemNamed(field<QListWidget>(editor, QStringLiteral("compliance")), QStringLiteral("soc2"))
        ->setCheckState(Qt::Checked);
    QCOMPARE(rec.edits.size(), 1);
    QCOMPARE(rec.edits[0].what, QStringLiteral("compliance"));
    Model expected = m_model;
    expected.team.compliance = {Compliance::Gdpr, Compliance::Soc2};
    QVERIFY(applied(m_model, rec.edits[0]) == expected);

    typeAndEnter(field<QLineEdit>(editor, QStringLiteral("hiring")), QStringLiteral(", go"), false);
    QCOMPARE(rec.edits.size(), 2);
    expected = m_model;
    expected.team.hiring.append(QStringLiteral("go"));
    QVERIFY(applied(m_model, rec.edits[1]) == expected);

    field<QSpinBox>(editor, QStringLiteral("teams"))->setValue(2);
    QCOMPARE(rec.edits.size(), 3);
    expected = m_model;
    expected.team.teams = 2;
    QVERIFY(applied(m_model, rec.edits[2]) == expected);
}

void TestPropertiesEditor::teamSkillsTable()
{
    TeamEditor editor;
    Recorder rec(&editor);
    editor.showElement(m_model, {S::Team, -1});
    auto* table = field<QTableWidget>(editor, QStringLiteral("skills"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    auto* goRow = qobject_cast<QComboBox*>(editor.fieldWidget(QStringLiteral("skills.go")));
    QVERIFY(goRow);
    QCOMPARE(goRow->currentText(), QStringLiteral("go"));
    QCOMPARE(goRow->count(), knownLanguages().size()); // known languages to pick, and free text
    QVERIFY(goRow->isEditable());
    auto* level = qobject_cast<QSpinBox*>(table->cellWidget(2, 1));
    QVERIFY(level);
    QCOMPARE(level->value(), 1);
    QCOMPARE(level->maximum(), 5);

    level->setValue(3);
    QCOMPARE(rec.edits.size(), 1);
    QCOMPARE(rec.edits[0].what, QStringLiteral("go skill"));
    Model expected = m_model;
    expected.team.skills[2].level = 3;
    QVERIFY(applied(m_model, rec.edits[0]) == expected);

    // A language listed twice is refused at the field (skills are a mapping).
    goRow->lineEdit()->selectAll();
    QTest::keyClicks(goRow->lineEdit(), QStringLiteral("python"));
    QCOMPARE(FieldMark::severityOn(goRow), std::optional<Severity>(Severity::Error));
    QTest::keyClick(goRow->lineEdit(), Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 1);
    goRow->lineEdit()->selectAll();
    QTest::keyClicks(goRow->lineEdit(), QStringLiteral("rust"));
    QCOMPARE(FieldMark::severityOn(goRow), std::nullopt);
    QTest::keyClick(goRow->lineEdit(), Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 2);
    expected = m_model;
    expected.team.skills[2].language = QStringLiteral("rust");
    QVERIFY(applied(m_model, rec.edits[1]) == expected);

    // Add names the first known language not listed yet; remove drops that row.
    auto* add = editor.findChild<QPushButton*>(QStringLiteral("addSkillButton"));
    add->click();
    QCOMPARE(rec.edits.size(), 3);
    expected = m_model;
    expected.team.skills.append(Skill{QStringLiteral("java"), 3});
    const Model withJava = applied(m_model, rec.edits[2]);
    QVERIFY(withJava == expected);
    editor.showElement(withJava, {S::Team, -1});
    QCOMPARE(table->rowCount(), 4);
    auto* remove = qobject_cast<QAbstractButton*>(table->cellWidget(0, 2));
    QVERIFY(remove);
    remove->click();
    QCOMPARE(rec.edits.size(), 4);
    expected = withJava;
    expected.team.skills.removeFirst();
    QVERIFY(applied(withJava, rec.edits[3]) == expected);
}

void TestPropertiesEditor::environmentEditorShowsAndEdits()
{
    EnvironmentEditor editor;
    Recorder rec(&editor);
    editor.showElement(m_model, {S::Environment, 1});
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("name"))->text(), QStringLiteral("staging"));
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("account"))->text(), QStringLiteral("acme-nonprod"));
    auto* region = field<QComboBox>(editor, QStringLiteral("region"));
    QCOMPARE(region->currentText(), QString());
    QVERIFY(region->lineEdit()->placeholderText().contains(QStringLiteral("eu-west-1")));
    QCOMPARE(comboItems(region), QStringList{QStringLiteral("eu-west-1")});

    typeAndEnter(region->lineEdit(), QStringLiteral("eu-central-1"));
    QCOMPARE(rec.edits.size(), 1);
    QCOMPARE(rec.edits[0].what, QStringLiteral("region"));
    Model expected = m_model;
    expected.environments[1].region = QStringLiteral("eu-central-1");
    QVERIFY(applied(m_model, rec.edits[0]) == expected);

    // Two environments may not share a name: marked while typing, not committed.
    auto* name = field<QLineEdit>(editor, QStringLiteral("name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("production"));
    QCOMPARE(FieldMark::severityOn(name), std::optional<Severity>(Severity::Error));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 1);
    typeAndEnter(name, QStringLiteral("qa"));
    QCOMPARE(FieldMark::severityOn(name), std::nullopt);
    QCOMPARE(rec.edits.size(), 2);
    expected = m_model;
    expected.environments[1].name = QStringLiteral("qa");
    QVERIFY(applied(m_model, rec.edits[1]) == expected);
}

void TestPropertiesEditor::workloadEditorShowsValues()
{
    WorkloadEditor editor;
    editor.showElement(m_model, {S::Workload, 0});
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("id"))->text(), QStringLiteral("storefront-api"));
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("name"))->text(), QStringLiteral("Storefront API"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("kind"))->currentText(), QStringLiteral("api"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("exposure"))->currentText(), QStringLiteral("public"));
    QCOMPARE(checkedItems(field<QListWidget>(editor, QStringLiteral("clients"))),
             (QStringList{QStringLiteral("browser"), QStringLiteral("mobile")}));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("traffic.pattern"))->currentText(),
             QStringLiteral("bursty"));
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("traffic.peak_rps"))->optionalValue(), 500.0);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("traffic.peak_rps"))->text(), QStringLiteral("500"));
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("traffic.average_rps"))->optionalValue(), 40.0);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("latency_p99_ms"))->optionalValue(), 300.0);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("max_duration_s"))->optionalValue(), 30.0);
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("cpu"))->currentText(), QStringLiteral("low"));
    QCOMPARE(field<QSpinBox>(editor, QStringLiteral("memory_mb"))->value(), 512);
    for (const char* flag : {"gpu", "stateful", "needs_os_control", "legacy", "data_heavy"})
        QVERIFY2(!field<QCheckBox>(editor, QString::fromLatin1(flag))->isChecked(), flag);
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("criticality"))->currentText(), QStringLiteral("high"));
    QCOMPARE(checkedItems(field<QListWidget>(editor, QStringLiteral("handles"))),
             QStringList{QStringLiteral("pii")});
    QCOMPARE(field<QTableWidget>(editor, QStringLiteral("uses"))->rowCount(), 2);
    // Each target says what it is: workloads, stores and channels share the list.
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[0].to"))->currentText(),
             QStringLiteral("orders (data store)"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[0].mode"))->currentText(), QStringLiteral("sync"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[0].access"))->currentText(),
             QStringLiteral("read-write"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[1].to"))->currentText(),
             QStringLiteral("order-events (channel)"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[1].mode"))->currentText(),
             QStringLiteral("publish"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[1].access"))->currentText(),
             QStringLiteral("write"));
    // A dependency may name any element but the workload itself.
    QCOMPARE(comboItems(field<QComboBox>(editor, QStringLiteral("uses[0].to"))),
             (QStringList{QStringLiteral("fulfilment (workload)"), QStringLiteral("orders (data store)"),
                          QStringLiteral("order-events (channel)")}));
    // A mode or an access is never cut short ("sy", "reac").
    for (const QString& path : {QStringLiteral("uses[0].mode"), QStringLiteral("uses[0].access")}) {
        auto* combo = field<QComboBox>(editor, path);
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY2(combo->sizeHint().width() >= combo->fontMetrics().horizontalAdvance(combo->itemText(i)),
                     qPrintable(combo->itemText(i)));
    }

    // The second workload leaves most fields out: the form shows the defaults and "Not set".
    editor.showElement(m_model, {S::Workload, 1});
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("name"))->text(), QString());
    QVERIFY(field<QLineEdit>(editor, QStringLiteral("name"))->placeholderText().isEmpty() == false);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("traffic.peak_rps"))->optionalValue(), std::nullopt);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("traffic.peak_rps"))->text(),
             QStringLiteral("Not set"));
    QCOMPARE(checkedItems(field<QListWidget>(editor, QStringLiteral("clients"))),
             QStringList{QStringLiteral("service")});
    QCOMPARE(field<QTableWidget>(editor, QStringLiteral("uses"))->rowCount(), 1);
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[0].mode"))->currentText(),
             QStringLiteral("consume"));
}

void TestPropertiesEditor::workloadEditorEditsOneFieldEach()
{
    WorkloadEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::Workload, 0};
    editor.showElement(m_model, ref);
    struct Case
    {
        QString what;
        std::function<void()> act;
        std::function<void(Workload&)> expect;
    };
    const QList<Case> cases{
        {QStringLiteral("traffic pattern"),
         [&] { QTest::keyClick(field<QComboBox>(editor, QStringLiteral("traffic.pattern")), Qt::Key_Down); },
         [](Workload& w) { w.traffic.pattern = TrafficPattern::Unpredictable; }},
        {QStringLiteral("peak RPS"),
         [&] { field<NumberSpinBox>(editor, QStringLiteral("traffic.peak_rps"))->setValue(750); },
         [](Workload& w) { w.traffic.peakRps = 750; }},
        {QStringLiteral("memory"),
         [&] { field<QSpinBox>(editor, QStringLiteral("memory_mb"))->setValue(1024); },
         [](Workload& w) { w.memoryMb = 1024; }},
        {QStringLiteral("typical duration"),
         [&] { field<QSpinBox>(editor, QStringLiteral("duration_ms"))->setValue(120); },
         [](Workload& w) { w.durationMs = 120; }},
        {QStringLiteral("GPU"), [&] { field<QCheckBox>(editor, QStringLiteral("gpu"))->click(); },
         [](Workload& w) { w.gpu = true; }},
        {QStringLiteral("static site"),
         [&] { field<QCheckBox>(editor, QStringLiteral("static_site"))->click(); },
         [](Workload& w) { w.staticSite = true; }},
        {QStringLiteral("foundation model"),
         [&] { field<QCheckBox>(editor, QStringLiteral("foundation_model"))->click(); },
         [](Workload& w) { w.foundationModel = true; }},
        {QStringLiteral("workflow steps"),
         [&] { field<QSpinBox>(editor, QStringLiteral("workflow_steps"))->setValue(6); },
         [](Workload& w) { w.workflowSteps = 6; }},
        {QStringLiteral("OS control"),
         [&] { field<QCheckBox>(editor, QStringLiteral("needs_os_control"))->click(); },
         [](Workload& w) { w.needsOsControl = true; }},
        {QStringLiteral("name"),
         [&] { typeAndEnter(field<QLineEdit>(editor, QStringLiteral("name")), QStringLiteral("Shop API")); },
         [](Workload& w) { w.name = QStringLiteral("Shop API"); }},
        {QStringLiteral("clients"),
         [&] {
             itemNamed(field<QListWidget>(editor, QStringLiteral("clients")), QStringLiteral("partner"))
                 ->setCheckState(Qt::Checked);
         },
         [](Workload& w) { w.clients.append(ClientKind::Partner); }},
        {QStringLiteral("handled data"),
         [&] {
             itemNamed(field<QListWidget>(editor, QStringLiteral("handles")), QStringLiteral("pii"))
                 ->setCheckState(Qt::Unchecked);
         },
         [](Workload& w) { w.handles.clear(); }},
        {QStringLiteral("criticality"),
         [&] {
             field<QComboBox>(editor, QStringLiteral("criticality"))
                 ->setCurrentIndex(int(Criticality::Critical));
         },
         [](Workload& w) { w.criticality = Criticality::Critical; }},
        {QStringLiteral("kind"),
         [&] { field<QComboBox>(editor, QStringLiteral("kind"))->setCurrentIndex(int(WorkloadKind::Web)); },
         [](Workload& w) { w.kind = WorkloadKind::Web; }},
    };
    for (const Case& c : cases) {
        // Each edit starts from the shown model, as after the previous one was undone.
        editor.showElement(m_model, ref);
        rec.edits.clear();
        c.act();
        QVERIFY2(rec.edits.size() == 1, qPrintable(c.what));
        QCOMPARE(rec.edits[0].what, c.what);
        QCOMPARE(rec.edits[0].element, ref);
        Model expected = m_model;
        c.expect(expected.workloads[0]);
        QVERIFY2(applied(m_model, rec.edits[0]) == expected, qPrintable(c.what));
    }
    QVERIFY(rec.renames.isEmpty());
}

void TestPropertiesEditor::workloadUsesTable()
{
    WorkloadEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::Workload, 0};
    editor.showElement(m_model, ref);

    field<QComboBox>(editor, QStringLiteral("uses[0].access"))->setCurrentIndex(int(Access::Read));
    QCOMPARE(rec.edits.size(), 1);
    QCOMPARE(rec.edits[0].what, QStringLiteral("dependency access"));
    Model expected = m_model;
    expected.workloads[0].uses[0].access = Access::Read;
    QVERIFY(applied(m_model, rec.edits[0]) == expected);

    field<QComboBox>(editor, QStringLiteral("uses[0].mode"))->setCurrentIndex(int(UseMode::Async));
    QCOMPARE(rec.edits.size(), 2);
    expected = m_model;
    expected.workloads[0].uses[0].mode = UseMode::Async;
    QVERIFY(applied(m_model, rec.edits[1]) == expected);

    // A new target of another sort brings the mode it needs: a workload is used sync, not published to.
    auto* to = field<QComboBox>(editor, QStringLiteral("uses[1].to"));
    to->setCurrentIndex(to->findData(QStringLiteral("fulfilment")));
    Q_EMIT to->activated(to->currentIndex());
    QCOMPARE(rec.edits.size(), 3);
    QCOMPARE(rec.edits[2].what, QStringLiteral("dependency target"));
    expected = m_model;
    expected.workloads[0].uses[1].to = QStringLiteral("fulfilment");
    expected.workloads[0].uses[1].mode = UseMode::Sync;
    QVERIFY(applied(m_model, rec.edits[2]) == expected);

    auto* add = editor.findChild<QPushButton*>(QStringLiteral("addUseButton"));
    add->click();
    QCOMPARE(rec.edits.size(), 4);
    QCOMPARE(rec.edits[3].what, QStringLiteral("dependencies"));
    expected = m_model;
    expected.workloads[0].uses.append(Use{QStringLiteral("fulfilment"), UseMode::Sync, Access::ReadWrite});
    const Model added = applied(m_model, rec.edits[3]);
    QVERIFY(added == expected);
    editor.showElement(added, ref);
    QCOMPARE(field<QTableWidget>(editor, QStringLiteral("uses"))->rowCount(), 3);

    auto* table = field<QTableWidget>(editor, QStringLiteral("uses"));
    qobject_cast<QAbstractButton*>(table->cellWidget(0, 3))->click();
    QCOMPARE(rec.edits.size(), 5);
    expected = added;
    expected.workloads[0].uses.removeFirst();
    QVERIFY(applied(added, rec.edits[4]) == expected);

    // A target that names nothing is shown as it is, for the validator to mark.
    Model broken = m_model;
    broken.workloads[0].uses[0].to = QStringLiteral("nowhere");
    editor.showElement(broken, ref);
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("uses[0].to"))->currentData().toString(),
             QStringLiteral("nowhere"));
    editor.showElement(m_model, ref);
    QCOMPARE(comboItems(field<QComboBox>(editor, QStringLiteral("uses[0].to"))).size(), 3);
    QCOMPARE(rec.edits.size(), 5);
}

void TestPropertiesEditor::dataStoreEditorShowsAndEdits()
{
    DataStoreEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::DataStore, 0};
    editor.showElement(m_model, ref);
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("id"))->text(), QStringLiteral("orders"));
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("name"))->text(), QStringLiteral("Orders and payments"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("shape"))->currentText(), QStringLiteral("relational"));
    QCOMPARE(checkedItems(field<QListWidget>(editor, QStringLiteral("queries"))),
             (QStringList{QStringLiteral("point-lookup"), QStringLiteral("joins")}));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("consistency"))->currentText(),
             QStringLiteral("strong"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("transactions"))->currentText(),
             QStringLiteral("multi-record"));
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("read_write_ratio"))->value(), 5.0);
    QVERIFY(!field<QCheckBox>(editor, QStringLiteral("tolerates_stale_reads"))->isChecked());
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("size_gb"))->optionalValue(), 50.0);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("growth_gb_month"))->optionalValue(), 5.0);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("item_size_kb"))->optionalValue(), 4.0);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("peak_ops"))->optionalValue(), 2000.0);
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("residency"))->text(), QStringLiteral("eu"));
    QVERIFY(!field<QCheckBox>(editor, QStringLiteral("multi_region"))->isChecked());
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("sensitivity"))->currentText(),
             QStringLiteral("payment"));
    QCOMPARE(field<QSpinBox>(editor, QStringLiteral("retention_days"))->value(), 3650);
    QCOMPARE(rec.count(), 0);

    itemNamed(field<QListWidget>(editor, QStringLiteral("queries")), QStringLiteral("range-scan"))
        ->setCheckState(Qt::Checked);
    field<NumberSpinBox>(editor, QStringLiteral("read_write_ratio"))->setValue(0.5);
    field<QCheckBox>(editor, QStringLiteral("tolerates_stale_reads"))->click();
    field<QSpinBox>(editor, QStringLiteral("retention_days"))->setValue(-1); // "Not set"
    typeAndEnter(field<QLineEdit>(editor, QStringLiteral("residency")), QStringLiteral("de"));
    QCOMPARE(rec.edits.size(), 5);
    const QStringList whats{QStringLiteral("queries"), QStringLiteral("read/write ratio"),
                            QStringLiteral("stale reads"), QStringLiteral("retention"),
                            QStringLiteral("residency")};
    const QList<std::function<void(DataStore&)>> expects{
        [](DataStore& d) { d.queries.append(QueryKind::RangeScan); },
        [](DataStore& d) { d.readWriteRatio = 0.5; },
        [](DataStore& d) { d.toleratesStaleReads = true; },
        [](DataStore& d) { d.retentionDays.reset(); },
        [](DataStore& d) { d.residency = QStringLiteral("de"); },
    };
    for (int i = 0; i < whats.size(); ++i) {
        QCOMPARE(rec.edits[i].what, whats[i]);
        Model expected = m_model;
        expects[i](expected.data[0]);
        QVERIFY2(applied(m_model, rec.edits[i]) == expected, qPrintable(whats[i]));
    }
}

void TestPropertiesEditor::ownershipShowsTheSystemsAsDefault()
{
    const Model model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/valid/ownership.yaml")).model;
    WorkloadEditor editor;
    Recorder rec(&editor);
    editor.showElement(model, {S::Workload, 1}); // settlement-worker: its own owner, the system's cost centre
    auto* owner = field<QLineEdit>(editor, QStringLiteral("owner"));
    auto* costCentre = field<QLineEdit>(editor, QStringLiteral("cost_centre"));
    QCOMPARE(owner->text(), QStringLiteral("finance-platform"));
    QCOMPARE(costCentre->text(), QString());
    QCOMPARE(costCentre->placeholderText(), QStringLiteral("CC-1042 (the system's)"));

    typeAndEnter(costCentre, QStringLiteral("CC-9"));
    owner->selectAll();
    QTest::keyClick(owner, Qt::Key_Delete); // back to the system's owner
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 2);
    Model expected = model;
    expected.workloads[1].ownership.costCentre = QStringLiteral("CC-9");
    QVERIFY(applied(model, rec.edits[0]) == expected);
    expected = model;
    expected.workloads[1].ownership.owner.clear();
    QVERIFY(applied(model, rec.edits[1]) == expected);

    Model noOwner = model;
    noOwner.system.ownership = {};
    editor.showElement(noOwner, {S::Workload, 0});
    QCOMPARE(owner->placeholderText(), QStringLiteral("None (the system has none)"));
}

void TestPropertiesEditor::channelEditorShowsAndEdits()
{
    ChannelEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::Channel, 0};
    editor.showElement(m_model, ref);
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("id"))->text(), QStringLiteral("order-events"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("kind"))->currentText(), QStringLiteral("topic"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("ordering"))->currentText(), QStringLiteral("per-key"));
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("delivery"))->currentText(),
             QStringLiteral("at-least-once"));
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("peak_msgs_s"))->optionalValue(), 300.0);
    QCOMPARE(field<NumberSpinBox>(editor, QStringLiteral("retention_hours"))->optionalValue(), 24.0);
    QVERIFY(!field<QCheckBox>(editor, QStringLiteral("replay"))->isChecked());
    QCOMPARE(editor.findChild<QLabel*>(QStringLiteral("publishersValue"))->text(),
             QStringLiteral("storefront-api"));
    QCOMPARE(editor.findChild<QLabel*>(QStringLiteral("consumersValue"))->text(),
             QStringLiteral("fulfilment"));

    field<QComboBox>(editor, QStringLiteral("ordering"))->setCurrentIndex(int(Ordering::Total));
    field<QCheckBox>(editor, QStringLiteral("replay"))->click();
    field<NumberSpinBox>(editor, QStringLiteral("retention_hours"))->setValue(168);
    QCOMPARE(rec.edits.size(), 3);
    Model expected = m_model;
    expected.channels[0].ordering = Ordering::Total;
    QVERIFY(applied(m_model, rec.edits[0]) == expected);
    expected = m_model;
    expected.channels[0].replay = true;
    QVERIFY(applied(m_model, rec.edits[1]) == expected);
    expected = m_model;
    expected.channels[0].retentionHours = 168;
    QVERIFY(applied(m_model, rec.edits[2]) == expected);
}

void TestPropertiesEditor::decisionEditorShowsAndEdits()
{
    DecisionEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::Decision, 0};
    editor.showElement(m_model, ref);
    auto* element = editor.findChild<QComboBox*>(QStringLiteral("subjectElementCombo"));
    auto* kind = editor.findChild<QComboBox*>(QStringLiteral("subjectKindCombo"));
    QCOMPARE(element->currentText(), QStringLiteral("storefront-api"));
    QCOMPARE(kind->currentText(), QStringLiteral("language"));
    // The kinds a workload gets, and every element (and the system) to choose from.
    QCOMPARE(comboItems(kind),
             (QStringList{QStringLiteral("compute"), QStringLiteral("language"),
                          QStringLiteral("web-framework"), QStringLiteral("api-style"),
                          QStringLiteral("end-user-identity"), QStringLiteral("workflow-orchestration")}));
    QCOMPARE(comboItems(element), (QStringList{QStringLiteral("system"), QStringLiteral("storefront-api"),
                                               QStringLiteral("fulfilment"), QStringLiteral("orders"),
                                               QStringLiteral("order-events")}));
    QVERIFY(editor.fieldWidget(QStringLiteral("subject"))->isAncestorOf(element));
    // The choice is picked from the kind's candidates, shown by label.
    auto* choice = field<QComboBox>(editor, QStringLiteral("choice"));
    QCOMPARE(choice->currentData().toString(), QStringLiteral("typescript"));
    QVERIFY2(choice->currentText().contains(QStringLiteral("(typescript)")),
             qPrintable(choice->currentText()));
    QVERIFY(choice->findData(QStringLiteral("java")) >= 0);
    QCOMPARE(choice->findData(QStringLiteral("postgresql")), -1); // a database, not a language
    QCOMPARE(field<QComboBox>(editor, QStringLiteral("status"))->currentText(), QStringLiteral("accepted"));
    QCOMPARE(field<MultiLineEdit>(editor, QStringLiteral("reason"))->toPlainText(),
             QStringLiteral("The whole team writes TypeScript."));

    kind->setCurrentIndex(0);
    Q_EMIT kind->activated(0);
    QCOMPARE(rec.edits.size(), 1);
    QCOMPARE(rec.edits[0].what, QStringLiteral("subject"));
    Model expected = m_model;
    expected.decisions[0].subject = QStringLiteral("storefront-api/compute");
    QVERIFY(applied(m_model, rec.edits[0]) == expected);

    // Another sort of element: the kind gives way to the first that fits it.
    element->setCurrentIndex(element->findData(QStringLiteral("orders")));
    Q_EMIT element->activated(element->currentIndex());
    QCOMPARE(rec.edits.size(), 2);
    expected = m_model;
    expected.decisions[0].subject = QStringLiteral("orders/database");
    const Model moved = applied(m_model, rec.edits[1]);
    QVERIFY(moved == expected);
    editor.showElement(moved, ref);
    QCOMPARE(comboItems(kind), (QStringList{QStringLiteral("database"), QStringLiteral("read-scaling"),
                                            QStringLiteral("write-scaling")}));

    field<QComboBox>(editor, QStringLiteral("status"))->setCurrentIndex(int(DecisionStatus::Proposed));
    // The old choice is no database: it stays in view, marked, until a candidate is picked.
    QVERIFY2(choice->currentText().contains(QStringLiteral("not a candidate")),
             qPrintable(choice->currentText()));
    choice->setCurrentIndex(choice->findData(QStringLiteral("postgresql")));
    Q_EMIT choice->activated(choice->currentIndex());
    QCOMPARE(rec.edits.size(), 4);
    expected = moved;
    expected.decisions[0].status = DecisionStatus::Proposed;
    QVERIFY(applied(moved, rec.edits[2]) == expected);
    expected = moved;
    expected.decisions[0].choice = QStringLiteral("postgresql");
    QVERIFY(applied(moved, rec.edits[3]) == expected);

    // A subject the model does not know is shown as written.
    Model odd = m_model;
    odd.decisions[0].subject = QStringLiteral("ghost/language");
    editor.showElement(odd, ref);
    QCOMPARE(element->currentData().toString(), QStringLiteral("ghost"));
    QVERIFY(element->currentText().contains(QStringLiteral("ghost")));
    QCOMPARE(rec.edits.size(), 4);
}

void TestPropertiesEditor::enumCombosListTheFormatsValuesInOrder()
{
    WorkloadEditor workload;
    workload.showElement(m_model, {S::Workload, 0});
    QCOMPARE(comboItems(field<QComboBox>(workload, QStringLiteral("kind"))), enumNames<WorkloadKind>());
    QCOMPARE(comboItems(field<QComboBox>(workload, QStringLiteral("exposure"))), enumNames<Exposure>());
    QCOMPARE(comboItems(field<QComboBox>(workload, QStringLiteral("traffic.pattern"))),
             enumNames<TrafficPattern>());
    QCOMPARE(comboItems(field<QComboBox>(workload, QStringLiteral("cpu"))), enumNames<Level>());
    QCOMPARE(comboItems(field<QComboBox>(workload, QStringLiteral("criticality"))), enumNames<Criticality>());
    QCOMPARE(comboItems(field<QComboBox>(workload, QStringLiteral("uses[0].mode"))), enumNames<UseMode>());
    QCOMPARE(comboItems(field<QComboBox>(workload, QStringLiteral("uses[0].access"))), enumNames<Access>());
    QCOMPARE(field<QListWidget>(workload, QStringLiteral("clients"))->count(), int(enumCount<ClientKind>()));
    QCOMPARE(field<QListWidget>(workload, QStringLiteral("handles"))->count(), int(enumCount<HandledData>()));
    DataStoreEditor data;
    QCOMPARE(comboItems(field<QComboBox>(data, QStringLiteral("shape"))), enumNames<DataShape>());
    QCOMPARE(comboItems(field<QComboBox>(data, QStringLiteral("consistency"))), enumNames<Consistency>());
    QCOMPARE(comboItems(field<QComboBox>(data, QStringLiteral("transactions"))), enumNames<Transactions>());
    QCOMPARE(comboItems(field<QComboBox>(data, QStringLiteral("sensitivity"))), enumNames<Sensitivity>());
    QCOMPARE(field<QListWidget>(data, QStringLiteral("queries"))->count(), int(enumCount<QueryKind>()));
    ChannelEditor channel;
    QCOMPARE(comboItems(field<QComboBox>(channel, QStringLiteral("kind"))), enumNames<ChannelKind>());
    QCOMPARE(comboItems(field<QComboBox>(channel, QStringLiteral("ordering"))), enumNames<Ordering>());
    QCOMPARE(comboItems(field<QComboBox>(channel, QStringLiteral("delivery"))), enumNames<Delivery>());
    SystemEditor system;
    QCOMPARE(comboItems(field<QComboBox>(system, QStringLiteral("stage"))), enumNames<Stage>());
    QCOMPARE(comboItems(field<QComboBox>(system, QStringLiteral("cloud"))), enumNames<Cloud>());
    TeamEditor team;
    QCOMPARE(comboItems(field<QComboBox>(team, QStringLiteral("ops_maturity"))), enumNames<OpsMaturity>());
    QCOMPARE(comboItems(field<QComboBox>(team, QStringLiteral("release_cadence"))),
             enumNames<ReleaseCadence>());
    QCOMPARE(field<QListWidget>(team, QStringLiteral("compliance"))->count(), int(enumCount<Compliance>()));
    DecisionEditor decision;
    QCOMPARE(comboItems(field<QComboBox>(decision, QStringLiteral("status"))), enumNames<DecisionStatus>());
}

// Keyboard tracking is off: the digits of "750" make one edit, not three.
void TestPropertiesEditor::typingANumberIsOneEdit()
{
    WorkloadEditor editor;
    Recorder rec(&editor);
    editor.showElement(m_model, {S::Workload, 0});
    auto* peak = field<NumberSpinBox>(editor, QStringLiteral("traffic.peak_rps"));
    peak->selectAll();
    QTest::keyClicks(peak, QStringLiteral("750"));
    QCOMPARE(rec.edits.size(), 0);
    QTest::keyClick(peak, Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 1);
    Model expected = m_model;
    expected.workloads[0].traffic.peakRps = 750;
    QVERIFY(applied(m_model, rec.edits[0]) == expected);

    auto* memory = field<QSpinBox>(editor, QStringLiteral("memory_mb"));
    memory->selectAll();
    QTest::keyClicks(memory, QStringLiteral("2048"));
    QTest::keyClick(memory, Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 2);
    QCOMPARE(rec.edits[1].what, QStringLiteral("memory"));
}

void TestPropertiesEditor::optionalNumbersCanBeUnset()
{
    WorkloadEditor editor;
    Recorder rec(&editor);
    editor.showElement(m_model, {S::Workload, 0});
    auto* latency = field<NumberSpinBox>(editor, QStringLiteral("latency_p99_ms"));
    QVERIFY(latency->isOptional());
    // Clearing the text means "not set", as does the lowest step.
    latency->selectAll();
    QTest::keyClick(latency, Qt::Key_Delete);
    QTest::keyClick(latency, Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 1);
    QCOMPARE(latency->text(), QStringLiteral("Not set"));
    Model expected = m_model;
    expected.workloads[0].latencyP99Ms.reset();
    QVERIFY(applied(m_model, rec.edits[0]) == expected);
    // A latency must be above 0: the first step up from "Not set" is a real value.
    latency->stepUp();
    QCOMPARE(latency->optionalValue(), 1.0);

    // A field that may be 0 has "Not set" below 0.
    auto* peak = field<NumberSpinBox>(editor, QStringLiteral("traffic.peak_rps"));
    peak->setValue(0);
    QCOMPARE(peak->optionalValue(), 0.0);
    peak->stepDown();
    QCOMPARE(peak->optionalValue(), std::nullopt);
    QCOMPARE(peak->text(), QStringLiteral("Not set"));
}

// showElement never emits: not for a first show, a re-show, another element, a changed model, or a
// model where the element has gone.
void TestPropertiesEditor::showingNeverEmits()
{
    PropertiesPanel panel;
    int emitted = 0;
    connect(&panel, &PropertiesPanel::edited, this, [&] { ++emitted; });
    connect(&panel, &PropertiesPanel::renameRequested, this, [&] { ++emitted; });
    Model other = m_model;
    other.workloads[0].traffic.pattern = TrafficPattern::Steady;
    other.workloads[0].uses.removeLast();
    other.workloads[0].clients = {ClientKind::Partner};
    other.team.skills.removeFirst();
    other.system.regions.append(QStringLiteral("us-east-1"));
    other.data[0].queries.clear();
    other.decisions[0].subject = QStringLiteral("system/edge");
    other.system.rtoMinutes.reset();
    const QList<ElementRef> refs{{S::System, -1},     {S::Team, -1},       {S::Priorities, -1},
                                 {S::Environment, 0}, {S::Environment, 1}, {S::Workload, 0},
                                 {S::Workload, 1},    {S::DataStore, 0},   {S::Channel, 0},
                                 {S::Decision, 0},    {S::Workload, 7},    {}};
    for (int round = 0; round < 2; ++round) {
        for (const ElementRef& ref : refs) {
            panel.showElement(m_model, ref);
            panel.showElement(other, ref);
            panel.showElement(m_model, ref);
        }
    }
    QCOMPARE(emitted, 0);
}

void TestPropertiesEditor::typedIdIsCheckedAtOnce()
{
    WorkloadEditor editor;
    Recorder rec(&editor);
    const ElementRef ref{S::Workload, 0};
    editor.showElement(m_model, ref);
    auto* id = field<QLineEdit>(editor, QStringLiteral("id"));
    QVERIFY(id->validator());

    // Characters an id cannot hold are not taken at all.
    id->end(false);
    QTest::keyClicks(id, QStringLiteral("X_ "));
    QCOMPARE(id->text(), QStringLiteral("storefront-api"));

    // A taken id is marked as it is typed, before anything is committed, and is not committed.
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("orders"));
    QCOMPARE(FieldMark::severityOn(id), std::optional<Severity>(Severity::Error));
    QVERIFY(FieldMark::messageOn(id).contains(QStringLiteral("data store orders")));
    QVERIFY(id->toolTip().contains(QStringLiteral("already")));
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(rec.count(), 0);

    // One more letter and it is free: the mark goes at once.
    QTest::keyClicks(id, QStringLiteral("-api"));
    QCOMPARE(FieldMark::severityOn(id), std::nullopt);
    QVERIFY(!id->toolTip().contains(QStringLiteral("already")));
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(rec.edits.size(), 0); // a rename, not an edit: references must follow
    QCOMPARE(rec.renames.size(), 1);
    QCOMPARE(rec.renames[0].first, ref);
    QCOMPARE(rec.renames[0].second, QStringLiteral("orders-api"));

    // An empty id is marked too.
    id->selectAll();
    QTest::keyClick(id, Qt::Key_Backspace);
    QCOMPARE(FieldMark::severityOn(id), std::optional<Severity>(Severity::Error));
    // The problem is written under the field, not only in its tooltip.
    QVERIFY(FieldMark::messageLabel(id));
    QVERIFY(FieldMark::messageLabel(id)->isVisibleTo(&editor));
    QVERIFY(FieldMark::messageLabel(id)->text().contains(QStringLiteral("An ID is required")));
    // Showing the same element again (after another edit, a re-rank) keeps the refused value in view.
    editor.showElement(m_model, ref);
    QCOMPARE(id->text(), QString());
    QCOMPARE(FieldMark::severityOn(id), std::optional<Severity>(Severity::Error));
    QCOMPARE(editor.invalidEdit(), id);
    // Escape cancels it: the model's value comes back, the mark and its message go.
    QTest::keyClick(id, Qt::Key_Escape);
    QCOMPARE(id->text(), QStringLiteral("storefront-api"));
    QCOMPARE(FieldMark::severityOn(id), std::nullopt);
    QVERIFY(!FieldMark::messageLabel(id));
    QVERIFY(!editor.invalidEdit());
    QCOMPARE(rec.count(), 1);

    // A refused value goes when another element is shown in the form.
    id->selectAll();
    QTest::keyClick(id, Qt::Key_Backspace);
    QCOMPARE(editor.invalidEdit(), id);
    editor.showElement(m_model, {S::Workload, 1});
    QVERIFY(!editor.invalidEdit());
    QCOMPARE(id->text(), m_model.workloads[1].id);
    QCOMPARE(FieldMark::severityOn(id), std::nullopt);
}

void TestPropertiesEditor::requiredTextIsCheckedAtOnce()
{
    SystemEditor system;
    Recorder rec(&system);
    system.showElement(m_model, {S::System, -1});
    auto* name = field<QLineEdit>(system, QStringLiteral("name"));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(FieldMark::severityOn(name), std::optional<Severity>(Severity::Error));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(rec.count(), 0);

    // A decision's choice cannot be typed wrong: "Golang" is no item to pick, and an unknown one in the
    // model is shown marked as such.
    DecisionEditor decision;
    Recorder decisionRec(&decision);
    Model golang = m_model;
    golang.decisions[0].choice = QStringLiteral("Golang");
    decision.showElement(golang, {S::Decision, 0});
    auto* choice = field<QComboBox>(decision, QStringLiteral("choice"));
    QVERIFY(!choice->isEditable());
    QCOMPARE(choice->currentData().toString(), QStringLiteral("Golang"));
    QVERIFY2(choice->currentText().contains(QStringLiteral("not a candidate")),
             qPrintable(choice->currentText()));
    QCOMPARE(decisionRec.count(), 0);
}

void TestPropertiesEditor::everySchemaFieldHasAWidgetWithATooltip_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("schema");
    QTest::newRow("system") << int(S::System) << -1 << QStringLiteral("properties/system");
    QTest::newRow("team") << int(S::Team) << -1 << QStringLiteral("properties/team");
    QTest::newRow("environment") << int(S::Environment) << 0 << QStringLiteral("$defs/environment");
    QTest::newRow("workload") << int(S::Workload) << 0 << QStringLiteral("$defs/workload");
    QTest::newRow("data store") << int(S::DataStore) << 0 << QStringLiteral("$defs/datastore");
    QTest::newRow("channel") << int(S::Channel) << 0 << QStringLiteral("$defs/channel");
    QTest::newRow("decision") << int(S::Decision) << 0 << QStringLiteral("$defs/decision");
}

// Every field the schema lists has a widget in its form, and the widget (and its label) explains it
// with the schema's own description.
void TestPropertiesEditor::everySchemaFieldHasAWidgetWithATooltip()
{
    QFETCH(int, section);
    QFETCH(int, index);
    QFETCH(QString, schema);
    PropertiesPanel panel;
    const ElementRef ref{static_cast<S>(section), index};
    panel.showElement(m_model, ref);
    ElementEditor* editor = panel.editor(ref.section);
    QVERIFY(editor);
    const QStringList paths = schemaFieldPaths(schema);
    QVERIFY(paths.size() >= 3);
    for (const QString& path : paths) {
        QWidget* widget = editor->fieldWidget(path);
        QVERIFY2(widget, qPrintable(path));
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(path));
        for (QLabel* label : editor->findChildren<QLabel*>()) {
            if (label->buddy() == widget)
                QVERIFY2(label->toolTip() == widget->toolTip(), qPrintable(path));
        }
    }
    if (ref.section == S::Workload) {
        QVERIFY(editor->fieldWidget(QStringLiteral("traffic.peak_rps"))
                    ->toolTip()
                    .startsWith(QStringLiteral("Requests (or events) per second at peak.")));
        QVERIFY(editor->fieldWidget(QStringLiteral("uses[1].mode"))
                    ->toolTip()
                    .contains(QStringLiteral("publish")));
    }
    if (ref.section == S::Team)
        QVERIFY(!editor->fieldWidget(QStringLiteral("skills.python"))->toolTip().isEmpty());
    QVERIFY(editor->fieldWidget(QStringLiteral("no_such_field")) == nullptr);
}

void TestPropertiesEditor::diagnosticsMarkTheirFields()
{
    Model model = m_model;
    model.workloads[0].traffic.averageRps = 900;             // above the peak: a warning
    model.workloads[0].uses[0].to = QStringLiteral("ordrs"); // names nothing: an error
    model.data[0].readWriteRatio = 0;                        // must be above 0: an error
    const Diagnostics diagnostics = ModelValidator::validate(model, SourceMap());
    QVERIFY(hasErrors(diagnostics));

    PropertiesPanel panel;
    const ElementRef workload{S::Workload, 0};
    panel.showElement(model, workload);
    panel.showDiagnostics(diagnostics);
    ElementEditor* editor = panel.editor(S::Workload);
    QWidget* average = editor->fieldWidget(QStringLiteral("traffic.average_rps"));
    QWidget* target = editor->fieldWidget(QStringLiteral("uses[0].to"));
    QCOMPARE(FieldMark::severityOn(average), std::optional<Severity>(Severity::Warning));
    QVERIFY(average->toolTip().contains(QStringLiteral("above the peak")));
    QVERIFY(average->toolTip().contains(QStringLiteral("should not exceed"))); // the description stays
    QCOMPARE(FieldMark::severityOn(target), std::optional<Severity>(Severity::Error));
    QVERIFY(FieldMark::messageOn(target).contains(QStringLiteral("did you mean 'orders'")));
    // Written under the field, without the path the field already stands for.
    QVERIFY(FieldMark::messageLabel(average));
    QVERIFY2(FieldMark::messageLabel(average)->text().startsWith(QStringLiteral("average")),
             qPrintable(FieldMark::messageLabel(average)->text()));
    QVERIFY(!FieldMark::messageOn(average).contains(QStringLiteral("workloads[0]")));
    QCOMPARE(FieldMark::severityOn(editor->fieldWidget(QStringLiteral("traffic.peak_rps"))), std::nullopt);
    QCOMPARE(FieldMark::severityOn(editor->fieldWidget(QStringLiteral("name"))), std::nullopt);

    // Another element: its own problems are marked, the workload's are gone.
    panel.showElement(model, {S::DataStore, 0});
    QCOMPARE(FieldMark::severityOn(average), std::nullopt);
    QWidget* ratio = panel.editor(S::DataStore)->fieldWidget(QStringLiteral("read_write_ratio"));
    QCOMPARE(FieldMark::severityOn(ratio), std::optional<Severity>(Severity::Error));

    // Fixed: no marks remain, and the tooltip is the description again.
    panel.showElement(m_model, workload);
    panel.showDiagnostics(ModelValidator::validate(m_model, SourceMap()));
    QCOMPARE(FieldMark::severityOn(average), std::nullopt);
    QCOMPARE(FieldMark::severityOn(target), std::nullopt);
    QVERIFY(!average->toolTip().contains(QStringLiteral("above the peak")));
    QVERIFY(!average->toolTip().isEmpty());
}

void TestPropertiesEditor::focusFieldFocusesTheProblemsField()
{
    QWidget window;
    auto* panel = new PropertiesPanel(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(panel);
    window.resize(420, 300); // short: the field must be scrolled to
    panel->showElement(m_model, {S::System, -1});
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QVERIFY(panel->focusField({S::Workload, 0}, QStringLiteral("workloads[0].uses[1].access")));
    QCOMPARE(panel->element(), (ElementRef{S::Workload, 0}));
    QWidget* access = panel->editor(S::Workload)->fieldWidget(QStringLiteral("uses[1].access"));
    QTRY_VERIFY(access->hasFocus());
    QVERIFY(access->visibleRegion().boundingRect().height() > 0); // scrolled into view

    QVERIFY(panel->focusField({S::Workload, 1}, QStringLiteral("workloads[1].traffic.peak_rps")));
    QTRY_VERIFY(panel->editor(S::Workload)->fieldWidget(QStringLiteral("traffic.peak_rps"))->hasFocus());

    QVERIFY(panel->focusField({S::Decision, 0}, QStringLiteral("decisions[0].subject")));
    QTRY_VERIFY(panel->editor(S::Decision)->fieldWidget(QStringLiteral("subject"))->hasFocus());

    QVERIFY(panel->focusField({S::Team, -1}, QStringLiteral("team.skills.go")));
    QTRY_VERIFY(panel->editor(S::Team)->fieldWidget(QStringLiteral("skills.go"))->hasFocus());

    QVERIFY(!panel->focusField({S::Workload, 0}, QStringLiteral("workloads[0].no_such_field")));
    QVERIFY(!panel->focusField({S::Priorities, -1}, QStringLiteral("priorities.cost")));
}

void TestPropertiesEditor::panelShowsNotesForPrioritiesAndNothing()
{
    PropertiesPanel panel;
    QVERIFY(qobject_cast<QLabel*>(panel.currentWidget()));
    panel.showElement(m_model, {S::Workload, 0});
    QVERIFY(panel.currentWidget()->isAncestorOf(panel.editor(S::Workload)));
    panel.showElement(m_model, {S::Priorities, -1});
    QVERIFY(qobject_cast<QLabel*>(panel.currentWidget())->text().contains(QStringLiteral("Priorities")));
    panel.showElement(m_model, {});
    QVERIFY(qobject_cast<QLabel*>(panel.currentWidget())->text().contains(QStringLiteral("Select")));
    panel.showElement(m_model, {S::Workload, 9}); // gone (removed, then the view caught up)
    QVERIFY(qobject_cast<QLabel*>(panel.currentWidget()));
    QVERIFY(panel.editor(S::Priorities) == nullptr);
}

// The panel wired to a document as the main window does: typing commits through an undo command
// whose text names the field, the field keeps focus and cursor, undo puts the old value back, and a
// rename through the id field changes the references.
void TestPropertiesEditor::throughTheDocumentEditsUndoAndKeepFocus()
{
    Document document;
    document.reset(m_model);
    PropertiesPanel panel;
    connect(&panel, &PropertiesPanel::edited, &document,
            [&](const ElementRef& e, const QString& what, const ElementEditor::Edit& edit) {
                document.push(new ChangeElement(&document, e, what, edit));
            });
    connect(
        &panel, &PropertiesPanel::renameRequested, &document,
        [&](const ElementRef& e, const QString& id) { document.push(new RenameElement(&document, e, id)); });
    int shows = 0;
    connect(&document, &Document::modelChanged, &panel, [&] {
        ++shows;
        panel.showElement(document.model(), panel.element());
        panel.showDiagnostics(document.diagnostics());
    });
    const ElementRef ref{S::Workload, 0};
    panel.resize(420, 700);
    panel.showElement(document.model(), ref);
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    ElementEditor* editor = panel.editor(S::Workload);

    auto* name = field<QLineEdit>(*editor, QStringLiteral("name"));
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" v2"));
    QCOMPARE(shows, 0);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(shows, 1);
    QCOMPARE(document.model().workloads[0].name, QStringLiteral("Storefront API v2"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change name of workload storefront-api"));
    QVERIFY(name->hasFocus());
    QCOMPARE(name->cursorPosition(), name->text().size());

    auto* pattern = field<QComboBox>(*editor, QStringLiteral("traffic.pattern"));
    QTest::keyClick(pattern, Qt::Key_Up);
    QCOMPARE(document.model().workloads[0].traffic.pattern, TrafficPattern::Steady);
    QCOMPARE(document.undoStack()->undoText(),
             QStringLiteral("Change traffic pattern of workload storefront-api"));
    document.undoStack()->undo();
    QCOMPARE(pattern->currentText(), QStringLiteral("bursty"));
    QCOMPARE(document.undoStack()->count(), 2); // showing the undone model pushed nothing

    // A new dependency row appears with the focus in its target.
    editor->findChild<QPushButton*>(QStringLiteral("addUseButton"))->click();
    QCOMPARE(document.model().workloads[0].uses.size(), 3);
    QCOMPARE(document.undoStack()->undoText(),
             QStringLiteral("Change dependencies of workload storefront-api"));
    QTRY_VERIFY(editor->fieldWidget(QStringLiteral("uses[2].to"))->hasFocus());
    document.undoStack()->undo();
    QCOMPARE(field<QTableWidget>(*editor, QStringLiteral("uses"))->rowCount(), 2);

    // Removing a row rebuilds the table from inside the click of that row's own button.
    auto* usesTable = field<QTableWidget>(*editor, QStringLiteral("uses"));
    QTest::mouseClick(usesTable->cellWidget(0, 3), Qt::LeftButton);
    QCOMPARE(document.model().workloads[0].uses.size(), 1);
    QCOMPARE(usesTable->rowCount(), 1);
    QCoreApplication::processEvents(); // the old row's widgets go now
    QCOMPARE(field<QComboBox>(*editor, QStringLiteral("uses[0].to"))->currentData().toString(),
             QStringLiteral("order-events"));
    document.undoStack()->undo();
    QCOMPARE(usesTable->rowCount(), 2);

    // A rename through the id field: the decision about the workload follows.
    typeAndEnter(field<QLineEdit>(*editor, QStringLiteral("id")), QStringLiteral("shop-api"));
    QCOMPARE(document.model().workloads[0].id, QStringLiteral("shop-api"));
    QCOMPARE(document.model().decisions[0].subject, QStringLiteral("shop-api/language"));
    QCOMPARE(panel.findChildren<QLabel*>().size() > 0, true);
    document.undoStack()->undo();
    QCOMPARE(field<QLineEdit>(*editor, QStringLiteral("id"))->text(), QStringLiteral("storefront-api"));
}

// Tab walks the workload form top to bottom, through the dependency rows (made after the form) to
// the button that adds one.
void TestPropertiesEditor::tabFollowsTheForm()
{
    PropertiesPanel panel;
    panel.resize(420, 700);
    panel.showElement(m_model, {S::Workload, 0});
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    ElementEditor* editor = panel.editor(S::Workload);
    // The form's own layout is the expected order: every stop Tab can reach, in reading order (rows top
    // to bottom, left to right within a row), so a widget added to the form is checked where it is.
    QList<QWidget*> stops;
    for (QWidget* w : editor->findChildren<QWidget*>()) {
        if (w->isVisibleTo(editor) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            stops.append(w);
    }
    const auto centre = [editor](const QWidget* w) { return w->mapTo(editor, w->rect().center()); };
    std::sort(stops.begin(), stops.end(), [&](const QWidget* a, const QWidget* b) {
        const QPoint pa = centre(a);
        const QPoint pb = centre(b);
        if (std::abs(pa.y() - pb.y()) > 8)
            return pa.y() < pb.y();
        return pa.x() < pb.x();
    });
    QVERIFY(stops.size() > 25);
    QCOMPARE(stops.first(), editor->fieldWidget(QStringLiteral("id")));
    QCOMPARE(stops.last(), editor->fieldWidget(QStringLiteral("cost_centre")));
    const auto name = [](const QWidget* w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    };
    stops.first()->setFocus();
    QTRY_VERIFY(stops.first()->hasFocus());
    for (qsizetype i = 1; i < stops.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(stops[i]->hasFocus(),
                 qPrintable(name(stops[i]) + QStringLiteral(" after ") + name(stops[i - 1]) +
                            QStringLiteral(", focus on ") + name(QApplication::focusWidget())));
    }
}

// A narrow dock (about 340 pixels) shows every form without scrolling sideways: no field asks for the
// width of the largest value its range allows, no check box for a long sentence.
// Beside the Diagram tab at 1280x720 the form's dock is about 265 px wide: the fields then go under
// their labels, so every form fits without scrolling sideways; at a wide dock they stay beside them.
void TestPropertiesEditor::formsFitANarrowDock()
{
    PropertiesPanel panel;
    panel.show();
    for (const S section :
         {S::System, S::Team, S::Environment, S::Workload, S::DataStore, S::Channel, S::Decision}) {
        const ElementRef ref{section, section == S::System || section == S::Team ? -1 : 0};
        panel.showElement(m_model, ref);
        const auto* scroll = panel.currentWidget()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        for (const int width : {265, 600}) {
            panel.resize(width, 500);
            QCoreApplication::processEvents();
            const int needs = panel.editor(section)->minimumSizeHint().width();
            QVERIFY2(needs <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 at %2 px: needs %3, has %4")
                                    .arg(m_model.describe(ref))
                                    .arg(width)
                                    .arg(needs)
                                    .arg(scroll->viewport()->width())));
        }
        // At the wide dock the first field stands beside its label.
        const auto* form = panel.editor(section)->findChild<QFormLayout*>();
        QVERIFY(form);
        QCOMPARE(form->rowWrapPolicy(), QFormLayout::DontWrapRows);
    }
}

// Pictures of every form, for a person to look at (GROUNDWORK_EDITOR_PNG_DIR); painting them is
// checked either way, marks included.
void TestPropertiesEditor::grabEachEditor()
{
    const QString dir = qEnvironmentVariable("GROUNDWORK_EDITOR_PNG_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    Model model = m_model;
    model.workloads[0].traffic.averageRps = 900;
    model.workloads[0].uses[0].to = QStringLiteral("ordrs");
    const Diagnostics diagnostics = ModelValidator::validate(model, SourceMap());
    const QList<std::pair<QString, ElementRef>> shots{
        {QStringLiteral("system"), {S::System, -1}},
        {QStringLiteral("team"), {S::Team, -1}},
        {QStringLiteral("environment"), {S::Environment, 1}},
        {QStringLiteral("workload"), {S::Workload, 0}},
        {QStringLiteral("datastore"), {S::DataStore, 0}},
        {QStringLiteral("channel"), {S::Channel, 0}},
        {QStringLiteral("decision"), {S::Decision, 0}},
        {QStringLiteral("priorities"), {S::Priorities, -1}},
    };
    PropertiesPanel panel;
    panel.show();
    for (const auto& [name, ref] : shots) {
        panel.showElement(model, ref);
        panel.showDiagnostics(diagnostics);
        // Tall enough for the whole form, at a dock's width.
        const int height =
            panel.editor(ref.section) ? panel.editor(ref.section)->sizeHint().height() + 60 : 200;
        panel.resize(420, height);
        QCoreApplication::processEvents();
        const QPixmap picture = panel.grab();
        QVERIFY(!picture.isNull());
        if (!dir.isEmpty())
            QVERIFY(picture.save(dir + QStringLiteral("/editor-") + name + QStringLiteral(".png")));
    }
    // The workload form in a short dock: it scrolls.
    panel.showElement(model, {S::Workload, 0});
    panel.resize(340, 420);
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(panel.grab().save(dir + QStringLiteral("/editor-workload-short.png")));
}

QTEST_MAIN(TestPropertiesEditor)
#include "tst_propertieseditor.moc"
