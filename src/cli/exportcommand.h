// export: writes the infrastructure-as-code and contract skeletons of a model (Terraform, Kubernetes,
// docker-compose, API contracts, or all) into one folder, never overwriting a file without --force.
#pragma once

#include "command.h"

namespace gw::cli {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("KIND MODEL"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
