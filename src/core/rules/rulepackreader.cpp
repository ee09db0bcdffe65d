#include "rulepackreader.h"

#include "../io/limits.h"
#include "../io/suggestion.h"
#include "../io/yamldocument_p.h"
#include "../io/yamlmapreader_p.h"
#include "../io/yamlscalar.h"
#include "../model/team.h"
#include "rulelimits.h"
#include "rulepackloader.h"
#include "tenths.h"

#include <QRegularExpression>

#include <algorithm>
#include <string_view>

namespace gw {

const QStringList& briefSections()
{
    static const QStringList sections{
        QStringLiteral("Designing Cloud Infrastructure for Real-World Scalability"),
        QStringLiteral("Compute: Matching Workloads to Execution Models"),
        QStringLiteral("Multi-Environment and Multi-Account Strategy"),
        QStringLiteral("Network and Security: Designing Safe, Fast Pathways"),
        QStringLiteral("Data Architecture as a First-Class Infrastructure Concern"),
        QStringLiteral("Observability, Reliability, and Cost Awareness"),
        QStringLiteral("Choosing a Backend Stack That Aligns With Cloud Realities"),
        QStringLiteral("Language and Runtime: Performance, Ecosystem, and Operational Fit"),
        QStringLiteral("Frameworks and Architectural Style"),
        QStringLiteral("Databases and Storage: Aligning Stack Choices With Data Strategy"),
        QStringLiteral("API Design and Contracts"),
        QStringLiteral("Deployment Pipelines, Testing, and Developer Experience"),
        QStringLiteral("Matching Stack Choices to Business and Team Realities"),
    };
    return sections;
}

QString checkSource(const QString& source)
{
    if (source.trimmed().isEmpty())
        return QStringLiteral("a source is required (an http(s) URL, or \"brief: <section heading>\")");
    if (source.startsWith(QStringLiteral("https://")) || source.startsWith(QStringLiteral("http://"))) {
        if (source.contains(u' '))
            return QStringLiteral("the source URL contains a space");
        return {};
    }
    if (source.startsWith(QStringLiteral("brief:"))) {
        const QString heading = source.mid(6).trimmed();
        if (heading.size() >= 4) {
            for (const QString& s : briefSections()) {
                if (s.startsWith(heading, Qt::CaseInsensitive))
                    return {};
            }
        }
        QStringList starts;
        for (const QString& s : briefSections())
            starts.append(s.section(u':', 0, 0).section(QStringLiteral(", "), 0, 0));
        const QString hint = closestMatch(heading, starts);
        return QStringLiteral("'%1' is not a section of the product brief%2").arg(heading, didYouMean(hint));
    }
    return QStringLiteral("'%1' is neither an http(s) URL nor \"brief: <section heading>\"")
        .arg(source.left(60));
}

namespace {

using Key = std::string_view;
using ScalarType = yamlscalar::Type;
using yamlnode::classify;
using yamlnode::quoted;

using Fields = YamlMap;
using Entry = YamlEntry;
constexpr auto isNumber = &YamlMapReader::isNumber;
constexpr auto isBool = &YamlMapReader::isBool;

// Where a kind that gives no `order` is listed: after the built-in ones.
constexpr int kDefaultKindOrder = 1000;

const QRegularExpression& candidateIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return re;
}

const QRegularExpression& ruleIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$"));
    return re;
}

// What a condition is parsed for: which facts it may read and how it is labelled in messages.
struct ConditionContext
{
    QString label; // "rule 'compute.x'"
    SubjectKind subject = SubjectKind::System;
    bool finding = false;
    std::optional<DecisionKind> candidateKind; // the kind `candidate.*` refers to; nullopt: not allowed
    int tests = 0;
    bool tooMany = false;
};

class PackReader
{
public:
    PackReader(const QString& file, Diagnostics& out, const DecisionKinds& kinds)
        : m_file(file), m_out(out), m_yaml(file, out, YamlMapReader::Naming::Labels), m_kinds(kinds)
    {
    }

    RulePack read(const YAML::Node& root);
    // The first pass over all packs, before every kind is known: moot_when, which reads other kinds'
    // choices, waits for the full read.
    void readDecisionOnly(const YAML::Node& node, RulePack& pack)
    {
        m_headerPass = true;
        readDecision(node, pack);
    }

private:
    SourceLocation at(const YAML::Mark& mark) const { return m_yaml.at(mark); }
    // Messages here carry their label already.
    void error(const YAML::Mark& mark, const QString& message) { m_yaml.error(mark, {}, message); }
    void warning(const YAML::Mark& mark, const QString& message) { m_yaml.warning(mark, {}, message); }

    Fields fields(const YAML::Node& node, const QString& label, std::initializer_list<Key> allowed)
    {
        return m_yaml.map(node, label, std::span<const Key>(allowed.begin(), allowed.size()));
    }
    bool requireKey(const Fields& f, Key key) { return m_yaml.requireKey(f, key); }
    // Text is trimmed; an unquoted "brief: ..." (which reads as a mapping) is told to be quoted.
    bool text(const YAML::Node& node, const QString& what, QString& out);
    bool readText(const Fields& f, Key key, QString& out);
    // A list of ids (lower-case words joined by '-'), each at most once; true when every item is one.
    bool readIds(const Fields& f, Key key, const QString& what, QStringList& out);
    // The required `id`, checked against `pattern`; on success `label` becomes "<noun> '<id>'" for the
    // messages that follow.
    bool readId(Fields& f, const QRegularExpression& pattern, const QString& patternRule, const QString& noun,
                QString& label, QString& out);
    bool readBool(const Fields& f, Key key, bool& out) { return m_yaml.readBool(f, key, out); }
    std::vector<YAML::Node> list(const Fields& f, Key key) { return m_yaml.list(f, key); }
    template<typename E> bool enumValue(const YAML::Node& node, const QString& what, E& out)
    {
        return m_yaml.enumValue(node, what, out);
    }
    bool readSource(const Fields& f, const QString& label, QString& out, bool required);
    // A kind some pack of the catalog declares.
    bool kindValue(const YAML::Node& node, const QString& what, DecisionKind& out);

    void readDecision(const YAML::Node& node, RulePack& pack);

    void readCandidate(const YAML::Node& node, int index, RulePack& pack);
    bool readScore(const YAML::Node& node, const YAML::Mark& keyMark, const QString& label,
                   AttributeScore& out);
    // A service: its name, or a mapping with the name, lifecycle, limits, features and when checked.
    bool readOffering(const YAML::Node& node, const QString& what, QString& name, CloudOffering& out);
    bool readDate(const Fields& f, Key key, const QString& what, QDate& out);
    void readRule(const YAML::Node& node, int index, RulePack& pack);
    bool readEffect(const YAML::Node& node, const QString& label, DecisionKind kind, Effect& out);
    void readFinding(const YAML::Node& node, int index, RulePack& pack);
    void checkPlaceholders(const Entry& e, const QString& label, SubjectKind subject, bool hasAbout);

    // `node` is a mapping whose entries all hold (all / any / not, or a fact path with its test).
    Condition readCondition(const YAML::Node& node, ConditionContext& ctx, int depth, bool& ok);
    bool readTests(const QString& pathName, const YAML::Mark& keyMark, const YAML::Node& value,
                   ConditionContext& ctx, QList<Condition>& out);
    bool readOperand(const FactInfo& info, const FactPath& path, ConditionOp op, const YAML::Node& value,
                     ConditionContext& ctx, const QString& pathName, Operand& out);
    // `{fact: <number fact>}`: the bound is another fact of the subject or the candidate.
    bool factOperand(const YAML::Node& value, ConditionContext& ctx, const QString& what, ConditionOp op,
                     Operand& out);
    bool enumOperand(const FactInfo& info, const YAML::Node& item, const QString& what, quint64& bits);

