// CoherenceMemo: what the coherence pass of ScoringEngine::rank learnt about one candidate of one
// decision: the finding rules it raises when it is the choice, and the other decisions' choices those
// rules read to say so. The finding rules read the model (fixed for an Evaluation) and those choices
// only, so the memo holds while the choices stand: on a priority slider move nearly every decision's
// does, and the rules need not run again. Kept with the Evaluation, shared by the threads that rank it.
#pragma once

#include "candidate.h"
#include "decisionkey.h"
#include "findingrule.h"
#include "modelfacts.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>
#include <utility>

namespace gw {

// Candidate ids in results and memos are copies of the catalog's and share its text: comparing the
// pointers first spares reading the characters, which on a large model are far apart in memory.
inline bool sameId(const QString& a, const QString& b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

struct CoherenceMemo
{
    struct Read
    {
        DecisionKey key;
        const Candidate* chosen = nullptr;
        int decision = -1; // the decision's place in the evaluation; -1: no such decision is made
    };
    struct Raised
    {
        int rule = -1; // index into Catalog::findings()
        SubjectRef subject;
        FindingSeverity severity{};
    };

    QList<Read> reads;
    QHash<QString, Raised> raised; // "rule@subject" -> the rule raised for that subject

    // True while every choice the rules read stands: `chosenId(i)` is the id of decision i's choice
    // now (empty when it has none). By place and id, not by key and catalog: a slider move asks this
    // of every candidate of every decision, and hashing both keys was most of the coherence pass.
    template<typename ChosenId> bool holds(ChosenId chosenId) const
    {
        for (const Read& r : reads) {
            if (r.decision < 0)
                continue; // a decision the model does not have stays unmade
            const QString& now = chosenId(r.decision);
            if (r.chosen ? !sameId(now, r.chosen->id) : !now.isEmpty())
                return false;
        }
        return true;
    }
};

// What rank() keeps for an Evaluation, by decision index, then by a candidate's id (a decision has a
// handful), shared by the threads that rank it.
template<typename T> class DecisionMemos
{
public:
    // What `use` makes of the memo of (decision, id), read under the lock; nullopt when there is none or
    // `use` gives none.
    template<typename R, typename Use>
    std::optional<R> find(qsizetype decision, const QString& id, Use use) const
    {
        const QMutexLocker lock(&m_mutex);
        if (decision >= m_memos.size())
            return std::nullopt;
        for (const auto& [key, memo] : m_memos[decision]) {
            if (sameId(key, id))
                return use(memo);
        }
        return std::nullopt;
    }

    void insert(qsizetype decision, const QString& id, const T& memo)
    {
        const QMutexLocker lock(&m_mutex);
        if (decision >= m_memos.size())
            m_memos.resize(decision + 1);
        for (auto& [key, kept] : m_memos[decision]) {
            if (key == id) {
                kept = memo;
                return;
            }
        }
        m_memos[decision].append({id, memo});
    }

private:
    mutable QMutex m_mutex;
    QList<QList<std::pair<QString, T>>> m_memos;
};

// Passes each choice asked for through, noting it in `reads`.
class RecordingLookup final : public DecisionLookup
{
public:
    // `index` gives each decision's place, for CoherenceMemo::holds.
    RecordingLookup(const DecisionLookup& base, QList<CoherenceMemo::Read>& reads,
                    const QHash<DecisionKey, int>& index)
        : m_base(base), m_reads(reads), m_index(index)
    {
    }

    const Candidate* chosen(DecisionKind kind, const SubjectRef& subject) const override
    {
        const Candidate* c = m_base.chosen(kind, subject);
        const DecisionKey key{subject, kind};
        m_reads.append({key, c, m_index.value(key, -1)});
        return c;
    }
    // Pins come from the model, fixed for an Evaluation: nothing to note.
    QString pinned(DecisionKind kind, const SubjectRef& subject) const override
    {
        return m_base.pinned(kind, subject);
    }
    const DecisionKinds& kinds() const override { return m_base.kinds(); }

private:
    const DecisionLookup& m_base;
    QList<CoherenceMemo::Read>& m_reads;
    const QHash<DecisionKey, int>& m_index;
};

} // namespace gw
