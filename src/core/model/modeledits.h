// Model edits that keep a model consistent: renaming an element renames every reference to it,
// removing one removes the references, duplicating one gives the copy a fresh id. Undo commands in
// the document layer are built on these.
#pragma once

#include "model.h"

namespace gw::edits {

// An id not used by any workload, data store or channel: `base`, or `base-2`, `base-3`...
QString uniqueId(const Model& model, const QString& base);

// Renames the workload, data store or channel at `ref`, and every `uses.to` and decision subject
// that named it. Returns false (and changes nothing) when `ref` is not such an element.
bool renameElement(Model& model, const ElementRef& ref, const QString& newId);

// Removes the element at `ref`; for a workload, data store or channel also the `uses` entries that
// named it and the decisions about it.
bool removeElement(Model& model, const ElementRef& ref);

// Appends a copy of the element at `ref` (with a fresh id or name) and returns where it is.
ElementRef duplicateElement(Model& model, const ElementRef& ref);

// True when `a` and `b` differ in their priorities at most (a slider move). Cheap: a model's lists
// share their data until an edit detaches one.
bool samePrioritiesAside(const Model& a, const Model& b);

} // namespace gw::edits
