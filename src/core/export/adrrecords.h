// AdrRecords: one Markdown decision record per decision of a scored model, in the MADR layout (context
// and problem, decision drivers, considered options, outcome with consequences, pros and cons), numbered
// NNNN-<subject>-<kind>.md. Records already in the folder are found again by their key and rewritten
// under their own number, so that running it twice never duplicates a record.
#pragma once

#include "../store/decisionlog.h"
#include "exportfile.h"

#include <QMap>

namespace gw {

struct Model;
struct Recommendations;
struct DecisionResult;

class AdrRecords
{
public:
    // `existing`: the records already in the folder, file name -> content. `log`: a project file's
    // decision log, when the model came from one: it gives the status and the record's history.
    static ExportFiles write(const Model& model, const Recommendations& recommendations,
                             const QMap<QString, QByteArray>& existing, const DecisionLog& log = {});
    // "storefront-api/compute": what the front matter carries as groundwork-decision.
    static QString key(const DecisionResult& decision);
    // The key an existing record carries in its front matter; empty when none (write() then matches
    // the file name's <subject>-<kind>).
    static QString keyOf(const QByteArray& content);
    // True for names of the form NNNN-anything.md.
    static bool isRecordName(const QString& fileName);
};

} // namespace gw
