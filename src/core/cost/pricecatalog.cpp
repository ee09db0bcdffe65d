#include "pricecatalog.h"

#include "../io/yamldocument_p.h"
#include "../io/yamlmapreader_p.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const QString kBuiltInFolder = u":/groundwork/rules/prices"_s;

using Key = std::string_view;
constexpr Key kFileKeys[] = {"groundwork-prices", "cloud", "region", "currency", "services"};
constexpr Key kServiceKeys[] = {"service",        "model",         "prices",       "free_tier",
                                "instance",       "write_unit_kb", "read_unit_kb", "message_unit_kb",
                                "standby_factor", "vcpu_per_gb",   "source",       "checked"};
constexpr Key kInstanceKeys[] = {"type", "vcpu", "memory_gb"};

// The units each formula cannot do without, as alternatives: one of the sets must be priced.
QList<QList<PriceUnit>> requiredUnits(PriceModel model)
{
    using U = PriceUnit;
    switch (model) {
    case PriceModel::Functions:
        return {{U::Request, U::GbSecond}};
    case PriceModel::Containers:
        return {{U::VcpuHour, U::GbHour}, {U::VcpuSecond, U::GbSecond}};
    case PriceModel::Vm:
        return {{U::InstanceHour}, {U::VcpuHour, U::GbHour}};
    case PriceModel::Relational:
        return {{U::InstanceHour, U::StorageGbMonth}, {U::VcpuHour, U::GbHour, U::StorageGbMonth}};
    case PriceModel::KeyValue:
        return {{U::WriteUnit, U::ReadUnit, U::StorageGbMonth}};
    case PriceModel::ObjectStorage:
        return {{U::StorageGbMonth}};
    case PriceModel::Queue:
        return {{U::Message}, {U::GbTransferred}};
    }
    return {};
}

std::size_t cloudIndex(Cloud cloud)
{
    return static_cast<std::size_t>(cloud); // aws, gcp, azure come first in Cloud
}

} // namespace

// Reads one cloud's file into the catalog, noting every problem and keeping going.
class PriceFileReader
{
public:
    PriceFileReader(PriceCatalog& catalog, const QString& file)
        : m_catalog(catalog), m_file(file), m_yaml(file, catalog.m_problems, YamlMapReader::Naming::Labels)
    {
    }

    void read(const QByteArray& bytes)
    {
        const YamlDocument doc = parseYamlDocument(bytes, m_file);
        if (doc.error) {
            m_catalog.m_problems.append(*doc.error);
            return;
        }
        const YamlMap file = m_yaml.map(doc.root, QString(), kFileKeys);
        if (!file.isMap)
            return;
        int version = 0;
        if (m_yaml.requireKey(file, "groundwork-prices") &&
            m_yaml.readInt(file, "groundwork-prices", version) && version != 1)
            m_yaml.error(file.find("groundwork-prices")->value.Mark(), {},
                         u"groundwork-prices %1 is not a version this program reads (1)"_s.arg(version));
        Cloud cloud = Cloud::Any;
        if (!m_yaml.requireKey(file, "cloud") || !m_yaml.readEnum(file, "cloud", cloud))
            return;
        if (cloud == Cloud::Any) {
            m_yaml.error(file.find("cloud")->value.Mark(), {}, u"a price file is for aws, gcp or azure"_s);
            return;
        }
        PriceCatalog::CloudPrices& prices = m_catalog.m_clouds[cloudIndex(cloud)];
        if (!prices.services.isEmpty() || !prices.region.isEmpty()) {
            m_yaml.error(file.find("cloud")->value.Mark(), {},
                         u"%1 is priced by another file already"_s.arg(enumName(cloud)));
            return;
        }
        m_yaml.requireKey(file, "region");
        m_yaml.readText(file, "region", prices.region);
        QString currency;
        if (m_yaml.requireKey(file, "currency") && m_yaml.readText(file, "currency", currency) &&
            currency != u"USD"_s)
            m_yaml.error(file.find("currency")->value.Mark(), {},
                         u"prices are in USD, not %1"_s.arg(currency));
        if (!m_yaml.requireKey(file, "services"))
            return;
        const YamlEntry* services = file.find("services");
        if (!services->value.IsMap()) {
            m_yaml.error(services->value.Mark(), {}, u"'services' maps each candidate id to its price"_s);
            return;
        }
        for (auto it = services->value.begin(); it != services->value.end(); ++it) {
            const YAML::Node key = it->first; // copies: `it->` hands out a temporary proxy
            const YAML::Node value = it->second;
            ServicePrice row;
            if (!m_yaml.text(key, u"services"_s, row.candidate))
                continue;
            if (findIn(prices, row.candidate)) {
                m_yaml.error(key.Mark(), {}, u"candidate '%1' is priced twice"_s.arg(row.candidate));
                continue;
            }
            if (readService(value, row))
                prices.services.append(row);
        }
    }

private:
    static const ServicePrice* findIn(const PriceCatalog::CloudPrices& prices, const QString& candidate)
    {
        for (const ServicePrice& s : prices.services) {
            if (s.candidate == candidate)
                return &s;
        }
        return nullptr;
    }

