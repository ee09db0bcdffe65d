#include "terraformimporter.h"

#include "../io/limits.h"
#include "../io/yamlscalar.h"
#include "environmenthosts.h"
#include "importmapping.h"
#include "importyaml_p.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using importyaml::get;
using importyaml::text;

// A managed resource instance, kept until every file is read: the relations between resources (an
// event source mapping names a function and a queue) may cross files.
struct Resource
{
    QString address; // "module.api.aws_lambda_function.handler[0]"
    QString type;
    QString name;     // the resource's name in the configuration, with its index
    QString provider; // "aws", "google", "azurerm"
    QString file;
    importyaml::Document doc;
    YAML::Node attributes;
    Origin origin;
    const TerraformResourceRule* rule = nullptr; // null for the relation types
};

// The types read for the edges and exposure they give, not as elements.
const QStringList& relationTypes()
{
    static const QStringList types{u"aws_lambda_event_source_mapping"_s, u"aws_sns_topic_subscription"_s,
                                   u"aws_apigatewayv2_integration"_s,    u"aws_api_gateway_integration"_s,
                                   u"aws_lambda_function_url"_s,         u"aws_lb_listener"_s};
    return types;
}

// The value at a dotted path of attributes. A key may hold dots itself ("run.googleapis.com/ingress"),
// so the longest key that is there wins; where a list stands before a key, its first item is read (the
// providers write a nested block as a list of one).
YAML::Node attribute(YAML::Node node, const QString& path)
{
    // reset(), never '=': assigning to a YAML::Node writes through to the document it came from.
    const QStringList parts = path.split(u'.');
    for (qsizetype i = 0; i < parts.size();) {
        while (node.IsSequence()) {
            if (node.size() == 0)
                return YAML::Node(YAML::NodeType::Undefined);
            node.reset(node[0]);
        }
        if (!node.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        bool found = false;
        for (qsizetype end = parts.size(); end > i && !found; --end) {
            const YAML::Node next = get(node, parts.mid(i, end - i).join(u'.').toStdString());
            if (next.IsDefined() && !next.IsNull()) {
                node.reset(next);
                i = end;
                found = true;
            }
        }
        if (!found)
            return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

QString scalarAt(const YAML::Node& node, const QString& path)
{
    if (path.isEmpty())
        return {};
    const YAML::Node value = attribute(node, path);
    return value.IsScalar() ? text(value).trimmed() : QString();
}

QString providerName(const QString& provider)
{
    // State v4: 'provider["registry.terraform.io/hashicorp/aws"]' (or 'module.x.provider[...]', or the
    // legacy 'provider.aws'); show -json: "registry.terraform.io/hashicorp/aws".
    QString p = provider;
    const qsizetype quote = p.indexOf(u'"');
    if (quote >= 0)
        p = p.mid(quote + 1, p.indexOf(u'"', quote + 1) - quote - 1);
    else if (p.contains(u"provider."_s))
        p = p.mid(p.lastIndexOf(u"provider."_s) + 9);
    p = p.mid(p.lastIndexOf(u'/') + 1);
    return p.left(p.indexOf(u'.') < 0 ? p.size() : p.indexOf(u'.'));
}

// A region as the clouds write it: "eu-west-1", "europe-west1", "westeurope" ("West Europe" too).
QString regionOf(const Resource& r)
{
    QString region = scalarAt(r.attributes, u"region"_s);
    if (region.isEmpty())
        region = scalarAt(r.attributes, u"location"_s);
    if (region.isEmpty()) {
        const QStringList arn = scalarAt(r.attributes, u"arn"_s).split(u':');
        if (arn.size() > 3 && arn[0] == u"arn"_s)
            region = arn[3];
    }
    region = region.toLower().remove(u' ');
    // "EU", "US" (multi-regions) and "global" name no region a strategy could use.
    const bool named = std::any_of(region.cbegin(), region.cend(), [](QChar c) { return c.isDigit(); }) ||
                       (region.size() > 6 && !region.contains(u'-'));
    return named && region.size() <= 64 ? region : QString();
}

// What the files hold, gathered until every one is read.
// The environment a resource belongs to: its first environment tag (or label), else the workspace its
// state was read from ("terraform.tfstate.d/staging/terraform.tfstate").
std::optional<Sourced<QString>> environmentOf(const Resource& r, const ImportMapping& mapping)
{
    for (const char* key : {"tags", "labels"}) {
        const YAML::Node tags = get(r.attributes, key);
        for (const QString& wanted : mapping.environmentTags()) {
            for (const auto& [tag, value] : importyaml::entries(tags)) {
                if (text(tag).toLower() != wanted || !value.IsScalar())
                    continue;
                QString name = text(value).trimmed().toLower();
                if (name == u"prod"_s || name == u"prd"_s)
                    name = u"production"_s;
                if (!name.isEmpty() && name.size() <= 64)
                    return Sourced<QString>{
                        name, r.origin, u"%1 of %2: %3"_s.arg(text(tag), r.address, text(value).left(64))};
            }
        }
    }
    const QStringList parts = QString(r.file).replace(u'\\', u'/').split(u'/');
    const qsizetype folder = parts.lastIndexOf(u"terraform.tfstate.d"_s);
    if (folder >= 0 && folder + 2 < parts.size() && !parts[folder + 1].isEmpty())
        return Sourced<QString>{parts[folder + 1].toLower().left(64), r.origin,
                                u"the state of workspace \"%1\""_s.arg(parts[folder + 1].left(64))};
    return std::nullopt;
}

// The AWS account, Google Cloud project or Azure subscription a resource is in; empty when it cannot say.
QString accountOf(const Resource& r)
{
    if (r.provider == u"aws"_s) {
        const QStringList arn = scalarAt(r.attributes, u"arn"_s).split(u':');
        if (arn.size() > 4 && arn[4].size() == 12 &&
            std::all_of(arn[4].cbegin(), arn[4].cend(), [](QChar c) { return c.isDigit(); }))
            return arn[4];
    } else if (r.provider.startsWith(u"google"_s)) {
        return scalarAt(r.attributes, u"project"_s).left(64);
    } else if (r.provider == u"azurerm"_s) {
        static const QRegularExpression subscription(u"^/subscriptions/([0-9a-fA-F-]{36})/"_s);
        const QRegularExpressionMatch m = subscription.match(scalarAt(r.attributes, u"id"_s));
        if (m.hasMatch())
            return m.captured(1).toLower();
    }
    return {};
}

struct Collected
{
    const ImportMapping& mapping;
    QList<Resource> resources;
    QMap<QString, int> ignored;
};

class TerraformFileReader
{
public:
    TerraformFileReader(Collected& state, const QString& file, const importyaml::Document& doc,
                        Diagnostics& out)
        : m(state), m_file(file), m_doc(doc), m_out(out)
    {
    }

    Origin at(const YAML::Node& node) const { return importyaml::origin(m_file, m_doc, node); }

    bool fail(const YAML::Node& node, const QString& message)
    {
        Diagnostic d;
        d.location =
            SourceLocation{m_file, at(node).line, node.Mark().is_null() ? 0 : node.Mark().column + 1};
        d.message = message;
        m_out.append(d);
        return false;
    }

    bool read()
    {
        const YAML::Node& root = m_doc.root;
        if (const YAML::Node resources = get(root, "resources"); resources.IsDefined()) {
            const YAML::Node version = get(root, "version");
            if (text(version) != u"4"_s)
                return fail(version.IsDefined() ? version : root,
                            u"a state of format version %1; this program reads version 4 (Terraform 0.12 and "
                            "later)"_s.arg(version.IsScalar() ? text(version).left(10) : u"unknown"_s));
            if (!resources.IsSequence())
                return fail(resources, u"resources: expected a list"_s);
            for (const YAML::Node& resource : resources) {
                if (!stateResource(resource))
                    return false;
            }
            return true;
        }
        YAML::Node values = get(root, "values");
        if (!values.IsDefined())
            values.reset(get(root, "planned_values"));
        if (!values.IsMap())
            return fail(root, u"neither a state (with 'resources') nor `terraform show -json` output (with "
                              "'values' or 'planned_values')"_s);
        return module(get(values, "root_module"), 0);
    }

private:
    bool stateResource(const YAML::Node& resource)
    {
        const QString type = text(get(resource, "type"));
        const QString mode = text(get(resource, "mode"));
        if (!resource.IsMap() || type.isEmpty())
            return fail(resource, u"a resource without a type"_s);
        const YAML::Node instances = get(resource, "instances");
        if (!instances.IsSequence())
            return true;
        QString prefix = text(get(resource, "module"));
        if (!prefix.isEmpty())
            prefix += u'.';
        const QString name = text(get(resource, "name"));
        for (const YAML::Node& instance : instances) {
            QString index;
            if (const YAML::Node key = get(instance, "index_key"); key.IsScalar())
                index = key.Tag() == "!" ? u"[\"%1\"]"_s.arg(text(key)) : u"[%1]"_s.arg(text(key));
            if (!add(mode, type, prefix + type + u'.' + name + index, name + index,
                     text(get(resource, "provider")), get(instance, "attributes"), at(get(resource, "type"))))
                return false;
        }
        return true;
    }

    bool module(const YAML::Node& node, int depth)
    {
        if (!node.IsMap())
            return true;
        if (depth > limits::kMaxDepth)
            return fail(node, u"modules nest deeper than %1 levels"_s.arg(limits::kMaxDepth));
        if (const YAML::Node resources = get(node, "resources"); resources.IsSequence()) {
            for (const YAML::Node& r : resources) {
                const QString type = text(get(r, "type"));
                if (type.isEmpty())
                    return fail(r, u"a resource without a type"_s);
                QString name = text(get(r, "name"));
                if (const YAML::Node index = get(r, "index"); index.IsScalar())
                    name += index.Tag() == "!" ? u"[\"%1\"]"_s.arg(text(index)) : u"[%1]"_s.arg(text(index));
                if (!add(text(get(r, "mode")), type, text(get(r, "address")), name,
                         text(get(r, "provider_name")), get(r, "values"), at(get(r, "address"))))
                    return false;
            }
        }
        if (const YAML::Node children = get(node, "child_modules"); children.IsSequence()) {
            for (const YAML::Node& child : children) {
                if (!module(child, depth + 1))
                    return false;
            }
        }
        return true;
    }

    bool add(const QString& mode, const QString& type, const QString& address, const QString& name,
             const QString& provider, const YAML::Node& attributes, const Origin& origin)
    {
        if (mode == u"data"_s) {
            m.ignored[u"Terraform data source (read by the configuration, not a part of the system)"_s] += 1;
            return true;
        }
        const TerraformResourceRule* rule = m.mapping.terraformResource(type);
        if (!rule && !relationTypes().contains(type)) {
            m.ignored[u"Terraform "_s + type] += 1;
            return true;
        }
        if (m.resources.size() >= limits::kMaxListItems)
            return fail(attributes,
                        u"more than %1 resources; refusing to read them"_s.arg(limits::kMaxListItems));
        m.resources.append(
            Resource{address, type, name, providerName(provider), m_file, m_doc, attributes, origin, rule});
        return true;
    }

    Collected& m;
    QString m_file;
    const importyaml::Document& m_doc;
    Diagnostics& m_out;
};

} // namespace

struct TerraformImporter::State : Collected
{
};

TerraformImporter::TerraformImporter(const ImportMapping& mapping)
    : m(std::make_unique<State>(State{Collected{mapping, {}, {}}}))
{
}

TerraformImporter::~TerraformImporter() = default;

bool TerraformImporter::looksLikeTerraform(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(4096);
    const qsizetype first = head.indexOf('{');
    if (first < 0 || !head.left(first).trimmed().isEmpty())
        return false;
    return head.contains("\"terraform_version\"") || head.contains("\"format_version\"");
}

bool TerraformImporter::add(const QByteArray& bytes, const QString& file, Diagnostics& out)
{
    // The YAML reader, which gives every value its position, reads more than JSON allows (a stray
    // comma, a comment): the strict JSON parser says first whether the text is JSON at all.
    if (bytes.size() <= limits::kMaxModelBytes) {
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArray before = bytes.left(error.offset);
            const qsizetype lineStart = before.lastIndexOf('\n') + 1;
            Diagnostic d;
            d.location =
                SourceLocation{file, int(before.count('\n')) + 1, int(before.size() - lineStart) + 1};
            d.message = u"JSON syntax: "_s + error.errorString();
            out.append(d);
            return false;
        }
    }
    // JSON may indent with tabs, which the YAML reader (rightly, for YAML) refuses; outside strings a tab
    // is only white space, and inside one JSON allows it escaped only, so each raw tab is a blank.
    QByteArray json = bytes;
    json.replace('\t', ' ');
    const importyaml::Stream stream = importyaml::parseStream(json, file);
    if (stream.error) {
        out.append(*stream.error);
        return false;
    }
    if (stream.documents.size() != 1 || !stream.documents.front().root.IsMap()) {
        Diagnostic d;
        d.location.file = file;
        d.message = u"a Terraform state or `terraform show -json` output is one JSON object"_s;
        out.append(d);
        return false;
    }
    TerraformFileReader reader(*m, file, stream.documents.front(), out);
    try {
        return reader.read();
    } catch (const importyaml::MergeTooDeep&) {
        return reader.fail(stream.documents.front().root, u"merge keys nest too deep"_s);
    } catch (const YAML::Exception& e) {
        return reader.fail(stream.documents.front().root,
                           u"cannot read the file: %1"_s.arg(QString::fromStdString(e.msg)));
    }
}

void TerraformImporter::finish(ImportedSystem& out) const
{
    for (auto it = m->ignored.cbegin(); it != m->ignored.cend(); ++it)
        out.ignored[it.key()] += it.value();
    const ImportMapping& mapping = m->mapping;
    const auto isElement = [](const Resource& r) {
        return r.rule && (r.rule->role == ElementRole::Workload || r.rule->role == ElementRole::Data ||
                          r.rule->role == ElementRole::Channel);
    };
    // Every identifying value of an element, and the hosts in it, to the resources it identifies.
    QHash<QString, QStringList> byIdentifier;
    for (const Resource& r : std::as_const(m->resources)) {
        if (!isElement(r))
            continue;
        for (const QString& key : mapping.terraformIdentifiers()) {
            const QString value = scalarAt(r.attributes, key).toLower();
            if (value.size() < 3)
                continue;
            QStringList forms{value};
            // The host of an endpoint ("db.x.rds.amazonaws.com:5432", "https://acct.blob.core.windows.net/")
            // names the resource; the host of a URL with a path ("https://sqs.eu-west-1.amazonaws.com/
            // 123/orders") is a whole service's, shared with every other queue.
            const qsizetype scheme = value.indexOf(u"://"_s);
            const QString rest = scheme < 0 ? value : value.mid(scheme + 3);
            const qsizetype slash = rest.indexOf(u'/');
            if (slash < 0 || slash == rest.size() - 1) {
                for (const QString& host : hostsNamedBy(u"ENDPOINT"_s, value, mapping)) {
                    if (host.contains(u'.')) // a bare word is a name, already indexed as the value
                        forms.append(host);
                }
            }
            for (const QString& form : std::as_const(forms)) {
                if (!byIdentifier[form].contains(r.address))
                    byIdentifier[form].append(r.address);
            }
        }
    }
    QHash<QString, const Resource*> byAddress;
    for (const Resource& r : std::as_const(m->resources))
        byAddress.insert(r.address, &r);
    const auto resolve = [&](const QString& value, ElementRole role) {
        QStringList out;
        for (const QString& address : byIdentifier.value(value.trimmed().toLower())) {
            if (byAddress.value(address)->rule->role == role)
                out.append(address);
        }
        return out;
    };

    // Edges and exposure that other resources give.
    QHash<QString, QList<ImportedReference>> references; // by address
    QHash<QString, Sourced<Exposure>> exposure;
    for (const Resource& r : std::as_const(m->resources)) {
        if (r.rule)
            continue;
        out.ignored[u"Terraform %1 (read for edges and exposure)"_s.arg(r.type)] += 1;
        if (r.type == u"aws_lb_listener"_s) {
            continue; // read below, with the services behind it
        } else if (r.type == u"aws_lambda_event_source_mapping"_s) {
            const QString function = scalarAt(r.attributes, u"function_name"_s);
            const QString source = scalarAt(r.attributes, u"event_source_arn"_s);
            for (const QString& f : resolve(function, ElementRole::Workload)) {
                for (const QString& c : resolve(source, ElementRole::Channel))
                    references[f].append(ImportedReference{c, u"event source mapping "_s + r.address,
                                                           r.origin, UseMode::Consume});
            }
        } else if (r.type == u"aws_sns_topic_subscription"_s) {
            const QString topic = scalarAt(r.attributes, u"topic_arn"_s);
            const QString endpoint = scalarAt(r.attributes, u"endpoint"_s);
            for (const QString& f : resolve(endpoint, ElementRole::Workload)) {
                for (const QString& c : resolve(topic, ElementRole::Channel))
                    references[f].append(
                        ImportedReference{c, u"subscription "_s + r.address, r.origin, UseMode::Consume});
            }
        } else {
            const QString target =
                scalarAt(r.attributes, r.type == u"aws_api_gateway_integration"_s ? u"uri"_s
                                       : r.type == u"aws_lambda_function_url"_s   ? u"function_name"_s
                                                                                  : u"integration_uri"_s);
            for (const QString& f : resolve(target, ElementRole::Workload)) {
                if (!exposure.contains(f))
                    exposure.insert(f, {Exposure::Public, r.origin,
                                        r.type == u"aws_lambda_function_url"_s
                                            ? u"a function URL, %1"_s.arg(r.address)
                                            : u"an API Gateway integration, %1"_s.arg(r.address)});
            }
        }
    }

    // An ECS service behind an internet-facing load balancer is public: its target group, a listener
    // that forwards to the group, and the load balancer the listener is on.
    QHash<QString, QStringList> balancersOf; // target group ARN -> load balancer ARNs
    QHash<QString, const Resource*> balancers;
    for (const Resource& r : std::as_const(m->resources)) {
        if (r.type == u"aws_lb"_s || r.type == u"aws_alb"_s)
            balancers.insert(scalarAt(r.attributes, u"arn"_s), &r);
        if (r.type != u"aws_lb_listener"_s)
            continue;
        const QString balancer = scalarAt(r.attributes, u"load_balancer_arn"_s);
        const YAML::Node actions = attribute(r.attributes, u"default_action"_s);
        if (!actions.IsSequence())
            continue;
        for (const YAML::Node& action : actions) {
            QStringList groups{text(get(action, "target_group_arn"))};
            const YAML::Node weighted = attribute(action, u"forward.target_group"_s);
            if (weighted.IsSequence()) {
                for (const YAML::Node& group : weighted)
                    groups.append(text(get(group, "arn")));
            }
            for (const QString& group : std::as_const(groups)) {
                if (!group.isEmpty() && !balancersOf[group].contains(balancer))
                    balancersOf[group].append(balancer);
            }
        }
    }
    for (const Resource& r : std::as_const(m->resources)) {
        const YAML::Node blocks =
            r.type == u"aws_ecs_service"_s ? attribute(r.attributes, u"load_balancer"_s) : YAML::Node();
        if (!blocks.IsSequence() || exposure.contains(r.address))
            continue;
        for (const YAML::Node& block : blocks) {
            for (const QString& arn : balancersOf.value(text(get(block, "target_group_arn")))) {
                const Resource* balancer = balancers.value(arn);
                if (balancer && scalarAt(balancer->attributes, u"internal"_s) == u"false"_s &&
                    !exposure.contains(r.address))
                    exposure.insert(
                        r.address, {Exposure::Public, balancer->origin,
                                    u"behind the internet-facing load balancer %1"_s.arg(balancer->address)});
            }
        }
    }

    QList<Cloud> clouds;
    for (const Resource& r : std::as_const(m->resources)) {
        if (!r.rule)
            continue;
        const std::optional<Cloud> cloud = mapping.terraformCloud(r.provider);
        if (cloud && !clouds.contains(*cloud)) {
            clouds.append(*cloud);
            if (!out.cloud)
                out.cloud = Sourced<Cloud>{*cloud, r.origin, u"provider %1"_s.arg(r.provider)};
        }
        if (!isElement(r))
            continue;
        if (const QString region = regionOf(r); !region.isEmpty()) {
            const bool known =
                std::any_of(out.regions.cbegin(), out.regions.cend(),
                            [&region](const Sourced<QString>& s) { return s.value == region; });
            if (!known)
                out.regions.append(Sourced<QString>{region, r.origin, r.address});
        }
    }
    // The same resource address in the states of two environments (workspaces, or a folder per
    // environment) is one element deployed twice: it is made once, from the first state.
    QHash<QString, QString> environmentAt; // address -> the environment it was first seen in
    QSet<const Resource*> deployedAgain;
    for (const Resource& r : std::as_const(m->resources)) {
        if (!isElement(r))
            continue;
        const std::optional<Sourced<QString>> environment = environmentOf(r, mapping);
        if (!environment)
            continue;
        if (const auto first = environmentAt.constFind(r.address); first == environmentAt.cend())
            environmentAt.insert(r.address, environment->value);
        else if (*first != environment->value)
            deployedAgain.insert(&r);
        auto known =
            std::find_if(out.environments.begin(), out.environments.end(),
                         [&](const ImportedEnvironment& e) { return e.name.value == environment->value; });
        if (known == out.environments.end())
            known = out.environments.insert(out.environments.end(), ImportedEnvironment{*environment, {}});
        if (const QString account = accountOf(r); !account.isEmpty() && !known->accounts.contains(account))
            known->accounts.append(account);
    }
    if (clouds.size() > 1) {
        out.cloud.reset();
        out.remarks.append(u"the resources are on several clouds; system.cloud stays 'any'"_s);
    }

    for (const Resource& r : std::as_const(m->resources)) {
        if (!r.rule)
            continue;
        if (deployedAgain.contains(&r)) {
            out.ignored[u"Terraform resource deployed again in another environment (one element)"_s] += 1;
            continue;
        }
        const TerraformResourceRule& rule = *r.rule;
        ImportedComponent c;
        c.key = r.address;
        c.name = scalarAt(r.attributes, rule.nameAttribute.isEmpty() ? u"name"_s : rule.nameAttribute);
        if (c.name.isEmpty())
            c.name = r.name;
        c.label = u"resource \"%1\""_s.arg(r.address);
        c.type = u"Terraform "_s + r.type;
        c.origin = r.origin;
        ImportedRole role;
        role.role = rule.role;
        role.kind = rule.workloadKind;
        role.shape = rule.shape;
        role.channelKind = rule.channelKind;
        role.product = rule.product;
        role.skipReason = rule.skipReason;
        role.origin = r.origin;
        role.why = u"%1 is %2"_s.arg(r.type, rule.product);
        const QString engine = scalarAt(r.attributes, rule.engineAttribute);
        role.pin = rule.pinFor(engine);
        role.pinWhy = engine.isEmpty() ? r.type : u"%1 %2"_s.arg(rule.engineAttribute, engine.left(60));
        c.role = role;
        if (rule.role != ElementRole::Workload) {
            out.components.append(c);
            continue;
        }
        c.computePin = role.pin;
        c.computeOrigin = r.origin;
        const auto number = [&](const QString& path) -> std::optional<Sourced<double>> {
            if (path.isEmpty())
                return std::nullopt;
            const YAML::Node node = attribute(r.attributes, path);
            double value = 0;
            if (!node.IsScalar() || !yamlscalar::parseDouble(node.Scalar(), value) || value <= 0 ||
                value > 1e9)
                return std::nullopt;
            return Sourced<double>{value, importyaml::origin(r.file, r.doc, node), {}};
        };
        if (const auto memory = number(rule.memoryAttribute))
            c.memoryMb = Sourced<int>{int(std::lround(memory->value)), memory->origin, {}};
        c.maxDurationS = number(rule.durationAttribute);
        if (!rule.publicAttribute.isEmpty()) {
            const YAML::Node flag = attribute(r.attributes, rule.publicAttribute);
            if (flag.IsScalar() && rule.publicValues.contains(text(flag).toLower()))
                c.exposure = Sourced<Exposure>{Exposure::Public, importyaml::origin(r.file, r.doc, flag),
                                               u"%1 is %2"_s.arg(rule.publicAttribute, text(flag).left(40))};
        }
        if (!c.exposure && exposure.contains(r.address))
            c.exposure = exposure.value(r.address);
        c.references = references.value(r.address);
        if (!rule.environmentAttribute.isEmpty()) {
            const YAML::Node env = attribute(r.attributes, rule.environmentAttribute);
            QList<std::pair<QString, YAML::Node>> variables;
            if (env.IsMap()) {
                for (const auto& [key, value] : importyaml::entries(env))
                    variables.append({text(key), value});
            } else if (env.IsSequence()) { // [{name, value}], as Cloud Run and Container Apps list them
                for (const YAML::Node& item : env)
                    variables.append({text(get(item, "name")), get(item, "value")});
            }
            for (const auto& [variable, value] : std::as_const(variables)) {
                if (!value.IsScalar() || variable.isEmpty())
                    continue;
                QStringList forms{text(value)};
                forms += hostsNamedBy(variable, text(value), mapping);
                QStringList targets;
                for (const QString& form : std::as_const(forms)) {
                    for (const QString& target : byIdentifier.value(form.trimmed().toLower())) {
                        // Names repeat across clouds ("orders"); a value names a resource of its own.
                        if (target != r.address && !targets.contains(target) &&
                            byAddress.value(target)->provider == r.provider)
                            targets.append(target);
                    }
                }
                for (const QString& target : std::as_const(targets))
                    c.references.append(ImportedReference{target, u"environment "_s + variable,
                                                          importyaml::origin(r.file, r.doc, value),
                                                          UseMode::Publish});
            }
        }
        out.components.append(c);
    }
}

} // namespace gw
