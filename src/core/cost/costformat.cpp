#include "costformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// "21,024,000": the C locale groups nothing.
QString grouped(double whole)
{
    QString digits = QString::number(std::abs(whole), 'f', 0);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return whole < 0 ? u'-' + digits : digits;
}

// A number to six significant digits (at least whole units) without an exponent: "0.0000004", "0.583",
// "21024000", for a CSV cell.
QString plain(double value)
{
    if (value == 0)
        return u"0"_s;
    const int decimals = std::clamp(5 - static_cast<int>(std::floor(std::log10(std::abs(value)))), 0, 15);
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// Cents to four places in JSON: 98.55, not 98.55000000000001.
double toCents(double usd)
{
    return std::round(usd * 10000) / 10000;
}

QString heading(const CostEstimate& e)
{
    return u"Cost a month on %1 (%2 list prices on demand, checked %3)"_s.arg(
        enumName(e.cloud), e.region,
        e.pricesChecked.isValid() ? e.pricesChecked.toString(Qt::ISODate) : u"-"_s);
}

QString budgetLine(const CostEstimate& e)
{
    // The budget is the whole system's: one environment's total is not measured against it.
    if (!e.budgetUsdMonth || *e.budgetUsdMonth <= 0 || e.pricedCount() == 0 || !e.onlyEnvironment.isEmpty())
        return {};
    const double share = e.total.expected / *e.budgetUsdMonth * 100;
    const QString part = e.pricedCount() < e.lines.size() ? u" (of the elements priced)"_s : QString();
    return u"Budget: %1 USD a month; the expected total%4 is %2 % of it%3."_s.arg(
        CostFormat::usd(*e.budgetUsdMonth), QString::number(share, 'f', 0),
        e.total.low > *e.budgetUsdMonth        ? u", and even the low end exceeds it"_s
        : e.total.expected > *e.budgetUsdMonth ? u", over budget"_s
                                               : QString(),
        part);
}

QString totalLine(const CostEstimate& e)
{
    if (e.pricedCount() == 0)
        return u"Nothing in this model could be priced (see each line): no total."_s;
    QString out = u"Production, %1 of %2 elements priced: %3"_s.arg(e.pricedCount())
                      .arg(e.lines.size())
                      .arg(CostFormat::range(e.production));
    if (e.secondRegion)
        out += u"\nSecond region (%1): %2; %3"_s.arg(
            e.secondRegion->strategy, CostFormat::range(e.secondRegion->monthly), e.secondRegion->basis);
    if (!e.costCentres.isEmpty()) {
        QStringList centres;
        for (const CostCentreCost& c : e.costCentres)
            centres.append(
                u"%1 %2"_s.arg(c.name.isEmpty() ? u"(none named)"_s : c.name, CostFormat::range(c.monthly)));
        out += u"\nProduction by cost centre: %1"_s.arg(centres.join(u"; "_s));
    }
    if (!e.onlyEnvironment.isEmpty() && !e.environments.isEmpty()) {
        const EnvironmentCost& env = e.environments.front();
        out += u"\nEnvironment %1 x%2%3: %4"_s.arg(env.name, plain(env.scale),
                                                   env.assumed ? u" (assumed)"_s : QString(),
                                                   CostFormat::range(env.monthly));
    } else if (e.environments.size() > 1) {
        QStringList shares;
        for (const EnvironmentCost& env : e.environments)
            shares.append(
                u"%1 x%2%3"_s.arg(env.name, plain(env.scale), env.assumed ? u" (assumed)"_s : QString()));
        out += u"\nEnvironments: %1; all together %2"_s.arg(shares.join(u", "_s), CostFormat::range(e.total));
    }
    return out;
}

QJsonObject rangeJson(const CostRange& r)
{
    return {{u"low"_s, toCents(r.low)}, {u"expected"_s, toCents(r.expected)}, {u"high"_s, toCents(r.high)}};
}

QJsonArray environmentsJson(const CostEstimate& e)
{
    QJsonArray out;
    for (const EnvironmentCost& env : e.environments)
        out.append(QJsonObject{
            {u"name"_s, env.name},
            {u"scale"_s, env.scale},
            {u"assumed"_s, env.assumed},
            {u"monthly_usd"_s, e.pricedCount() ? QJsonValue(rangeJson(env.monthly)) : QJsonValue()}});
    return out;
}

QJsonValue secondRegionJson(const CostEstimate& e)
{
    if (!e.secondRegion)
        return QJsonValue();
    return QJsonObject{{u"strategy"_s, e.secondRegion->strategy},
                       {u"basis"_s, e.secondRegion->basis},
                       {u"monthly_usd"_s, rangeJson(e.secondRegion->monthly)}};
}

QJsonArray costCentresJson(const CostEstimate& e)
{
    QJsonArray out;
    for (const CostCentreCost& c : e.costCentres)
        out.append(QJsonObject{{u"name"_s, c.name.isEmpty() ? QJsonValue() : QJsonValue(c.name)},
                               {u"lines"_s, c.lines},
                               {u"monthly_usd"_s, rangeJson(c.monthly)}});
    return out;
}

} // namespace

