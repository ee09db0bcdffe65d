#include "contractsexporter.h"

#include "../rules/familyname.h"
#include "../rules/subject.h"
#include "exportescape.h"
#include "exportview.h"
#include "templaterenderer.h"

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using exportescape::commentLine;
using exportescape::cString;
using exportescape::dnsLabel;
using exportescape::pascalIdentifier;
using exportescape::snakeIdentifier;
using exportescape::yamlString;

// Names the templates define themselves; a resource named like one of them gets a suffix.
QString resourceType(const QString& id)
{
    static const QSet<QString> taken{u"Query"_s,       u"Mutation"_s,  u"Subscription"_s, u"String"_s,
                                     u"Int"_s,         u"Float"_s,     u"Boolean"_s,      u"ID"_s,
                                     u"Role"_s,        u"UserError"_s, u"PageInfo"_s,     u"DeletePayload"_s,
                                     u"ErrorDetail"_s, u"Problem"_s,   u"CloudEvent"_s,   u"DeadLetter"_s};
    QString name = pascalIdentifier(id);
    if (taken.contains(name) || name.endsWith(u"Request"_s) || name.endsWith(u"Response"_s) ||
        name.endsWith(u"Page"_s) || name.endsWith(u"Connection"_s) || name.endsWith(u"Edge"_s) ||
        name.endsWith(u"Input"_s) || name.endsWith(u"Payload"_s))
        name += u"Resource"_s;
    return name;
}

class Contracts
{
public:
    explicit Contracts(const ExportView& view) : m_view(view)
    {
        // Ids are unique per section, so one name each; indexed once rather than searched per use.
        for (const Workload& w : view.model().workloads)
            m_workloadNames.insert(w.id, w.displayName());
        for (const DataStore& d : view.model().data)
            m_storeNames.insert(d.id, d.displayName());
    }

    ExportFiles generate() const
    {
        ExportFiles files;
        QVariantList contracts;
        for (const Workload& w : m_view.model().workloads) {
            const QString style = m_view.family(w.id, DecisionKind::ApiStyle);
            QString file;
            QByteArray content;
            const QVariantMap c = workloadContext(w);
            if (style == families::Rest) {
                file = u"contracts/openapi/"_s + exportescape::fileName(w.id) + u".openapi.yaml"_s;
                content = TemplateRenderer::render(u"contracts/openapi.yaml.mustache"_s, c);
            } else if (style == families::Grpc) {
                const QString dir = snakeIdentifier(w.id);
                file = u"contracts/proto/"_s + dir + u"/v1/"_s + dir + u".proto"_s;
                content = TemplateRenderer::render(u"contracts/service.proto.mustache"_s, c);
            } else if (style == families::GraphQl) {
                file = u"contracts/graphql/"_s + exportescape::fileName(w.id) + u".graphql"_s;
                content = TemplateRenderer::render(u"contracts/schema.graphql.mustache"_s, c);
            } else {
                continue; // async-messaging: the channels' AsyncAPI document is its contract
            }
            files.push_back({file, content});
            contracts.append(QVariantMap{{u"id"_s, w.id}, {u"style"_s, style}, {u"file"_s, file.mid(10)}});
        }
        const QString asyncFile = u"contracts/asyncapi/"_s + m_view.slug() + u".asyncapi.yaml"_s;
        const bool hasAsync = !m_view.model().channels.isEmpty();
        if (hasAsync)
            files.push_back(
                {asyncFile, TemplateRenderer::render(u"contracts/asyncapi.yaml.mustache"_s, asyncContext())});
        const QVariantMap readme{{u"comment"_s, commentLine(m_view.model().system.name)},
                                 {u"contracts"_s, contracts},
                                 {u"has_async"_s, hasAsync},
                                 {u"async_file"_s, asyncFile.mid(10)}};
        files.push_back(
            {u"contracts/README.md"_s, TemplateRenderer::render(u"contracts/README.md.mustache"_s, readme)});
        return files;
    }

private:
    QString authFor(const Workload& w) const
    {
        const QString serviceAuth =
            m_view.family(Subject::systemId(), DecisionKind::ServiceAuth, families::SharedSecrets.text());
        switch (w.exposure) {
        case Exposure::Public:
            return u"end users: OAuth 2.0 / OIDC access tokens (JWT bearer)"_s;
        case Exposure::Partner:
            return u"partners: client certificates (mutual TLS) plus OAuth 2.0 client-credential tokens"_s;
        case Exposure::Internal:
            break;
        }
        return u"services only: "_s + serviceAuth + u" (the service-auth decision)"_s;
    }

