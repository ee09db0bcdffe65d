#include "composeimporter.h"

#include "../io/limits.h"
#include "environmenthosts.h"
#include "importmapping.h"
#include "importyaml_p.h"
#include "resourcequantity.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using importyaml::get;
using importyaml::text;

const QString kType = u"Compose service"_s;

struct EnvironmentEntry
{
    QString name;
    QStringList hosts; // what the value names; the value itself is dropped as soon as it is read
    Origin origin;
};

// One service as one file describes it; a later file's description is merged over an earlier one's.
struct Service
{
    QString name;
    Origin origin;
    std::optional<Sourced<QString>> image;
    std::optional<QStringList> command;
    Origin commandOrigin;
    std::optional<QStringList> entrypoint;
    Origin entrypointOrigin;
    QList<Sourced<bool>> ports; // true: reachable beyond the host
    bool exposes = false;
    QList<EnvironmentEntry> environment;
    QStringList envFiles;
    QList<ImportedReference> dependencies; // depends_on and links
    QStringList aliases;                   // container_name, hostname, network aliases
    std::optional<Sourced<QStringList>> profiles;
    std::optional<Sourced<int>> memoryMb;
    std::optional<Sourced<double>> cpus;
    QString extends;          // the service of the same file it extends ('extends: base')
    YAML::Node extendsNode;   // for messages
    bool extendsFile = false; // 'extends: {file: other.yml}', which is not followed
};