    bool stopped() const { return m_yaml.stopped(); }

    QString m_file;
    Diagnostics& m_out;
    YamlMapReader m_yaml;
    DecisionKinds m_kinds; // those known, with the pack's own once read
    bool m_headerPass = false;
};

bool PackReader::text(const YAML::Node& node, const QString& what, QString& out)
{
    // "source: brief: Compute" unquoted reads as a mapping.
    if (node.IsMap() && node.size() == 1 && node.begin()->first.IsScalar() &&
        node.begin()->first.Scalar() == "brief") {
        error(node.Mark(), QStringLiteral("%1: expected text, got %2; quote it: \"brief: ...\"")
                               .arg(what, yamlnode::describe(node)));
        return false;
    }
    if (!m_yaml.text(node, what, out))
        return false;
    out = out.trimmed();
    return true;
}

QString ruleIdRule()
{
    return QStringLiteral("must be lower-case words of letters, digits and '-', joined by '.'");
}

QString candidateIdRule()
{
    return QStringLiteral("must be lower-case letters, digits and '-', starting with a letter");
}

bool PackReader::readId(Fields& f, const QRegularExpression& pattern, const QString& patternRule,
                        const QString& noun, QString& label, QString& out)
{
    if (!requireKey(f, "id") || !readText(f, "id", out))
        return false;
    if (!pattern.match(out).hasMatch()) {
        error(f.find("id")->value.Mark(),
              QStringLiteral("%1: id %2 %3").arg(label, quoted(out), patternRule));
        return false;
    }
    label = QStringLiteral("%1 '%2'").arg(noun, out);
    f.where = label; // the keys read after the id are reported under it
    return true;
}

bool PackReader::readText(const Fields& f, Key key, QString& out)
{
    if (!m_yaml.readText(f, key, out))
        return false;
    out = out.trimmed();
    return true;
}

bool PackReader::readIds(const Fields& f, Key key, const QString& what, QStringList& out)
{
    const std::vector<YAML::Node> items = list(f, key);
    if (items.size() > static_cast<std::size_t>(limits::kMaxCandidates)) {
        error(f.find(key)->value.Mark(),
              QStringLiteral("%1: at most %2 items").arg(what).arg(limits::kMaxCandidates));
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(what).arg(i);
        QString id;
        if (!text(items[i], item, id)) {
            ok = false;
        } else if (!candidateIdPattern().match(id).hasMatch()) {
            error(items[i].Mark(), QStringLiteral("%1: %2 %3").arg(item, quoted(id), candidateIdRule()));
            ok = false;
        } else if (out.contains(id)) {
            error(items[i].Mark(), QStringLiteral("%1: %2 is listed twice").arg(item, quoted(id)));
            ok = false;
        } else {
            out.append(id);
        }
    }
    return ok;
}

bool PackReader::kindValue(const YAML::Node& node, const QString& what, DecisionKind& out)
{
    const QStringList names = m_kinds.names();
    std::vector<std::string> latin1;
    latin1.reserve(std::size_t(names.size()));
    for (const QString& n : names)
        latin1.push_back(n.toStdString());
    const std::vector<std::string_view> views(latin1.begin(), latin1.end());
    std::size_t index = 0;
    if (!m_yaml.enumIndex(node, what, views, index))
        return false;
    out = m_kinds.all()[qsizetype(index)].kind;
    return true;
}

