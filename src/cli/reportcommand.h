// report: a review report of a model as one HTML file, a PDF or Markdown.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class ReportCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
    bool showsLoadSensitivity() const override { return true; }
};

} // namespace gw::cli
