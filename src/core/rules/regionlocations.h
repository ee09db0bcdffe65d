// RegionLocations: where each region of the three clouds is (resources/regions/regions.yaml), so that
// data residency is decided by a region's country rather than by its name: AWS's eu-west-2 is London,
// outside the EU, and ap-southeast-2 is Sydney, in Australia, whatever the names suggest.
#pragma once

#include "../io/diagnostic.h"
#include "../model/system.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace gw {

class RegionLocations
{
public:
    struct Region
    {
        Cloud cloud = Cloud::Any;
        QString country; // ISO 3166-1 alpha-2, lowercase
        QString name;    // the provider's name: "Europe (London)"
    };

    // The built-in table, read once. A problem in it is a defect of ours: a test holds problems() empty.
    static const RegionLocations& builtIn();
    // Reads a table; every problem, positioned, in problems().
    static RegionLocations read(const QByteArray& yaml, const QString& fileName);

    // The region of that code on any cloud (codes do not collide between clouds); null when unknown.
    const Region* find(const QString& code) const;
    // Whether `region` lies in `residency` (a jurisdiction such as "eu", a country code, or a region's
    // code); nullopt when the table knows the region or the residency not, and a caller must guess.
    std::optional<bool> holds(const QString& residency, const QString& region) const;
    // The codes of `cloud`'s regions, sorted (for "did you mean").
    QStringList codes(Cloud cloud) const;

    const Diagnostics& problems() const { return m_problems; }

private:
    QHash<QString, Region> m_regions;            // by code
    QHash<QString, QStringList> m_jurisdictions; // "eu": its countries
    QHash<QString, QString> m_aliases;           // "uk": "gb"
    Diagnostics m_problems;
    friend class RegionLocationsReader;
};

} // namespace gw
