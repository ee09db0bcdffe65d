#include "mergesummary.h"

#include "counted_p.h"
#include "modelmerge.h"

using namespace Qt::StringLiterals;

namespace gw {

QString MergeSummary::text(const ModelMergeResult& merge, const QString& existing)
{
    const QStringList updated = merge.updated();
    QString out =
        u"Merged into %1: %2 added, %3 updated (fields filled), %4 added, %5 added; kept yours: %6\n"_s
            .arg(existing, counted(merge.elements.size(), u"element"_s, u"elements"_s))
            .arg(updated.size())
            .arg(counted(merge.addedEdges.size(), u"edge"_s, u"edges"_s),
                 counted(merge.decisions.size(), u"decision"_s, u"decisions"_s),
                 merge.kept.isEmpty() ? u"nothing the import disagrees with"_s
                                      : QString::number(merge.kept.size()));
    for (const MergeConflict& c : merge.kept)
        out += u"  %1: %2 %3 (the import says %4)\n"_s.arg(c.where, c.field, c.yours, c.imported);
    QStringList filled;
    for (const QString& id : updated) {
        QStringList keys;
        for (const MergeFill& f : merge.filled) {
            if (f.element.section != ElementRef::Section::System && merge.model.elementId(f.element) == id)
                keys.append(f.key);
        }
        filled.append(u"%1 (%2)"_s.arg(id, keys.join(u", "_s)));
    }
    for (const MergeFill& f : merge.filled) {
        if (f.element.section == ElementRef::Section::System)
            filled.append(u"system (%1)"_s.arg(f.key));
    }
    if (!filled.isEmpty())
        out += u"Filled from the import: %1\n"_s.arg(filled.join(u", "_s));
    return out;
}

} // namespace gw
