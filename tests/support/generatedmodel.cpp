#include "generatedmodel.h"

namespace gw::testsupport {

Model generateModel(const ModelSize& size)
{
    Model m;
    m.system.name =
        QStringLiteral("Generated %1/%2/%3").arg(size.workloads).arg(size.dataStores).arg(size.channels);
    m.system.cloud = Cloud::Aws;
    m.system.regions = {QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1")};
    m.team.size = 40;
    m.team.teams = 6;
    m.team.skills = {
        {QStringLiteral("go"), 4}, {QStringLiteral("typescript"), 3}, {QStringLiteral("java"), 2}};
    m.environments = {{QStringLiteral("production"), QStringLiteral("prod"), {}, {}},
                      {QStringLiteral("staging"), QStringLiteral("nonprod"), {}, {}}};

    constexpr WorkloadKind kinds[] = {WorkloadKind::Api, WorkloadKind::Web, WorkloadKind::Worker,
                                      WorkloadKind::EventHandler, WorkloadKind::Batch};
    constexpr TrafficPattern patterns[] = {TrafficPattern::Steady, TrafficPattern::Bursty,
                                           TrafficPattern::Unpredictable};
    constexpr DataShape shapes[] = {DataShape::Relational, DataShape::KeyValue, DataShape::Document,
                                    DataShape::Search,     DataShape::Blob,     DataShape::Cache};
    for (int i = 0; i < size.dataStores; ++i) {
        DataStore d;
        d.id = QStringLiteral("data-%1").arg(i);
        d.name = QStringLiteral("Data store %1").arg(i);
        d.shape = shapes[i % std::size(shapes)];
        d.queries = {QueryKind::PointLookup};
        d.readWriteRatio = 1 + i % 10;
        d.sizeGb = 10.0 * (1 + i % 50);
        d.peakOps = 100.0 * (1 + i % 20);
        m.data.append(d);
    }
    for (int i = 0; i < size.channels; ++i) {
        Channel c;
        c.id = QStringLiteral("channel-%1").arg(i);
        c.kind = i % 3 == 0 ? ChannelKind::Stream : ChannelKind::Topic;
        c.peakMsgsS = 50.0 * (1 + i % 10);
        m.channels.append(c);
    }
    for (int i = 0; i < size.workloads; ++i) {
        Workload w;
        w.id = QStringLiteral("service-%1").arg(i);
        w.name = QStringLiteral("Service %1").arg(i);
        w.kind = kinds[i % std::size(kinds)];
        w.exposure = i % 4 == 0 ? Exposure::Public : Exposure::Internal;
        w.traffic.pattern = patterns[i % std::size(patterns)];
        w.traffic.peakRps = 10.0 * (1 + i % 100);
        w.traffic.averageRps = 2.0 * (1 + i % 100);
        w.latencyP99Ms = 200;
        w.criticality = i % 7 == 0 ? Criticality::High : Criticality::Medium;
        if (i > 0 && i % 4 != 0)
            w.uses.append({QStringLiteral("service-%1").arg((i / 4) * 4), UseMode::Sync, Access::ReadWrite});
        if (size.dataStores > 0)
            w.uses.append({QStringLiteral("data-%1").arg(i % size.dataStores), UseMode::Sync, Access::Read});
        if (size.channels > 0) {
            w.uses.append(
                {QStringLiteral("channel-%1").arg(i % size.channels), UseMode::Publish, Access::Write});
            w.uses.append(
                {QStringLiteral("channel-%1").arg((i + 1) % size.channels), UseMode::Consume, Access::Read});
        }
        m.workloads.append(w);
    }
    return m;
}

} // namespace gw::testsupport
