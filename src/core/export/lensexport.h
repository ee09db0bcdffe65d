// LensExport: the finding rules of a catalog as an AWS Well-Architected custom lens (JSON, schemaVersion
// 2021-11-01), so that a team can run the same checks in the Well-Architected Tool: one question per
// rule, grouped into pillars, with choices, improvement plans and risk rules, within the format's limits
// (https://docs.aws.amazon.com/wellarchitected/latest/userguide/lenses-format-specification.html).
#pragma once

#include <QByteArray>
#include <QStringList>

namespace gw {

class Catalog;

// The limits of the lens format specification and of ImportLens (a lens of at most 500 KB).
namespace lenslimits {
inline constexpr int kNameChars = 128;
inline constexpr int kDescriptionChars = 2048;
inline constexpr int kPillars = 10;
inline constexpr int kQuestionsPerPillar = 20;
inline constexpr int kChoicesPerQuestion = 15;
inline constexpr int kRiskRulesPerQuestion = 3;
inline constexpr int kIdMinChars = 3;
inline constexpr int kIdMaxChars = 128;
inline constexpr int kLensBytes = 500 * 1024;
} // namespace lenslimits

struct LensResult
{
    QByteArray json;
    QStringList
        skipped; // finding rules left out because the format's pillar and question limits were reached
};

class LensExport
{
public:
    static LensResult write(const Catalog& catalog,
                            const QString& name = QStringLiteral("Groundwork findings"));
    // A lens id from any text: letters, digits and '_' only, 3 to 128 characters.
    static QString lensId(const QString& text);
};

} // namespace gw
