// ProblemsPanel: the validator's errors and warnings; activating one asks to show its element.
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

Q_SIGNALS:
    void problemActivated(const gw::Diagnostic& diagnostic);

private:
    Diagnostics m_diagnostics;
};

} // namespace gw