bool PackReader::readSource(const Fields& f, const QString& label, QString& out, bool required)
{
    const Entry* e = f.find("source");
    if (!e) {
        if (required)
            error(f.mark,
                  QStringLiteral("%1: missing required key 'source' (an http(s) URL, or \"brief: <section "
                                 "heading>\")")
                      .arg(label));
        return false;
    }
    if (!text(e->value, label + QStringLiteral(": source"), out))
        return false;
    const QString problem = checkSource(out);
    if (!problem.isEmpty()) {
        error(e->value.Mark(), QStringLiteral("%1: source: %2").arg(label, problem));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------

RulePack PackReader::read(const YAML::Node& root)
{
    RulePack pack;
    pack.file = m_file;
    pack.location = at(root.Mark());
    if (root.IsNull()) {
        error(root.Mark(),
              QStringLiteral("the file is empty; a rule pack starts with 'groundwork-rules: 1' and "
                             "'pack: <id>'"));
        return pack;
    }
    const QString top = QStringLiteral("rule pack");
    if (!root.IsMap()) {
        error(root.Mark(),
              QStringLiteral("a rule pack is a mapping that starts with 'groundwork-rules: 1', got %1")
                  .arg(yamlnode::describe(root)));
        return pack;
    }
    const Fields f = fields(root, top,
                            {"groundwork-rules", "pack", "description", "decision", "candidates", "rules",
                             "findings", "disable"});
    if (requireKey(f, "groundwork-rules")) {
        const Entry* e = f.find("groundwork-rules");
        double version = 0;
        if (!isNumber(e->value, version) || version != std::floor(version) || version < 1) {
            error(e->value.Mark(), QStringLiteral("groundwork-rules: expected the format version 1, got %1")
                                       .arg(yamlnode::describe(e->value)));
        } else if (version > RulePack::kFormatVersion) {
            error(e->value.Mark(),
                  QStringLiteral("groundwork-rules: format version %1 is newer than this Groundwork "
                                 "reads (%2); upgrade Groundwork")
                      .arg(e->value.Scalar().size() > 9 ? QStringLiteral("(huge)")
                                                        : QString::fromStdString(e->value.Scalar()))
                      .arg(RulePack::kFormatVersion));
            return pack; // a newer format's keys would only add noise
        }
    }
    if (requireKey(f, "pack") && readText(f, "pack", pack.id)) {
        if (!ruleIdPattern().match(pack.id).hasMatch()) {
            error(f.find("pack")->value.Mark(),
                  QStringLiteral("pack: %1 is not a valid id (lower-case letters, digits, '-' and '.')")
                      .arg(quoted(pack.id)));
            pack.id.clear();
        }
    }
    readText(f, "description", pack.description);
    if (const Entry* e = f.find("decision"))
        readDecision(e->value, pack);

    const std::vector<YAML::Node> candidates = list(f, "candidates");
    for (std::size_t i = 0; i < candidates.size() && !stopped(); ++i)
        readCandidate(candidates[i], static_cast<int>(i), pack);
    const std::vector<YAML::Node> rules = list(f, "rules");
    for (std::size_t i = 0; i < rules.size() && !stopped(); ++i)
        readRule(rules[i], static_cast<int>(i), pack);
    const std::vector<YAML::Node> findings = list(f, "findings");
    for (std::size_t i = 0; i < findings.size() && !stopped(); ++i)
        readFinding(findings[i], static_cast<int>(i), pack);
    const std::vector<YAML::Node> disable = list(f, "disable");
    for (std::size_t i = 0; i < disable.size() && !stopped(); ++i) {
        QString id;
        if (text(disable[i], QStringLiteral("disable[%1]").arg(i), id))
            pack.disable.append(RulePack::Disable{id, at(disable[i].Mark())});
    }
    if (candidates.size() > static_cast<std::size_t>(limits::kMaxCandidates) ||
        rules.size() + findings.size() > static_cast<std::size_t>(limits::kMaxRules)) {
        error(root.Mark(), QStringLiteral("the pack holds more than %1 candidates or %2 rules; refusing it")
                               .arg(limits::kMaxCandidates)
                               .arg(limits::kMaxRules));
        pack.candidates.clear();
        pack.rules.clear();
        pack.findings.clear();
    }
    return pack;
}

void PackReader::readDecision(const YAML::Node& node, RulePack& pack)
{
    const QString label = QStringLiteral("decision");
    const Fields f = fields(node, label,
                            {"kind", "subject", "label", "order", "families", "simplicity", "applies_when",
                             "moot_when", "follows"});
    if (!f.isMap)
        return;
    DecisionKindInfo info;
    info.location = at(node.Mark());
    info.pack = pack.id;
    bool ok = true;
    QString id;
    if (requireKey(f, "kind") && readText(f, "kind", id)) {
        if (!candidateIdPattern().match(id).hasMatch()) {
            error(f.find("kind")->value.Mark(),
                  QStringLiteral("%1: kind: %2 %3").arg(label, quoted(id), candidateIdRule()));
            ok = false;
        }
        info.kind = DecisionKind::fromId(id);
    } else {
        ok = false;
    }
    if (requireKey(f, "subject")) {
        const YAML::Node& v = f.find("subject")->value;
        // As a finding's applies_to: the model format calls data stores "data".
        if (v.IsScalar() && (v.Scalar() == "data" || v.Scalar() == "data-store"))
            info.subject = SubjectKind::DataStore;
        else if (!enumValue(v, label + QStringLiteral(": subject"), info.subject))
            ok = false;
    } else {
        ok = false;
    }
    readText(f, "label", info.label);
    if (f.find("order"))
        ok = m_yaml.readInt(f, "order", info.order) && ok;
    else
        info.order = kDefaultKindOrder;
    if (requireKey(f, "families")) {
        ok = readIds(f, "families", label + QStringLiteral(": families"), info.families) && ok;
        if (info.families.isEmpty()) {
            error(f.find("families")->value.Mark(),
                  QStringLiteral("%1: families: list at least one").arg(label));
            ok = false;
        }
    } else {
        ok = false;
    }
    if (f.find("simplicity"))
        ok = readIds(f, "simplicity", label + QStringLiteral(": simplicity"), info.simplicity) && ok;
    // applies_when reads the subject's facts; moot_when may read its other decisions too, as findings do.
    for (const char* key : {"applies_when", "moot_when"}) {
        const Entry* e = f.find(key);
        const bool moot = std::string_view(key) == "moot_when";
        if (!e || !ok || (moot && m_headerPass))
            continue;
        ConditionContext ctx;
        ctx.label = QStringLiteral("decision '%1': %2").arg(id, QLatin1StringView(key));
        ctx.subject = info.subject;
        ctx.finding = moot;
        bool condOk = true;
        Condition when = readCondition(e->value, ctx, 1, condOk);
        if (condOk) {
            const Diagnostics contradictions = findContradictions(when, ctx.label);
            for (const Diagnostic& d : contradictions)
                m_out.append(d);
            condOk = contradictions.isEmpty();
        }
        if (condOk && when.readsCandidate()) {
            error(e->value.Mark(),
                  QStringLiteral("%1: candidate.* cannot tell whether a decision applies").arg(ctx.label));
            condOk = false;
        }
        if (condOk && moot && when.readsChoiceOf(info.kind)) {
            error(e->value.Mark(),
                  QStringLiteral("%1: a decision cannot be dropped for its own outcome").arg(ctx.label));
            condOk = false;
        }
        (moot ? info.mootWhen : info.appliesWhen) = when;
        ok = ok && condOk;
    }
    if (const Entry* e = f.find("follows"); e && ok) {
        QString followed;
        if (!readText(f, "follows", followed)) {
            ok = false;
        } else if (!m_headerPass) {
            // Checked once every pack's kind is known, as moot_when is.
            const DecisionKindInfo* other = m_kinds.find(followed);
            const QString what = QStringLiteral("decision '%1': follows").arg(id);
            if (!other) {
                error(e->value.Mark(),
                      QStringLiteral("%1: %2 is not a decision kind%3")
                          .arg(what, quoted(followed), didYouMean(closestMatch(followed, m_kinds.names()))));
                ok = false;
            } else if (other->kind == info.kind) {
                error(e->value.Mark(), QStringLiteral("%1: a decision cannot follow itself").arg(what));
                ok = false;
            } else if (other->subject != info.subject) {
                error(e->value.Mark(),
                      QStringLiteral("%1: %2 is made for each %3, this decision for each %4")
                          .arg(what, quoted(followed), enumNames<SubjectKind>()[int(other->subject)],
                               enumNames<SubjectKind>()[int(info.subject)]));
                ok = false;
            } else {
                info.follows = other->kind;
            }
        }
    }
    if (!ok)
        return;
    pack.decision = info;
    m_kinds.add(info); // the pack's candidates and rules may be of its own kind
}

void PackReader::readCandidate(const YAML::Node& node, int index, RulePack& pack)
{
    QString label = QStringLiteral("candidates[%1]").arg(index);
    Fields f = fields(
        node, label,
        {"id", "kind", "family", "label", "summary", "services", "skills", "source", "scores", "override"});
    if (!f.isMap)
        return;
    RulePack::CandidateEntry entry;
    Candidate& c = entry.candidate;
    c.location = at(node.Mark());
    bool ok = readId(f, candidateIdPattern(), candidateIdRule(), QStringLiteral("candidate"), label, c.id);
    readBool(f, "override", entry.override);
    const bool full = !entry.override; // an override may give only what it changes
    if (f.find("kind")) {
        entry.hasKind = kindValue(f.find("kind")->value, label + QStringLiteral(": kind"), c.kind);
        ok = ok && entry.hasKind;
    } else if (full) {
        requireKey(f, "kind");
        ok = false;
    }
    if (f.find("family")) {
        entry.hasFamily = readText(f, "family", c.family);
        ok = ok && entry.hasFamily;
        // Without a kind (an override), the family is checked against the overridden candidate's kind.
        const QStringList& families = m_kinds.familiesOf(c.kind);
        if (entry.hasFamily && entry.hasKind && !families.contains(c.family)) {
            const QString hint = closestMatch(c.family, families);
            error(f.find("family")->value.Mark(),
                  QStringLiteral("%1: %2 is not a family of the %3 decision; the families are %4%5")
                      .arg(label, quoted(c.family), c.kind.name(), families.join(QStringLiteral(", ")),
                           didYouMean(hint)));
            ok = false;
        }
    } else if (full) {
        requireKey(f, "family");
        ok = false;
    }
    if (full)
        requireKey(f, "label");
    entry.hasLabel = readText(f, "label", c.label);
    if (full)
        requireKey(f, "summary");
    entry.hasSummary = readText(f, "summary", c.summary);
    entry.hasSource = readSource(f, label, c.source, false);
    if (f.find("skills")) {
        entry.hasSkills = readIds(f, "skills", label + QStringLiteral(": skills"), c.skills);
        ok = ok && entry.hasSkills;
    }
    if (const Entry* e = f.find("services")) {
        const QString what = label + QStringLiteral(": services");
        const Fields s = fields(e->value, what, {"aws", "gcp", "azure"});
        const auto offering = [&](Key cloud, QString& name, CloudOffering& o) {
            const Entry* ce = s.find(cloud);
            return ce && readOffering(ce->value, what + u'.' + yamlnode::text(cloud), name, o);
        };
        entry.hasAws = offering("aws", c.services.aws, c.offerings[0]);
        entry.hasGcp = offering("gcp", c.services.gcp, c.offerings[1]);
        entry.hasAzure = offering("azure", c.services.azure, c.offerings[2]);
        if (full && s.isMap && (!entry.hasAws || !entry.hasGcp || !entry.hasAzure))
            error(e->value.Mark(),
                  QStringLiteral("%1: name the service on each of aws, gcp and azure").arg(what));
    } else if (full) {
        error(f.mark, QStringLiteral("%1: missing required key 'services' (what it is on aws, gcp and azure)")
                          .arg(label));
    }
    if (const Entry* e = f.find("scores")) {
        const QString what = label + QStringLiteral(": scores");
        const Fields s = fields(e->value, what,
                                {"cost", "performance", "scalability", "reliability", "security",
                                 "time_to_market", "operability"});
        for (const Entry& se : s.entries) {
            const auto q = enumFromString<Quality>(yamlnode::text(se.key));
            AttributeScore& score = c.scores[static_cast<std::size_t>(*q)];
            if (!readScore(se.value, se.keyMark, what + u'.' + yamlnode::text(se.key), score))
                ok = false;
        }
        if (full && s.isMap) {
            QStringList missing;
            for (std::size_t q = 0; q < kQualityCount; ++q) {
                if (!s.find(EnumTraits<Quality>::names[q]))
                    missing.append(enumNames<Quality>()[int(q)]);
            }
            if (!missing.isEmpty())
                error(e->value.Mark(),
                      QStringLiteral("%1: missing %2 (every quality needs a base score 0..10)")
                          .arg(what, missing.join(QStringLiteral(", "))));
        }
        if (full && !entry.hasSource) {
            for (const AttributeScore& sc : c.scores) {
                if (sc.given && sc.source.isEmpty()) {
                    error(f.mark, QStringLiteral(
                                      "%1: missing required key 'source' (the source of scores that do not "
                                      "name their own)")
                                      .arg(label));
                    break;
                }
            }
        }
    } else if (full) {
        error(f.mark,
              QStringLiteral("%1: missing required key 'scores' (a base score 0..10 for each quality)")
                  .arg(label));
    }
    if (ok)
        pack.candidates.append(entry);
}

bool PackReader::readDate(const Fields& f, Key key, const QString& what, QDate& out)
{
    const Entry* e = f.find(key);
    if (!e)
        return false;
    QString written;
    if (!text(e->value, what + u'.' + yamlnode::text(key), written))
        return false;
    out = QDate::fromString(written, Qt::ISODate);
    if (!out.isValid() || written.size() != 10) {
        error(e->value.Mark(), QStringLiteral("%1.%2: %3 is not a date; write it as YYYY-MM-DD")
                                   .arg(what, yamlnode::text(key), quoted(written)));
        out = {};
        return false;
    }
    return true;
}

bool PackReader::readOffering(const YAML::Node& node, const QString& what, QString& name, CloudOffering& out)
{
    if (!node.IsMap())
        return text(node, what, name);
    const Fields f = fields(
        node, what, {"name", "status", "date", "successor", "checked", "source", "limits", "features"});
    bool ok = requireKey(f, "name") && readText(f, "name", name);
    if (const Entry* e = f.find("status"))
        ok = enumValue(e->value, QString(what + QStringLiteral(".status")), out.status) && ok;
    readDate(f, "date", what, out.effective);
    readDate(f, "checked", what, out.checked);
    readText(f, "successor", out.successor);
    if (!out.openForNewWork() && (!out.effective.isValid() || out.successor.isEmpty())) {
        error(f.mark, QStringLiteral("%1: a %2 service needs its `date` and its `successor`")
                          .arg(what, enumName(out.status)));
        ok = false;
    }
    if (const Entry* e = f.find("source")) {
        if (text(e->value, what + QStringLiteral(".source"), out.source)) {
            const QString problem = checkSource(out.source);
            if (!problem.isEmpty()) {
                error(e->value.Mark(), QStringLiteral("%1.source: %2").arg(what, problem));
                ok = false;
            }
        }
    }
    if (const Entry* e = f.find("limits")) {
        const Fields l = m_yaml.map(e->value, QString(what + QStringLiteral(".limits")), kServiceLimitNames);
        for (const Entry& le : l.entries) {
            double value = 0;
            if (!m_yaml.number(le.value, QString(what + QStringLiteral(".limits.") + yamlnode::text(le.key)),
                               value))
                ok = false;
            else if (value <= 0) {
                error(le.value.Mark(), QStringLiteral("%1.limits.%2: a limit is a positive number")
                                           .arg(what, yamlnode::text(le.key)));
                ok = false;
            } else {
                out.limits.insert(yamlnode::text(le.key), value);
            }
        }
    }
    if (f.find("features")) {
        const std::vector<YAML::Node> items = list(f, "features");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const QString item = QStringLiteral("%1.features[%2]").arg(what).arg(i);
            std::size_t index = 0;
            if (!m_yaml.enumIndex(items[i], item, kServiceFeatureNames, index)) {
                ok = false;
                continue;
            }
            const QString feature = QString::fromLatin1(kServiceFeatureNames[index].data(),
                                                        qsizetype(kServiceFeatureNames[index].size()));
            if (!out.features.contains(feature))
                out.features.append(feature);
        }
    }
    return ok;
}

bool PackReader::readScore(const YAML::Node& node, const YAML::Mark& keyMark, const QString& label,
                           AttributeScore& out)
{
    out.location = at(keyMark);
    YAML::Node number;
    if (node.IsScalar()) {
        number = node;
    } else if (node.IsSequence()) {
        if (node.size() < 1 || node.size() > 3) {
            error(node.Mark(),
                  QStringLiteral("%1: expected [score, rationale] or [score, rationale, source]").arg(label));
            return false;
        }
        number = node[0];
        if (node.size() >= 2 && !text(node[1], label + QStringLiteral(" rationale"), out.rationale))
            return false;
        if (node.size() == 3) {
            if (!text(node[2], label + QStringLiteral(" source"), out.source))
                return false;
            const QString problem = checkSource(out.source);
            if (!problem.isEmpty()) {
                error(node[2].Mark(), QStringLiteral("%1: source: %2").arg(label, problem));
                return false;
            }
        }
    } else if (node.IsMap()) {
        const Fields f = fields(node, label, {"score", "rationale", "source"});
        if (!requireKey(f, "score"))
            return false;
        number = f.find("score")->value;
        readText(f, "rationale", out.rationale);
        if (f.find("source") && !readSource(f, label, out.source, true))
            return false;
    } else {
        error(node.Mark(),
              QStringLiteral("%1: expected a score 0..10, got %2").arg(label, yamlnode::describe(node)));
        return false;
    }
    double value = 0;
    if (!isNumber(number, value)) {
        error(number.Mark(),
              QStringLiteral("%1: expected a score 0..10, got %2").arg(label, yamlnode::describe(number)));
        return false;
    }
    const auto tenths = toTenths(value);
    if (!tenths || *tenths < 0 || *tenths > 100) {
        error(number.Mark(), QStringLiteral("%1: %2 is not a score 0..10 with at most one decimal")
                                 .arg(label, QString::fromStdString(number.Scalar())));
        return false;
    }
    out.tenths = *tenths;
    out.given = true;
    if (out.rationale.isEmpty())
        warning(number.Mark(),
                QStringLiteral("%1: the score has no rationale; write [score, \"why\"]").arg(label));
    return true;
}

void PackReader::readRule(const YAML::Node& node, int index, RulePack& pack)
{
    QString label = QStringLiteral("rules[%1]").arg(index);
    Fields f = fields(node, label, {"id", "kind", "when", "effects", "rationale", "source", "override"});
    if (!f.isMap)
        return;
    RulePack::RuleEntry entry;
    ScoringRule& r = entry.rule;
    r.location = at(node.Mark());
    bool ok = readId(f, ruleIdPattern(), ruleIdRule(), QStringLiteral("rule"), label, r.id);
    readBool(f, "override", entry.override);
    bool kindOk = false;
    if (requireKey(f, "kind"))
        kindOk = kindValue(f.find("kind")->value, label + QStringLiteral(": kind"), r.kind);
    ok = ok && kindOk;
    if (!requireKey(f, "rationale") || !readText(f, "rationale", r.rationale))
        ok = false;
    bool serviceSource = false;
    if (const Entry* se = f.find("source");
        se && se->value.IsScalar() && se->value.Scalar() == kServiceSource.toStdString()) {
        r.source = kServiceSource;
        serviceSource = true;
    } else if (!readSource(f, label, r.source, true)) {
        ok = false;
    }
    if (requireKey(f, "when") && kindOk) {
        ConditionContext ctx;
        ctx.label = label;
        ctx.subject = m_kinds.subjectOf(r.kind);
        ctx.candidateKind = r.kind;
        bool condOk = true;
        const Entry* e = f.find("when");
        r.when = readCondition(e->value, ctx, 1, condOk);
        if (condOk) {
            const Diagnostics contradictions = findContradictions(r.when, label);
            for (const Diagnostic& d : contradictions)
                m_out.append(d);
            condOk = contradictions.isEmpty();
        }
        ok = ok && condOk;
        r.readsCandidate = r.when.readsCandidate();
        // A rule that reads the candidate may name its facts ({candidate.max_duration_s}) in its reason.
        if (const Entry* re = f.find("rationale"); re && r.rationale.contains(u'{'))
            checkPlaceholders(*re, label, ctx.subject, r.readsCandidate);
        if (serviceSource && !r.readsCandidate) {
            error(
                f.find("source")->value.Mark(),
                QStringLiteral("%1: source: %2 names the candidate's service, so the rule's `when` must read "
                               "the candidate (a candidate.* fact)")
                    .arg(label, kServiceSource));
            ok = false;
        }
    } else {
        ok = false;
    }
    const std::vector<YAML::Node> effects = list(f, "effects");
    if (f.isMap && !f.find("effects"))
        requireKey(f, "effects");
    else if (f.find("effects") && effects.empty() && f.find("effects")->value.IsSequence())
        error(f.find("effects")->value.Mark(), QStringLiteral("%1: effects: the list is empty").arg(label));
    if (effects.size() > static_cast<std::size_t>(limits::kMaxEffects)) {
        error(f.find("effects")->value.Mark(),
              QStringLiteral("%1: more than %2 effects").arg(label).arg(limits::kMaxEffects));
        ok = false;
    } else {
        for (std::size_t i = 0; i < effects.size(); ++i) {
            Effect effect;
            if (kindOk &&
                readEffect(effects[i], label + QStringLiteral(": effects[%1]").arg(i), r.kind, effect))
                r.effects.append(effect);
            else
                ok = false;
        }
    }
    if (ok && !r.effects.isEmpty())
        pack.rules.append(entry);
}

bool PackReader::readEffect(const YAML::Node& node, const QString& label, DecisionKind kind, Effect& out)
{
    const Fields f = fields(node, label,
                            {"candidate", "family", "all_candidates", "exclude", "cost", "performance",
                             "scalability", "reliability", "security", "time_to_market", "operability"});
    if (!f.isMap)
        return false;
    out.location = at(node.Mark());
    const int targets =
        (f.find("candidate") ? 1 : 0) + (f.find("family") ? 1 : 0) + (f.find("all_candidates") ? 1 : 0);
    if (targets != 1) {
        error(node.Mark(),
              QStringLiteral("%1: name exactly one target: 'candidate: <id>', 'family: <family>' or "
                             "'all_candidates: true'")
                  .arg(label));
        return false;
    }
    bool ok = true;
    if (f.find("candidate")) {
        out.target = Effect::Target::Candidate;
        ok = readText(f, "candidate", out.name); // resolved when the packs are merged
    } else if (f.find("family")) {
        out.target = Effect::Target::Family;
        const QStringList& families = m_kinds.familiesOf(kind);
        if (readText(f, "family", out.name) && !families.contains(out.name)) {
            const QString hint = closestMatch(out.name, families);
            error(f.find("family")->value.Mark(),
                  QStringLiteral("%1: %2 is not a family of the %3 decision; the families are %4%5")
                      .arg(label, quoted(out.name), kind.name(), families.join(QStringLiteral(", ")),
                           didYouMean(hint)));
            ok = false;
        }
    } else {
        out.target = Effect::Target::All;
        bool all = false;
        if (readBool(f, "all_candidates", all) && !all) {
            error(f.find("all_candidates")->value.Mark(),
                  QStringLiteral("%1: all_candidates: false targets nothing; name a candidate or family")
                      .arg(label));
            ok = false;
        }
    }
    if (f.find("exclude")) {
        if (!readBool(f, "exclude", out.exclude))
            ok = false;
        else if (!out.exclude) {
            error(f.find("exclude")->value.Mark(),
                  QStringLiteral("%1: exclude: false does nothing; leave it out").arg(label));
            ok = false;
        }
    }
    for (const Entry& e : f.entries) {
        const auto q = enumFromString<Quality>(yamlnode::text(e.key));
        if (!q)
            continue;
        double value = 0;
        std::optional<int> tenths;
        if (isNumber(e.value, value))
            tenths = toTenths(value);
        if (!tenths || *tenths == 0 || *tenths < -100 || *tenths > 100) {
            error(e.value.Mark(),
                  QStringLiteral("%1: %2: expected an adjustment between -10 and +10 (not 0, at most "
                                 "one decimal), got %3")
                      .arg(label, yamlnode::text(e.key), yamlnode::describe(e.value)));
            ok = false;
            continue;
        }
        out.deltaTenths[static_cast<std::size_t>(*q)] = *tenths;
    }
    if (ok && out.exclude && out.hasAdjustment()) {
        error(node.Mark(),
              QStringLiteral("%1: an effect either excludes or adjusts scores, not both").arg(label));
        ok = false;
    }
    if (ok && !out.exclude && !out.hasAdjustment()) {
        error(node.Mark(),
              QStringLiteral("%1: the effect changes nothing; give 'exclude: true' or a quality with an "
                             "adjustment (cost: +2)")
                  .arg(label));
        ok = false;
    }
    return ok;
}

void PackReader::readFinding(const YAML::Node& node, int index, RulePack& pack)
{
    QString label = QStringLiteral("findings[%1]").arg(index);
    Fields f = fields(
        node, label,
        {"id", "applies_to", "about", "when", "severity", "message", "recommendation", "source", "override"});
    if (!f.isMap)
        return;
    RulePack::FindingEntry entry;
    FindingRule& r = entry.rule;
    r.location = at(node.Mark());
    bool ok = readId(f, ruleIdPattern(), ruleIdRule(), QStringLiteral("finding"), label, r.id);
    readBool(f, "override", entry.override);
    bool subjectOk = false;
    if (requireKey(f, "applies_to")) {
        const YAML::Node& v = f.find("applies_to")->value;
        // The model format calls data stores "data"; accept both spellings.
        if (v.IsScalar() && (v.Scalar() == "data" || v.Scalar() == "data-store")) {
            r.appliesTo = SubjectKind::DataStore;
            subjectOk = true;
        } else if (v.IsScalar() && v.Scalar() == "data store") {
            r.appliesTo = SubjectKind::DataStore;
            subjectOk = true;
        } else {
            subjectOk = enumValue(v, label + QStringLiteral(": applies_to"), r.appliesTo);
        }
    }
    ok = ok && subjectOk;
    if (const Entry* e = f.find("about")) {
        DecisionKind kind{};
        if (kindValue(e->value, label + QStringLiteral(": about"), kind)) {
            r.about = kind;
            const SubjectKind of = m_kinds.subjectOf(kind);
            if (subjectOk && of != SubjectKind::System && of != r.appliesTo) {
                error(e->value.Mark(),
                      QStringLiteral("%1: about: the %2 decision is made for each %3, not for a %4")
                          .arg(label, kind.name(), enumNames<SubjectKind>()[int(of)],
                               enumNames<SubjectKind>()[int(r.appliesTo)]));
                ok = false;
            }
        } else {
            ok = false;
        }
    }
    if (requireKey(f, "severity"))
        ok = enumValue(f.find("severity")->value, label + QStringLiteral(": severity"), r.severity) && ok;
    else
        ok = false;
    if (!requireKey(f, "message") || !readText(f, "message", r.message))
        ok = false;
    if (!requireKey(f, "recommendation") || !readText(f, "recommendation", r.recommendation))
        ok = false;
    if (!readSource(f, label, r.source, true))
        ok = false;
    if (ok) {
        checkPlaceholders(*f.find("message"), label, r.appliesTo, r.about.has_value());
        checkPlaceholders(*f.find("recommendation"), label, r.appliesTo, r.about.has_value());
    }
    if (requireKey(f, "when") && subjectOk) {
        ConditionContext ctx;
        ctx.label = label;
        ctx.subject = r.appliesTo;
        ctx.finding = true;
        ctx.candidateKind = r.about;
        bool condOk = true;
        r.when = readCondition(f.find("when")->value, ctx, 1, condOk);
        if (condOk) {
            const Diagnostics contradictions = findContradictions(r.when, label);
            for (const Diagnostic& d : contradictions)
                m_out.append(d);
            condOk = contradictions.isEmpty();
        }
        ok = ok && condOk;
    } else {
        ok = false;
    }
    if (ok)
        pack.findings.append(entry);
}

void PackReader::checkPlaceholders(const Entry& e, const QString& label, SubjectKind subject, bool hasAbout)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    const QString textValue = QString::fromStdString(e.value.Scalar());
    int count = 0;
    for (auto it = placeholder.globalMatch(textValue); it.hasNext();) {
        const QString name = it.next().captured(1).trimmed();
        if (++count > limits::kMaxPlaceholders) {
            error(e.value.Mark(), QStringLiteral("%1: %2: more than %3 placeholders")
                                      .arg(label, yamlnode::text(e.key))
                                      .arg(limits::kMaxPlaceholders));
            return;
        }
        if (name == QStringLiteral("subject") || name == QStringLiteral("name"))
            continue;
        const auto path = resolveFact(name, subject, true, m_kinds);
        if (!path || (!hasAbout && factInfo(*path).scope == FactScope::Candidate)) {
            QStringList names = factNames(subject, true, m_kinds);
            names << QStringLiteral("subject") << QStringLiteral("name");
            const QString hint = closestMatch(name, names);
            error(e.value.Mark(),
                  QStringLiteral("%1: %2: unknown placeholder {%3}%4")
                      .arg(label, yamlnode::text(e.key), name,
                           hint.isEmpty() ? QString() : QStringLiteral(" (did you mean {%1}?)").arg(hint)));
        }
    }
}

