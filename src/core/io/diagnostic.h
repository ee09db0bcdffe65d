// Diagnostic: one problem found in a model or a rule pack, with the place it points at.
#pragma once

#include "../model/elementref.h"

#include <QList>
#include <QString>

namespace gw {

struct SourceLocation
{
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown

    bool isValid() const { return line > 0; }
    bool operator==(const SourceLocation&) const = default;
};

enum class Severity { Error, Warning };

struct Diagnostic
{
    Severity severity = Severity::Error;
    SourceLocation location;
    QString message;
    ElementRef element; // the element the problem belongs to, for selecting it in the app
    QString path;       // the full path of the value in the format, e.g. "workloads[2].traffic.pattern"

    // "file:line:col: error: message", the form compilers and editors understand.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);
int countOf(const Diagnostics& diagnostics, Severity severity);
// Errors first, then by line and column, so that the list reads top to bottom.
void sortDiagnostics(Diagnostics& diagnostics);

} // namespace gw
