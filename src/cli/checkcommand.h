// check: a CI gate over a model's findings, as text, JUnit XML or SARIF 2.1.0.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class CheckCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
