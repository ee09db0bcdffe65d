#include "rulepackloader.h"

#include "../io/limits.h"
#include "../io/suggestion.h"
#include "candidatename.h"
#include "familyname.h"
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

struct RuleSlot
{
    bool finding = false;
    int index = -1;
    SourceLocation location;
};

// What a problem names ("rule 'x'"), spelled out only when there is a problem to report: merging the
// built-in catalog checks every candidate and rule, and finds none.
struct Named
{
    QLatin1StringView what; // "candidate", "rule", "finding"
    const QString& id;

    QString text() const { return QStringLiteral("%1 '%2'").arg(what, id); }
};

class Merger
{
public:
    // `fallback`: where the kinds come from that packs use without declaring (an organisation's packs
    // merged without the built-in ones); null: every kind must be declared by the packs merged.
    Merger(Diagnostics& out, const DecisionKinds* fallback) : m_out(out), m_fallback(fallback) {}

    // Takes the pack's content (it is left moved from).
    void add(RulePack& pack);
    void finish(Catalog& catalog, QStringList files);

private:
    void addCandidate(RulePack::CandidateEntry& entry);
    void addKind(const DecisionKindInfo& info);
    // The declaration of `kind`, from the packs or the fallback; null (reported once) when none has it.
    const DecisionKindInfo* kindInfo(DecisionKind kind, const SourceLocation& at, const Named& named);
    void checkCandidateRefs(const Condition& c, std::optional<DecisionKind> candidateKind,
                            const Named& named);
    void checkCandidateRef(const QString& id, DecisionKind kind, const SourceLocation& at,
                           const Named& named);

    Diagnostics& m_out;
    const DecisionKinds* m_fallback;
    DecisionKinds m_kinds;
    DecisionKinds m_used; // from the fallback
    QList<Candidate> m_candidates;
    QHash<QString, int> m_candidateIndex;
    QList<ScoringRule> m_rules;
    QList<FindingRule> m_findings;
    QHash<QString, RuleSlot> m_ruleIndex;
    QList<RulePack::Disable> m_disable;
};

void Merger::addKind(const DecisionKindInfo& info)
{
    if (const DecisionKindInfo* first = m_kinds.find(info.kind)) {
        m_out.append(problem(info.location,
                             QStringLiteral("decision kind '%1' is declared twice (first at %2); a kind is "
                                            "declared by one pack")
                                 .arg(info.kind.name(), where(first->location))));
        return;
    }
    m_kinds.add(info);
}

const DecisionKindInfo* Merger::kindInfo(DecisionKind kind, const SourceLocation& at, const Named& named)
{
    if (const DecisionKindInfo* info = m_kinds.find(kind))
        return info;
    if (const DecisionKindInfo* info = m_used.find(kind))
        return info;
    if (m_fallback) {
        if (const DecisionKindInfo* info = m_fallback->find(kind)) {
            m_used.add(*info);
            return m_used.find(kind);
        }
    }
    const QString hint = closestMatch(kind.name(), m_kinds.names());
    m_out.append(problem(at, QStringLiteral("%1: no pack declares the decision kind '%2'%3; a pack declares "
                                            "one with 'decision: {kind: %2, subject: ..., families: [...]}'")
                                 .arg(named.text(), kind.name(), didYouMean(hint))));
    return nullptr;
}

void Merger::add(RulePack& pack)
{
    if (pack.decision)
        addKind(*pack.decision);
    for (RulePack::CandidateEntry& entry : pack.candidates)
        addCandidate(entry);
    const auto place = [&](const QString& id, bool finding, const SourceLocation& at, bool override,
                           auto& list, auto& rule) {
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
            list.append(std::move(rule));
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
        it->location = at;
        list[it->index] = std::move(rule);
    };
    for (RulePack::RuleEntry& entry : pack.rules) {
        const QString id = entry.rule.id;
        const SourceLocation at = entry.rule.location;
        place(id, false, at, entry.override, m_rules, entry.rule);
    }
    for (RulePack::FindingEntry& entry : pack.findings) {
        const QString id = entry.rule.id;
        const SourceLocation at = entry.rule.location;
        place(id, true, at, entry.override, m_findings, entry.rule);
    }
    m_disable += pack.disable;
}

