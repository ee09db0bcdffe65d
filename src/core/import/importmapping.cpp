#include "importmapping.h"

#include "../io/yamldocument_p.h"
#include "../io/yamlmapreader_p.h"
#include "imagereference.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const QString kBuiltInFolder = u":/groundwork/rules/import"_s;

using Key = std::string_view;
constexpr Key kFileKeys[] = {"groundwork-import", "images",    "commands", "environment",
                             "kubernetes",        "terraform", "cpu"};
constexpr Key kTerraformKeys[] = {"providers", "identifiers", "environment_tags", "resources"};
constexpr Key kTerraformResourceKeys[] = {
    "product", "workload", "data",      "channel",        "skip",        "pin",   "engine",
    "engines", "name",     "memory_mb", "max_duration_s", "environment", "public"};
constexpr Key kPublicKeys[] = {"attribute", "values"};
constexpr Key kImageKeys[] = {"match", "product", "data", "channel", "workload", "proxy", "skip", "pin"};
constexpr Key kCommandKeys[] = {"match", "program", "kind"};
constexpr Key kEnvironmentKeys[] = {"host_names"};
constexpr Key kKubernetesKeys[] = {"compute", "workloads"};
constexpr Key kKubernetesWorkloadKeys[] = {"template", "kind", "stateful", "needs_os_control"};
constexpr Key kCpuKeys[] = {"low_below", "high_from"};

// A pattern where '*' stands for any run of characters and nothing else is special, matched whole and
// regardless of case.
QRegularExpression wildcard(const QString& pattern)
{
    QStringList parts = pattern.split(u'*');
    for (QString& part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(u'^' + parts.join(u".*"_s) + u'$', QRegularExpression::CaseInsensitiveOption);
}

QString folderOf(const SourceLocation& location)
{
    return QFileInfo(location.file).path();
}

} // namespace

// Reads one file into the mapping, noting every problem and keeping going.
class ImportMappingReader
{
public:
    ImportMappingReader(ImportMapping& mapping, const QString& file)
        : m_mapping(mapping), m_file(file), m_yaml(file, mapping.m_problems, YamlMapReader::Naming::Labels)
    {
    }

    void read(const QByteArray& bytes)
    {
        const YamlDocument doc = parseYamlDocument(bytes, m_file);
        if (doc.error) {
            m_mapping.m_problems.append(*doc.error);
            return;
        }
        const YamlMap file = m_yaml.map(doc.root, QString(), kFileKeys);
        if (!file.isMap)
            return;
        int version = 0;
        if (m_yaml.requireKey(file, "groundwork-import") &&
            m_yaml.readInt(file, "groundwork-import", version) && version != 1)
            m_yaml.error(file.find("groundwork-import")->value.Mark(), {},
                         u"groundwork-import %1 is not a version this program reads (1)"_s.arg(version));
        const std::vector<YAML::Node> images = m_yaml.list(file, "images");
        for (std::size_t i = 0; i < images.size(); ++i)
            readImage(images[i], int(i));
        const std::vector<YAML::Node> commands = m_yaml.list(file, "commands");
        for (std::size_t i = 0; i < commands.size(); ++i)
            readCommand(commands[i], int(i));
        if (const YamlEntry* e = file.find("environment"))
            readEnvironment(e->value);
        if (const YamlEntry* e = file.find("kubernetes"))
            readKubernetes(e->value);
        if (const YamlEntry* e = file.find("terraform"))
            readTerraform(e->value);
        if (const YamlEntry* e = file.find("cpu"))
            readCpu(e->value);
    }

private:
    // A list of non-empty texts (a single text is a list of one).
    QStringList texts(const YamlMap& map, Key key)
    {
        QStringList out;
        const YamlEntry* e = map.find(key);
        if (!e)
            return out;
        if (e->value.IsScalar()) {
            QString one;
            if (m_yaml.text(e->value, YamlWhere(map, key), one) && !one.trimmed().isEmpty())
                out.append(one.trimmed());
        } else {
            const std::vector<YAML::Node> items = m_yaml.list(map, key);
            for (std::size_t i = 0; i < items.size(); ++i) {
                QString one;
                if (m_yaml.text(items[i], YamlWhere(map, key, int(i)), one) && !one.trimmed().isEmpty())
                    out.append(one.trimmed());
            }
        }
        if (out.isEmpty())
            m_yaml.error(e->value.Mark(), YamlWhere(map, key), u"give at least one pattern"_s);
        return out;
    }