// ---------------------------------------------------------------------------------------------------

Condition PackReader::readCondition(const YAML::Node& node, ConditionContext& ctx, int depth, bool& ok)
{
    Condition all;
    all.node = Condition::Node::All;
    all.location = at(node.Mark());
    if (depth > limits::kMaxConditionDepth) {
        error(node.Mark(), QStringLiteral("%1: the condition is nested deeper than %2 levels")
                               .arg(ctx.label)
                               .arg(limits::kMaxConditionDepth));
        ok = false;
        return all;
    }
    if (!node.IsMap() || node.size() == 0) {
        error(node.Mark(),
              QStringLiteral("%1: a condition is a mapping of tests (all / any / not, or a fact and its "
                             "test), got %2")
                  .arg(ctx.label,
                       node.IsMap() ? QStringLiteral("an empty mapping") : yamlnode::describe(node)));
        ok = false;
        return all;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node keyNode = it->first; // a copy: `it->` hands out a temporary proxy
        const YAML::Node value = it->second;
        if (!keyNode.IsScalar()) {
            error(keyNode.Mark(), QStringLiteral("%1: a condition's keys are words, got %2")
                                      .arg(ctx.label, yamlnode::describe(keyNode)));
            ok = false;
            continue;
        }
        const QString key = QString::fromStdString(keyNode.Scalar());
        if (key == QStringLiteral("all") || key == QStringLiteral("any")) {
            Condition group;
            group.node = key == QStringLiteral("all") ? Condition::Node::All : Condition::Node::Any;
            group.location = at(keyNode.Mark());
            if (!value.IsSequence() || value.size() == 0) {
                error(value.Mark(), QStringLiteral("%1: %2: expected a non-empty list of conditions, got %3")
                                        .arg(ctx.label, key,
                                             value.IsSequence() ? QStringLiteral("an empty list")
                                                                : yamlnode::describe(value)));
                ok = false;
                continue;
            }
            for (const YAML::Node& item : value) {
                if (ctx.tooMany)
                    break;
                group.children.append(readCondition(item, ctx, depth + 1, ok));
            }
            all.children.append(group);
        } else if (key == QStringLiteral("not")) {
            Condition negation;
            negation.node = Condition::Node::Not;
            negation.location = at(keyNode.Mark());
            negation.children.append(readCondition(value, ctx, depth + 1, ok));
            all.children.append(negation);
        } else {
            if (!readTests(key, keyNode.Mark(), value, ctx, all.children))
                ok = false;
        }
        if (ctx.tooMany) {
            ok = false;
            break;
        }
    }
    if (all.children.size() == 1)
        return all.children.front();
    return all;
}

