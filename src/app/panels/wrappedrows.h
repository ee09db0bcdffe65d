// wrapRows: makes a tree view's rows as tall as their text wrapped to the column's width, so that a long
// message reads whole instead of being cut at the column's edge. QTreeView measures a row without the
// column's width and so never wraps it; the delegate installed here measures with it, and the rows are
// measured again when a column is resized.
#pragma once

class QTreeView;

namespace gw {

void wrapRows(QTreeView* view);

} // namespace gw
