#include "terraformexporter.h"

#include "../rules/candidatename.h"
#include "../rules/familyname.h"
#include "../rules/subject.h"
#include "exportescape.h"
#include "exportview.h"
#include "templatecontext.h"
#include "templaterenderer.h"
#include "terraformdata.h"

#include <QDirIterator>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using exportescape::commentLine;
using exportescape::hclString;

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// What differs between clouds beyond the templates and engines.yaml: region names.
struct CloudProfile
{
    Cloud cloud = Cloud::Aws;
    QString key;           // "aws"
    QString defaultRegion; // when the model names none that fits this cloud
    QRegularExpression regionPattern;
};

CloudProfile profileFor(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Gcp:
        return {cloud, u"gcp"_s, u"us-central1"_s, QRegularExpression(u"^[a-z]+-[a-z]+[0-9]+$"_s)};
    case Cloud::Azure:
        return {cloud, u"azure"_s, u"westeurope"_s, QRegularExpression(u"^[a-z]+[a-z0-9]*$"_s)};
    case Cloud::Aws:
    case Cloud::Any:
        break;
    }
    return {Cloud::Aws, u"aws"_s, u"us-east-1"_s, QRegularExpression(u"^[a-z]{2}(-[a-z]+)+-[0-9]+$"_s)};
}

// A data store's engine on this cloud, from exports/terraform/engines.yaml.
TerraformEngine dataEngine(const QString& cloud, const QString& family, const QString& candidate)
{
    return TerraformData::builtIn().engine(TerraformData::Element::DataStore, cloud, family, candidate);
}

// A channel's engine on this cloud, from exports/terraform/engines.yaml; a channel without a pick takes
// the family its kind implies.
TerraformEngine channelEngine(const QString& cloud, const Channel& c, const QString& family,
                              const QString& candidate)
{
    QString f = family;
    if (f.isEmpty())
        f = c.kind == ChannelKind::Queue   ? families::Queue.text()
            : c.kind == ChannelKind::Topic ? families::PubSub.text()
                                           : families::LogStream.text();
    return TerraformData::builtIn().engine(TerraformData::Element::Channel, cloud, f, candidate,
                                           c.ordering != Ordering::None);
}

// Fargate accepts only some CPU / memory pairs: the CPU level's units, doubled until the memory fits,
// and the memory rounded up to a size that CPU accepts.
std::pair<int, int> fargateSize(Level cpu, int memoryMb)
{
    int units = cpu == Level::Low ? 256 : cpu == Level::Medium ? 512 : 1024;
    while (units < 4096 && memoryMb > units * 8)
        units *= 2;
    int memory = 0;
    if (units == 256)
        memory = memoryMb <= 512 ? 512 : memoryMb <= 1024 ? 1024 : 2048;
    else
        memory = std::max(units * 2, ((memoryMb + 1023) / 1024) * 1024);
    return {units, std::min(memory, units * 8)};
}

// Jurisdictions the region name tells, per cloud; anything else is taken as a region name.
QString residencyPattern(Cloud cloud, const QString& residency)
{
    const QString r = residency.trimmed().toLower();
    static const QHash<QString, QStringList> known{
        {u"eu"_s,
         {u"^eu-"_s, u"^europe-"_s,
          u"^(westeurope|northeurope|francecentral|francesouth|germanywestcentral|germanynorth|"
          u"swedencentral|swedensouth|italynorth|polandcentral|spaincentral|norwayeast|norwaywest|"
          u"switzerlandnorth|switzerlandwest)$"_s}},
        {u"us"_s, {u"^us-"_s, u"^us-"_s, u"^(east|west|central|north|south|westcentral)us[0-9]*$"_s}},
        {u"ca"_s, {u"^ca-"_s, u"^northamerica-northeast"_s, u"^canada(central|east)$"_s}},
    };
    const int index = cloud == Cloud::Gcp ? 1 : cloud == Cloud::Azure ? 2 : 0;
    const auto it = known.constFind(r);
    if (it != known.cend())
        return it->at(index);
    if (profileFor(cloud).regionPattern.match(r).hasMatch())
        return u"^"_s + QRegularExpression::escape(r) + u"$"_s;
    return {};
}