bool PackReader::readTests(const QString& pathName, const YAML::Mark& keyMark, const YAML::Node& value,
                           ConditionContext& ctx, QList<Condition>& out)
{
    const auto path = resolveFact(pathName, ctx.subject, ctx.finding, m_kinds);
    if (!path) {
        QStringList names = factNames(ctx.subject, ctx.finding, m_kinds);
        names << QStringLiteral("all") << QStringLiteral("any") << QStringLiteral("not");
        const QString hint = closestMatch(pathName, names);
        QString why;
        if (!ctx.finding && (pathName.startsWith(QStringLiteral("choice.")) ||
                             pathName.startsWith(QStringLiteral("pinned."))))
            why = QStringLiteral("; decisions can be tested by findings only");
        else if (hint.isEmpty()) {
            QString owner;
            for (const SubjectKind other :
                 {SubjectKind::Workload, SubjectKind::DataStore, SubjectKind::Channel}) {
                if (other != ctx.subject && owner.isEmpty() &&
                    resolveFact(pathName, other, ctx.finding, m_kinds))
                    owner = enumNames<SubjectKind>()[int(other)];
            }
            why = owner.isEmpty() ? QStringLiteral("; see docs/rules.md for the facts a %1 rule can test")
                                        .arg(enumNames<SubjectKind>()[int(ctx.subject)])
                                  : QStringLiteral("; it is a fact of a %1").arg(owner);
        }
        error(keyMark, QStringLiteral("%1: unknown fact %2 for a %3 rule%4%5")
                           .arg(ctx.label, quoted(pathName), enumNames<SubjectKind>()[int(ctx.subject)],
                                didYouMean(hint), why));
        return false;
    }
    const FactInfo info = factInfo(*path, &m_kinds);
    if (info.scope == FactScope::Candidate) {
        if (!ctx.candidateKind) {
            error(keyMark,
                  QStringLiteral("%1: %2 needs 'about: <decision kind>' to know which candidate it means")
                      .arg(ctx.label, pathName));
            return false;
        }
        if ((path->id == FactId::CandidateHiring || path->id == FactId::CandidateSkillGap) &&
            *ctx.candidateKind != DecisionKind::Language) {
            error(keyMark,
                  QStringLiteral("%1: this condition can never hold: %2 is set for language candidates only, "
                                 "and this is about the %3 decision")
                      .arg(ctx.label, pathName, ctx.candidateKind->name()));
            return false;
        }
    }
    struct OpNode
    {
        ConditionOp op;
        YAML::Node operand;
        YAML::Mark mark;
    };
    std::vector<OpNode> ops;
    if (value.IsMap()) {
        if (value.size() == 0) {
            error(value.Mark(),
                  QStringLiteral("%1: %2: no test given; write e.g. {eq: ...}").arg(ctx.label, pathName));
            return false;
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString opName =
                it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QString();
            const auto op = enumFromString<ConditionOp>(opName);
            if (!op) {
                const QString hint = closestMatch(opName, enumNames<ConditionOp>());
                error(it->first.Mark(),
                      QStringLiteral("%1: %2: unknown test %3; the tests are %4%5")
                          .arg(ctx.label, pathName, quoted(opName),
                               enumNames<ConditionOp>().join(QStringLiteral(", ")), didYouMean(hint)));
                return false;
            }
            ops.push_back({*op, it->second, it->first.Mark()});
        }
    } else if (value.IsSequence()) {
        error(value.Mark(),
              QStringLiteral("%1: %2: a list needs a test: {in: [...]} for one of several values, "
                             "{contains: [...]} for list facts")
                  .arg(ctx.label, pathName));
        return false;
    } else {
        // `kind: api` is `kind: {eq: api}`; on a list fact, `handles: pii` is `handles: {contains: pii}`.
        const bool isList = info.type == FactType::EnumSet || info.type == FactType::TextList;
        ops.push_back({isList ? ConditionOp::Contains : ConditionOp::Eq, value, keyMark});
    }
    bool ok = true;
    for (const OpNode& o : ops) {
        if (++ctx.tests > limits::kMaxConditionLeaves) {
            error(o.mark, QStringLiteral("%1: the condition has more than %2 tests")
                              .arg(ctx.label)
                              .arg(limits::kMaxConditionLeaves));
            ctx.tooMany = true;
            return false;
        }
        Condition test;
        test.node = Condition::Node::Test;
        test.pathName = pathName;
        test.path = *path;
        test.type = info.type;
        test.op = o.op;
        test.location = at(o.mark);
        if (!readOperand(info, *path, o.op, o.operand, ctx, pathName, test.operand)) {
            ok = false;
            continue;
        }
        out.append(test);
    }
    return ok;
}