    void readImage(const YAML::Node& node, int index)
    {
        const QString label = YamlMapReader::indexed(u"images"_s, std::size_t(index));
        const YamlMap f = m_yaml.map(node, label, kImageKeys);
        if (!f.isMap)
            return;
        ImageRule rule;
        rule.location = m_yaml.at(f.mark);
        bool ok = m_yaml.requireKey(f, "match") && m_yaml.requireKey(f, "product");
        rule.patterns = texts(f, "match");
        for (const QString& pattern : std::as_const(rule.patterns)) {
            if (!ImageReference::isPattern(pattern)) {
                m_yaml.error(f.find("match")->value.Mark(), YamlWhere(f, "match"),
                             u"%1 is not an image pattern: a repository path without a tag, such as "
                             "'postgres' or 'bitnami/postgresql'"_s.arg(yamlnode::quoted(pattern)));
                ok = false;
            }
        }
        m_yaml.readText(f, "product", rule.product);
        int roles = 0;
        if (f.find("data")) {
            ++roles;
            rule.role = ElementRole::Data;
            ok = m_yaml.readEnum(f, "data", rule.shape) && ok;
        }
        if (f.find("channel")) {
            ++roles;
            rule.role = ElementRole::Channel;
            ok = m_yaml.readEnum(f, "channel", rule.channelKind) && ok;
        }
        if (f.find("workload")) {
            ++roles;
            rule.role = ElementRole::Workload;
            WorkloadKind kind = WorkloadKind::Api;
            ok = m_yaml.readEnum(f, "workload", kind) && ok;
            rule.workloadKind = kind;
        }
        if (f.find("proxy")) {
            ++roles;
            rule.role = ElementRole::Proxy;
            bool proxy = false;
            if (m_yaml.readBool(f, "proxy", proxy) && !proxy) {
                m_yaml.error(f.find("proxy")->value.Mark(), YamlWhere(f, "proxy"),
                             u"write 'proxy: true', or leave the key out"_s);
                ok = false;
            }
        }
        if (f.find("skip")) {
            ++roles;
            rule.role = ElementRole::Skip;
            ok = m_yaml.readText(f, "skip", rule.skipReason) && ok;
        }
        if (roles != 1) {
            m_yaml.error(
                f.mark, label,
                u"say what the image is with exactly one of data, channel, workload, proxy or skip"_s);
            ok = false;
        }
        if (f.find("pin")) {
            ok = m_yaml.readText(f, "pin", rule.pin) && ok;
            if (rule.role != ElementRole::Data && rule.role != ElementRole::Channel) {
                m_yaml.error(f.find("pin")->value.Mark(), YamlWhere(f, "pin"),
                             u"only a data store's or a channel's engine is pinned from its image"_s);
                ok = false;
            }
        }
        if (!ok)
            return;
        QList<QRegularExpression> compiled;
        for (const QString& pattern : std::as_const(rule.patterns))
            compiled.append(wildcard(pattern));
        m_mapping.m_images.append(rule);
        m_mapping.m_imagePatterns.append(compiled);
    }

    void readCommand(const YAML::Node& node, int index)
    {
        const QString label = YamlMapReader::indexed(u"commands"_s, std::size_t(index));
        const YamlMap f = m_yaml.map(node, label, kCommandKeys);
        if (!f.isMap)
            return;
        CommandRule rule;
        rule.location = m_yaml.at(f.mark);
        bool ok =
            m_yaml.requireKey(f, "match") && m_yaml.requireKey(f, "program") && m_yaml.requireKey(f, "kind");
        for (const QString& pattern : texts(f, "match"))
            rule.patterns.append(pattern.toLower().split(u' ', Qt::SkipEmptyParts));
        ok = m_yaml.readText(f, "program", rule.program) && ok;
        ok = m_yaml.readEnum(f, "kind", rule.kind) && ok;
        if (!ok || rule.patterns.isEmpty())
            return;
        QList<QList<QRegularExpression>> compiled;
        for (const QStringList& pattern : std::as_const(rule.patterns)) {
            compiled.emplaceBack();
            for (const QString& word : pattern)
                compiled.back().append(wildcard(word));
        }
        m_mapping.m_commands.append(rule);
        m_mapping.m_commandPatterns.append(compiled);
    }

