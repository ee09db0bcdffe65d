// render: draw a model's topology diagram (one environment) as SVG, PNG, PDF, DOT, Mermaid, PlantUML,
// Structurizr DSL or draw.io.
#pragma once

#include "command.h"

namespace gw::cli {

class RenderCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
