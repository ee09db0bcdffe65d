// Every undo command that merges with its successor has its id here, so that no two collide.
#pragma once

namespace gw {

enum UndoMergeId : int {
    ChangePriorityMergeId = 1, // consecutive moves of one priority slider are one step
};

} // namespace gw