// Compose's variable syntax resolved as if no variable were set, because the values of the user's
// environment and .env files are never read: ${VAR:-default} and ${VAR-default} give the default,
// ${VAR}, $VAR, ${VAR:+alt} and ${VAR:?error} nothing, and $$ is a '$'.
QString interpolate(const QString& text, int depth = 0)
{
    if (!text.contains(u'$') || depth > 16)
        return text;
    QString out;
    out.reserve(text.size());
    const auto isNameChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c != u'$' || i + 1 == text.size()) {
            out.append(c);
            ++i;
            continue;
        }
        const QChar next = text[i + 1];
        if (next == u'$') {
            out.append(u'$');
            i += 2;
        } else if (next == u'{') {
            qsizetype end = i + 2;
            int open = 1;
            for (; end < text.size() && open > 0; ++end) {
                if (text[end] == u'{')
                    ++open;
                else if (text[end] == u'}')
                    --open;
            }
            const QString inner = text.mid(i + 2, end - i - 3);
            qsizetype name = 0;
            while (name < inner.size() && isNameChar(inner[name]))
                ++name;
            QStringView op = QStringView(inner).mid(name);
            if (op.startsWith(u':'))
                op = op.mid(1);
            if (op.startsWith(u'-'))
                out.append(interpolate(op.mid(1).toString(), depth + 1));
            i = end;
        } else if (isNameChar(next)) {
            i += 1;
            while (i < text.size() && isNameChar(text[i]))
                ++i;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

QString scalar(const YAML::Node& node)
{
    return interpolate(text(node));
}

bool isLoopback(const QString& address)
{
    return address == u"localhost"_s || address == u"::1"_s || address.startsWith(u"127."_s);
}

class ComposeFileReader
{
public:
    ComposeFileReader(const ImportMapping& mapping, const QString& file, const importyaml::Document& doc,
                      Diagnostics& out)
        : m_mapping(mapping), m_file(file), m_doc(doc), m_out(out)
    {
    }

    Origin at(const YAML::Node& node) const { return importyaml::origin(m_file, m_doc, node); }

    void warn(const YAML::Node& node, const QString& where, const QString& message)
    {
        report(Severity::Warning, node, where, message);
    }
    void error(const YAML::Node& node, const QString& where, const QString& message)
    {
        report(Severity::Error, node, where, message);
    }
    Service read(const QString& name, const YAML::Node& keyNode, const YAML::Node& node)
    {
        Service s;
        s.name = name;
        s.origin = at(keyNode);
        const QString where = u"services.%1"_s.arg(name);
        if (node.IsNull())
            return s;
        if (const YAML::Node image = get(node, "image");
            image.IsScalar() && !scalar(image).trimmed().isEmpty())
            s.image = Sourced<QString>{scalar(image).trimmed(), at(image), {}};
        if (const YAML::Node command = get(node, "command"); command.IsDefined() && !command.IsNull()) {
            s.command = importyaml::words(command, scalar);
            s.commandOrigin = at(command);
        }
        if (const YAML::Node entrypoint = get(node, "entrypoint");
            entrypoint.IsDefined() && !entrypoint.IsNull()) {
            s.entrypoint = importyaml::words(entrypoint, scalar);
            s.entrypointOrigin = at(entrypoint);
        }
        readPorts(get(node, "ports"), where, s);
        if (const YAML::Node expose = get(node, "expose"); expose.IsSequence() && expose.size() > 0)
            s.exposes = true;
        readEnvironment(get(node, "environment"), where, s);
        readEnvFiles(get(node, "env_file"), s);
        readDependencies(get(node, "depends_on"), where, u"depends_on"_s, s);
        readDependencies(get(node, "links"), where, u"links"_s, s);
        readAliases(node, s);
        if (const YAML::Node profiles = get(node, "profiles"); profiles.IsDefined()) {
            Sourced<QStringList> list{{}, at(profiles), {}};
            if (profiles.IsSequence()) {
                for (const YAML::Node& p : profiles)
                    list.value.append(scalar(p));
            } else {
                warn(profiles, where + u".profiles"_s, u"expected a list of profile names; ignored"_s);
            }
            s.profiles = list;
        }
        readResources(node, where, s);
        if (const YAML::Node extends = get(node, "extends"); extends.IsDefined()) {
            s.extendsNode.reset(extends);
            if (extends.IsScalar()) {
                s.extends = scalar(extends).trimmed();
            } else {
                s.extends = scalar(get(extends, "service")).trimmed();
                s.extendsFile = get(extends, "file").IsDefined();
            }
        }
        return s;
    }

private:
    // Messages name keys and services, never a value: an environment or a command can hold a secret.
    void report(Severity severity, const YAML::Node& node, const QString& where, const QString& message)
    {
        if (m_out.size() >= limits::kMaxDiagnostics)
            return;
        Diagnostic d;
        d.severity = severity;
        d.location = SourceLocation{m_file, at(node).line, node.Mark().column + 1};
        d.message = where + u": "_s + message;
        m_out.append(d);
    }

    void readPorts(const YAML::Node& ports, const QString& where, Service& s)
    {
        if (!ports.IsDefined() || ports.IsNull())
            return;
        if (!ports.IsSequence()) {
            warn(ports, where + u".ports"_s, u"expected a list of ports; ignored"_s);
            return;
        }
        for (const YAML::Node& port : ports) {
            QString address;
            QString shown;
            if (port.IsMap()) {
                address = scalar(get(port, "host_ip"));
                shown = scalar(get(port, "published"));
                if (shown.isEmpty())
                    shown = scalar(get(port, "target"));
            } else if (port.IsScalar()) {
                QString spec = scalar(port);
                spec = spec.left(spec.indexOf(u'/') < 0 ? spec.size() : spec.indexOf(u'/'));
                if (spec.startsWith(u'[')) { // "[::1]:8080:80"
                    const qsizetype close = spec.indexOf(u']');
                    address = spec.mid(1, close - 1);
                    spec = spec.mid(close + 2);
                }
                const QStringList parts = spec.split(u':');
                if (parts.size() >= 3)
                    address = parts.first();
                shown = parts.size() >= 2 ? parts[parts.size() - 2] : parts.last();
            } else {
                warn(port, where + u".ports"_s, u"expected a port; ignored"_s);
                continue;
            }
            const bool reachable = !isLoopback(address);
            s.ports.append(Sourced<bool>{reachable, at(port),
                                         reachable ? u"publishes port %1"_s.arg(shown)
                                                   : u"publishes port %1 on %2 only"_s.arg(shown, address)});
        }
    }

    void readEnvironment(const YAML::Node& env, const QString& where, Service& s)
    {
        if (!env.IsDefined() || env.IsNull())
            return;
        const auto add = [&](const QString& name, const QString& value, const Origin& origin) {
            if (name.isEmpty())
                return;
            EnvironmentEntry entry{name, hostsNamedBy(name, value, m_mapping), origin};
            for (EnvironmentEntry& known : s.environment) {
                if (known.name == name) {
                    known = entry;
                    return;
                }
            }
            s.environment.append(entry);
        };
        if (env.IsMap()) {
            for (const auto& [key, value] : importyaml::entries(env))
                add(text(key).trimmed(), value.IsScalar() ? scalar(value) : QString(), at(key));
        } else if (env.IsSequence()) {
            for (const YAML::Node& item : env) {
                const QString entry = text(item);
                const qsizetype equals = entry.indexOf(u'=');
                add((equals < 0 ? entry : entry.left(equals)).trimmed(),
                    equals < 0 ? QString() : interpolate(entry.mid(equals + 1)), at(item));
            }
        } else {
            warn(env, where + u".environment"_s, u"expected a mapping or a list of variables; ignored"_s);
        }
    }

    void readEnvFiles(const YAML::Node& files, Service& s)
    {
        const auto add = [&](const YAML::Node& item) {
            const QString path = item.IsMap() ? scalar(get(item, "path")) : scalar(item);
            if (!path.isEmpty() && !s.envFiles.contains(path))
                s.envFiles.append(path);
        };
        if (files.IsScalar()) {
            add(files);
        } else if (files.IsSequence()) {
            for (const YAML::Node& item : files)
                add(item);
        }
    }

    void readDependencies(const YAML::Node& deps, const QString& where, const QString& via, Service& s)
    {
        if (!deps.IsDefined() || deps.IsNull())
            return;
        const auto add = [&](QString target, const Origin& origin) {
            // "db:database": a link names the service, then the alias it is reached by.
            if (via == u"links"_s && target.contains(u':'))
                target = target.left(target.indexOf(u':'));
            target = target.trimmed();
            if (!target.isEmpty())
                s.dependencies.append(ImportedReference{target, via, origin, std::nullopt});
        };
        if (deps.IsSequence()) {
            for (const YAML::Node& item : deps)
                add(scalar(item), at(item));
        } else if (deps.IsMap() && via == u"depends_on"_s) {
            for (const auto& [key, value] : importyaml::entries(deps))
                add(text(key), at(key));
        } else {
            warn(deps, where + u'.' + via, u"expected a list of service names; ignored"_s);
        }
    }

    void readAliases(const YAML::Node& node, Service& s)
    {
        for (const char* key : {"container_name", "hostname"}) {
            const QString alias = scalar(get(node, key)).trimmed();
            if (!alias.isEmpty())
                s.aliases.append(alias);
        }
        const YAML::Node networks = get(node, "networks");
        if (!networks.IsMap())
            return;
        for (const auto& [name, network] : importyaml::entries(networks)) {
            const YAML::Node aliases = get(network, "aliases");
            if (aliases.IsSequence()) {
                for (const YAML::Node& alias : aliases)
                    s.aliases.append(scalar(alias));
            }
        }
    }

    // Limits first (what the service may use), then reservations (what it is promised).
    void readResources(const YAML::Node& node, const QString& where, Service& s)
    {
        const YAML::Node resources = get(get(node, "deploy"), "resources");
        const YAML::Node limits = get(resources, "limits");
        const YAML::Node reservations = get(resources, "reservations");
        for (const YAML::Node& memory : {get(limits, "memory"), get(node, "mem_limit"),
                                         get(reservations, "memory"), get(node, "mem_reservation")}) {
            if (!memory.IsScalar())
                continue;
            if (const std::optional<int> mib = resourcequantity::composeMebibytes(scalar(memory))) {
                s.memoryMb = Sourced<int>{*mib, at(memory), {}};
                break;
            }
            warn(memory, where, u"a memory size is a number with b, k, m or g; ignored"_s);
        }
        for (const YAML::Node& cpus : {get(limits, "cpus"), get(node, "cpus"), get(reservations, "cpus")}) {
            if (!cpus.IsScalar())
                continue;
            if (const std::optional<double> cores = resourcequantity::cores(scalar(cpus))) {
                s.cpus = Sourced<double>{*cores, at(cpus), {}};
                break;
            }
            warn(cpus, where, u"cpus is a number of cores; ignored"_s);
        }
    }

    const ImportMapping& m_mapping;
    QString m_file;
    const importyaml::Document& m_doc;
    Diagnostics& m_out;
};

void merge(Service& into, const Service& later)
{
    if (later.image)
        into.image = later.image;
    if (later.command) {
        into.command = later.command;
        into.commandOrigin = later.commandOrigin;
    }
    if (later.entrypoint) {
        into.entrypoint = later.entrypoint;
        into.entrypointOrigin = later.entrypointOrigin;
    }
    into.ports.append(later.ports);
    into.exposes = into.exposes || later.exposes;
    for (const EnvironmentEntry& entry : later.environment) {
        bool replaced = false;
        for (EnvironmentEntry& known : into.environment) {
            if (known.name == entry.name) {
                known = entry;
                replaced = true;
            }
        }
        if (!replaced)
            into.environment.append(entry);
    }
    for (const QString& file : later.envFiles) {
        if (!into.envFiles.contains(file))
            into.envFiles.append(file);
    }
    into.dependencies.append(later.dependencies);
    into.aliases.append(later.aliases);
    if (later.profiles)
        into.profiles = later.profiles;
    if (later.memoryMb)
        into.memoryMb = later.memoryMb;
    if (later.cpus)
        into.cpus = later.cpus;
    if (!later.extends.isEmpty()) {
        into.extends = later.extends;
        into.extendsNode.reset(later.extendsNode);
        into.extendsFile = later.extendsFile;
    }
}

// `service` over what it extends in its own file, as Compose resolves 'extends: base': the base's
// values, then the service's own; what a service depends on and its names are its own. A base that
// extends another is resolved first; a chain that loops or runs deeper than the nesting limit is
// reported and cut.
Service withBase(const Service& service, const QList<Service>& file, ComposeFileReader& reader, int depth = 0)
{
    if (service.extends.isEmpty() || service.extendsFile)
        return service;
    const auto base = std::find_if(file.cbegin(), file.cend(),
                                   [&service](const Service& s) { return s.name == service.extends; });
    if (base == file.cend() || base->name == service.name || depth >= limits::kMaxDepth) {
        const QString where = u"services.%1"_s.arg(service.name);
        reader.warn(service.extendsNode, where,
                    base == file.cend()
                        ? u"extends '%1', which this file does not define; ignored"_s.arg(service.extends)
                        : u"'extends' loops or runs too deep; ignored"_s);
        return service;
    }
    Service out = withBase(*base, file, reader, depth + 1);
    out.dependencies.clear();
    out.aliases.clear();
    out.profiles.reset();
    merge(out, service);
    out.name = service.name;
    out.origin = service.origin;
    out.extends.clear();
    return out;
}

} // namespace