void Merger::addCandidate(RulePack::CandidateEntry& entry)
{
    Candidate& c = entry.candidate;
    const auto it = m_candidateIndex.constFind(c.id);
    if (it == m_candidateIndex.constEnd()) {
        if (entry.override) {
            m_out.append(
                problem(c.location, QStringLiteral("candidate '%1' overrides a candidate no earlier pack "
                                                   "defines; remove 'override: true'")
                                        .arg(c.id)));
            return;
        }
        for (AttributeScore& s : c.scores) {
            if (s.source.isEmpty())
                s.source = c.source;
        }
        m_candidateIndex.insert(c.id, static_cast<int>(m_candidates.size()));
        m_candidates.append(std::move(c));
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
                                    .arg(c.id, existing.kind.name(), c.kind.name())));
        return;
    }
    const DecisionKindInfo* kind =
        kindInfo(existing.kind, c.location, Named{QLatin1StringView("candidate"), c.id});
    if (entry.hasFamily && kind && !kind->families.contains(c.family)) {
        m_out.append(
            problem(c.location, QStringLiteral("candidate '%1': '%2' is not a family of the %3 decision")
                                    .arg(c.id, c.family, existing.kind.name())));
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
    if (entry.hasSkills)
        existing.skills = c.skills;
    if (entry.hasAws) {
        existing.services.aws = c.services.aws;
        existing.offerings[0] = c.offerings[0];
    }
    if (entry.hasGcp) {
        existing.services.gcp = c.services.gcp;
        existing.offerings[1] = c.offerings[1];
    }
    if (entry.hasAzure) {
        existing.services.azure = c.services.azure;
        existing.offerings[2] = c.offerings[2];
    }
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        if (!c.scores[q].given)
            continue;
        existing.scores[q] = c.scores[q];
        if (existing.scores[q].source.isEmpty())
            existing.scores[q].source = entry.hasSource ? c.source : existing.source;
    }
}

void Merger::checkCandidateRef(const QString& id, DecisionKind kind, const SourceLocation& at,
                               const Named& named)
{
    const auto it = m_candidateIndex.constFind(id);
    if (it != m_candidateIndex.constEnd() && m_candidates[*it].kind == kind)
        return;
    QStringList ofKind;
    for (const Candidate& c : m_candidates) {
        if (c.kind == kind)
            ofKind.append(c.id);
    }
    const QString label = named.text();
    if (it != m_candidateIndex.constEnd()) {
        m_out.append(problem(at, QStringLiteral("%1: '%2' is a %3 candidate, not a %4 candidate")
                                     .arg(label, id, m_candidates[*it].kind.name(), kind.name())));
        return;
    }
    const QString hint = closestMatch(id, ofKind);
    m_out.append(problem(
        at, QStringLiteral("%1: unknown %2 candidate '%3'%4").arg(label, kind.name(), id, didYouMean(hint))));
}

void Merger::checkCandidateRefs(const Condition& c, std::optional<DecisionKind> candidateKind,
                                const Named& named)
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
            checkCandidateRef(id, *kind, t->location, named);
    }
}