    void readEnvironment(const YAML::Node& node)
    {
        const YamlMap f = m_yaml.map(node, u"environment"_s, kEnvironmentKeys);
        if (!f.isMap)
            return;
        for (const QString& pattern : texts(f, "host_names"))
            m_mapping.m_hostNames.append(wildcard(pattern));
    }

    void readKubernetes(const YAML::Node& node)
    {
        const YamlMap f = m_yaml.map(node, u"kubernetes"_s, kKubernetesKeys);
        if (!f.isMap)
            return;
        if (const YamlEntry* e = f.find("compute")) {
            QString compute;
            if (m_yaml.readText(f, "compute", compute) &&
                firstDefinition(e->value, m_computeAt, u"compute"_s))
                m_mapping.m_kubernetesCompute = compute;
        }
        const YamlEntry* workloads = f.find("workloads");
        if (!workloads)
            return;
        if (!workloads->value.IsMap()) {
            m_yaml.error(workloads->value.Mark(), u"kubernetes: workloads"_s,
                         u"expected a mapping of kinds (Deployment, Job...) to what they run"_s);
            return;
        }
        for (auto it = workloads->value.begin(); it != workloads->value.end(); ++it) {
            const YAML::Node key = it->first; // copies: `it->` hands out a temporary proxy
            const YAML::Node value = it->second;
            QString kind;
            if (!m_yaml.text(key, u"kubernetes: workloads"_s, kind))
                continue;
            KubernetesWorkloadRule rule;
            if (readKubernetesWorkload(value, kind, rule))
                keep(m_mapping.m_kubernetes, kind, rule, key, u"kubernetes: kind"_s);
        }
    }

    bool readKubernetesWorkload(const YAML::Node& node, const QString& kind, KubernetesWorkloadRule& rule)
    {
        const QString label = u"kubernetes: workloads: %1"_s.arg(kind);
        const YamlMap f = m_yaml.map(node, label, kKubernetesWorkloadKeys);
        if (!f.isMap)
            return false;
        rule.location = m_yaml.at(f.mark);
        bool ok = m_yaml.requireKey(f, "template");
        QString path;
        if (m_yaml.readText(f, "template", path) && path != u"."_s) {
            rule.templatePath = path.split(u'.');
            if (rule.templatePath.contains(QString())) {
                m_yaml.error(f.find("template")->value.Mark(), YamlWhere(f, "template"),
                             u"write the path to the pod template as keys joined by '.' "
                             "(spec.template), or '.' for the object itself"_s);
                ok = false;
            }
        }
        if (f.find("kind")) {
            WorkloadKind fixed = WorkloadKind::Api;
            ok = m_yaml.readEnum(f, "kind", fixed) && ok;
            rule.kind = fixed;
        }
        m_yaml.readBool(f, "stateful", rule.stateful);
        m_yaml.readBool(f, "needs_os_control", rule.needsOsControl);
        return ok;
    }