bool PackReader::enumOperand(const FactInfo& info, const YAML::Node& item, const QString& what, quint64& bits)
{
    const QString word = item.IsScalar() ? QString::fromStdString(item.Scalar()) : QString();
    const qsizetype index = info.domain.indexOf(word);
    if (index < 0 || !item.IsScalar()) {
        const QString hint = closestMatch(word, info.domain);
        error(item.Mark(), QStringLiteral("%1: this condition can never hold: %2 is not a value of %3 (%4)%5")
                               .arg(what, item.IsScalar() ? quoted(word) : yamlnode::describe(item),
                                    info.name, info.domain.join(QStringLiteral(", ")), didYouMean(hint)));
        return false;
    }
    bits |= quint64(1) << index;
    return true;
}

bool PackReader::factOperand(const YAML::Node& value, ConditionContext& ctx, const QString& what,
                             ConditionOp op, Operand& out)
{
    const Fields f = fields(value, what, {"fact"});
    QString name;
    if (!requireKey(f, "fact") || !readText(f, "fact", name))
        return false;
    if (op == ConditionOp::In) {
        error(value.Mark(),
              QStringLiteral("%1: in: compare with one fact using eq, ne, gt, gte, lt or lte").arg(what));
        return false;
    }
    const auto path = resolveFact(name, ctx.subject, ctx.finding, m_kinds);
    if (!path || factInfo(*path, &m_kinds).type != FactType::Number) {
        error(f.find("fact")->value.Mark(),
              QStringLiteral("%1: %2 is not a number fact for a %3 rule")
                  .arg(what, quoted(name), enumNames<SubjectKind>()[int(ctx.subject)]));
        return false;
    }
    if (factInfo(*path, &m_kinds).scope == FactScope::Candidate && !ctx.candidateKind) {
        error(f.find("fact")->value.Mark(),
              QStringLiteral("%1: %2 needs 'about: <decision kind>' to know which candidate it means")
                  .arg(what, name));
        return false;
    }
    out.ref = *path;
    out.written = QStringLiteral("{fact: %1}").arg(name);
    return true;
}