void Merger::finish(Catalog& catalog, QStringList files)
{
    // Every kind in use is declared, and every candidate is of one of its kind's families.
    QList<int> keptCandidates;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate& c = m_candidates[i];
        const DecisionKindInfo* kind =
            kindInfo(c.kind, c.location, Named{QLatin1StringView("candidate"), c.id});
        if (kind && !kind->families.contains(c.family)) {
            m_out.append(problem(
                c.location,
                QStringLiteral("candidate '%1': '%2' is not a family of the %3 decision; the families "
                               "are %4")
                    .arg(c.id, c.family, c.kind.name(), kind->families.join(QStringLiteral(", ")))));
            continue;
        }
        if (kind)
            keptCandidates.append(i);
    }
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
    // The rules and findings are checked against the candidates before any of them moves to the catalog.
    QList<ScoringRule> rules;
    for (ScoringRule& r : m_rules) {
        const Named named{QLatin1StringView("rule"), r.id};
        bool ok = kindInfo(r.kind, r.location, named) != nullptr;
        for (const Effect& e : r.effects) {
            if (e.target == Effect::Target::Candidate) {
                const qsizetype before = m_out.size();
                checkCandidateRef(e.name, r.kind, e.location, named);
                ok = ok && m_out.size() == before;
            }
        }
        const qsizetype before = m_out.size();
        checkCandidateRefs(r.when, r.kind, named);
        ok = ok && m_out.size() == before;
        if (ok && !disabled.contains(r.id))
            rules.append(std::move(r));
    }
    QList<FindingRule> findings;
    for (FindingRule& f : m_findings) {
        const Named named{QLatin1StringView("finding"), f.id};
        const qsizetype before = m_out.size();
        if (f.about)
            kindInfo(*f.about, f.location, named);
        checkCandidateRefs(f.when, f.about, named);
        if (m_out.size() == before && !disabled.contains(f.id))
            findings.append(std::move(f));
    }
    QList<Candidate> candidates;
    candidates.reserve(keptCandidates.size());
    for (int i : std::as_const(keptCandidates))
        candidates.append(std::move(m_candidates[i]));
    if (candidates.size() > limits::kMaxCandidates || rules.size() + findings.size() > limits::kMaxRules) {
        m_out.append(
            problem(SourceLocation{}, QStringLiteral("the packs hold more than %1 candidates or %2 rules "
                                                     "together; refusing them")
                                          .arg(limits::kMaxCandidates)
                                          .arg(limits::kMaxRules)));
        catalog.setContent({}, {}, {}, {}, files);
        return;
    }
    DecisionKinds kinds = m_used;
    kinds.add(m_kinds);
    catalog.setContent(std::move(kinds), std::move(candidates), std::move(rules), std::move(findings),
                       std::move(files));
}

} // namespace

RulePack RulePackLoader::readFile(const QString& path, bool builtIn, Diagnostics& diagnostics)
{
    return readFiles({path}, builtIn, diagnostics, RulePackLoader::builtIn()->kinds()).value(0);
}

namespace {

// The bytes of a pack file; empty (with the problem reported) when it cannot be read.
std::optional<QByteArray> packBytes(const QString& path, Diagnostics& diagnostics)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.size() > limits::kMaxModelBytes) {
        diagnostics.append(problem(SourceLocation{path, 0, 0},
                                   QStringLiteral("the file is larger than %1 MiB; refusing to read it")
                                       .arg(limits::kMaxModelBytes / (1024 * 1024))));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append(
            problem(SourceLocation{path, 0, 0}, QStringLiteral("cannot open: %1").arg(file.errorString())));
        return std::nullopt;
    }
    return file.read(limits::kMaxModelBytes + 1);
}

} // namespace

QList<RulePack> RulePackLoader::readFiles(const QStringList& paths, bool builtIn, Diagnostics& diagnostics,
                                          const DecisionKinds& kinds)
{
    // Packs loaded together may name each other's kinds (a findings pack tests choice.compute): their
    // declarations are read first.
    QList<std::optional<QByteArray>> bytes;
    DecisionKinds known = kinds;
    for (const QString& path : paths) {
        bytes.append(packBytes(path, diagnostics));
        if (bytes.back()) {
            if (const auto declared = RulePackReader::readDecision(*bytes.back(), path))
                known.add(*declared);
        }
    }
    QList<RulePack> packs;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        RulePack pack;
        pack.file = paths[i];
        if (bytes[i])
            pack = RulePackReader::read(*bytes[i], paths[i], diagnostics, known);
        pack.builtIn = builtIn;
        packs.append(pack);
    }
    return packs;
}

QList<RulePack> RulePackLoader::readFolder(const QString& folder, Diagnostics& diagnostics)
{
    return readFolder(folder, diagnostics, builtIn()->kinds());
}

