// export: writes the infrastructure-as-code and contract skeletons of a model (Terraform, Kubernetes,
// docker-compose, API contracts, or all) into one folder, never overwriting a file without --force.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class ExportCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("KIND MODEL"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