bool PackReader::readOperand(const FactInfo& info, const FactPath& path, ConditionOp op,
                             const YAML::Node& value, ConditionContext& ctx, const QString& pathName,
                             Operand& out)
{
    const QString what = ctx.label + QStringLiteral(": ") + pathName;
    const QString opName = enumNames<ConditionOp>()[int(op)];
    out.written = value.IsScalar() ? QString::fromStdString(value.Scalar()) : yamlnode::describe(value);
    const auto wrongOp = [&](const QString& use) {
        error(value.Mark(),
              QStringLiteral("%1: '%2' does not apply to this fact; %3").arg(what, opName, use));
        return false;
    };
    const auto items = [&](std::vector<YAML::Node>& list) {
        if (value.IsSequence()) {
            if (value.size() == 0 || value.size() > static_cast<std::size_t>(limits::kMaxOperandItems)) {
                error(value.Mark(), QStringLiteral("%1: %2: expected 1 to %3 values")
                                        .arg(what, opName)
                                        .arg(limits::kMaxOperandItems));
                return false;
            }
            for (const YAML::Node& n : value)
                list.push_back(n);
        } else {
            list.push_back(value);
        }
        return true;
    };

    if (op == ConditionOp::Exists) {
        bool flag = false;
        if (!isBool(value, flag)) {
            error(value.Mark(), QStringLiteral("%1: exists: expected true or false, got %2")
                                    .arg(what, yamlnode::describe(value)));
            return false;
        }
        out.number = flag ? 1 : 0;
        const bool alwaysSet = !info.optional && info.type != FactType::EnumSet &&
                               info.type != FactType::TextList && info.type != FactType::Text &&
                               info.scope != FactScope::Candidate;
        if (alwaysSet && !flag) {
            error(value.Mark(), QStringLiteral("%1: this condition can never hold: %2 always has a value")
                                    .arg(what, pathName));
            return false;
        }
        if (alwaysSet)
            warning(value.Mark(),
                    QStringLiteral("%1: this test always holds: %2 always has a value").arg(what, pathName));
        return true;
    }

    switch (info.type) {
    case FactType::Bool: {
        if (op != ConditionOp::Eq && op != ConditionOp::Ne)
            return wrongOp(QStringLiteral("%1 is true or false: use eq or ne").arg(pathName));
        bool flag = false;
        if (!isBool(value, flag)) {
            error(value.Mark(),
                  QStringLiteral("%1: expected true or false, got %2").arg(what, yamlnode::describe(value)));
            return false;
        }
        out.number = flag ? 1 : 0;
        return true;
    }
    case FactType::Number: {
        if (op == ConditionOp::Contains)
            return wrongOp(
                QStringLiteral("%1 is a number: use eq, ne, in, gt, gte, lt or lte").arg(pathName));
        if (value.IsMap())
            return factOperand(value, ctx, what, op, out);
        std::vector<YAML::Node> list;
        if (op == ConditionOp::In) {
            if (!items(list))
                return false;
        } else {
            list.push_back(value);
        }
        for (const YAML::Node& n : list) {
            double number = 0;
            if (!isNumber(n, number)) {
                error(n.Mark(),
                      QStringLiteral("%1: expected a number, got %2").arg(what, yamlnode::describe(n)));
                return false;
            }
            out.numbers.append(number);
        }
        out.number = out.numbers.front();
        const double v = out.number;
        bool never = false;
        switch (op) {
        case ConditionOp::Eq:
            never = v < info.min || v > info.max;
            break;
        case ConditionOp::Gt:
            never = v >= info.max;
            break;
        case ConditionOp::Gte:
            never = v > info.max;
            break;
        case ConditionOp::Lt:
            never = v <= info.min;
            break;
        case ConditionOp::Lte:
            never = v < info.min;
            break;
        case ConditionOp::In:
            never = std::all_of(out.numbers.begin(), out.numbers.end(),
                                [&](double x) { return x < info.min || x > info.max; });
            break;
        default:
            break;
        }
        if (never) {
            const bool open = info.max > 1e300;
            const QString range = op == ConditionOp::Lt || op == ConditionOp::Lte || open
                                      ? QStringLiteral("at least %1").arg(info.min)
                                  : op == ConditionOp::Gt || op == ConditionOp::Gte
                                      ? QStringLiteral("at most %1").arg(info.max)
                                      : QStringLiteral("between %1 and %2").arg(info.min).arg(info.max);
            error(value.Mark(), QStringLiteral("%1: this condition can never hold: %2 is always %3")
                                    .arg(what, pathName, range));
            return false;
        }
        return true;
    }
    case FactType::Enum: {
        if (op == ConditionOp::Contains || op == ConditionOp::Gt || op == ConditionOp::Gte ||
            op == ConditionOp::Lt || op == ConditionOp::Lte)
            return wrongOp(QStringLiteral("%1 is one of %2: use eq, ne or in")
                               .arg(pathName, info.domain.join(QStringLiteral(", "))));
        std::vector<YAML::Node> list;
        if (op == ConditionOp::In) {
            if (!items(list))
                return false;
        } else if (value.IsSequence()) {
            error(value.Mark(),
                  QStringLiteral("%1: %2 takes one value; use 'in' for several").arg(what, opName));
            return false;
        } else {
            list.push_back(value);
        }
        for (const YAML::Node& n : list) {
            if (!enumOperand(info, n, what, out.bits))
                return false;
        }
        return true;
    }
    case FactType::EnumSet: {
        if (op != ConditionOp::Contains)
            return wrongOp(QStringLiteral("%1 is a list: use contains (one value, or a list: any of them)")
                               .arg(pathName));
        std::vector<YAML::Node> list;
        if (!items(list))
            return false;
        for (const YAML::Node& n : list) {
            if (!enumOperand(info, n, what, out.bits))
                return false;
        }
        return true;
    }
    case FactType::Text:
    case FactType::TextList: {
        const bool isList = info.type == FactType::TextList;
        if (isList && op != ConditionOp::Contains)
            return wrongOp(QStringLiteral("%1 is a list: use contains (one value, or a list: any of them)")
                               .arg(pathName));
        if (!isList && op != ConditionOp::Eq && op != ConditionOp::Ne && op != ConditionOp::In)
            return wrongOp(QStringLiteral("%1 is text: use eq, ne or in").arg(pathName));
        std::vector<YAML::Node> list;
        if (op == ConditionOp::In || op == ConditionOp::Contains) {
            if (!items(list))
                return false;
        } else if (value.IsSequence()) {
            error(value.Mark(),
                  QStringLiteral("%1: %2 takes one value; use 'in' for several").arg(what, opName));
            return false;
        } else {
            list.push_back(value);
        }
        for (const YAML::Node& n : list) {
            QString word;
            if (!text(n, what, word))
                return false;
            // Families are declared with the kind: check them now. Candidate ids are checked once every
            // pack is loaded.
            if (path.id == FactId::CandidateFamily && ctx.candidateKind &&
                !m_kinds.familiesOf(*ctx.candidateKind).contains(word)) {
                const QStringList& families = m_kinds.familiesOf(*ctx.candidateKind);
                const QString hint = closestMatch(word, families);
                error(n.Mark(),
                      QStringLiteral("%1: this condition can never hold: %2 is not a family of the %3 "
                                     "decision (%4)%5")
                          .arg(what, quoted(word), ctx.candidateKind->name(),
                               families.join(QStringLiteral(", ")), didYouMean(hint)));
                return false;
            }
            if (info.name == u"team.hiring" && !knownLanguages().contains(word))
                warning(n.Mark(), QStringLiteral("%1: %2 is not a language the model format knows")
                                      .arg(what, quoted(word)));
            out.texts.append(word);
        }
        out.text = out.texts.front();
        return true;
    }
    }
    return false;
}

} // namespace

