// schema: print the model format's JSON Schema, generated from the declared fields, for an editor's
// YAML language server or an independent validator.
#pragma once

#include "command.h"

namespace gw::cli {

class SchemaCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("schema"); }
    QString summary() const override;
    QString arguments() const override { return QString(); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace gw::cli
