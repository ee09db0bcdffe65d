// score: rank the candidates of every decision a model calls for, with reasons and findings.
#pragma once

#include "command.h"

namespace gw::cli {

class ScoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("score"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("MODEL"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