class CloudContext
{
public:
    CloudContext(const ExportView& view, Cloud cloud) : m_view(view), m_profile(profileFor(cloud)) {}

    QVariantMap root() const
    {
        const Model& m = m_view.model();
        QVariantMap c;
        c[u"system_comment"_s] = commentLine(m.system.name);
        c[u"system_name"_s] = hclString(m.system.name);
        c[u"slug"_s] = m_view.slug();
        c[u"namespace_prefix"_s] = m_view.slug();
        c[u"application_zone"_s] = boolText(m_view.hasZone(Zone::Application));
        c[u"data_zone"_s] = boolText(m_view.hasZone(Zone::Data));
        const QString regionFamily =
            m_view.family(Subject::systemId(), DecisionKind::RegionStrategy, families::MultiAz.text());
        const bool multiAz = regionFamily != families::SingleRegion;
        c[u"multi_az"_s] = boolText(multiAz);
        c[u"zone_count"_s] = multiAz ? u"3"_s : u"1"_s;
        c[u"zone_reason"_s] = QString(u"region strategy: "_s + regionFamily);
        const QString edge = m_view.family(Subject::systemId(), DecisionKind::Edge, families::NoEdge.text());
        c[u"api_gateway"_s] = boolText(edge == families::ApiGateway || edge == families::ApiGatewayWithWaf);
        c[u"waf"_s] = boolText(edge == families::ApiGatewayWithWaf);
        c[u"cdn"_s] = boolText(m_view.chosen(Subject::systemId(), DecisionKind::Edge).candidate ==
                               candidates::CdnGatewayWaf);
        c[u"workloads"_s] = workloads();
        c[u"data_stores"_s] = dataStores();
        c[u"channels"_s] = channels();
        QVariantList workloadEdges, dataAccess, channelAccess;
        for (const ExportView::Dependency& d : m_view.dependencies()) {
            if (d.section == ElementRef::Section::Workload)
                workloadEdges.append(QVariantMap{{u"from"_s, hclString(d.from)}, {u"to"_s, hclString(d.to)}});
            else if (d.section == ElementRef::Section::DataStore)
                dataAccess.append(QVariantMap{{u"workload"_s, hclString(d.from)},
                                              {u"store"_s, hclString(d.to)},
                                              {u"access"_s, enumName(d.access)}});
            else
                channelAccess.append(QVariantMap{{u"workload"_s, hclString(d.from)},
                                                 {u"channel"_s, hclString(d.to)},
                                                 {u"mode"_s, enumName(d.mode)}});
        }
        c[u"workload_edges"_s] = workloadEdges;
        c[u"data_access"_s] = dataAccess;
        c[u"channel_access"_s] = channelAccess;
        QVariantList envs;
        QStringList envNames;
        for (const QVariant& e : environments()) {
            envs.append(e);
            envNames.append(e.toMap().value(u"key"_s).toString());
        }
        c[u"environments"_s] = envs;
        c[u"environment_list"_s] = envNames.join(u", "_s);
        c[u"residency_rules"_s] = residencyRules();
        c[u"picks"_s] = picks();
        c[u"manual"_s] = manualNotes();
        c[u"has_manual"_s] = !c[u"manual"_s].toList().isEmpty();
        c[u"cloud"_s] = m_profile.key;
        c[u"cloud_name"_s] = cloudName();
        const Ownership system = systemOwnership();
        c[u"has_owner"_s] = !system.owner.isEmpty();
        c[u"owner"_s] = hclString(system.owner);
        c[u"has_cost_centre"_s] = !system.costCentre.isEmpty();
        c[u"cost_centre"_s] = hclString(system.costCentre);
        c[u"ownership"_s] = ownershipOverrides();
        return c;
    }

