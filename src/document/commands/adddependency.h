// AddDependency: "Connect storefront-api to orders-db": one new `uses` entry on a workload, as drawing
// an arrow from one box to another in the diagram makes it.
#pragma once

#include "modelcommand.h"

namespace gw {

class AddDependency : public ModelCommand
{
public:
    // Why workload `from` cannot get a dependency on `to` in `model` (the sentence a status bar shows),
    // or an empty string when it can: `from` must be a workload, `to` another workload, a data store or
    // a channel that `from` does not use yet.
    static QString refusal(const Model& model, const QString& from, const QString& to);
    // A new dependency on `to`, in the mode its sort needs (publish to a channel, sync otherwise) and
    // read-write: what a drawn arrow and a new row of the dependency table both start with.
    static Use newUse(const Model& model, const QString& to);

    // Appends newUse(`to`) to the uses of workload `from`. Call only when refusal() is empty.
    AddDependency(Document* document, const QString& from, const QString& to);
};

} // namespace gw
