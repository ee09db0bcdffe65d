// ReportExport: File > Export report...: asks where (HTML, PDF or Markdown by the file's type), writes the
// review report of the open model off the UI thread with a busy indicator, and says what went wrong.
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
    // Writes without asking (what run() does after the dialog); `error` says why it failed.
    static bool write(const Document& document, const QString& path, QString* error = nullptr);
};

} // namespace gw
