// DiffReport: a model diff and the advice diff it caused, for two named sides, written as a table for
// the terminal, as Markdown for a review, or as JSON in the shape documented in docs/diff.md.
#pragma once

#include "advicediff.h"
#include "modeldiff.h"

#include <QByteArray>

namespace gw {

struct DiffReport
{
    QString before; // how each side was named ("old.yaml", "plan.groundwork@review")
    QString after;
    ModelDiff model;
    AdviceDiff advice;

    bool isEmpty() const { return model.isEmpty() && advice.isEmpty(); }

    static DiffReport compare(const QString& beforeName, const Model& before,
                              const AdviceSummary& beforeAdvice, const QString& afterName, const Model& after,
                              const AdviceSummary& afterAdvice);

    QString toTable() const;
    QString toMarkdown() const;
    QByteArray toJson() const;
};

} // namespace gw
