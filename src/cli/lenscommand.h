// lens: the finding rules as an AWS Well-Architected custom lens.
#pragma once

#include "scoringcommand.h"

namespace gw::cli {

class LensCommand : public ScoringCommand
{
public:
    QString name() const override { return QStringLiteral("lens"); }
    QString summary() const override;
    QString arguments() const override { return QString(); }
    int run(const QCommandLineParser& parser) const override;

protected:
    void addCommandOptions(QCommandLineParser& parser) const override;
};

} // namespace gw::cli
