// report: a review report of a model as one HTML file, a PDF or Markdown.
#pragma once

#include "command.h"

namespace gw::cli {

class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