QString CostFormat::range(const CostRange& r)
{
    return u"%1 USD (%2 to %3)"_s.arg(usd(r.expected), usd(r.low), usd(r.high));
}

QString CostFormat::quantity(double value)
{
    return std::abs(value) >= 1000 ? grouped(std::round(value)) : plain(value);
}

QString CostFormat::usd(double value)
{
    return value >= 1000 ? grouped(std::round(value)) : QString::number(value, 'f', 2);
}

QString CostFormat::toTable(const QList<CostEstimate>& estimates)
{
    QString out;
    for (const CostEstimate& e : estimates) {
        if (!out.isEmpty())
            out += u'\n';
        out += heading(e) + u"\n\n"_s;
        for (const CostLine& line : e.lines) {
            out += u"%1  %2: %3"_s.arg(line.subject, line.kind.name(),
                                       line.candidate.isEmpty() ? u"-"_s : line.candidate);
            if (!line.priced()) {
                out += u"  not priced: %1\n"_s.arg(line.unpriced);
                continue;
            }
            out += u" on %1  %2\n"_s.arg(line.service, CostFormat::range(line.monthly));
            for (const CostItem& item : line.items)
                out += u"    %1: %2 %3 x %4 = %5\n"_s.arg(item.what, CostFormat::quantity(item.quantity),
                                                          item.unit, CostFormat::quantity(item.unitUsd),
                                                          usd(item.usd));
            for (const QString& a : line.assumptions)
                out += u"    assumes %1\n"_s.arg(a);
            out += u"    price: %1 (checked %2)\n"_s.arg(line.source, line.checked.toString(Qt::ISODate));
        }
        out += u'\n' + totalLine(e) + u'\n';
        if (const QString b = budgetLine(e); !b.isEmpty())
            out += b + u'\n';
    }
    return out;
}

QByteArray CostFormat::toJson(const QList<CostEstimate>& estimates)
{
    QJsonArray list;
    for (const CostEstimate& e : estimates) {
        QJsonArray lines;
        for (const CostLine& line : e.lines) {
            QJsonObject o{
                {u"element"_s, line.subject},
                {u"decision"_s, line.kind.name()},
                {u"candidate"_s, line.candidate.isEmpty() ? QJsonValue() : QJsonValue(line.candidate)}};
            if (!line.priced()) {
                o[u"monthly_usd"_s] = QJsonValue();
                o[u"unpriced"_s] = line.unpriced;
                lines.append(o);
                continue;
            }
            o[u"service"_s] = line.service;
            o[u"monthly_usd"_s] = rangeJson(line.monthly);
            QJsonArray items;
            for (const CostItem& item : line.items)
                items.append(QJsonObject{{u"what"_s, item.what},
                                         {u"quantity"_s, item.quantity},
                                         {u"unit"_s, item.unit},
                                         {u"unit_usd"_s, item.unitUsd},
                                         {u"usd"_s, toCents(item.usd)}});
            o[u"items"_s] = items;
            o[u"assumptions"_s] = QJsonArray::fromStringList(line.assumptions);
            o[u"source"_s] = line.source;
            o[u"checked"_s] = line.checked.toString(Qt::ISODate);
            lines.append(o);
        }
        QJsonObject estimate{
            {u"cloud"_s, enumName(e.cloud)},
            {u"region"_s, e.region},
            {u"prices_checked"_s,
             e.pricesChecked.isValid() ? QJsonValue(e.pricesChecked.toString(Qt::ISODate)) : QJsonValue()},
            {u"priced"_s, e.pricedCount()},
            {u"production"_s, e.pricedCount() ? QJsonValue(rangeJson(e.production)) : QJsonValue()},
            {u"environment"_s, e.onlyEnvironment.isEmpty() ? QJsonValue() : QJsonValue(e.onlyEnvironment)},
            {u"second_region"_s, secondRegionJson(e)},
            {u"cost_centres"_s, costCentresJson(e)},
            {u"environments"_s, environmentsJson(e)},
            {u"total"_s, e.pricedCount() ? QJsonValue(rangeJson(e.total)) : QJsonValue()},
            {u"lines"_s, lines}};
        if (e.budgetUsdMonth)
            estimate[u"budget_usd_month"_s] = *e.budgetUsdMonth;
        list.append(estimate);
    }
    return QJsonDocument(QJsonObject{{u"currency"_s, u"USD"_s}, {u"estimates"_s, list}})
        .toJson(QJsonDocument::Indented);
}

