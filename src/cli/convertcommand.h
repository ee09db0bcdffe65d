// convert: turn a YAML model into a project file or a project (or one of its snapshots) back into YAML,
// by the output's extension, losslessly for the model.
#pragma once

#include "command.h"

namespace gw::cli {

class ConvertCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("IN OUT"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
