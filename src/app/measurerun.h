// MeasureRun: `groundwork --measure MODEL` for docs/performance.md: how long from main() to a painted
// window with the model loaded, scored and its diagram drawn; how long a priority slider move takes to
// re-score and repaint; and the resident memory then. Prints the figures and quits.
#pragma once

#include <QElapsedTimer>

namespace gw {

class MainWindow;

// Starts measuring; `sinceMain` was started first thing in main().
void startMeasureRun(MainWindow* window, const QElapsedTimer& sinceMain);

} // namespace gw
