#include "condition.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gw {

bool compareFact(const FactValue& value, FactType type, ConditionOp op, const Operand& operand)
{
    if (op == ConditionOp::Exists) {
        bool exists = value.present;
        if (exists && type == FactType::EnumSet)
            exists = value.bits != 0;
        else if (exists && type == FactType::TextList)
            exists = !value.texts.isEmpty();
        return exists == (operand.number != 0);
    }
    if (!value.present)
        return op == ConditionOp::Ne;
    switch (type) {
    case FactType::Bool:
    case FactType::Number:
        switch (op) {
        case ConditionOp::Eq:
            return value.number == operand.number;
        case ConditionOp::Ne:
            return value.number != operand.number;
        case ConditionOp::In:
            return operand.numbers.contains(value.number);
        case ConditionOp::Gt:
            return value.number > operand.number;
        case ConditionOp::Gte:
            return value.number >= operand.number;
        case ConditionOp::Lt:
            return value.number < operand.number;
        case ConditionOp::Lte:
            return value.number <= operand.number;
        default:
            return false;
        }
    case FactType::Enum:
        switch (op) {
        case ConditionOp::Eq:
        case ConditionOp::In:
            return (value.bits & operand.bits) != 0;
        case ConditionOp::Ne:
            return (value.bits & operand.bits) == 0;
        default:
            return false;
        }
    case FactType::EnumSet:
        return op == ConditionOp::Contains && (value.bits & operand.bits) != 0;
    case FactType::Text:
        switch (op) {
        case ConditionOp::Eq:
            return value.text == operand.text;
        case ConditionOp::Ne:
            return value.text != operand.text;
        case ConditionOp::In:
            return operand.texts.contains(value.text);
        default:
            return false;
        }
    case FactType::TextList:
        if (op != ConditionOp::Contains)
            return false;
        return std::any_of(operand.texts.begin(), operand.texts.end(),
                           [&](const QString& t) { return value.texts.contains(t); });
    }
    return false;
}

bool Condition::evaluate(const FactSource& facts) const
{
    switch (node) {
    case Node::All:
        return std::all_of(children.begin(), children.end(),
                           [&](const Condition& c) { return c.evaluate(facts); });
    case Node::Any:
        return std::any_of(children.begin(), children.end(),
                           [&](const Condition& c) { return c.evaluate(facts); });
    case Node::Not:
        return children.size() == 1 && !children.front().evaluate(facts);
    case Node::Test: {
        if (!operand.ref)
            return compareFact(facts.value(path), type, op, operand);
        const FactValue other = facts.value(*operand.ref);
        if (!other.present)
            return false;
        Operand resolved;
        resolved.number = other.number;
        return compareFact(facts.value(path), type, op, resolved);
    }
    }
    return false;
}

bool Condition::readsCandidate() const
{
    if (node == Node::Test)
        return factInfo(path).scope == FactScope::Candidate ||
               (operand.ref && factInfo(*operand.ref).scope == FactScope::Candidate);
    return std::any_of(children.begin(), children.end(),
                       [](const Condition& c) { return c.readsCandidate(); });
}

bool Condition::readsChoices() const
{
    if (node == Node::Test)
        return path.id == FactId::Choice || path.id == FactId::ChoiceFamily || path.id == FactId::Pinned;
    return std::any_of(children.begin(), children.end(), [](const Condition& c) { return c.readsChoices(); });
}

bool Condition::readsChoiceOf(DecisionKind kind) const
{
    if (node == Node::Test)
        return (path.id == FactId::Choice || path.id == FactId::ChoiceFamily) && path.kind == kind;
    return std::any_of(children.begin(), children.end(),
                       [kind](const Condition& c) { return c.readsChoiceOf(kind); });
}

void Condition::collectTests(QList<const Condition*>& out) const
{
    if (node == Node::Test) {
        out.append(this);
        return;
    }
    for (const Condition& c : children)
        c.collectTests(out);
}