    void readTerraform(const YAML::Node& node)
    {
        const YamlMap f = m_yaml.map(node, u"terraform"_s, kTerraformKeys);
        if (!f.isMap)
            return;
        if (const YamlEntry* e = f.find("providers")) {
            for (const auto& [key, value] : pairs(e->value, u"terraform: providers"_s)) {
                QString provider;
                Cloud cloud = Cloud::Any;
                if (m_yaml.text(key, u"terraform: providers"_s, provider) &&
                    m_yaml.enumValue(value, QString(u"terraform: providers: "_s + provider), cloud) &&
                    !m_mapping.m_terraformClouds.contains(provider))
                    m_mapping.m_terraformClouds.insert(provider, cloud);
            }
        }
        for (const QString& attribute : texts(f, "identifiers")) {
            if (!m_mapping.m_terraformIdentifiers.contains(attribute))
                m_mapping.m_terraformIdentifiers.append(attribute);
        }
        for (const QString& tag : texts(f, "environment_tags")) {
            if (!m_mapping.m_environmentTags.contains(tag.toLower()))
                m_mapping.m_environmentTags.append(tag.toLower());
        }
        const YamlEntry* resources = f.find("resources");
        if (!resources)
            return;
        for (const auto& [key, value] : pairs(resources->value, u"terraform: resources"_s)) {
            QString type;
            if (!m_yaml.text(key, u"terraform: resources"_s, type))
                continue;
            TerraformResourceRule rule;
            if (readTerraformResource(value, type, rule))
                keep(m_mapping.m_terraform, type, rule, key, u"terraform: resource type"_s);
        }
    }

    // Keeps `rule` for `key` unless one is known: an organisation's folder, read first, overrides the
    // built-in mapping, while the same key twice in one folder is an error at `at`.
    template<typename Rule>
    void keep(QHash<QString, Rule>& rules, const QString& key, const Rule& rule, const YAML::Node& at,
              const QString& what)
    {
        if (const auto known = rules.constFind(key); known != rules.cend()) {
            if (folderOf(known->location) == folderOf(rule.location))
                m_yaml.error(at.Mark(), {},
                             u"%1 '%2' is mapped twice (first at %3:%4)"_s.arg(
                                 what, key, known->location.file, QString::number(known->location.line)));
            return;
        }
        rules.insert(key, rule);
    }

    // The entries of a mapping, or a message when it is something else.
    std::vector<std::pair<YAML::Node, YAML::Node>> pairs(const YAML::Node& node, const QString& where)
    {
        std::vector<std::pair<YAML::Node, YAML::Node>> out;
        if (!node.IsMap()) {
            if (!node.IsNull())
                m_yaml.error(node.Mark(), where,
                             u"expected a mapping, got %1"_s.arg(yamlnode::describe(node)));
            return out;
        }
        for (auto it = node.begin(); it != node.end(); ++it)
            out.emplace_back(it->first, it->second);
        return out;
    }

    bool readTerraformResource(const YAML::Node& node, const QString& type, TerraformResourceRule& rule)
    {
        const QString label = u"terraform: resources: %1"_s.arg(type);
        const YamlMap f = m_yaml.map(node, label, kTerraformResourceKeys);
        if (!f.isMap)
            return false;
        rule.location = m_yaml.at(f.mark);
        bool ok = m_yaml.requireKey(f, "product") && m_yaml.readText(f, "product", rule.product);
        int roles = 0;
        if (f.find("workload")) {
            ++roles;
            rule.role = ElementRole::Workload;
            WorkloadKind kind = WorkloadKind::Api;
            ok = m_yaml.readEnum(f, "workload", kind) && ok;
            rule.workloadKind = kind;
        }
        if (f.find("data")) {
            ++roles;
            rule.role = ElementRole::Data;
            ok = m_yaml.readEnum(f, "data", rule.shape) && ok;
        }
        if (f.find("channel")) {
            ++roles;
            rule.role = ElementRole::Channel;
            ok = m_yaml.readEnum(f, "channel", rule.channelKind) && ok;
        }
        if (f.find("skip")) {
            ++roles;
            rule.role = ElementRole::Skip;
            ok = m_yaml.readText(f, "skip", rule.skipReason) && ok;
        }
        if (roles != 1) {
            m_yaml.error(f.mark, label,
                         u"say what the resource is with exactly one of workload, data, channel or skip"_s);
            ok = false;
        }
        m_yaml.readText(f, "pin", rule.pin);
        m_yaml.readText(f, "engine", rule.engineAttribute);
        if (const YamlEntry* e = f.find("engines")) {
            for (const auto& [key, value] : pairs(e->value, label + u": engines"_s)) {
                QString pattern;
                QString candidate;
                if (m_yaml.text(key, QString(label + u": engines"_s), pattern) &&
                    m_yaml.text(value, QString(label + u": engines: "_s + pattern), candidate))
                    rule.engines.append({pattern, candidate});
            }
            if (rule.engineAttribute.isEmpty()) {
                m_yaml.error(e->value.Mark(), label,
                             u"'engines' needs the 'engine' attribute they are read from"_s);
                ok = false;
            }
        }
        m_yaml.readText(f, "name", rule.nameAttribute);
        m_yaml.readText(f, "memory_mb", rule.memoryAttribute);
        m_yaml.readText(f, "max_duration_s", rule.durationAttribute);
        m_yaml.readText(f, "environment", rule.environmentAttribute);
        if (const YamlEntry* e = f.find("public")) {
            const YamlMap p = m_yaml.map(e->value, label + u": public"_s, kPublicKeys);
            ok = p.isMap && m_yaml.requireKey(p, "attribute") && m_yaml.requireKey(p, "values") &&
                 m_yaml.readText(p, "attribute", rule.publicAttribute) && ok;
            for (const QString& value : texts(p, "values"))
                rule.publicValues.append(value.toLower());
        }
        const bool element = rule.role == ElementRole::Workload || rule.role == ElementRole::Data ||
                             rule.role == ElementRole::Channel;
        if (!element && (f.find("pin") || f.find("engine") || f.find("public"))) {
            m_yaml.error(f.mark, label, u"a skipped resource takes no pin, engine or public"_s);
            ok = false;
        }
        if (rule.role != ElementRole::Workload &&
            (f.find("memory_mb") || f.find("max_duration_s") || f.find("environment") || f.find("public"))) {
            m_yaml.error(f.mark, label,
                         u"memory_mb, max_duration_s, environment and public are a workload's"_s);
            ok = false;
        }
        return ok;
    }

