// cost: what the model's picks cost a month, element by element, from the dated price catalog.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class CostCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("cost"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