    bool readService(const YAML::Node& node, ServicePrice& row)
    {
        const QString label = u"service '%1'"_s.arg(row.candidate);
        const YamlMap f = m_yaml.map(node, label, kServiceKeys);
        if (!f.isMap)
            return false;
        row.location = m_yaml.at(f.mark);
        bool ok = true;
        for (const Key key : {Key("service"), Key("model"), Key("prices"), Key("source"), Key("checked")})
            ok = m_yaml.requireKey(f, key) && ok;
        m_yaml.readText(f, "service", row.service);
        ok = m_yaml.readEnum(f, "model", row.model) && ok;
        ok = readUnits(f, "prices", label, row.prices) && ok;
        if (f.find("free_tier"))
            readUnits(f, "free_tier", label, row.freeTier, true);
        ok = readSource(f, row) && ok;
        ok = readDate(f, row) && ok;
        ok = readPositive(f, "write_unit_kb", row.writeUnitKb) && ok;
        ok = readPositive(f, "read_unit_kb", row.readUnitKb) && ok;
        ok = readPositive(f, "message_unit_kb", row.messageUnitKb) && ok;
        ok = readPositive(f, "standby_factor", row.standbyFactor) && ok;
        ok = readPositive(f, "vcpu_per_gb", row.vcpuPerGb) && ok;
        if (const YamlEntry* e = f.find("instance"))
            ok = readInstance(e->value, label, row) && ok;
        if (!ok)
            return false;
        return checkComplete(f, label, row);
    }

    // Prices (USD for one unit, up to a million) or free-tier quantities (units a month, up to 10^12).
    bool readUnits(const YamlMap& f, Key key, const QString& label, UnitPrices& out, bool quantities = false)
    {
        const YamlEntry* e = f.find(key);
        if (!e)
            return false;
        static const auto names = EnumTraits<PriceUnit>::names;
        const YamlMap units = m_yaml.map(e->value, label + u": "_s + yamlnode::text(key), names);
        if (!units.isMap)
            return false;
        bool ok = true;
        for (const YamlEntry& unit : units.entries) {
            double value = 0;
            if (!m_yaml.number(unit.value, YamlWhere(units, unit.key), value)) {
                ok = false;
                continue;
            }
            const double most = quantities ? 1e12 : 1e6;
            if (value < 0 || value > most) {
                m_yaml.error(unit.value.Mark(), YamlWhere(units, unit.key),
                             (quantities ? u"a free quantity is from 0 to 10^12 units, not %1"_s
                                         : u"a price is from 0 to 1000000 USD, not %1"_s)
                                 .arg(value));
                ok = false;
                continue;
            }
            const auto index = enumFromString<PriceUnit>(yamlnode::text(unit.key));
            out[static_cast<std::size_t>(*index)] = value;
        }
        return ok;
    }

    bool readPositive(const YamlMap& f, Key key, double& out)
    {
        const YamlEntry* e = f.find(key);
        if (!e)
            return true;
        double value = 0;
        if (!m_yaml.number(e->value, YamlWhere(f, key), value))
            return false;
        if (value <= 0 || value > 1e6) {
            m_yaml.error(e->value.Mark(), YamlWhere(f, key), u"must be above 0, not %1"_s.arg(value));
            return false;
        }
        out = value;
        return true;
    }

    bool readInstance(const YAML::Node& node, const QString& label, ServicePrice& row)
    {
        const YamlMap f = m_yaml.map(node, label + u": instance"_s, kInstanceKeys);
        if (!f.isMap)
            return false;
        bool ok =
            m_yaml.requireKey(f, "type") && m_yaml.requireKey(f, "vcpu") && m_yaml.requireKey(f, "memory_gb");
        m_yaml.readText(f, "type", row.instanceType);
        ok = readPositive(f, "vcpu", row.instanceVcpu) && ok;
        return readPositive(f, "memory_gb", row.instanceMemoryGb) && ok;
    }

