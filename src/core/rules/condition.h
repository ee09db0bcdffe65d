// Condition: the declarative test of a rule (all / any / not over comparisons of facts); data only,
// checked when loaded, bounded in depth and size, evaluated without side effects.
#pragma once

#include "../io/diagnostic.h"
#include "factpath.h"
#include "factvalue.h"

#include <QList>

#include <optional>

namespace gw {

enum class ConditionOp { Eq, Ne, In, Gt, Gte, Lt, Lte, Contains, Exists };
template<> struct EnumTraits<ConditionOp>
{
    static constexpr std::array<std::string_view, 9> names{"eq", "ne",  "in",       "gt",    "gte",
                                                           "lt", "lte", "contains", "exists"};
};

// The right-hand side of a comparison, resolved to the fact's representation when the pack is loaded.
struct Operand
{
    double number = 0;     // Number, Bool (0 / 1), Exists (0 / 1)
    quint64 bits = 0;      // Enum: one bit (eq, ne) or several (in); EnumSet: the bits `contains` looks for
    QString text;          // Text eq / ne
    QStringList texts;     // Text in, TextList contains
    QList<double> numbers; // Number in
    QString written;       // as the pack wrote it, for messages
    // `{gt: {fact: candidate.max_memory_mb}}`: compared with another number fact instead of a constant;
    // the test does not hold while that fact is absent (no limit, nothing to exceed).
    std::optional<FactPath> ref;
};

struct Condition
{
    enum class Node { All, Any, Not, Test };

    Node node = Node::All;     // an empty All always holds
    QList<Condition> children; // All / Any: the parts; Not: exactly one

    // Test
    QString pathName; // as written
    FactPath path;
    FactType type = FactType::Bool;
    ConditionOp op = ConditionOp::Eq;
    Operand operand;
    SourceLocation location;

    bool isTest() const { return node == Node::Test; }
    // True when some test reads the candidate (`candidate.*`): the rule is then evaluated per candidate.
    bool readsCandidate() const;
    // True when some test reads a decision (`choice.*`, `pinned.*`): only findings may, after ranking.
    bool readsChoices() const;
    // Tests the candidate chosen for `kind` (choice.<kind>, choice.<kind>.family).
    bool readsChoiceOf(DecisionKind kind) const;
    // Every test, depth first, for lint and coverage.
    void collectTests(QList<const Condition*>& out) const;

    bool evaluate(const FactSource& facts) const;
};

// A test `value op operand` on one fact; false when the fact is absent (except `ne` and `exists: false`).
bool compareFact(const FactValue& value, FactType type, ConditionOp op, const Operand& operand);

// Conditions that can never hold because sibling tests of an `all` contradict each other
// ("kind: api" and "kind: worker"; "team.size < 3" and "team.size > 10"): one diagnostic per contradiction,
// at the later test.
Diagnostics findContradictions(const Condition& condition, const QString& ruleLabel);

} // namespace gw
