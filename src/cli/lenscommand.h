// lens: the finding rules as an AWS Well-Architected custom lens.
#pragma once

#include "command.h"

namespace gw::cli {

class LensCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lens"); }
    QString summary() const override;
    QString arguments() const override { return QString(); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