    bool readSource(const YamlMap& f, ServicePrice& row)
    {
        const YamlEntry* e = f.find("source");
        if (!e || !m_yaml.text(e->value, YamlWhere(f, "source"), row.source))
            return false;
        if (!row.source.startsWith(u"https://"_s)) {
            m_yaml.error(e->value.Mark(), YamlWhere(f, "source"),
                         u"a price cites the provider's pricing page, an https:// address"_s);
            return false;
        }
        return true;
    }

    bool readDate(const YamlMap& f, ServicePrice& row)
    {
        const YamlEntry* e = f.find("checked");
        QString written;
        if (!e || !m_yaml.text(e->value, YamlWhere(f, "checked"), written))
            return false;
        row.checked = QDate::fromString(written, Qt::ISODate);
        if (!row.checked.isValid() || written.size() != 10) {
            m_yaml.error(e->value.Mark(), YamlWhere(f, "checked"),
                         u"%1 is not a date; write it as YYYY-MM-DD"_s.arg(yamlnode::quoted(written)));
            return false;
        }
        return true;
    }

    // Every formula needs some units; an instance price needs its instance.
    bool checkComplete(const YamlMap& f, const QString& label, const ServicePrice& row)
    {
        const QList<QList<PriceUnit>> alternatives = requiredUnits(row.model);
        const bool priced = std::any_of(alternatives.cbegin(), alternatives.cend(), [&row](const auto& set) {
            return std::all_of(set.cbegin(), set.cend(), [&row](PriceUnit u) { return row.has(u); });
        });
        if (!priced) {
            QStringList sets;
            for (const QList<PriceUnit>& set : alternatives) {
                QStringList names;
                for (PriceUnit u : set)
                    names.append(enumName(u));
                sets.append(names.join(u" + "_s));
            }
            m_yaml.error(f.find("prices")->value.Mark(), {},
                         u"%1: the %2 model needs prices for %3"_s.arg(label, enumName(row.model),
                                                                       sets.join(u", or "_s)));
            return false;
        }
        if (row.has(PriceUnit::InstanceHour) && row.instanceType.isEmpty()) {
            m_yaml.error(f.mark, {}, u"%1: an instance-hour price needs its 'instance'"_s.arg(label));
            return false;
        }
        return true;
    }

    PriceCatalog& m_catalog;
    QString m_file;
    YamlMapReader m_yaml;
};

const PriceCatalog& PriceCatalog::builtIn()
{
    static const PriceCatalog catalog = [] {
        PriceCatalog out;
        const QDir dir(kBuiltInFolder);
        for (const QString& name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            out.read(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), file.fileName());
        }
        return out;
    }();
    return catalog;
}

void PriceCatalog::read(const QByteArray& yaml, const QString& fileName)
{
    PriceFileReader(*this, fileName).read(yaml);
}

const ServicePrice* PriceCatalog::find(Cloud cloud, const QString& candidate) const
{
    if (cloud == Cloud::Any)
        return nullptr;
    for (const ServicePrice& s : m_clouds[cloudIndex(cloud)].services) {
        if (s.candidate == candidate)
            return &s;
    }
    return nullptr;
}

QString PriceCatalog::region(Cloud cloud) const
{
    return cloud == Cloud::Any ? QString() : m_clouds[cloudIndex(cloud)].region;
}

QList<const ServicePrice*> PriceCatalog::services(Cloud cloud) const
{
    QList<const ServicePrice*> out;
    if (cloud != Cloud::Any) {
        for (const ServicePrice& s : m_clouds[cloudIndex(cloud)].services)
            out.append(&s);
    }
    return out;
}

QDate PriceCatalog::oldestCheck() const
{
    QDate oldest;
    for (const CloudPrices& cloud : m_clouds) {
        for (const ServicePrice& s : cloud.services) {
            if (!oldest.isValid() || s.checked < oldest)
                oldest = s.checked;
        }
    }
    return oldest;
}

Diagnostics PriceCatalog::stale(QDate today) const
{
    Diagnostics out;
    const QDate limit = today.addMonths(-kStaleAfterMonths);
    for (std::size_t i = 0; i < m_clouds.size(); ++i) {
        for (const ServicePrice& s : m_clouds[i].services) {
            if (s.checked >= limit)
                continue;
            Diagnostic d;
            d.severity = Severity::Warning;
            d.location = s.location;
            d.message =
                u"the %1 price of '%2' (%3) was checked on %4, more than %5 months ago; compare it with "
                "%6 again and update `checked:`"_s
                    .arg(enumName(static_cast<Cloud>(i)), s.candidate, s.service,
                         s.checked.toString(Qt::ISODate))
                    .arg(kStaleAfterMonths)
                    .arg(s.source);
            out.append(d);
        }
    }
    return out;
}

} // namespace gw
