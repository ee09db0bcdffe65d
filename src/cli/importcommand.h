// import: Compose files, Kubernetes manifests and Terraform states read into a model, every inferred value
// commented with where it came from, and a summary of what was found and left out on standard error.
#pragma once

#include "command.h"

namespace gw::cli {

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("FILE|DIR..."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