struct ComposeImporter::State
{
    const ImportMapping& mapping;
    QStringList profiles;
    QList<Service> services;
    std::optional<Sourced<QString>> projectName;
    QMap<QString, QSet<QString>> declared; // top-level volumes, networks, secrets, configs by name
    QStringList includes;
};

ComposeImporter::ComposeImporter(const ImportMapping& mapping, const QStringList& profiles)
    : m(std::make_unique<State>(State{mapping, profiles, {}, {}, {}, {}}))
{
}

ComposeImporter::~ComposeImporter() = default;

bool ComposeImporter::add(const QByteArray& bytes, const QString& file, Diagnostics& out)
{
    const importyaml::Stream stream = importyaml::parseStream(bytes, file);
    if (stream.error) {
        out.append(*stream.error);
        return false;
    }
    const auto fail = [&](int line, const QString& message) {
        Diagnostic d;
        d.location = SourceLocation{file, line, line > 0 ? 1 : 0};
        d.message = message;
        out.append(d);
        return false;
    };
    if (stream.documents.size() != 1)
        return fail(stream.documents.size() > 1 ? stream.documents[1].firstLine + 1 : 0,
                    u"a Compose file holds one YAML document"_s);
    const importyaml::Document& doc = stream.documents.front();
    ComposeFileReader reader(m->mapping, file, doc, out);
    try {
        if (!doc.root.IsMap())
            return fail(reader.at(doc.root).line, u"a Compose file is a mapping with a 'services' key"_s);
        if (const YAML::Node name = get(doc.root, "name");
            name.IsScalar() && !scalar(name).trimmed().isEmpty())
            m->projectName =
                Sourced<QString>{scalar(name).trimmed(), reader.at(name), u"the project's name"_s};
        for (const char* section : {"volumes", "networks", "secrets", "configs"}) {
            const YAML::Node declared = get(doc.root, section);
            if (!declared.IsMap())
                continue;
            for (const auto& [key, value] : importyaml::entries(declared))
                m->declared[QString::fromLatin1(section)].insert(text(key));
        }
        if (const YAML::Node include = get(doc.root, "include"); include.IsDefined())
            m->includes.append(reader.at(include).toString());
        const YAML::Node services = get(doc.root, "services");
        if (!services.IsDefined() || services.IsNull())
            return true;
        if (!services.IsMap())
            return fail(reader.at(services).line,
                        u"services: expected a mapping of service names to services"_s);
        QList<Service> read;
        for (const auto& [key, value] : importyaml::entries(services)) {
            const QString name = text(key).trimmed();
            if (name.isEmpty() || name.startsWith(u"x-"_s))
                continue;
            if (!value.IsMap() && !value.IsNull()) {
                reader.error(value, u"services.%1"_s.arg(name),
                             u"expected a mapping describing the service"_s);
                continue;
            }
            if (read.size() >= limits::kMaxListItems)
                return fail(reader.at(key).line,
                            u"more than %1 services; refusing to read them"_s.arg(limits::kMaxListItems));
            read.append(reader.read(name, key, value));
        }
        for (const Service& service : std::as_const(read)) {
            const QString& name = service.name;
            auto known = std::find_if(m->services.begin(), m->services.end(),
                                      [&name](const Service& s) { return s.name == name; });
            const Service extended = withBase(service, read, reader);
            if (known == m->services.end()) {
                if (m->services.size() >= limits::kMaxListItems)
                    return fail(service.origin.line,
                                u"more than %1 services; refusing to read them"_s.arg(limits::kMaxListItems));
                m->services.append(extended);
            } else {
                merge(*known, extended);
            }
        }
    } catch (const importyaml::MergeTooDeep& e) {
        return fail(doc.firstLine + e.mark.line + 1,
                    u"merge keys ('<<') nest deeper than %1 levels"_s.arg(limits::kMaxDepth));
    } catch (const YAML::Exception& e) {
        return fail(doc.firstLine + e.mark.line + 1,
                    u"cannot read the file: %1"_s.arg(QString::fromStdString(e.msg)));
    }
    return !hasErrors(out);
}