    void readCpu(const YAML::Node& node)
    {
        const YamlMap f = m_yaml.map(node, u"cpu"_s, kCpuKeys);
        if (!f.isMap || !m_yaml.requireKey(f, "low_below") || !m_yaml.requireKey(f, "high_from"))
            return;
        double low = 0;
        double high = 0;
        if (!m_yaml.readNumber(f, "low_below", low) || !m_yaml.readNumber(f, "high_from", high))
            return;
        if (low <= 0 || high <= low || high > 1e6) {
            m_yaml.error(f.mark, u"cpu"_s, u"low_below must be above 0 and below high_from"_s);
            return;
        }
        if (!firstDefinition(f.mark, m_cpuAt, u"cpu"_s))
            return;
        m_mapping.m_cpuLowBelow = low;
        m_mapping.m_cpuHighFrom = high;
    }

    // Whether a single setting given here is the first of its kind; a second one in the same folder is
    // a mistake, one in a later folder is overridden by the organisation's earlier one.
    bool firstDefinition(const YAML::Node& node, SourceLocation& first, const QString& what)
    {
        return firstDefinition(node.Mark(), first, what);
    }
    bool firstDefinition(const YAML::Mark& mark, SourceLocation& first, const QString& what)
    {
        const SourceLocation here = m_yaml.at(mark);
        if (first.isValid()) {
            if (folderOf(first) == folderOf(here))
                m_yaml.error(
                    mark, {},
                    u"%1 is set twice (first at %2:%3)"_s.arg(what, first.file, QString::number(first.line)));
            return false;
        }
        first = here;
        return true;
    }

    ImportMapping& m_mapping;
    QString m_file;
    YamlMapReader m_yaml;
    // Where the single settings were first given, kept across files in the mapping.
    SourceLocation& m_computeAt = m_mapping.m_computeAt;
    SourceLocation& m_cpuAt = m_mapping.m_cpuAt;
};

const ImportMapping& ImportMapping::builtIn()
{
    static const ImportMapping mapping = load({});
    return mapping;
}

ImportMapping ImportMapping::load(const QStringList& folders)
{
    ImportMapping out;
    QStringList all = folders;
    all.append(kBuiltInFolder);
    for (const QString& folder : std::as_const(all)) {
        const QDir dir(folder);
        if (!dir.exists()) {
            Diagnostic d;
            d.location.file = folder;
            d.message = u"no such folder"_s;
            out.m_problems.append(d);
            continue;
        }
        const QStringList names = dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                Diagnostic d;
                d.location.file = file.fileName();
                d.message = u"cannot open: %1"_s.arg(file.errorString());
                out.m_problems.append(d);
                continue;
            }
            out.read(file.readAll(), file.fileName());
        }
    }
    return out;
}

