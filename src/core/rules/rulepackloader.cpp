#include "rulepackloader.h"

#include "../io/limits.h"
#include "../io/suggestion.h"
#include "rulelimits.h"
#include "rulepackcodec.h"
#include "rulepackreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QResource>
#include <QSet>

#include <algorithm>

namespace gw {

namespace {

Diagnostic problem(const SourceLocation& at, const QString& message, Severity severity = Severity::Error)
{
    Diagnostic d;
    d.severity = severity;
    d.location = at;
    d.message = message;
    return d;
}

QString where(const SourceLocation& at)
{
    return QStringLiteral("%1:%2:%3").arg(at.file).arg(at.line).arg(at.column);
}

QString kindName(DecisionKind kind)
{
    return enumNames<DecisionKind>()[int(kind)];
}

struct RuleSlot
{
    bool finding = false;
    int index = -1;
    SourceLocation location;
};

class Merger
{
public:
    explicit Merger(Diagnostics& out) : m_out(out) {}

    void add(const RulePack& pack);
    void finish(Catalog& catalog, QStringList files);

private:
    void addCandidate(const RulePack::CandidateEntry& entry);
    void checkCandidateRefs(const Condition& c, std::optional<DecisionKind> candidateKind,
                            const QString& label);
    void checkCandidateRef(const QString& id, DecisionKind kind, const SourceLocation& at,
                           const QString& label);