std::optional<DecisionKindInfo> RulePackReader::readDecision(const QByteArray& bytes, const QString& fileName)
{
    const YamlDocument doc = parseYamlDocument(bytes, fileName);
    if (doc.error || !doc.root.IsMap())
        return std::nullopt;
    try {
        const YAML::Node node = doc.root["decision"];
        if (!node)
            return std::nullopt;
        Diagnostics ignored; // reported when the whole pack is read
        PackReader reader(fileName, ignored, DecisionKinds());
        RulePack pack;
        if (const YAML::Node id = doc.root["pack"]; id && id.IsScalar())
            pack.id = QString::fromStdString(id.Scalar());
        reader.readDecisionOnly(node, pack);
        return hasErrors(ignored) ? std::nullopt : pack.decision;
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
}

RulePack RulePackReader::read(const QByteArray& bytes, const QString& fileName, Diagnostics& diagnostics)
{
    return read(bytes, fileName, diagnostics, RulePackLoader::builtIn()->kinds());
}

RulePack RulePackReader::read(const QByteArray& bytes, const QString& fileName, Diagnostics& diagnostics,
                              const DecisionKinds& kinds)
{
    const YamlDocument doc = parseYamlDocument(bytes, fileName);
    if (doc.error) {
        diagnostics.append(*doc.error);
        RulePack pack;
        pack.file = fileName;
        return pack;
    }
    try {
        PackReader reader(fileName, diagnostics, kinds);
        return reader.read(doc.root);
    } catch (const YAML::Exception& e) {
        // yaml-cpp throws on some malformed node access; a pack must never take the program down.
        diagnostics.append(yamlError(fileName, e.mark, QString::fromStdString(e.msg)));
        RulePack pack;
        pack.file = fileName;
        return pack;
    }
}

} // namespace gw
