// Evaluation: what the rules conclude about a model before any weighting (every candidate's quality
// scores after rules, reasons, vetoes, the findings that do not depend on choices). It depends on the
// model only, so the app keeps it and re-ranks with new priorities on every slider move.
#pragma once

#include <QStringList>

#include <memory>

namespace gw {

struct Model;
struct EvaluationData; // private to the engine

class Evaluation
{
public:
    Evaluation() = default;

    bool isValid() const { return d != nullptr; }
    // The model evaluated (a copy; later edits of the caller's model do not change it).
    const Model& model() const;

private:
    friend class ScoringEngine;
    std::shared_ptr<const EvaluationData> d;
};

} // namespace gw