    QVariantList environments() const
    {
        const Model& m = m_view.model();
        const QStringList keys = m_view.environmentKeys();
        const bool separateAccounts = m_view.family(Subject::systemId(), DecisionKind::AccountStrategy) ==
                                      families::AccountPerEnvironment;
        QVariantList out;
        for (qsizetype i = 0; i < m.environments.size(); ++i) {
            const Environment& e = m.environments[i];
            QVariantMap env;
            const QString key = keys.value(i);
            env[u"key"_s] = key;
            env[u"file"_s] = key;
            env[u"env_name_comment"_s] = commentLine(e.name);
            env[u"region"_s] = hclString(regionFor(e));
            // The template's section tests it: an empty string would still open it ("(account )").
            if (e.account.isEmpty())
                env[u"account_comment"_s] = false;
            else
                env[u"account_comment"_s] = commentLine(e.account);
            static const QRegularExpression awsAccount(u"^[0-9]{12}$"_s);
            env[u"account_id"_s] = m_profile.cloud == Cloud::Aws && awsAccount.match(e.account).hasMatch()
                                       ? e.account
                                       : QString();
            env[u"account"_s] = hclString(e.account);
            const Ownership system = systemOwnership();
            env[u"has_owner"_s] = !system.owner.isEmpty();
            env[u"has_cost_centre"_s] = !system.costCentre.isEmpty();
            env[u"has_ownership"_s] = !system.isEmpty();
            env[u"vpc_cidr"_s] = u"10.%1.0.0/16"_s.arg(i % 256);
            env[u"registry"_s] = hclString(registryFor(e));
            const QString accountPart = separateAccounts ? key : u"shared"_s;
            env[u"bucket"_s] = hclString(m_view.slug() + u"-"_s + accountPart + u"-tfstate"_s);
            env[u"state_key"_s] = hclString(m_view.slug() + u"/"_s + key + u"/terraform.tfstate"_s);
            env[u"state_place"_s] = separateAccounts ? u"the environment's own account"_s
                                                     : u"the account all environments share"_s;
            static const QRegularExpression guid(
                u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
            env[u"subscription_id"_s] =
                guid.match(e.account.toLower()).hasMatch() ? e.account.toLower() : QString();
            env[u"slug"_s] = m_view.slug();
            env[u"state_account"_s] = QString(QString(m_view.slug()).remove(u'-').left(17) + u"tfstate"_s);
            env[u"project"_s] = hclString(e.account.isEmpty() ? m_view.slug() + u"-"_s + key : e.account);
            out.append(env);
        }
        return out;
    }

private:
    // A tag or label value as this cloud accepts it.
    QString tagValue(const QString& text) const
    {
        switch (m_profile.cloud) {
        case Cloud::Gcp:
            return exportescape::gcpLabelValue(text);
        case Cloud::Azure:
            return exportescape::azureTagValue(text);
        case Cloud::Aws:
        case Cloud::Any:
            break;
        }
        return exportescape::awsTagValue(text);
    }

    // The system's owner and cost centre in this cloud's tag or label form; empty when the model names
    // none (the variables then have no default and each environment sets them).
    Ownership systemOwnership() const
    {
        const Ownership& o = m_view.model().system.ownership;
        return {tagValue(o.owner), tagValue(o.costCentre)};
    }

    // The workloads, data stores and channels whose owner or cost centre is not the system's: their
    // resources carry these instead. A field the element leaves empty is the system's, which is the
    // variable when the model names none either.
    QVariantList ownershipOverrides() const
    {
        const Ownership system = systemOwnership();
        QVariantList out;
        const auto add = [&](const QString& id, const Ownership& own) {
            const Ownership mine{tagValue(own.owner), tagValue(own.costCentre)};
            if (mine.isEmpty() || mine.orElse(system) == system)
                return;
            const Ownership resolved = mine.orElse(system);
            const auto value = [](const QString& v, const QString& variable) {
                return v.isEmpty() ? variable : QString(u"\""_s + hclString(v) + u"\""_s);
            };
            out.append(QVariantMap{{u"key"_s, hclString(id)},
                                   {u"owner"_s, value(resolved.owner, u"var.owner"_s)},
                                   {u"cost_centre"_s, value(resolved.costCentre, u"var.cost_centre"_s)}});
        };
        for (const Workload& w : m_view.model().workloads)
            add(w.id, w.ownership);
        for (const DataStore& d : m_view.model().data)
            add(d.id, d.ownership);
        for (const Channel& c : m_view.model().channels)
            add(c.id, c.ownership);
        return out;
    }

    QString cloudName() const
    {
        return m_profile.cloud == Cloud::Gcp     ? u"Google Cloud"_s
               : m_profile.cloud == Cloud::Azure ? u"Azure"_s
                                                 : u"AWS"_s;
    }

    QString regionFor(const Environment& e) const { return m_view.regionFor(e, m_profile.cloud); }
    QString registryFor(const Environment& e) const { return m_view.imageRegistry(e, m_profile.cloud); }

    QVariantList workloads() const
    {
        QVariantList out;
        for (const Workload& w : m_view.model().workloads) {
            const Pick p = m_view.chosen(w.id, DecisionKind::Compute);
            const ExportView::Capacity cap = m_view.capacity(w);
            const auto [units, memory] = fargateSize(w.cpu, w.memoryMb);
            QVariantMap v;
            v[u"key"_s] = hclString(w.id);
            v[u"name"_s] = hclString(w.displayName());
            v[u"kind"_s] = enumName(w.kind);
            v[u"family"_s] = hclString(p.isValid() ? p.family : families::Containers.text());
            v[u"candidate"_s] = hclString(p.isValid() ? p.candidate : candidates::ManagedContainers.text());
            v[u"exposed"_s] = boolText(m_view.isExposed(w));
            v[u"exposure"_s] = enumName(w.exposure);
            v[u"criticality"_s] = enumName(w.criticality);
            v[u"cpu_units"_s] = QString::number(units);
            v[u"cpu_level"_s] = enumName(w.cpu);
            v[u"memory_mb"_s] = QString::number(memory);
            v[u"gpu"_s] = boolText(w.gpu);
            v[u"port"_s] = QString::number(ExportView::kServicePort);
            v[u"min_capacity"_s] = QString::number(cap.min);
            v[u"max_capacity"_s] = QString::number(cap.max);
            v[u"timeout_s"_s] = QString::number(static_cast<int>(std::ceil(w.maxDurationS.value_or(30.0))));
            out.append(v);
        }
        return out;
    }

    // A data store's pick, its family (from the shape when nothing was picked) and the engine that
    // family runs on this cloud.
    struct DataPick
    {
        Pick pick;
        QString family;
        TerraformEngine engine;
    };
    DataPick dataPickOf(const DataStore& d) const
    {
        Pick p = m_view.chosen(d.id, DecisionKind::Database);
        QString family = p.isValid() ? p.family : ExportView::familyForShape(d.shape);
        TerraformEngine engine = dataEngine(m_profile.key, family, p.candidate);
        return {std::move(p), std::move(family), std::move(engine)};
    }

    QVariantList dataStores() const
    {
        QVariantList out;
        for (const DataStore& d : m_view.model().data) {
            const auto [p, family, engine] = dataPickOf(d);
            QVariantMap v;
            v[u"key"_s] = hclString(d.id);
            v[u"name"_s] = hclString(d.displayName());
            v[u"family"_s] = hclString(family);
            v[u"candidate"_s] = hclString(p.candidate);
            v[u"engine"_s] = engine.name;
            v[u"networked"_s] = boolText(engine.networked);
            v[u"port"_s] = QString::number(engine.port);
            v[u"sensitivity"_s] = enumName(d.sensitivity);
            v[u"size_gb"_s] = number(d.sizeGb.value_or(10.0));
            v[u"multi_region"_s] = boolText(d.multiRegion);
            v[u"retention_days"_s] = QString::number(d.retentionDays.value_or(0));
            out.append(v);
        }
        return out;
    }

    QVariantList channels() const
    {
        QVariantList out;
        for (const Channel& ch : m_view.model().channels) {
            const Pick p = m_view.chosen(ch.id, DecisionKind::Messaging);
            QVariantMap v;
            v[u"key"_s] = hclString(ch.id);
            v[u"name"_s] = hclString(ch.displayName());
            v[u"family"_s] = hclString(p.family);
            v[u"candidate"_s] = hclString(p.candidate);
            v[u"engine"_s] = channelEngine(m_profile.key, ch, p.family, p.candidate).name;
            v[u"retention_hours"_s] = number(ch.retentionHours.value_or(96.0));
            v[u"ordered"_s] = boolText(ch.ordering != Ordering::None);
            QStringList consumers;
            for (const QString& id : m_view.consumersOf(ch.id))
                consumers.append(hclString(id));
            v[u"consumers"_s] = consumers;
            out.append(v);
        }
        return out;
    }

    QVariantList residencyRules() const
    {
        QVariantList out;
        QSet<QString> seen;
        for (const DataStore& d : m_view.model().data) {
            if (d.residency.isEmpty() || seen.contains(d.residency.toLower()))
                continue;
            const QString pattern = residencyPattern(m_profile.cloud, d.residency);
            if (pattern.isEmpty())
                continue;
            seen.insert(d.residency.toLower());
            QVariantMap r;
            r[u"store_comment"_s] = commentLine(d.id);
            r[u"residency_comment"_s] = commentLine(d.residency);
            r[u"region_pattern"_s] = hclString(pattern);
            r[u"message"_s] =
                hclString(u"Data store %1 must stay in %2: choose a region there."_s.arg(d.id, d.residency));
            out.append(r);
        }
        return out;
    }

    QVariantList picks() const
    {
        QVariantList out;
        for (const DecisionResult& d : m_view.recommendations().decisions) {
            if (d.kind != DecisionKind::Compute && d.kind != DecisionKind::Database &&
                d.kind != DecisionKind::Messaging && d.kind != DecisionKind::Edge &&
                d.kind != DecisionKind::AccountStrategy && d.kind != DecisionKind::RegionStrategy)
                continue;
            if (!d.chosen.isValid())
                continue;
            QVariantMap p;
            p[u"subject"_s] = d.subject;
            p[u"kind"_s] = enumName(d.kind);
            p[u"candidate"_s] = d.chosen.candidate;
            p[u"service"_s] = QString(d.chosen.services.on(m_profile.cloud)).replace(u'|', u'/');
            p[u"pinned"_s] = d.pinned.has_value();
            out.append(p);
        }
        return out;
    }

    // What the skeleton leaves to the team, said rather than hidden; the words are in
    // exports/terraform/notes.yaml, the cases here and in the engines' rows.
    QVariantList manualNotes() const
    {
        const TerraformData& data = TerraformData::builtIn();
        QVariantList out;
        const auto note = [&out, &data](const QString& key, const QString& id = {},
                                        const QString& candidate = {}) {
            out.append(
                QVariantMap{{u"text"_s, data.note(key, {{u"id"_s, id}, {u"candidate"_s, candidate}})}});
        };
        for (const DataStore& d : m_view.model().data) {
            const auto [p, family, engine] = dataPickOf(d);
            if (!engine.note.isEmpty())
                note(engine.note, d.id, p.candidate);
        }
        for (const Channel& c : m_view.model().channels) {
            const Pick p = m_view.chosen(c.id, DecisionKind::Messaging);
            const TerraformEngine engine = channelEngine(m_profile.key, c, p.family, p.candidate);
            if (!engine.note.isEmpty())
                note(engine.note, c.id, p.candidate);
        }
        // A pick of any decision, a pack's own kinds too, that notes.yaml says something about: its
        // "<cloud>/<kind>/<candidate>" note, else its "<kind>/<candidate>" note.
        for (const DecisionResult& d : m_view.recommendations().decisions) {
            if (!d.chosen.isValid())
                continue;
            const QString pick = d.kind.name() + u'/' + d.chosen.candidate;
            const QVariantMap values{
                {u"id"_s, d.subject},
                {u"candidate"_s, d.chosen.candidate},
                {u"service"_s, QString(d.chosen.services.on(m_profile.cloud)).replace(u'|', u'/')}};
            QString text = data.note(m_profile.key + u'/' + pick, values);
            if (text.isEmpty())
                text = data.note(pick, values);
            if (!text.isEmpty())
                out.append(QVariantMap{{u"text"_s, text}});
        }
        if (m_profile.cloud == Cloud::Azure) {
            for (const Workload& w : m_view.model().workloads) {
                const Pick p = m_view.chosen(w.id, DecisionKind::Compute);
                if (p.family == families::Accelerated)
                    note(u"azure-ml-endpoint"_s, w.id, p.candidate);
                else if (m_view.isExposed(w) && p.candidate == candidates::Kubernetes)
                    note(u"azure-exposed-aks"_s, w.id);
                else if (m_view.isExposed(w) && p.family == families::Vm)
                    note(u"azure-exposed-vm"_s, w.id);
            }
            const QString edge =
                m_view.family(Subject::systemId(), DecisionKind::Edge, families::NoEdge.text());
            if (edge == families::ApiGateway || edge == families::ApiGatewayWithWaf)
                note(u"azure-api-management"_s);
            note(u"azure-https-listener"_s);
        }
        if (m_profile.cloud == Cloud::Aws) {
            for (const Workload& w : m_view.model().workloads) {
                const Pick p = m_view.chosen(w.id, DecisionKind::Compute);
                if (m_view.isExposed(w) && p.candidate == candidates::Kubernetes)
                    note(u"aws-exposed-eks"_s, w.id);
            }
        }
        if (m_profile.cloud == Cloud::Gcp) {
            const QString edge =
                m_view.family(Subject::systemId(), DecisionKind::Edge, families::NoEdge.text());
            if (edge == families::ApiGateway || edge == families::ApiGatewayWithWaf)
                note(u"gcp-api-gateway"_s);
            for (const Workload& w : m_view.model().workloads) {
                const Pick p = m_view.chosen(w.id, DecisionKind::Compute);
                if (m_view.isExposed(w) && p.family != families::Serverless &&
                    p.candidate != candidates::ManagedContainers)
                    note(u"gcp-exposed-other"_s, w.id, p.candidate);
            }
        }
        for (const DataStore& d : m_view.model().data) {
            if (d.residency.isEmpty() || !residencyPattern(m_profile.cloud, d.residency).isEmpty())
                continue;
            out.append(QVariantMap{
                {u"text"_s, data.note(u"residency-unchecked"_s,
                                      {{u"id"_s, d.id}, {u"residency"_s, commentLine(d.residency)}})}});
        }
        return out;
    }

    const ExportView& m_view;
    CloudProfile m_profile;
};

// Every template under exports/terraform/<cloud>/ but the per-environment ones, by relative path.
QStringList cloudTemplates(const QString& cloud)
{
    const QString base = u":/groundwork/exports/terraform/"_s + cloud + u"/"_s;
    QStringList out;
    QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next().mid(base.size());
        if (!path.startsWith(u"environment."_s))
            out.append(path);
    }
    out.sort();
    return out;
}

} // namespace

