#include "composeexporter.h"

#include "../rules/candidatename.h"
#include "../rules/familyname.h"
#include "exportescape.h"
#include "exportview.h"
#include "templaterenderer.h"

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using exportescape::commentLine;
using exportescape::dnsLabel;
using exportescape::yamlString;

// A local container standing in for a managed service. One per data store; channels share one broker
// per kind (a queue/topic broker and a log broker), as a local setup would.
struct StandIn
{
    QString service;
    QString image;
    QString command;
    QList<std::pair<QString, QString>> env;
    QString mount; // data directory; empty: no volume
    QString healthcheck;
    QString urlScheme; // what a client connects with, e.g. "postgresql://app:app@{host}:5432/{db}"
    QStringList elements;
};

StandIn storeStandIn(const QString& service, const QString& family, const QString& candidate)
{
    const QString db = exportescape::snakeIdentifier(service);
    // PostgreSQL and the images built on it (pgvector, TimescaleDB) differ only in the image.
    const auto postgres = [&](const QString& image) {
        return StandIn{
            service,
            image,
            {},
            {{u"POSTGRES_DB"_s, db}, {u"POSTGRES_USER"_s, u"app"_s}, {u"POSTGRES_PASSWORD"_s, u"app"_s}},
            u"/var/lib/postgresql/data"_s,
            u"[\"CMD-SHELL\", \"pg_isready -U app\"]"_s,
            u"postgresql://app:app@%1:5432/"_s + db,
            {}};
    };
    if (family == families::Relational && candidate == candidates::MySql)
        return {service,
                u"mysql:8.4"_s,
                {},
                {{u"MYSQL_DATABASE"_s, db},
                 {u"MYSQL_USER"_s, u"app"_s},
                 {u"MYSQL_PASSWORD"_s, u"app"_s},
                 {u"MYSQL_ROOT_PASSWORD"_s, u"root"_s}},
                u"/var/lib/mysql"_s,
                u"[\"CMD\", \"mysqladmin\", \"ping\", \"-h\", \"localhost\"]"_s,
                u"mysql://app:app@%1:3306/"_s + db,
                {}};
    if (family == families::Relational || family == families::Analytical)
        return postgres(u"postgres:16"_s);
    if (family == families::Cache || family == families::KeyValue)
        return {service,
                u"redis:7"_s,
                {},
                {},
                u"/data"_s,
                u"[\"CMD\", \"redis-cli\", \"ping\"]"_s,
                u"redis://%1:6379"_s,
                {}};
    if (family == families::Document)
        return {service,
                u"mongo:7"_s,
                {},
                {},
                u"/data/db"_s,
                u"[\"CMD\", \"mongosh\", \"--quiet\", \"--eval\", \"db.adminCommand('ping')\"]"_s,
                u"mongodb://%1:27017/"_s + db,
                {}};
    if (family == families::Search)
        return {service,
                u"opensearchproject/opensearch:2"_s,
                {},
                {{u"discovery.type"_s, u"single-node"_s},
                 {u"DISABLE_SECURITY_PLUGIN"_s, u"true"_s},
                 {u"OPENSEARCH_JAVA_OPTS"_s, u"-Xms512m -Xmx512m"_s}},
                u"/usr/share/opensearch/data"_s,
                u"[\"CMD-SHELL\", \"curl -fs http://localhost:9200 || exit 1\"]"_s,
                u"http://%1:9200"_s,
                {}};
    if (family == families::ObjectStorage)
        return {service,
                u"minio/minio:latest"_s,
                u"[\"server\", \"/data\"]"_s,
                {{u"MINIO_ROOT_USER"_s, u"minio"_s}, {u"MINIO_ROOT_PASSWORD"_s, u"minio-secret"_s}},
                u"/data"_s,
                u"[\"CMD\", \"mc\", \"ready\", \"local\"]"_s,
                u"http://%1:9000"_s,
                {}};
    if (family == families::Graph)
        return {service,
                u"neo4j:5"_s,
                {},
                {{u"NEO4J_AUTH"_s, u"none"_s}},
                u"/data"_s,
                u"[\"CMD-SHELL\", \"wget -qO- http://localhost:7474 || exit 1\"]"_s,
                u"bolt://%1:7687"_s,
                {}};
    if (family == families::WideColumn)
        return {service,
                u"cassandra:5"_s,
                {},
                {},
                u"/var/lib/cassandra"_s,
                u"[\"CMD-SHELL\", \"cqlsh -e 'describe keyspaces'\"]"_s,
                u"cassandra://%1:9042"_s,
                {}};
    // PostgreSQL with pgvector, as the managed PostgreSQL services offer it.
    if (family == families::VectorSearch)
        return postgres(u"pgvector/pgvector:pg17"_s);
    // time-series: PostgreSQL with TimescaleDB
    return postgres(u"timescale/timescaledb:latest-pg16"_s);
}

