#include "recommendationspanel.h"

#include "candidatecomparison.h"
#include "candidateexplanation.h"
#include "palettecolors.h"
#include "prioritiespanel.h"

#include "decisionlabel.h"

#include "core/cost/costformat.h"
#include "core/rules/decisionkinds.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace gw {

namespace {

constexpr int kScoreRole = Qt::UserRole + 1;
constexpr int kCandidateRole = Qt::UserRole + 2;
constexpr int kCompared = 3; // side by side: more no longer reads

// Paints a score 0..100 as a bar behind its number.
class ScoreBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection only
        const double score = index.data(kScoreRole).toDouble();
        QRect bar = option.rect.adjusted(3, 4, -3, -4);
        bar.setWidth(static_cast<int>(bar.width() * std::clamp(score, 0.0, 100.0) / 100.0));
        painter->save();
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlpha(option.state & QStyle::State_Selected ? 255 : 110);
        painter->fillRect(bar, fill);
        painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                   : QPalette::Text));
        painter->drawText(option.rect.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          QString::number(score, 'f', 1));
        painter->restore();
    }
};

QString htmlEscaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

RecommendationsPanel::RecommendationsPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_decisions(new QListWidget), m_summary(new QLabel),
      m_ranking(new QTreeWidget), m_chartView(new QChartView(new QChart)), m_reasons(new QTextBrowser),
      m_comparison(new CandidateComparison), m_tabs(new QTabWidget), m_split(new QSplitter(Qt::Vertical)),
      m_pin(new QPushButton(tr("&Pin this choice..."))), m_flashTimer(new QTimer(this))
{
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_flashTimer->setSingleShot(true);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        m_flashed.clear();
        applyFlash();
    });
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A slim list: one line a decision, the rest of the width for the candidates and their reasons.
    m_decisions->setAccessibleName(tr("Decisions"));
    m_decisions->setMaximumWidth(240);
    m_decisions->setMinimumWidth(150);
    m_decisions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_decisions->setTextElideMode(Qt::ElideRight);
    m_decisions->setUniformItemSizes(true);

    m_ranking->setColumnCount(5);
    m_ranking->setHeaderLabels({tr("Candidate"), tr("Family"), tr("Score"), tr("Per month"), tr("Service")});
    m_ranking->setRootIsDecorated(false);
    m_ranking->setUniformRowHeights(true);
    // Narrow panes elide the service rather than hide a row under a scroll bar.
    m_ranking->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ranking->setAccessibleName(tr("Ranked candidates"));
    m_ranking->setToolTip(tr("Ctrl+click two or three candidates to compare them"));
    m_ranking->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ranking->setItemDelegateForColumn(2, new ScoreBarDelegate(m_ranking));
    m_ranking->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ranking->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ranking->header()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_ranking->header()->resizeSection(2, 90);
    m_ranking->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_ranking->header()->setStretchLastSection(true);
    // A long candidate or family name is elided rather than push the service out of the pane.
    m_ranking->header()->setMaximumSectionSize(200);

    // Links to sources open in the browser; the pane's own link shows or hides the base scores.
    m_reasons->setOpenLinks(false);
    m_reasons->setAccessibleName(tr("Reasons"));
    connect(m_reasons, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.toString() == QLatin1String(candidateexplanation::kToggleLink)) {
            m_baseScoresShown = !m_baseScoresShown;
            const int scrolled = m_reasons->verticalScrollBar()->value();
            showReasons();
            m_reasons->verticalScrollBar()->setValue(scrolled);
        } else {
            QDesktopServices::openUrl(url);
        }
    });

    // The chart is given to the view's constructor: setChart() would only release (not delete) the
    // default chart a bare QChartView makes.
    QChart* chart = m_chartView->chart();
    palettecolors::themeChart(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(100);

    // The reasons first and at full height; the comparison and the chart one click away.
    m_tabs->setDocumentMode(true);
    m_reasons->setObjectName(QStringLiteral("why"));
    m_comparison->setObjectName(QStringLiteral("compare"));
    m_chartView->setObjectName(QStringLiteral("chart"));
    m_tabs->addTab(m_reasons, tr("&Why"));
    m_tabs->addTab(m_comparison, tr("C&ompare"));
    m_tabs->addTab(m_chartView, tr("C&hart"));
    m_tabs->setMinimumHeight(120);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    m_split->addWidget(m_ranking);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(1, 1);
    // The candidates and the reasons are what the pane is for: they never collapse to nothing.
    m_split->setCollapsible(0, false);
    m_split->setCollapsible(1, false);
    detailLayout->addWidget(m_split, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_pin);
    detailLayout->addLayout(buttons);

    auto* body = new QSplitter;
    body->addWidget(m_decisions);
    body->addWidget(detail);
    body->setStretchFactor(1, 1);
    body->setSizes({210, 800});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(body, 1);

    connect(m_decisions, &QListWidget::currentRowChanged, this, &RecommendationsPanel::showDecision);
    connect(m_ranking, &QTreeWidget::currentItemChanged, this, &RecommendationsPanel::showCandidate);
    connect(m_ranking, &QTreeWidget::itemSelectionChanged, this, &RecommendationsPanel::showSelection);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_selectionStale)
            showSelection();
    });
    connect(m_pin, &QPushButton::clicked, this, [this] {
        const DecisionResult* d = currentDecision();
        const QTreeWidgetItem* item = m_ranking->currentItem();
        if (!d || !item)
            return;
        Q_EMIT pinRequested(d->subject + u'/' + enumName(d->kind), item->data(0, kCandidateRole).toString());
    });
    showDecisions({}, {});
}