QList<RulePack> RulePackLoader::readFolder(const QString& folder, Diagnostics& diagnostics,
                                           const DecisionKinds& kinds)
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
    QStringList paths;
    for (const QString& name : names)
        paths.append(dir.filePath(name));
    return readFiles(paths, false, diagnostics, kinds);
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
    return readFiles(builtInFiles(), true, diagnostics, {});
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
    // Packs of an organisation may use the built-in kinds without the built-in packs (tests, lint).
    const bool allBuiltIn =
        std::all_of(packs.begin(), packs.end(), [](const RulePack& p) { return p.builtIn; });
    const std::shared_ptr<const Catalog> fallback = allBuiltIn ? nullptr : builtIn();
    Merger merger(diagnostics, fallback ? &fallback->kinds() : nullptr);
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

namespace {

// A pack that replaces a built-in one may drop a family or a candidate that the diagrams and exports
// test for; they would then draw and export the pick as something else without a word. Said at load,
// as a warning (an error under `rules lint --strict`, and so in the build for the catalog's own packs).
void warnOfNamesCodeReads(const Catalog& catalog, const QString& folder, Diagnostics& out)
{
    const SourceLocation at{folder, 0, 0};
    // Both lists name each entry "<kind>: <name>".
    const auto warn = [&](const QString& missing, const QString& what, const QString& readers) {
        const QString kind = missing.section(QStringLiteral(": "), 0, 0);
        const QString name = missing.section(QStringLiteral(": "), 1);
        out.append(problem(at,
                           QStringLiteral("no %1 '%2' for the %3 decision any more, and %4 read it; keep it "
                                          "in the pack that replaces the built-in one")
                               .arg(what, name, kind, readers),
                           Severity::Warning));
    };
    for (const QString& missing : missingFamilies(catalog))
        warn(missing, QStringLiteral("candidate of the family"), QStringLiteral("diagrams and exports"));
    for (const QString& missing : missingCandidates(catalog))
        warn(missing, QStringLiteral("candidate"), QStringLiteral("exports"));
}

// The built-in packs alone, merged once per process: the model validator and every scoring command
// ask for them, and decoding and merging them again is most of a command's start-up.
const CatalogLoad& builtInLoad()
{
    static const CatalogLoad load = [] {
        Diagnostics diagnostics;
        QList<RulePack> packs = RulePackLoader::readBuiltIn(diagnostics);
        return RulePackLoader::merge(std::move(packs), std::move(diagnostics));
    }();
    return load;
}

} // namespace

CatalogLoad RulePackLoader::load(const QStringList& folders, bool includeBuiltIn)
{
    if (folders.isEmpty() && includeBuiltIn)
        return builtInLoad();
    Diagnostics diagnostics;
    QList<RulePack> packs;
    DecisionKinds kinds;
    if (includeBuiltIn) {
        packs = readBuiltIn(diagnostics);
        for (const RulePack& p : std::as_const(packs)) {
            if (p.decision)
                kinds.add(*p.decision);
        }
    } else if (!folders.isEmpty()) {
        kinds = builtIn()->kinds();
    }
    // Kinds declared in one folder may be used in another: every folder's declarations come first.
    for (const QString& folder : folders) {
        Diagnostics again; // reported by the reading below
        for (const RulePack& p : readFolder(folder, again, kinds)) {
            if (p.decision)
                kinds.add(*p.decision);
        }
    }
    for (const QString& folder : folders)
        packs += readFolder(folder, diagnostics, kinds);
    CatalogLoad load = merge(std::move(packs), std::move(diagnostics));
    if (includeBuiltIn && !load.hasErrors())
        warnOfNamesCodeReads(*load.catalog, folders.value(0), load.diagnostics);
    if (!folders.isEmpty() && !load.hasErrors())
        DecisionKinds::remember(load.catalog->kinds());
    return load;
}

std::shared_ptr<const Catalog> RulePackLoader::builtIn()
{
    static const std::shared_ptr<const Catalog> catalog =
        builtInLoad().hasErrors() ? std::make_shared<const Catalog>() : builtInLoad().catalog;
    return catalog;
}

} // namespace gw