    Diagnostics& m_out;
    QList<Candidate> m_candidates;
    QHash<QString, int> m_candidateIndex;
    QList<ScoringRule> m_rules;
    QList<FindingRule> m_findings;
    QHash<QString, RuleSlot> m_ruleIndex;
    QList<RulePack::Disable> m_disable;
};

void Merger::add(const RulePack& pack)
{
    for (const RulePack::CandidateEntry& entry : pack.candidates)
        addCandidate(entry);
    const auto place = [&](const QString& id, bool finding, const SourceLocation& at, bool override,
                           auto& list, const auto& rule) {
        const QString what = finding ? QStringLiteral("finding") : QStringLiteral("rule");
        const auto it = m_ruleIndex.find(id);
        if (it == m_ruleIndex.end()) {
            if (override) {
                m_out.append(
                    problem(at, QStringLiteral("%1 '%2' overrides a rule no earlier pack defines; remove "
                                               "'override: true'")
                                    .arg(what, id)));
                return;
            }
            m_ruleIndex.insert(id, RuleSlot{finding, static_cast<int>(list.size()), at});
            list.append(rule);
            return;
        }
        if (!override) {
            m_out.append(problem(
                at, QStringLiteral("duplicate rule id '%1' (first defined at %2); add 'override: true' "
                                   "to replace it")
                        .arg(id, where(it->location))));
            return;
        }
        if (it->finding != finding) {
            m_out.append(problem(
                at, QStringLiteral("%1 '%2' cannot override a %3 of the same id")
                        .arg(what, id,
                             it->finding ? QStringLiteral("finding") : QStringLiteral("scoring rule"))));
            return;
        }
        list[it->index] = rule;
        it->location = at;
    };
    for (const RulePack::RuleEntry& entry : pack.rules)
        place(entry.rule.id, false, entry.rule.location, entry.override, m_rules, entry.rule);
    for (const RulePack::FindingEntry& entry : pack.findings)
        place(entry.rule.id, true, entry.rule.location, entry.override, m_findings, entry.rule);
    m_disable += pack.disable;
}

void Merger::addCandidate(const RulePack::CandidateEntry& entry)
{
    const Candidate& c = entry.candidate;
    const auto it = m_candidateIndex.constFind(c.id);
    if (it == m_candidateIndex.constEnd()) {
        if (entry.override) {
            m_out.append(
                problem(c.location, QStringLiteral("candidate '%1' overrides a candidate no earlier pack "
                                                   "defines; remove 'override: true'")
                                        .arg(c.id)));
            return;
        }
        Candidate added = c;
        for (AttributeScore& s : added.scores) {
            if (s.source.isEmpty())
                s.source = added.source;
        }
        m_candidateIndex.insert(c.id, static_cast<int>(m_candidates.size()));
        m_candidates.append(added);
        return;
    }
    Candidate& existing = m_candidates[*it];
    if (!entry.override) {
        m_out.append(
            problem(c.location, QStringLiteral("duplicate candidate id '%1' (first defined at %2); add "
                                               "'override: true' to change it")
                                    .arg(c.id, where(existing.location))));
        return;
    }
    if (entry.hasKind && c.kind != existing.kind) {
        m_out.append(
            problem(c.location, QStringLiteral("candidate '%1' is a %2 candidate; an override cannot make it "
                                               "a %3 candidate")
                                    .arg(c.id, kindName(existing.kind), kindName(c.kind))));
        return;
    }
    if (entry.hasFamily && !familiesOf(existing.kind).contains(c.family)) {
        m_out.append(
            problem(c.location, QStringLiteral("candidate '%1': '%2' is not a family of the %3 decision")
                                    .arg(c.id, c.family, kindName(existing.kind))));
        return;
    }
    if (entry.hasFamily)
        existing.family = c.family;
    if (entry.hasLabel)
        existing.label = c.label;
    if (entry.hasSummary)
        existing.summary = c.summary;
    if (entry.hasSource)
        existing.source = c.source;
    if (entry.hasAws)
        existing.services.aws = c.services.aws;
    if (entry.hasGcp)
        existing.services.gcp = c.services.gcp;
    if (entry.hasAzure)
        existing.services.azure = c.services.azure;
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        if (!c.scores[q].given)
            continue;
        existing.scores[q] = c.scores[q];
        if (existing.scores[q].source.isEmpty())
            existing.scores[q].source = entry.hasSource ? c.source : existing.source;
    }
}

void Merger::checkCandidateRef(const QString& id, DecisionKind kind, const SourceLocation& at,
                               const QString& label)
{
    const auto it = m_candidateIndex.constFind(id);
    if (it != m_candidateIndex.constEnd() && m_candidates[*it].kind == kind)
        return;
    QStringList ofKind;
    for (const Candidate& c : m_candidates) {
        if (c.kind == kind)
            ofKind.append(c.id);
    }
    if (it != m_candidateIndex.constEnd()) {
        m_out.append(problem(at, QStringLiteral("%1: '%2' is a %3 candidate, not a %4 candidate")
                                     .arg(label, id, kindName(m_candidates[*it].kind), kindName(kind))));
        return;
    }
    const QString hint = closestMatch(id, ofKind);
    m_out.append(problem(
        at,
        QStringLiteral("%1: unknown %2 candidate '%3'%4").arg(label, kindName(kind), id, didYouMean(hint))));
}

void Merger::checkCandidateRefs(const Condition& c, std::optional<DecisionKind> candidateKind,
                                const QString& label)
{
    QList<const Condition*> tests;
    c.collectTests(tests);
    for (const Condition* t : tests) {
        std::optional<DecisionKind> kind;
        if (t->path.id == FactId::CandidateId)
            kind = candidateKind;
        else if (t->path.id == FactId::Choice || t->path.id == FactId::Pinned)
            kind = t->path.kind;
        if (!kind)
            continue;
        for (const QString& id : t->operand.texts)
            checkCandidateRef(id, *kind, t->location, label);
    }
}

void Merger::finish(Catalog& catalog, QStringList files)
{
    // Disables apply whichever pack came first; every id must exist.
    QSet<QString> disabled;
    for (const RulePack::Disable& d : m_disable) {
        if (m_ruleIndex.contains(d.id)) {
            disabled.insert(d.id);
            continue;
        }
        const QString hint = closestMatch(d.id, m_ruleIndex.keys());
        m_out.append(
            problem(d.location,
                    QStringLiteral("disable: no pack defines a rule '%1'%2").arg(d.id, didYouMean(hint))));
    }
    QList<ScoringRule> rules;
    for (const ScoringRule& r : std::as_const(m_rules)) {
        const QString label = QStringLiteral("rule '%1'").arg(r.id);
        bool ok = true;
        for (const Effect& e : r.effects) {
            if (e.target == Effect::Target::Candidate) {
                const qsizetype before = m_out.size();
                checkCandidateRef(e.name, r.kind, e.location, label);
                ok = ok && m_out.size() == before;
            }
        }
        const qsizetype before = m_out.size();
        checkCandidateRefs(r.when, r.kind, label);
        ok = ok && m_out.size() == before;
        if (ok && !disabled.contains(r.id))
            rules.append(r);
    }
    QList<FindingRule> findings;
    for (const FindingRule& f : std::as_const(m_findings)) {
        const qsizetype before = m_out.size();
        checkCandidateRefs(f.when, f.about, QStringLiteral("finding '%1'").arg(f.id));
        if (m_out.size() == before && !disabled.contains(f.id))
            findings.append(f);
    }
    if (m_candidates.size() > limits::kMaxCandidates || rules.size() + findings.size() > limits::kMaxRules) {
        m_out.append(
            problem(SourceLocation{}, QStringLiteral("the packs hold more than %1 candidates or %2 rules "
                                                     "together; refusing them")
                                          .arg(limits::kMaxCandidates)
                                          .arg(limits::kMaxRules)));
        catalog.setContent({}, {}, {}, files);
        return;
    }
    catalog.setContent(m_candidates, rules, findings, std::move(files));
}

} // namespace

