#include "welcomepage.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gw {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

template<typename E> void fillEnum(QComboBox* combo, E selected)
{
    for (const QString& name : enumNames<E>())
        combo->addItem(name);
    combo->setCurrentText(enumName(selected));
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_system(new QLineEdit), m_team(new QSpinBox), m_workload(new QLineEdit),
      m_kind(new QComboBox), m_store(new QLineEdit), m_shape(new QComboBox),
      m_start(new QPushButton(tr("&Start with this model"))), m_examples(new QListWidget),
      m_recent(new QListWidget)
{
    setObjectName(QStringLiteral("welcomePage"));
    const StarterChoices defaults = StarterModel::defaults();
    // Ids as the format takes them, so the guided start can never make an invalid model.
    auto* id =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9-]{0,62}")), this);
    m_system->setText(defaults.system);
    m_team->setRange(1, 1000);
    m_team->setValue(defaults.teamSize);
    m_team->setSuffix(tr(" engineers"));
    m_workload->setText(defaults.workload);
    m_workload->setValidator(id);
    m_store->setText(defaults.store);
    m_store->setValidator(id);
    m_store->setPlaceholderText(tr("none"));
    fillEnum(m_kind, defaults.kind);
    fillEnum(m_shape, defaults.shape);

    auto* start = new QGroupBox(tr("Start a new model"));
    auto* form = new QFormLayout(start);
    form->addRow(tr("System name"), m_system);
    form->addRow(tr("Team"), m_team);
    auto* workload = new QHBoxLayout;
    workload->addWidget(m_workload, 1);
    workload->addWidget(m_kind);
    form->addRow(tr("First workload"), workload);
    auto* store = new QHBoxLayout;
    store->addWidget(m_store, 1);
    store->addWidget(m_shape);
    form->addRow(tr("Its data store"), store);
    auto* hint = new QLabel(tr("Everything can be changed later; traffic, latency and priorities start at "
                               "defaults the advice says it assumed."));
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(m_start);
    auto* startColumn = new QVBoxLayout;
    startColumn->addWidget(start);
    startColumn->addStretch(1);

    auto* examples = new QGroupBox(tr("Learn from an example"));
    auto* examplesLayout = new QVBoxLayout(examples);
    m_examples->setWordWrap(true);
    m_examples->setSpacing(4);
    m_examples->setAccessibleName(tr("Examples"));
    examplesLayout->addWidget(m_examples);

    auto* recent = new QGroupBox(tr("Open recent"));
    auto* recentLayout = new QVBoxLayout(recent);
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setSpacing(2);
    auto* open = new QPushButton(tr("&Open a model or project..."));
    recentLayout->addWidget(m_recent);
    recentLayout->addWidget(open);

    auto* title =
        new QLabel(tr("<h2>Groundwork</h2><p>Describe the system; get advice that shows its work.</p>"));
    auto* back = new QPushButton(tr("&Continue with the open model"));
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(back, 0, Qt::AlignTop);
    auto* columns = new QHBoxLayout;
    columns->addLayout(startColumn, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(examples, 3);
    right->addWidget(recent, 2);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(columns, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(choices()); });
    connect(m_examples, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT exampleRequested(item->data(kPathRole).toString()); });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT fileRequested(item->data(kPathRole).toString()); });
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(back, &QPushButton::clicked, this, &WelcomePage::dismissed);
}

QString WelcomePage::describeExample(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // The first paragraph of the header comment, editor directives aside.
    QStringList paragraph;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(u'#'))
            break;
        const QString text = line.mid(1).trimmed();
        if (text.contains(QStringLiteral("yaml-language-server")))
            continue;
        if (text.isEmpty()) {
            if (!paragraph.isEmpty())
                break;
            continue;
        }
        paragraph.append(text);
    }
    return paragraph.join(u' ');
}

void WelcomePage::showChoices(const QStringList& examples, const QStringList& recent)
{
    m_examples->clear();
    for (const QString& path : examples) {
        const QString name = QFileInfo(path).completeBaseName();
        const QString about = describeExample(path);
        auto* item = new QListWidgetItem(about.isEmpty() ? name : QStringLiteral("%1\n%2").arg(name, about));
        item->setData(kPathRole, path);
        item->setToolTip(about);
        m_examples->addItem(item);
    }
    m_recent->clear();
    for (const QString& path : recent) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(QFileInfo(path).fileName(), path));
        item->setData(kPathRole, path);
        m_recent->addItem(item);
    }
    if (recent.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No recent files yet."));
        none->setFlags(Qt::NoItemFlags);
        m_recent->addItem(none);
    }
}

StarterChoices WelcomePage::choices() const
{
    StarterChoices c;
    c.system = m_system->text();
    c.teamSize = m_team->value();
    c.workload = m_workload->text();
    c.kind = enumFromString<WorkloadKind>(m_kind->currentText()).value_or(WorkloadKind::Api);
    c.store = m_store->text();
    c.shape = enumFromString<DataShape>(m_shape->currentText()).value_or(DataShape::Relational);
    return c;
}

} // namespace gw