void ComposeImporter::finish(ImportedSystem& out) const
{
    if (m->projectName)
        out.name = m->projectName;
    const bool everyProfile = m->profiles.contains(u"*"_s);
    QHash<QString, QString> byHost; // a service's name and aliases, lower case -> its name
    for (const Service& s : std::as_const(m->services)) {
        for (const QString& alias : s.aliases)
            byHost.insert(alias.toLower(), s.name);
    }
    for (const Service& s : std::as_const(m->services))
        byHost.insert(s.name.toLower(), s.name); // a service's own name wins over another's alias
    QStringList envFiles;
    for (const Service& s : std::as_const(m->services)) {
        if (s.profiles && !s.profiles->value.isEmpty() && !everyProfile) {
            const bool enabled = std::any_of(s.profiles->value.cbegin(), s.profiles->value.cend(),
                                             [this](const QString& p) { return m->profiles.contains(p); });
            if (!enabled) {
                out.ignored[u"Compose service of a profile not enabled (--profile NAME imports it)"_s] += 1;
                continue;
            }
        }
        ImportedComponent c;
        c.key = s.name;
        c.name = s.name;
        c.label = u"service \"%1\""_s.arg(s.name);
        c.type = kType;
        c.origin = s.origin;
        c.image = s.image;
        c.command = s.entrypoint.value_or(QStringList()) + s.command.value_or(QStringList());
        c.commandOrigin = s.command ? s.commandOrigin : s.entrypointOrigin;
        c.listens = !s.ports.isEmpty() || s.exposes;
        for (const Sourced<bool>& port : s.ports) {
            if (port.value) {
                c.exposure = Sourced<Exposure>{Exposure::Public, port.origin, port.why};
                break;
            }
        }
        c.memoryMb = s.memoryMb;
        c.cpuCores = s.cpus;
        c.references = s.dependencies;
        for (const EnvironmentEntry& entry : s.environment) {
            for (const QString& host : entry.hosts) {
                const auto target = byHost.constFind(host);
                if (target != byHost.cend() && *target != s.name)
                    c.references.append(ImportedReference{*target, u"environment "_s + entry.name,
                                                          entry.origin, std::nullopt});
            }
        }
        for (const QString& file : s.envFiles) {
            if (!envFiles.contains(file))
                envFiles.append(file);
        }
        if (s.extendsFile)
            out.remarks.append(
                u"%1: 'extends' of another file is not followed; what the service inherits from it is not imported"_s
                    .arg(c.label));
        out.components.append(c);
    }
    for (const QString& file : std::as_const(envFiles))
        out.remarks.append(u"env_file %1: not read; values stay out of the model"_s.arg(file));
    for (const QString& include : std::as_const(m->includes))
        out.remarks.append(
            u"%1: 'include' is not followed; name the included files on the command line"_s.arg(include));
    const QMap<QString, QString> labels{{u"configs"_s, u"Compose config"_s},
                                        {u"networks"_s, u"Compose network"_s},
                                        {u"secrets"_s, u"Compose secret (its name only)"_s},
                                        {u"volumes"_s, u"Compose volume"_s}};
    for (auto it = m->declared.cbegin(); it != m->declared.cend(); ++it)
        out.ignored[labels.value(it.key())] += int(it->size());
}

} // namespace gw
