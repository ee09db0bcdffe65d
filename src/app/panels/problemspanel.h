// ProblemsPanel: the validator's errors and warnings, in the document's order (errors first, then by
// place in the file); activating one asks to show its element. Rows wrap so that a message reads whole.
#pragma once

#include "core/io/diagnostic.h"

#include <QTreeWidget>

namespace gw {

class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget* parent = nullptr);

    void showDiagnostics(const Diagnostics& diagnostics);
    // Selects and activates the problem `step` rows from the current one (F8 and Shift+F8), wrapping
    // around at the ends; false when there is none.
    bool activateAdjacent(int step);

Q_SIGNALS:
    void problemActivated(const gw::Diagnostic& diagnostic);

private:
    Diagnostics m_diagnostics;
};

} // namespace gw
