// score: rank the candidates of every decision a model calls for, with reasons and findings.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class ScoreCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("score"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
    bool showsLoadSensitivity() const override { return true; }
};

} // namespace gw::cli