void RecommendationsPanel::setCatalog(const Catalog* catalog, Cloud cloud)
{
    m_catalog = catalog;
    m_cloud = cloud;
}

void RecommendationsPanel::flashChanged(const QSet<QString>& decisions, int durationMs)
{
    m_flashed = decisions;
    applyFlash();
    m_flashTimer->start(durationMs);
}

bool RecommendationsPanel::isFlashed(int row) const
{
    return row >= 0 && row < m_shown.size() &&
           m_flashed.contains(m_shown[row].subject + u'/' + enumName(m_shown[row].kind));
}

// A changed pick's row is tinted with the selection colour while the notice is fresh.
void RecommendationsPanel::applyFlash()
{
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(70);
    for (int i = 0; i < m_decisions->count() && i < m_shown.size(); ++i)
        m_decisions->item(i)->setBackground(isFlashed(i) ? QBrush(tint) : QBrush());
}

bool RecommendationsPanel::showDetail(const QString& name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == name) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void RecommendationsPanel::setPriorities(const Priorities& priorities)
{
    m_weights = effectiveWeights(priorities);
}

bool RecommendationsPanel::selectDecision(DecisionKind kind)
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown[i].kind == kind) {
            m_decisions->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

const DecisionResult* RecommendationsPanel::currentDecision() const
{
    const int row = m_decisions->currentRow();
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

void RecommendationsPanel::showDecisions(const QString& subjectTitle,
                                         const QList<const DecisionResult*>& decisions)
{
    // Re-showing the same subject (after a re-rank) keeps the user's place; another subject starts at
    // its first decision and its top candidate.
    const bool sameSubject = subjectTitle == m_subjectTitle;
    m_subjectTitle = subjectTitle;
    const QString keptKind = sameSubject && currentDecision() ? enumName(currentDecision()->kind) : QString();
    const QString keptCandidate = sameSubject && m_ranking->currentItem()
                                      ? m_ranking->currentItem()->data(0, kCandidateRole).toString()
                                      : QString();

    m_shown.clear();
    for (const DecisionResult* d : decisions)
        m_shown.append(*d);
    m_title->setText(subjectTitle.isEmpty() ? tr("Select an element to see its recommendations")
                                            : tr("Recommendations for %1").arg(subjectTitle));
    {
        const QSignalBlocker blocker(m_decisions);
        m_decisions->clear();
        const DecisionKinds kinds = m_catalog ? m_catalog->kinds() : DecisionKinds::known();
        for (const DecisionResult& d : std::as_const(m_shown)) {
            const QString pick = d.chosen.isValid() ? d.chosen.label : tr("nothing fits");
            auto* item = new QListWidgetItem(
                QStringLiteral("%1: %2%3")
                    .arg(decisionLabel(kinds, d.kind), pick, d.pinned ? tr(" (pinned)") : QString()));
            item->setToolTip(item->text() + u'\n' + d.sensitivity().summary);
            m_decisions->addItem(item);
        }
    }
    applyFlash();
    int row = 0;
    for (int i = 0; i < m_shown.size(); ++i) {
        if (enumName(m_shown[i].kind) == keptKind)
            row = i;
    }
    m_decisions->setCurrentRow(m_shown.isEmpty() ? -1 : row);
    showDecision(m_decisions->currentRow());
    for (int i = 0; i < m_ranking->topLevelItemCount(); ++i) {
        if (m_ranking->topLevelItem(i)->data(0, kCandidateRole).toString() == keptCandidate)
            m_ranking->setCurrentItem(m_ranking->topLevelItem(i));
    }
}

void RecommendationsPanel::showDecision(int row)
{
    const QSignalBlocker blocker(m_ranking);
    m_ranking->clear();
    const DecisionResult* d = row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
    m_pin->setEnabled(d != nullptr);
    if (!d) {
        m_summary->clear();
        showCandidate();
        return;
    }
    QStringList summary;
    if (d->top.isValid())
        summary << tr("Top: <b>%1</b>").arg(htmlEscaped(d->top.label));
    if (d->marginTenths && d->tieBroken)
        summary << tr("<b>tied</b>: the simpler candidate goes first");
    else if (d->marginTenths && !d->clearWinner())
        summary
            << tr("<b>no clear winner</b>: ahead by only %1 points").arg(*d->marginTenths / 10.0, 0, 'f', 1);
    else if (d->marginTenths)
        summary << tr("ahead by %1 points").arg(*d->marginTenths / 10.0, 0, 'f', 1);
    if (d->pinned) {
        const PinnedChoice& p = *d->pinned;
        summary << (p.state == PinnedChoice::State::Excluded
                        ? tr("pinned <b>%1</b> is excluded by %2")
                              .arg(htmlEscaped(p.candidate), htmlEscaped(p.excludedBy))
                        : tr("pinned <b>%1</b> ranks #%2").arg(htmlEscaped(p.candidate)).arg(p.rank));
    }
    QStringList leads;
    for (const Lead& l : d->leads())
        leads << tr("%1 +%2").arg(qualityTitle(l.quality).toLower()).arg(l.pointsTenths / 10.0, 0, 'f', 1);
    QString text = summary.join(QStringLiteral(" &middot; "));
    if (!leads.isEmpty())
        text += QStringLiteral("<br>") + tr("Leads on %1").arg(htmlEscaped(leads.join(QStringLiteral(", "))));
    for (const Finding& f : d->despite)
        text += QStringLiteral("<br>") + tr("Picked despite: %1").arg(htmlEscaped(f.message));
    m_summary->setText(text + QStringLiteral("<br>") + htmlEscaped(d->sensitivity().summary));

    for (const RankedCandidate& c : d->ranking) {
        const Candidate* known = m_catalog ? m_catalog->candidate(c.candidate) : nullptr;
        const QString cost =
            c.monthlyUsd ? tr("%1 USD").arg(CostFormat::usd(c.monthlyUsd->expected)) : tr("-");
        auto* item = new QTreeWidgetItem(
            m_ranking, {c.label, c.family, QString(), cost, known ? known->services.on(m_cloud) : QString()});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(3, c.monthlyUsd
                                ? tr("%1 to %2 USD a month on %3 list prices, from the model's usage")
                                      .arg(CostFormat::usd(c.monthlyUsd->low),
                                           CostFormat::usd(c.monthlyUsd->high), enumName(c.costCloud))
                                : tr("Not priced: no list price for it here yet, or no usage to price"));
        item->setData(0, kCandidateRole, c.candidate);
        item->setIcon(0, palettecolors::candidateSwatch(int(&c - d->ranking.constData())));
        item->setData(2, kScoreRole, c.score());
        item->setToolTip(0, c.candidate);
        if (d->pinned && d->pinned->candidate == c.candidate)
            item->setText(0, c.label + tr(" (pinned)"));
    }
    m_ranking->setCurrentItem(m_ranking->topLevelItem(0));
    fitRanking();
    showCandidate();
}

const RankedCandidate* RecommendationsPanel::currentCandidate() const
{
    const DecisionResult* d = currentDecision();
    const QTreeWidgetItem* current = m_ranking->currentItem();
    if (!d || !current)
        return nullptr;
    const QString id = current->data(0, kCandidateRole).toString();
    for (const RankedCandidate& c : d->ranking) {
        if (c.candidate == id)
            return &c;
    }
    return nullptr;
}

QList<const RankedCandidate*> RecommendationsPanel::compared() const
{
    const DecisionResult* d = currentDecision();
    if (!d)
        return {};
    QList<const RankedCandidate*> out;
    for (int i = 0; i < m_ranking->topLevelItemCount() && i < d->ranking.size(); ++i) {
        if (m_ranking->topLevelItem(i)->isSelected() && out.size() < kCompared)
            out.append(&d->ranking[i]);
    }
    if (out.size() > 1)
        return out;
    const RankedCandidate* current = currentCandidate();
    if (!current)
        return out;
    const RankedCandidate* other =
        &d->ranking.front() == current && d->ranking.size() > 1 ? &d->ranking[1] : &d->ranking.front();
    out = {current};
    if (other != current)
        out.insert(other < current ? 0 : 1, other); // by rank: the one to measure against first
    return out;
}

// The current candidate changed: its reasons; the selection follows in showSelection().
void RecommendationsPanel::showCandidate()
{
    showReasons();
    m_reasons->verticalScrollBar()->setValue(0); // a new candidate's reasons start at their title
    showSelection();
}

void RecommendationsPanel::showReasons()
{
    const DecisionResult* d = currentDecision();
    const RankedCandidate* c = currentCandidate();
    if (!d)
        m_reasons->clear();
    else if (!c)
        m_reasons->setHtml(candidateexplanation::excludedHtml(*d));
    else
        m_reasons->setHtml(candidateexplanation::html(*d, *c, m_weights, m_catalog, m_baseScoresShown));
}

void RecommendationsPanel::showSelection()
{
    const QList<const RankedCandidate*> shown = compared();
    m_tabs->setTabText(m_tabs->indexOf(m_comparison),
                       shown.size() > 1 ? tr("C&ompare (%1)").arg(shown.size()) : tr("C&ompare"));
    // The comparison and the chart are built when seen: a slider move re-shows the panel each time.
    m_selectionStale = m_tabs->currentWidget() == m_reasons;
    if (m_selectionStale)
        return;
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us instead of deleting it (removeAllSeries() deletes).
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const DecisionResult* d = currentDecision();
    if (!d || shown.isEmpty()) {
        m_comparison->clear();
        return;
    }
    m_comparison->show(*d, shown, m_weights, m_catalog);

    // The compared candidates quality by quality (0..10 after rules), each in its rank's colour.
    auto* series = new QHorizontalBarSeries;
    for (const RankedCandidate* c : shown) {
        auto* set = new QBarSet(QStringLiteral("%1 (%2)").arg(c->label).arg(c->score(), 0, 'f', 1));
        set->setObjectName(c->candidate);
        set->setColor(palettecolors::candidateColour(int(c - d->ranking.constData())));
        set->setBorderColor(set->color());
        set->setLabelColor(palette().color(QPalette::WindowText));
        for (int tenths : c->attributeTenths)
            set->append(tenths / 10.0);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(2);
    chart->addSeries(series);
    QStringList qualities;
    for (std::size_t q = 0; q < kQualityCount; ++q)
        qualities << qualityTitle(static_cast<Quality>(q));
    // Horizontal bars: the quality names read in full down the side.
    auto* categories = new QBarCategoryAxis;
    categories->append(qualities);
    categories->setTruncateLabels(false);
    auto* values = new QValueAxis;
    values->setRange(0, 11); // room for the value beyond a full bar
    values->setTickCount(12);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->setTitle(tr("Quality scores after rules (0-10)"));
}

// Every candidate row in view when there is room (up to half the height; the rest scrolls); the
// reasons take what is left.
void RecommendationsPanel::fitRanking()
{
    const int rows = std::max(m_ranking->topLevelItemCount(), 2);
    const int rowHeight = m_ranking->topLevelItemCount() > 0 ? m_ranking->sizeHintForRow(0)
                                                             : m_ranking->fontMetrics().height() + 6;
    const int chrome = m_ranking->header()->sizeHint().height() + 2 * m_ranking->frameWidth() + 2;
    const int wanted = chrome + rowHeight * rows;
    const int available = m_split->height() > 0 ? m_split->height() : 400;
    const int height = std::min(wanted, std::max(available / 2, chrome + rowHeight * 3));
    m_ranking->setMinimumHeight(height);
    m_split->setSizes({height, std::max(available - height, m_tabs->minimumHeight())});
}

void RecommendationsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The family repeats the candidate's name in other words: the first column to give up.
    m_ranking->setColumnHidden(1, width() < 760);
    fitRanking();
}

} // namespace gw
