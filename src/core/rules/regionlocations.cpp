#include "regionlocations.h"

#include "../io/yamldocument_p.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const QString kBuiltInFile = u":/groundwork/resources/regions/regions.yaml"_s;

} // namespace

class RegionLocationsReader
{
public:
    RegionLocationsReader(RegionLocations& table, const QString& fileName) : m_table(table), m_file(fileName)
    {
    }

    void read(const QByteArray& bytes)
    {
        const YamlDocument doc = parseYamlDocument(bytes, m_file);
        if (doc.error) {
            m_table.m_problems.append(*doc.error);
            return;
        }
        const YAML::Node& root = doc.root;
        if (!root.IsMap()) {
            problem(root.Mark(), u"the table must be a mapping"_s);
            return;
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            const std::string key = it->first.Scalar();
            if (key == "jurisdictions")
                readLists(it->second);
            else if (key == "aliases")
                readAliases(it->second);
            else if (key == "regions")
                readClouds(it->second);
            else
                problem(it->first.Mark(), u"unknown key '%1'"_s.arg(yamlnode::text(key)));
        }
    }

private:
    void readLists(const YAML::Node& node)
    {
        if (!node.IsMap())
            return problem(node.Mark(), u"'jurisdictions' must map a name to its countries"_s);
        for (auto it = node.begin(); it != node.end(); ++it) {
            // A named copy: `it->second` belongs to a proxy that dies with the expression, so a
            // range-for over it reads a dead object.
            const YAML::Node list = it->second;
            QStringList countries;
            if (!list.IsSequence())
                problem(list.Mark(), u"a jurisdiction lists its country codes"_s);
            else
                for (const YAML::Node& c : list)
                    countries.append(country(c));
            m_table.m_jurisdictions.insert(yamlnode::text(it->first.Scalar()).toLower(), countries);
        }
    }

    void readAliases(const YAML::Node& node)
    {
        if (!node.IsMap())
            return problem(node.Mark(), u"'aliases' must map a spelling to a country code"_s);
        for (auto it = node.begin(); it != node.end(); ++it)
            m_table.m_aliases.insert(yamlnode::text(it->first.Scalar()).toLower(), country(it->second));
    }

    void readClouds(const YAML::Node& node)
    {
        if (!node.IsMap())
            return problem(node.Mark(), u"'regions' must map each cloud to its regions"_s);
        for (auto it = node.begin(); it != node.end(); ++it) {
            const auto cloud = enumFromString<Cloud>(yamlnode::text(it->first.Scalar()));
            if (!cloud || *cloud == Cloud::Any) {
                problem(it->first.Mark(),
                        u"'%1' is not aws, gcp or azure"_s.arg(yamlnode::text(it->first.Scalar())));
                continue;
            }
            const YAML::Node regions = it->second;
            if (!regions.IsMap()) {
                problem(regions.Mark(), u"a cloud maps each region's code to its country and name"_s);
                continue;
            }
            for (auto r = regions.begin(); r != regions.end(); ++r)
                readRegion(*cloud, r->first, r->second);
        }
    }

    void readRegion(Cloud cloud, const YAML::Node& key, const YAML::Node& value)
    {
        const QString code = yamlnode::text(key.Scalar());
        if (m_table.m_regions.contains(code))
            return problem(key.Mark(), u"region '%1' is listed twice"_s.arg(code));
        if (!value.IsMap() || !value["country"] || !value["name"])
            return problem(value.Mark(), u"region '%1' needs its 'country' and 'name'"_s.arg(code));
        RegionLocations::Region region;
        region.cloud = cloud;
        region.country = country(value["country"]);
        region.name = yamlnode::text(value["name"].Scalar());
        m_table.m_regions.insert(code, region);
    }

    QString country(const YAML::Node& node)
    {
        const QString code = node.IsScalar() ? yamlnode::text(node.Scalar()).toLower() : QString();
        if (code.size() != 2 || !code[0].isLetter() || !code[1].isLetter())
            problem(node.Mark(),
                    u"a country is a two-letter ISO 3166-1 code, not %1"_s.arg(yamlnode::describe(node)));
        return code;
    }

    void problem(const YAML::Mark& mark, const QString& message)
    {
        Diagnostic d;
        d.location = {m_file, mark.line + 1, mark.column + 1};
        d.message = message;
        m_table.m_problems.append(d);
    }

    RegionLocations& m_table;
    QString m_file;
};

const RegionLocations& RegionLocations::builtIn()
{
    static const RegionLocations table = [] {
        QFile file(kBuiltInFile);
        return read(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), kBuiltInFile);
    }();
    return table;
}

RegionLocations RegionLocations::read(const QByteArray& yaml, const QString& fileName)
{
    RegionLocations table;
    RegionLocationsReader(table, fileName).read(yaml);
    return table;
}

const RegionLocations::Region* RegionLocations::find(const QString& code) const
{
    const auto it = m_regions.constFind(code.trimmed().toLower());
    return it == m_regions.cend() ? nullptr : &*it;
}

std::optional<bool> RegionLocations::holds(const QString& residency, const QString& region) const
{
    const QString r = residency.trimmed().toLower();
    const Region* where = find(region);
    if (r == region.trimmed().toLower())
        return true;
    if (!where)
        return std::nullopt;
    if (const auto j = m_jurisdictions.constFind(r); j != m_jurisdictions.cend())
        return j->contains(where->country);
    const QString country = m_aliases.value(r, r);
    // A country code: two letters. Anything longer that is not a region ("europe", "germany") is left
    // to the caller's reading of names.
    if (country.size() == 2)
        return where->country == country;
    if (find(r))
        return false; // another region
    return std::nullopt;
}

QStringList RegionLocations::codes(Cloud cloud) const
{
    QStringList out;
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it) {
        if (it->cloud == cloud)
            out.append(it.key());
    }
    out.sort();
    return out;
}

} // namespace gw
