// Team: the people who build and run the system, and the constraints they work under.
#pragma once

#include "enumtraits.h"
#include "fielddescriptor.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace gw {

enum class OpsMaturity { Low, Medium, High };
template<> struct EnumTraits<OpsMaturity>
{
    static constexpr std::array<std::string_view, 3> names{"low", "medium", "high"};
};

enum class Compliance { PciDss, Hipaa, Gdpr, Soc2, Iso27001, Fedramp };
template<> struct EnumTraits<Compliance>
{
    static constexpr std::array<std::string_view, 6> names{"pci-dss", "hipaa",    "gdpr",
                                                           "soc2",    "iso27001", "fedramp"};
};

enum class ReleaseCadence { Daily, Weekly, Monthly, Quarterly };
template<> struct EnumTraits<ReleaseCadence>
{
    static constexpr std::array<std::string_view, 4> names{"daily", "weekly", "monthly", "quarterly"};
};

// A language the team knows, 0 (none) .. 5 (expert). Kept in the user's order.
struct Skill
{
    static constexpr int kMin = 0;
    static constexpr int kMax = 5;

    QString language;
    int level = 0;

    bool operator==(const Skill&) const = default;
};

struct Team
{
    int size = 1;
    int teams = 1;
    OpsMaturity opsMaturity = OpsMaturity::Medium;
    QList<Skill> skills;
    QStringList hiring;
    QList<Compliance> compliance;
    std::optional<double> budgetUsdMonth;
    ReleaseCadence releaseCadence = ReleaseCadence::Weekly;

    // The team's level in a language, 0 when it is not listed.
    int skillIn(const QString& language) const;

    bool operator==(const Team&) const = default;
};

// The language ids the format knows (the language decision's families).
const QStringList& knownLanguages();

// The team's fields in the format's order; new ones go at the end (see FieldsOf).
template<> struct FieldsOf<Team>
{
    template<typename T = Team> static const std::vector<FieldDescriptor<T>>& all()
    {
        static const std::vector<FieldDescriptor<T>> fields =
            FieldListBuilder<T>()
                .add("size", &T::size,
                     {.label = "team size",
                      .unit = "engineers",
                      .range = FieldRange::between(1, 1'000'000),
                      .required = true,
                      .help = "Number of engineers, at least 1. Required."})
                .add("teams", &T::teams,
                     {.label = "number of teams",
                      .range = FieldRange::between(1, 100'000),
                      .help = "Number of independent delivery teams, at least 1. Default 1."})
                .add("ops_maturity", &T::opsMaturity,
                     {.label = "ops maturity",
                      .help = "How well the team runs production (on-call, automation, infrastructure as "
                              "code). Default medium."})
                .custom("skills", {.label = "skills"})
                .add("hiring", &T::hiring,
                     {.label = "hiring",
                      .help = "Language ids that are easy to hire for where the team is. Default: none."})
                .add("compliance", &T::compliance,
                     {.label = "compliance",
                      .help = "Regulatory frameworks the system must meet. Default: none."})
                .add("budget_usd_month", &T::budgetUsdMonth,
                     {.label = "budget",
                      .unit = "USD/month",
                      .range = FieldRange::between(0, 10'000'000'000),
                      .help = "Monthly infrastructure budget in US dollars. Optional."})
                .add("release_cadence", &T::releaseCadence,
                     {.label = "release cadence",
                      .help = "How often the team ships to production. Default weekly."})
                .take();
        return fields;
    }
};

} // namespace gw