QString CostFormat::toMarkdown(const QList<CostEstimate>& estimates)
{
    QString out;
    for (const CostEstimate& e : estimates) {
        out += u"## "_s + heading(e) +
               u"\n\n| Element | Decision | Pick | Service | Low | Expected | High |\n"
               u"|---|---|---|---|--:|--:|--:|\n"_s;
        for (const CostLine& line : e.lines) {
            if (!line.priced()) {
                out += u"| %1 | %2 | %3 | not priced: %4 | | | |\n"_s.arg(line.subject, line.kind.name(),
                                                                          line.candidate, line.unpriced);
                continue;
            }
            out += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s.arg(
                line.subject, line.kind.name(), line.candidate, line.service, usd(line.monthly.low),
                usd(line.monthly.expected), usd(line.monthly.high));
        }
        out += u'\n' + totalLine(e) + u'\n';
        if (const QString b = budgetLine(e); !b.isEmpty())
            out += u'\n' + b + u'\n';
        out += u'\n';
    }
    return out;
}

QString CostFormat::toCsv(const QList<CostEstimate>& estimates)
{
    const auto field = [](const QString& text) -> QString { // a QString: a builder would outlive `t`
        QString t = text;
        // A leading =, +, - or @ would be a formula to a spreadsheet: quote it as text.
        if (!t.isEmpty() && QStringView(u"=+-@").contains(t.front()))
            t.prepend(u'\'');
        return u'"' + t.replace(u'"', u"\"\""_s) + u'"';
    };
    QString out =
        u"cloud,element,decision,candidate,service,item,quantity,unit,unit_usd,usd,source,checked\n"_s;
    for (const CostEstimate& e : estimates) {
        for (const CostLine& line : e.lines) {
            const QString head =
                QStringList{field(enumName(e.cloud)), field(line.subject), field(line.kind.name()),
                            field(line.candidate), field(line.service)}
                    .join(u',');
            if (!line.priced()) {
                out += head + u","_s + field(u"not priced: "_s + line.unpriced) + u",,,,,,\n"_s;
                continue;
            }
            for (const CostItem& item : line.items)
                out += head + u',' + field(item.what) + u',' + plain(item.quantity) + u',' + item.unit +
                       u',' + plain(item.unitUsd) + u',' + QString::number(item.usd, 'f', 4) + u',' +
                       field(line.source) + u',' + line.checked.toString(Qt::ISODate) + u'\n';
        }
        if (e.secondRegion)
            out += QStringList{field(enumName(e.cloud)),
                               field(u"(second region)"_s),
                               field(DecisionKind::RegionStrategy.name()),
                               field(e.secondRegion->strategy),
                               QString(),
                               field(e.secondRegion->basis),
                               QString(),
                               QString(),
                               QString(),
                               QString::number(e.secondRegion->monthly.expected, 'f', 4),
                               QString(),
                               QString()}
                       .join(u',') +
                   u'\n';
    }
    return out;
}

} // namespace gw
