// ConflictChanges: what a user needs to merge a save the workspace refused: their changes (the revision
// it was based on against the latest) and yours (the same base against the refused model), each as the
// semantic diff's table, every side scored with one catalog so that advice changes are comparable.
// The CLI prints it after a refused push; the app shows it under Show Details.
#pragma once

#include "workspace.h"

#include <memory>

namespace gw {

class Catalog;

struct ConflictChanges
{
    QString text;  // both tables under their headings; empty when a side could not be read
    QString error; // why, when `text` is empty

    // `yoursName` names the refused model in the report ("plan.yaml", "your edits").
    static ConflictChanges between(Workspace& workspace, const QString& name, int base, int theirs,
                                   const QString& yoursName, const Model& yours,
                                   const std::shared_ptr<const Catalog>& catalog);
};

} // namespace gw