    QVariantMap workloadContext(const Workload& w) const
    {
        QVariantMap c;
        c[u"comment"_s] = commentLine(w.displayName());
        c[u"id"_s] = dnsLabel(w.id);
        c[u"title"_s] = yamlString(w.displayName());
        const QString description =
            u"The %1 workload %2 of %3."_s.arg(enumName(w.kind), w.displayName(), m_view.model().system.name);
        c[u"description"_s] = yamlString(description);
        c[u"text"_s] = exportescape::jsonString(description);
        c[u"bearer"_s] = true;
        c[u"mtls"_s] = w.exposure == Exposure::Partner;
        c[u"auth_description"_s] = yamlString(authFor(w));
        c[u"auth_comment"_s] = cString(authFor(w));
        c[u"package"_s] = QString(snakeIdentifier(m_view.slug()) + u"."_s + snakeIdentifier(w.id) + u".v1"_s);
        c[u"service"_s] = QString(resourceType(w.id) + u"Service"_s);

        QVariantList resources;
        bool anyWrite = false;
        QSet<QString> seen;
        const auto add = [&](const QString& id, const QString& name, bool read, bool write) {
            if (seen.contains(id))
                return;
            seen.insert(id);
            anyWrite = anyWrite || write;
            QVariantMap r;
            r[u"path"_s] = dnsLabel(id);
            r[u"field"_s] = snakeIdentifier(id);
            r[u"schema"_s] = resourceType(id);
            r[u"read"_s] = read;
            r[u"write"_s] = write;
            r[u"resource_description"_s] = yamlString(name);
            r[u"resource_comment"_s] = commentLine(name);
            r[u"resource_text"_s] = exportescape::jsonString(name); // GraphQL strings escape as JSON does
            resources.append(r);
        };
        for (const ExportView::Dependency& d : m_view.dependenciesOf(w.id)) {
            if (d.section == ElementRef::Section::Channel)
                continue;
            const QString name = d.section == ElementRef::Section::DataStore ? m_storeNames.value(d.to)
                                                                             : m_workloadNames.value(d.to);
            add(d.to, name, d.access != Access::Write, d.access != Access::Read);
        }
        if (resources.isEmpty())
            add(w.id, w.displayName(), true, true);
        c[u"resources"_s] = resources;
        c[u"has_mutations"_s] = anyWrite;
        return c;
    }

    QVariantMap asyncContext() const
    {
        const Model& model = m_view.model();
        QVariantMap c;
        c[u"comment"_s] = commentLine(model.system.name);
        c[u"slug"_s] = m_view.slug();
        c[u"title"_s] = yamlString(model.system.name + u" events"_s);
        c[u"description"_s] = yamlString(u"Every channel of "_s + model.system.name + u"."_s);
        bool kafka = false, amqp = false;
        QVariantList channels, operations;
        for (const Channel& ch : model.channels) {
            const QString family = m_view.family(ch.id, DecisionKind::Messaging,
                                                 ch.kind == ChannelKind::Stream ? families::LogStream.text()
                                                                                : families::Queue.text());
            const bool log = family == families::LogStream;
            kafka = kafka || log;
            amqp = amqp || !log;
            const QString key = snakeIdentifier(ch.id);
            const QString message = resourceType(ch.id) + u"Event"_s;
            QVariantMap m;
            m[u"key"_s] = key;
            m[u"address"_s] = yamlString(ch.id);
            m[u"dead_letter_address"_s] = yamlString(ch.id + u".dead-letter"_s);
            m[u"title"_s] = yamlString(ch.displayName());
            m[u"description"_s] = yamlString(u"A %1 (%2 delivery, %3 ordering)."_s.arg(
                enumName(ch.kind), enumName(ch.delivery), enumName(ch.ordering)));
            m[u"server"_s] = log ? u"kafka"_s : u"amqp"_s;
            m[u"message"_s] = message;
            m[u"event_type"_s] = yamlString(m_view.slug() + u"."_s + ch.id + u".v1"_s);
            channels.append(m);
            const auto operation = [&](const QString& workload, bool send) {
                QVariantMap o;
                o[u"key"_s] =
                    QString(snakeIdentifier(workload) + (send ? u"_sends_"_s : u"_receives_"_s) + key);
                o[u"action"_s] = send ? u"send"_s : u"receive"_s;
                o[u"title"_s] = yamlString(workload + (send ? u" publishes to "_s : u" consumes "_s) + ch.id);
                o[u"channel"_s] = key;
                o[u"message"_s] = message;
                operations.append(o);
            };
            for (const QString& w : m_view.producersOf(ch.id))
                operation(w, true);
            for (const QString& w : m_view.consumersOf(ch.id))
                operation(w, false);
        }
        QVariantList servers;
        if (kafka)
            servers.append(QVariantMap{
                {u"key"_s, u"kafka"_s},
                {u"host"_s, u"kafka:9092"_s},
                {u"protocol"_s, u"kafka"_s},
                {u"server_description"_s, yamlString(u"The log-stream channels (local stand-in)."_s)},
                {u"security"_s, u"saslScram"_s}});
        if (amqp)
            servers.append(QVariantMap{
                {u"key"_s, u"amqp"_s},
                {u"host"_s, u"rabbitmq:5672"_s},
                {u"protocol"_s, u"amqp"_s},
                {u"server_description"_s, yamlString(u"The queue and topic channels (local stand-in)."_s)},
                {u"security"_s, u"userPassword"_s}});
        c[u"servers"_s] = servers;
        c[u"channels"_s] = channels;
        c[u"operations"_s] = operations;
        return c;
    }

    const ExportView& m_view;
    QHash<QString, QString> m_workloadNames; // id -> display name
    QHash<QString, QString> m_storeNames;
};

} // namespace

ExportFiles ContractsExporter::generate(const ExportInput& input) const
{
    const ExportView view(input);
    return Contracts(view).generate();
}

} // namespace gw
