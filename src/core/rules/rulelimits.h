// Limits on what a rule pack may hold, so that a broken or hostile pack ends in a clear error and can
// never make the engine slow, deep or endless. The byte, depth and alias limits of any YAML file are
// those of io/limits.h; these are the ones only rule packs need.
#pragma once

namespace gw::limits {

// A condition nested deeper than this is a mistake; evaluation recurses, so this also bounds the stack.
inline constexpr int kMaxConditionDepth = 16;
// Comparisons in one rule's condition (the built-in catalog needs fewer than ten).
inline constexpr int kMaxConditionLeaves = 256;
// Values in one 'in' or 'contains' list.
inline constexpr int kMaxOperandItems = 256;
// Effects of one rule.
inline constexpr int kMaxEffects = 64;
// Pack files read from one folder; the built-in catalog has about fifteen.
inline constexpr int kMaxPackFiles = 256;
// Candidates, and scoring plus finding rules, over every pack loaded together.
inline constexpr int kMaxCandidates = 4'000;
inline constexpr int kMaxRules = 20'000;
// Placeholders in one finding message or recommendation.
inline constexpr int kMaxPlaceholders = 16;

} // namespace gw::limits