RulePack RulePackLoader::readFile(const QString& path, bool builtIn, Diagnostics& diagnostics)
{
    QFile file(path);
    const QFileInfo info(path);
    RulePack pack;
    pack.file = path;
    pack.builtIn = builtIn;
    if (info.size() > limits::kMaxModelBytes) {
        diagnostics.append(problem(SourceLocation{path, 0, 0},
                                   QStringLiteral("the file is larger than %1 MiB; refusing to read it")
                                       .arg(limits::kMaxModelBytes / (1024 * 1024))));
        return pack;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append(
            problem(SourceLocation{path, 0, 0}, QStringLiteral("cannot open: %1").arg(file.errorString())));
        return pack;
    }
    pack = RulePackReader::read(file.read(limits::kMaxModelBytes + 1), path, diagnostics);
    pack.builtIn = builtIn;
    return pack;
}

QList<RulePack> RulePackLoader::readFolder(const QString& folder, Diagnostics& diagnostics)
{
    QList<RulePack> packs;
    const QFileInfo info(folder);
    if (!info.exists() || !info.isDir()) {
        diagnostics.append(problem(SourceLocation{folder, 0, 0},
                                   info.exists() ? QStringLiteral("is not a folder of rule packs")
                                                 : QStringLiteral("no such folder")));
        return packs;
    }
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                            QDir::Files | QDir::Readable, QDir::Name);
    if (names.size() > limits::kMaxPackFiles) {
        diagnostics.append(
            problem(SourceLocation{folder, 0, 0},
                    QStringLiteral("holds %1 pack files; Groundwork reads at most %2 from one folder")
                        .arg(names.size())
                        .arg(limits::kMaxPackFiles)));
        return packs;
    }
    for (const QString& name : names)
        packs.append(readFile(dir.filePath(name), false, diagnostics));
    return packs;
}

QStringList RulePackLoader::builtInFiles()
{
    const QDir dir(QStringLiteral(":/groundwork/rules"));
    QStringList out;
    for (const QString& name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

QList<RulePack> RulePackLoader::readBuiltIn(Diagnostics& diagnostics)
{
    // Compiled at build time from the same files (src/rulec); only the program that compiles them reads
    // the YAML.
    const QResource compiled(QStringLiteral(":/groundwork/compiled/builtin-rules.cbor"));
    QList<RulePack> packs;
    Diagnostics found;
    if (compiled.isValid() && RulePackCodec::decode(compiled.uncompressedData(), packs, found)) {
        diagnostics += found;
        return packs;
    }
    for (const QString& file : builtInFiles())
        packs.append(readFile(file, true, diagnostics));
    return packs;
}

CatalogLoad RulePackLoader::merge(QList<RulePack> packs, Diagnostics diagnostics)
{
    // A pack with a built-in pack's id replaces it.
    QHash<QString, int> byId;
    QList<bool> dropped(packs.size(), false);
    for (int i = 0; i < packs.size(); ++i) {
        const QString& id = packs[i].id;
        if (id.isEmpty())
            continue;
        const auto it = byId.constFind(id);
        if (it == byId.constEnd()) {
            byId.insert(id, i);
            continue;
        }
        if (packs[*it].builtIn && !packs[i].builtIn) {
            dropped[*it] = true;
            byId.insert(id, i);
            continue;
        }
        diagnostics.append(problem(
            packs[i].location, QStringLiteral("duplicate pack id '%1' (also %2)").arg(id, packs[*it].file)));
        dropped[i] = true;
    }
    Merger merger(diagnostics);
    QStringList files;
    for (int i = 0; i < packs.size(); ++i) {
        if (dropped[i])
            continue;
        merger.add(packs[i]);
        files.append(packs[i].file);
    }
    auto catalog = std::make_shared<Catalog>();
    merger.finish(*catalog, files);
    CatalogLoad load;
    load.catalog = catalog;
    load.diagnostics = std::move(diagnostics);
    // By file, then position: packs are read in a fixed order, and so are their problems.
    std::stable_sort(load.diagnostics.begin(), load.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if (a.location.file != b.location.file)
                             return a.location.file < b.location.file;
                         if (a.location.line != b.location.line)
                             return a.location.line < b.location.line;
                         return a.location.column < b.location.column;
                     });
    return load;
}

CatalogLoad RulePackLoader::load(const QStringList& folders, bool includeBuiltIn)
{
    Diagnostics diagnostics;
    QList<RulePack> packs;
    if (includeBuiltIn)
        packs = readBuiltIn(diagnostics);
    for (const QString& folder : folders)
        packs += readFolder(folder, diagnostics);
    return merge(std::move(packs), std::move(diagnostics));
}

std::shared_ptr<const Catalog> RulePackLoader::builtIn()
{
    static const std::shared_ptr<const Catalog> catalog = [] {
        const CatalogLoad load = RulePackLoader::load({}, true);
        return load.hasErrors() ? std::make_shared<const Catalog>() : load.catalog;
    }();
    return catalog;
}

} // namespace gw
