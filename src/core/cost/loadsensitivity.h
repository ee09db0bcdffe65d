// LoadSensitivity: the load at which a workload's compute pick changes ("functions stays first until the
// average load exceeds 33 rps"). Scale-to-zero services cost in proportion to traffic and always-on ones
// in steps of whole instances, and some rules read the traffic too, so which candidate comes first turns
// on the volume; a reviewer wants to know how far the volume may move before the advice does.
#pragma once

#include "../rules/recommendation.h"

namespace gw {

class ScoringEngine;
struct Model;

namespace LoadSensitivity {

// How far each way the load is tried: a thousandfold covers a pilot growing into a mass product.
constexpr double kWidestFactor = 1024;
// Each answer scores the whole model again up to 22 times; above this many elements it is not given.
constexpr int kLargestModel = 200;

// Fills `sensitivity.load` and `loadSummary` of each workload's compute decision whose ranking carries at
// least two estimates (`cost.estimate` reasons), or only `subject`'s when given. `engine` must be the one
// that scored `recommendations` (PricedScoring::engine): the workload's traffic is scaled and the model
// scored again with it, so that every rule that reads the traffic has its say, not only the estimate.
void add(const Model& model, Recommendations& recommendations, const ScoringEngine& engine,
         const QString& subject = {});

// Where a rising and a falling load would change `decision`'s top pick, nearest first.
QList<LoadCrossover> find(const Model& model, const ScoringEngine& engine, const DecisionResult& decision);

// "functions stays first until the average load exceeds 33 rps (then managed-containers) (now 5 rps)";
// empty for no crossovers.
QString summary(const QString& top, const QList<LoadCrossover>& crossovers);

} // namespace LoadSensitivity

} // namespace gw
