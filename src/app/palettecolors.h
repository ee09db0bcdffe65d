// PaletteColors: the app's own colours (diagram boxes, zones and lines, chart, syntax highlighting) are
// designed on a light palette. Under a dark one each becomes the same hue at the mirrored lightness, so
// a pale fill turns deep and dark text turns light, and the contrast between them holds either way.
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

class QChart;

namespace gw::palettecolors {

// Whether `palette`'s window is darker than its text: a dark theme.
bool isDark(const QPalette& palette);
bool isDark(); // the application's palette
// `designed` as it should show under `palette` (the application's when not given).
QColor themed(const QColor& designed, const QPalette& palette);
QColor themed(const QColor& designed);
// The colour of the candidate ranked `rank` (0 first) wherever candidates are charted: it stays with
// the candidate whichever one is selected.
QColor candidateColour(int rank);
// A small square of that colour, for the candidate's row or column wherever it is listed.
QIcon candidateSwatch(int rank);
// A dark palette for checking the colours (groundwork --palette dark): Qt's Fusion style takes it as is.
QPalette darkPalette();
// Gives `chart` Qt Charts' light or dark theme by the application's palette, on its window colour.
void themeChart(QChart* chart);

} // namespace gw::palettecolors
