// DecisionKind: one kind of decision the engine makes ("compute", "read-scaling"). The kinds are the rule
// packs' vocabulary: each pack's `decision:` header declares one (rules/decisionkinds.h), so a kind is a
// value, not an enumerator; code names only the kinds it must read (an exporter writes a function for a
// compute pick) through the constants below.
#pragma once

#include "enumtraits.h"

#include <QHashFunctions>
#include <QLatin1StringView>
#include <QString>

#include <compare>

namespace gw {

class DecisionKind
{
public:
    constexpr DecisionKind() = default;
    // `id` must outlive every copy: a literal, or fromId()'s interned text.
    constexpr explicit DecisionKind(QLatin1StringView id) : m_id(id) {}
    // The kind spelled `id`, interned for the life of the process; invalid when `id` is empty or not
    // Latin-1 (a pack checks the spelling of what it declares).
    static DecisionKind fromId(QStringView id);

    constexpr QLatin1StringView id() const { return m_id; }
    QString name() const { return QString(m_id); }
    constexpr bool isValid() const { return !m_id.isEmpty(); }

    friend bool operator==(DecisionKind a, DecisionKind b) noexcept { return a.m_id == b.m_id; }
    friend std::strong_ordering operator<=>(DecisionKind a, DecisionKind b) noexcept
    {
        const int c = a.m_id.compare(b.m_id);
        return c < 0 ? std::strong_ordering::less
                     : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }

    // The kinds code reads; the built-in packs declare them (tst_builtincatalog checks each).
    static const DecisionKind Compute;
    static const DecisionKind Language;
    static const DecisionKind ApiStyle;
    static const DecisionKind Database;
    static const DecisionKind ReadScaling;
    static const DecisionKind Messaging;
    static const DecisionKind ArchitectureStyle;
    static const DecisionKind AccountStrategy;
    static const DecisionKind RegionStrategy;
    static const DecisionKind DeploymentStrategy;
    static const DecisionKind ServiceAuth;
    static const DecisionKind Edge;
    static const DecisionKind Observability;

private:
    QLatin1StringView m_id;
};

inline constexpr DecisionKind DecisionKind::Compute{QLatin1StringView("compute")};
inline constexpr DecisionKind DecisionKind::Language{QLatin1StringView("language")};
inline constexpr DecisionKind DecisionKind::ApiStyle{QLatin1StringView("api-style")};
inline constexpr DecisionKind DecisionKind::Database{QLatin1StringView("database")};
inline constexpr DecisionKind DecisionKind::ReadScaling{QLatin1StringView("read-scaling")};
inline constexpr DecisionKind DecisionKind::Messaging{QLatin1StringView("messaging")};
inline constexpr DecisionKind DecisionKind::ArchitectureStyle{QLatin1StringView("architecture-style")};
inline constexpr DecisionKind DecisionKind::AccountStrategy{QLatin1StringView("account-strategy")};
inline constexpr DecisionKind DecisionKind::RegionStrategy{QLatin1StringView("region-strategy")};
inline constexpr DecisionKind DecisionKind::DeploymentStrategy{QLatin1StringView("deployment-strategy")};
inline constexpr DecisionKind DecisionKind::ServiceAuth{QLatin1StringView("service-auth")};
inline constexpr DecisionKind DecisionKind::Edge{QLatin1StringView("edge")};
inline constexpr DecisionKind DecisionKind::Observability{QLatin1StringView("observability")};

inline size_t qHash(DecisionKind kind, size_t seed = 0) noexcept
{
    return qHash(kind.id(), seed);
}

// As the model format spells it (the overload keeps enumName() working for every value of the model).
inline QString enumName(DecisionKind kind)
{
    return kind.name();
}

// What a decision of a kind is made for.
enum class SubjectKind { System, Workload, DataStore, Channel };
template<> struct EnumTraits<SubjectKind>
{
    static constexpr std::array<std::string_view, 4> names{"system", "workload", "data store", "channel"};
};

} // namespace gw
