// DecisionKinds: the decision kinds the rule packs declare, each in its pack's `decision:` header: what
// the decision is made for (the system, each workload, data store or channel), when it applies to one,
// in which order a subject's decisions are made and listed, and the families of its candidates. A new
// kind is a new pack; no code names it.
#pragma once

#include "condition.h"

#include <QHash>

#include <optional>

namespace gw {

struct DecisionKindInfo
{
    DecisionKind kind;
    SubjectKind subject = SubjectKind::System;
    QString label;
    // The order of a subject's decisions (ties by id): the engine makes them, and reports list them, so.
    int order = 0;
    QStringList families; // in the order messages list them
    // Candidate ids or families, simplest first (managed before self-run, fewer moving parts first): what
    // decides an exact tie, so that the alphabet never does. A candidate's place is its id's, else its
    // family's; unlisted ones come last.
    QStringList simplicity;
    // When the decision is made for a subject; absent: always. A pinned decision is always made.
    std::optional<Condition> appliesWhen;
    // When the decision is dropped after ranking: a condition that may read the subject's other decisions
    // (`choice.compute: managed-ml-endpoint` leaves no language to pick). Absent: never.
    std::optional<Condition> mootWhen;
    // A decision made within another of the same subject (`follows: language`: a web framework is for one
    // language). Only candidates whose `skills:` name that decision's choice (its id or family) are
    // ranked; the decision is dropped when none is, or when the other is not made.
    std::optional<DecisionKind> follows;

    QString pack;
    SourceLocation location;

    QString displayLabel() const;
};

class DecisionKinds
{
public:
    // Adds `info`, or replaces the kind's earlier declaration.
    void add(const DecisionKindInfo& info);
    void add(const DecisionKinds& other);

    const DecisionKindInfo* find(DecisionKind kind) const;
    const DecisionKindInfo* find(QStringView id) const;
    bool contains(DecisionKind kind) const { return find(kind) != nullptr; }
    // In order (then id).
    const QList<DecisionKindInfo>& all() const { return m_kinds; }
    bool isEmpty() const { return m_kinds.isEmpty(); }
    // The ids in order, for messages and "did you mean".
    QStringList names() const;
    // The kinds of one subject kind, in order.
    QList<DecisionKind> of(SubjectKind subject) const;

    // The subject kind of `kind`; System when it is not declared.
    SubjectKind subjectOf(DecisionKind kind) const;
    // Its families; empty when it is not declared.
    const QStringList& familiesOf(DecisionKind kind) const;
    // Where `id` of `family` stands in the kind's simplicity order (0 simplest); unlisted: after all.
    int simplicityOf(DecisionKind kind, const QString& id, const QString& family) const;

    // The kinds the built-in packs declare, with those of every organisation's packs this process has
    // loaded: what a model's `decisions:` are checked against when no catalog is at hand (ModelValidator).
    static DecisionKinds known();
    // Called by the loader for an organisation's packs that loaded without errors.
    static void remember(const DecisionKinds& kinds);

private:
    QList<DecisionKindInfo> m_kinds;
    QHash<DecisionKind, int> m_index;
};

} // namespace gw
