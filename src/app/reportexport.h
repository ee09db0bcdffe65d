// ReportExport: File > Export > Report...: asks where (HTML, PDF or Markdown by the file's type; in the
// last export's folder), writes the review report of the open model off the UI thread with a busy
// indicator, says what went wrong, and remembers the folder for the next export.
#pragma once

#include <QString>

class QWidget;

namespace gw {

class Document;

class ReportExport
{
public:
    // Returns the path written, or an empty string when the user cancelled or writing failed.
    static QString run(QWidget* parent, const Document& document);
    // What run() does once it has a path: writes with the busy indicator, says what went wrong.
    static QString exportTo(QWidget* parent, const Document& document, const QString& path);
    // Writes without asking (what run() does after the dialog); `error` says why it failed.
    static bool write(const Document& document, const QString& path, QString* error = nullptr);
};

} // namespace gw