namespace {

// What the tests of one `all` say about one fact, narrowed test by test.
struct Narrowing
{
    const Condition* first = nullptr;
    // Enum and Bool: the values still possible
    quint64 possible = ~quint64(0);
    // Number: the interval still possible
    double low = -std::numeric_limits<double>::infinity();
    bool lowOpen = false;
    double high = std::numeric_limits<double>::infinity();
    bool highOpen = false;
    QList<double> excluded; // ne
    // Text: the value it must equal, if any
    QString mustEqual;
    bool hasMustEqual = false;
    QStringList mustNotEqual;
    // exists
    int exists = -1; // -1 unknown, 0 must be absent, 1 must be present
};

bool narrow(Narrowing& n, const Condition& t)
{
    if (t.op == ConditionOp::Exists) {
        const int want = t.operand.number != 0 ? 1 : 0;
        if (n.exists >= 0 && n.exists != want)
            return false;
        n.exists = want;
        return true;
    }
    if (t.op != ConditionOp::Ne && n.exists == 0)
        return false; // every test but ne fails on an absent fact
    switch (t.type) {
    case FactType::Enum:
        if (t.op == ConditionOp::Ne)
            n.possible &= ~t.operand.bits;
        else
            n.possible &= t.operand.bits;
        return n.possible != 0;
    case FactType::Bool: {
        const quint64 bit = t.operand.number != 0 ? 2 : 1;
        n.possible &= t.op == ConditionOp::Ne ? ~bit : bit;
        return (n.possible & 3) != 0;
    }
    case FactType::Number:
        switch (t.op) {
        case ConditionOp::Eq: {
            const double v = t.operand.number;
            const bool aboveLow = v > n.low || (v == n.low && !n.lowOpen);
            const bool belowHigh = v < n.high || (v == n.high && !n.highOpen);
            if (!aboveLow || !belowHigh)
                return false;
            n.low = n.high = v;
            n.lowOpen = n.highOpen = false;
            break;
        }
        case ConditionOp::Gt:
        case ConditionOp::Gte: {
            const bool open = t.op == ConditionOp::Gt;
            if (t.operand.number > n.low || (t.operand.number == n.low && open)) {
                n.low = t.operand.number;
                n.lowOpen = open;
            }
            break;
        }
        case ConditionOp::Lt:
        case ConditionOp::Lte: {
            const bool open = t.op == ConditionOp::Lt;
            if (t.operand.number < n.high || (t.operand.number == n.high && open)) {
                n.high = t.operand.number;
                n.highOpen = open;
            }
            break;
        }
        case ConditionOp::Ne:
            n.excluded.append(t.operand.number);
            break;
        default:
            return true;
        }
        if (n.low > n.high || (n.low == n.high && (n.lowOpen || n.highOpen)))
            return false;
        if (n.low == n.high && n.excluded.contains(n.low))
            return false;
        return true;
    case FactType::Text:
        if (t.op == ConditionOp::Eq) {
            if ((n.hasMustEqual && n.mustEqual != t.operand.text) || n.mustNotEqual.contains(t.operand.text))
                return false;
            n.mustEqual = t.operand.text;
            n.hasMustEqual = true;
        } else if (t.op == ConditionOp::Ne) {
            if (n.hasMustEqual && n.mustEqual == t.operand.text)
                return false;
            n.mustNotEqual.append(t.operand.text);
        } else if (t.op == ConditionOp::In && n.hasMustEqual && !t.operand.texts.contains(n.mustEqual)) {
            return false;
        }
        return true;
    default:
        return true;
    }
}

void checkAll(const Condition& c, const QString& ruleLabel, Diagnostics& out)
{
    if (c.node == Condition::Node::All) {
        QList<QPair<FactPath, Narrowing>> facts;
        for (const Condition& child : c.children) {
            if (!child.isTest() || child.operand.ref) // a bound that is another fact narrows nothing
                continue;
            auto it = std::find_if(facts.begin(), facts.end(),
                                   [&](const auto& p) { return p.first == child.path; });
            if (it == facts.end()) {
                facts.append({child.path, Narrowing{}});
                it = facts.end() - 1;
                it->second.first = &child;
            }
            if (!narrow(it->second, child)) {
                Diagnostic d;
                d.location = child.location;
                d.message = QStringLiteral("%1: this condition can never hold: this test of '%2' contradicts "
                                           "the one at line %3, column %4")
                                .arg(ruleLabel, child.pathName)
                                .arg(it->second.first->location.line)
                                .arg(it->second.first->location.column);
                out.append(d);
                return; // one report per group is enough
            }
        }
    }
    for (const Condition& child : c.children)
        checkAll(child, ruleLabel, out);
}

} // namespace

Diagnostics findContradictions(const Condition& condition, const QString& ruleLabel)
{
    Diagnostics out;
    checkAll(condition, ruleLabel, out);
    return out;
}

} // namespace gw