StandIn brokerStandIn(bool logStream)
{
    if (logStream)
        return {
            u"kafka"_s,
            u"apache/kafka:3.8.0"_s,
            {},
            {},
            {},
            u"[\"CMD-SHELL\", \"/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092\"]"_s,
            u"kafka:9092"_s,
            {}};
    return {u"rabbitmq"_s,
            u"rabbitmq:3-management"_s,
            {},
            {},
            u"/var/lib/rabbitmq"_s,
            u"[\"CMD\", \"rabbitmq-diagnostics\", \"-q\", \"ping\"]"_s,
            u"amqp://guest:guest@rabbitmq:5672/"_s,
            {}};
}

QString envName(const QString& id, const QString& suffix)
{
    return exportescape::snakeIdentifier(id).toUpper() + suffix;
}

} // namespace

ExportFiles ComposeExporter::generate(const ExportInput& input) const
{
    const ExportView view(input);
    const Model& model = view.model();

    // Service names: element ids are unique across workloads, stores and channels, so they do not
    // collide with each other; the brokers get names no id can take ("rabbitmq" could be an id, so
    // suffix them when it is).
    QSet<QString> ids;
    for (const Workload& w : model.workloads)
        ids.insert(dnsLabel(w.id));
    for (const DataStore& d : model.data)
        ids.insert(dnsLabel(d.id));

    QList<StandIn> standIns;
    QHash<QString, int> standInOf; // element id -> index in standIns
    for (const DataStore& d : model.data) {
        const Pick p = view.chosen(d.id, DecisionKind::Database);
        StandIn s = storeStandIn(dnsLabel(d.id), p.isValid() ? p.family : ExportView::familyForShape(d.shape),
                                 p.candidate);
        s.urlScheme = s.urlScheme.arg(s.service);
        s.elements.append(u"data store `"_s + d.id + u"`"_s);
        standInOf.insert(d.id, static_cast<int>(standIns.size()));
        standIns.append(s);
    }
    int queueBroker = -1, logBroker = -1;
    for (const Channel& c : model.channels) {
        const QString family =
            view.family(c.id, DecisionKind::Messaging,
                        c.kind == ChannelKind::Stream ? families::LogStream.text() : families::Queue.text());
        const bool log = family == families::LogStream;
        int& broker = log ? logBroker : queueBroker;
        if (broker < 0) {
            StandIn s = brokerStandIn(log);
            while (ids.contains(s.service)) {
                s.urlScheme.replace(s.service + u':', s.service + u"-broker:"_s);
                s.service += u"-broker"_s;
            }
            if (log) {
                s.env = {{u"KAFKA_NODE_ID"_s, u"1"_s},
                         {u"KAFKA_PROCESS_ROLES"_s, u"broker,controller"_s},
                         {u"KAFKA_LISTENERS"_s, u"PLAINTEXT://:9092,CONTROLLER://:9093"_s},
                         {u"KAFKA_ADVERTISED_LISTENERS"_s, u"PLAINTEXT://"_s + s.service + u":9092"_s},
                         {u"KAFKA_CONTROLLER_LISTENER_NAMES"_s, u"CONTROLLER"_s},
                         {u"KAFKA_CONTROLLER_QUORUM_VOTERS"_s, u"1@localhost:9093"_s},
                         {u"KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"_s, u"1"_s}};
            }
            broker = static_cast<int>(standIns.size());
            standIns.append(s);
        }
        standIns[broker].elements.append(u"channel `"_s + c.id + u"`"_s);
        standInOf.insert(c.id, broker);
    }

    QVariantList workloads;
    int hostPort = 8081;
    for (const Workload& w : model.workloads) {
        QVariantMap v;
        const QString id = dnsLabel(w.id);
        v[u"comment"_s] = commentLine(w.displayName());
        v[u"kind"_s] = enumName(w.kind);
        v[u"id"_s] = id;
        v[u"image"_s] = yamlString(view.slug() + u"/"_s + id + u":dev"_s);
        v[u"display_name"_s] = yamlString(w.displayName());
        v[u"port"_s] = QString::number(ExportView::kServicePort);
        v[u"exposed"_s] = view.isExposed(w);
        if (view.isExposed(w))
            v[u"host_port"_s] = QString::number(hostPort++);
        QVariantList env, depends;
        QSet<QString> dependedOn;
        for (const ExportView::Dependency& d : view.dependenciesOf(w.id)) {
            QString service, url, condition;
            if (d.section == ElementRef::Section::Workload) {
                service = dnsLabel(d.to);
                url = u"http://"_s + service + u":"_s + QString::number(ExportView::kServicePort);
                condition = u"service_started"_s;
            } else {
                const StandIn& s = standIns[standInOf.value(d.to)];
                service = s.service;
                url = s.urlScheme;
                condition = u"service_healthy"_s;
                if (d.section == ElementRef::Section::Channel)
                    env.append(
                        QVariantMap{{u"name"_s, envName(d.to, u"_NAME"_s)}, {u"value"_s, yamlString(d.to)}});
            }
            env.append(QVariantMap{{u"name"_s, envName(d.to, u"_URL"_s)}, {u"value"_s, yamlString(url)}});
            if (!dependedOn.contains(service)) {
                dependedOn.insert(service);
                depends.append(QVariantMap{{u"service"_s, service}, {u"condition"_s, condition}});
            }
        }
        v[u"env"_s] = env;
        v[u"depends"_s] = depends;
        v[u"has_depends"_s] = !depends.isEmpty();
        workloads.append(v);
    }

    QVariantList standInList;
    bool anyVolume = false;
    for (const StandIn& s : standIns) {
        QVariantMap m;
        m[u"service"_s] = s.service;
        m[u"image"_s] = s.image;
        m[u"comment"_s] = commentLine(s.elements.join(u", "_s));
        m[u"elements"_s] = s.elements.join(u", "_s).replace(u'|', u'/');
        if (!s.command.isEmpty())
            m[u"command"_s] = s.command;
        QVariantList env;
        for (const auto& [name, value] : s.env)
            env.append(QVariantMap{{u"name"_s, yamlString(name)}, {u"value"_s, yamlString(value)}});
        m[u"env"_s] = env;
        m[u"has_env"_s] = !env.isEmpty();
        if (!s.mount.isEmpty()) {
            m[u"volume"_s] = QString(s.service + u"-data"_s);
            m[u"mount"_s] = s.mount;
            anyVolume = true;
        }
        m[u"healthcheck"_s] = s.healthcheck;
        standInList.append(m);
    }
    const QVariantMap root{{u"comment"_s, commentLine(model.system.name)},
                           {u"slug"_s, view.slug()},
                           {u"workloads"_s, workloads},
                           {u"standins"_s, standInList},
                           {u"has_volumes"_s, anyVolume}};
    return {{u"compose/compose.yaml"_s, TemplateRenderer::render(u"compose/compose.yaml.mustache"_s, root)},
            {u"compose/README.md"_s, TemplateRenderer::render(u"compose/README.md.mustache"_s, root)}};
}

} // namespace gw
