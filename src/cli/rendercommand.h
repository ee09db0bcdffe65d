// render: draw a model's topology diagram (one environment) as SVG, PNG, PDF, DOT, Mermaid, PlantUML,
// Structurizr DSL or draw.io.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class RenderCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
