// drift: a model against what is deployed (Compose files, manifests, Terraform states), as findings.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class DriftCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("drift"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL INPUT..."); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