void ImportMapping::read(const QByteArray& yaml, const QString& fileName)
{
    ImportMappingReader(*this, fileName).read(yaml);
}

const ImageRule* ImportMapping::matchImage(const QString& image) const
{
    const ImageReference ref = ImageReference::parse(image);
    if (ref.repository.isEmpty())
        return nullptr;
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        const ImageRule& rule = m_images[i];
        for (qsizetype p = 0; p < rule.patterns.size(); ++p) {
            const QString& subject = rule.patterns[p].contains(u'/') ? ref.repository : ref.lastComponent();
            if (m_imagePatterns[i][p].match(subject).hasMatch())
                return &rule;
        }
    }
    return nullptr;
}

namespace {

// Whether one word of a pattern matches one word of a command.
bool wordMatches(const QString& pattern, const QRegularExpression& compiled, const QString& word)
{
    QString w = word;
    while (w.startsWith(u"./"_s))
        w.remove(0, 2);
    if (compiled.match(w).hasMatch())
        return true;
    const qsizetype slash = w.lastIndexOf(u'/');
    if (slash >= 0 && compiled.match(w.mid(slash + 1)).hasMatch())
        return true;
    return pattern.contains(u'/') && w.endsWith(u'/' + pattern);
}

} // namespace

const CommandRule* ImportMapping::matchCommand(const QStringList& words) const
{
    QStringList candidates;
    for (const QString& word : words) {
        if (!word.startsWith(u'-') && !word.isEmpty())
            candidates.append(word.toLower());
    }
    if (candidates.isEmpty())
        return nullptr;
    for (qsizetype r = 0; r < m_commands.size(); ++r) {
        const CommandRule& rule = m_commands[r];
        for (qsizetype p = 0; p < rule.patterns.size(); ++p) {
            const QStringList& pattern = rule.patterns[p];
            qsizetype next = 0;
            bool all = true;
            for (qsizetype w = 0; w < pattern.size(); ++w) {
                const QString& part = pattern[w];
                const QRegularExpression& compiled = m_commandPatterns[r][p][w];
                while (next < candidates.size() && !wordMatches(part, compiled, candidates[next]))
                    ++next;
                if (next == candidates.size()) {
                    all = false;
                    break;
                }
                ++next;
            }
            if (all)
                return &rule;
        }
    }
    return nullptr;
}

bool ImportMapping::namesHost(const QString& variable) const
{
    for (const QRegularExpression& pattern : m_hostNames) {
        if (pattern.match(variable).hasMatch())
            return true;
    }
    return false;
}

const KubernetesWorkloadRule* ImportMapping::kubernetesWorkload(const QString& kind) const
{
    const auto it = m_kubernetes.constFind(kind);
    return it == m_kubernetes.cend() ? nullptr : &*it;
}

QString TerraformResourceRule::pinFor(const QString& engine) const
{
    for (const auto& [pattern, candidate] : engines) {
        if (wildcard(pattern).match(engine).hasMatch())
            return candidate;
    }
    return pin;
}

const TerraformResourceRule* ImportMapping::terraformResource(const QString& type) const
{
    const auto it = m_terraform.constFind(type);
    return it == m_terraform.cend() ? nullptr : &*it;
}

QStringList ImportMapping::terraformTypes() const
{
    QStringList types = m_terraform.keys();
    types.sort();
    return types;
}

std::optional<Cloud> ImportMapping::terraformCloud(const QString& provider) const
{
    const auto it = m_terraformClouds.constFind(provider);
    return it == m_terraformClouds.cend() ? std::nullopt : std::optional<Cloud>(*it);
}

Level ImportMapping::cpuLevel(double cores) const
{
    if (cores < m_cpuLowBelow.value_or(0.5))
        return Level::Low;
    if (cores >= m_cpuHighFrom.value_or(2.0))
        return Level::High;
    return Level::Medium;
}

} // namespace gw