ExportFiles TerraformExporter::generate(const ExportInput& input) const
{
    const ExportView view(input);
    ExportFiles files;
    for (const Cloud cloud : view.clouds()) {
        const CloudContext context(view, cloud);
        const QString key = profileFor(cloud).key;
        if (!TemplateRenderer::exists(u"terraform/"_s + key + u"/main.tf.mustache"_s))
            continue; // a cloud without templates yet
        const QString folder = u"terraform/"_s + key + u"/"_s;
        const QVariantMap root = context.root();
        // Converted once: the same few thousand values fill every file of the cloud.
        const TemplateContext converted(root);
        for (const QString& name : cloudTemplates(key)) {
            const QString templateName = u"terraform/"_s + key + u"/"_s + name;
            QString out = name;
            out.chop(QStringLiteral(".mustache").size());
            files.push_back({folder + out, TemplateRenderer::render(templateName, converted)});
        }
        files.push_back({folder + u"README.md"_s,
                         TemplateRenderer::render(u"terraform/README.md.mustache"_s, converted)});
        for (const QVariant& e : context.environments()) {
            QVariantMap env = e.toMap();
            const QString file = env.value(u"file"_s).toString();
            env.insert(u"system_comment"_s, root.value(u"system_comment"_s));
            files.push_back(
                {folder + u"environments/"_s + file + u".tfvars"_s,
                 TemplateRenderer::render(u"terraform/"_s + key + u"/environment.tfvars.mustache"_s, env)});
            files.push_back({folder + u"environments/"_s + file + u".backend.hcl"_s,
                             TemplateRenderer::render(
                                 u"terraform/"_s + key + u"/environment.backend.hcl.mustache"_s, env)});
        }
    }
    return files;
}

} // namespace gw
