// ExportView: what every exporter reads about a model, computed once: the chosen pick of each decision
// (pinned or top), each element's network zone as the topology diagram places it, the dependencies
// with known targets, the capacity figures derived from traffic, and names made safe for targets.
#pragma once

#include "exporter.h"

#include "../model/elementref.h"
#include "../model/model.h"
#include "../rules/recommendation.h"
#include "../topology/topologycluster.h"

#include <QHash>
#include <QSet>

namespace gw {

class ExportView
{
public:
    // A `uses` entry whose target exists, once per (workload, target, mode).
    struct Dependency
    {
        QString from; // workload id
        QString to;   // target id
        ElementRef::Section section = ElementRef::Section::None;
        UseMode mode = UseMode::Sync;
        Access access = Access::ReadWrite;
    };

    // How many instances a workload runs, from its traffic and criticality.
    struct Capacity
    {
        int min = 1;
        int max = 1;
        int targetCpuPercent = 60;
    };

    explicit ExportView(const ExportInput& input);

    const Model& model() const { return m_model; }
    const Recommendations& recommendations() const { return m_recommendations; }
    QString modelPath() const { return m_modelPath; }

    // The clouds to generate for: the override, else the model's cloud; `any` means all three.
    QList<Cloud> clouds() const;

    Pick chosen(const QString& subject, DecisionKind kind) const;
    // The chosen family, or `fallback` when the decision is not made (every candidate excluded).
    QString family(const QString& subject, DecisionKind kind, const QString& fallback = {}) const;

    Zone zoneOf(const QString& elementId) const { return m_zones.value(elementId, Zone::None); }
    bool hasZone(Zone zone) const { return m_presentZones.contains(static_cast<int>(zone)); }

    const QList<Dependency>& dependencies() const { return m_dependencies; }
    QList<Dependency> dependenciesOf(const QString& workloadId) const;
    QStringList consumersOf(const QString& channelId) const;
    QStringList producersOf(const QString& channelId) const;
    // Workloads that call `workloadId` synchronously or asynchronously.
    QStringList callersOf(const QString& workloadId) const;

    bool isExposed(const Workload& w) const;
    Capacity capacity(const Workload& w) const;
    // The port every HTTP/gRPC workload listens on inside its network.
    static constexpr int kServicePort = 8080;

    // A short DNS-safe name of the system ("northwind-money"), at most 20 characters.
    QString slug() const { return m_slug; }
    // The environments' keys (DNS labels, unique) in model order.
    QStringList environmentKeys() const { return m_environmentKeys; }
    // The region an environment deploys to on `cloud`: its own, else the first of system.regions that
    // is a region name of that cloud, else the cloud's default.
    QString regionFor(const Environment& environment, Cloud cloud) const;
    // Where an environment's images come from on `cloud` (registry host and path, no trailing slash).
    QString imageRegistry(const Environment& environment, Cloud cloud) const;
    // The cloud the Kubernetes and compose files name registries for: the first of clouds().
    Cloud primaryCloud() const { return clouds().constFirst(); }

    // The family a data store's shape suggests, for stores whose decision was not made.
    static QString familyForShape(DataShape shape);

private:
    const Model& m_model;
    const Recommendations& m_recommendations;
    QString m_modelPath;
    std::optional<Cloud> m_cloudOverride;
    QHash<QString, const DecisionResult*> m_decisions;
    QHash<QString, Zone> m_zones;
    QSet<int> m_presentZones;
    QList<Dependency> m_dependencies;
    QHash<QString, QList<qsizetype>> m_byFrom; // workload id -> positions in m_dependencies
    QHash<QString, QList<qsizetype>> m_byTo;   // target id -> positions in m_dependencies
    QString m_slug;
    QStringList m_environmentKeys;
};

} // namespace gw
