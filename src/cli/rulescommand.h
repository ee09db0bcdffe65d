// rules: work with rule packs; `rules lint DIR` checks packs (with every problem at file:line:col) and,
// with --coverage, which rules the scenario models never exercise.
#pragma once

#include "command.h"

namespace gw::cli {

class RulesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("lint DIR..."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
