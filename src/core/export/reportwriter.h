// ReportWriter: a scored model's review report written to one file the user named, in the format its
// extension says (.html, .pdf, .md); the one path the CLI's `report` and the app's File > Export report
// share. Markdown puts its diagram beside the report, in the same folder and nowhere else.
#pragma once

#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace gw {

struct Model;
struct Recommendations;

enum class ReportFormat { Html, Pdf, Markdown };

// One row per format: the CLI's --format and help, the app's file dialog and formatFor() derive from it.
struct ReportFormatEntry
{
    ReportFormat format;
    QString label;          // for a file dialog: "HTML report"
    QStringList extensions; // without the dot, the usual one (also the --format name) first
};

struct ReportWriteResult
{
    bool ok = false;
    QString error;        // one line when !ok
    QStringList warnings; // e.g. the diagram could not be drawn; the report was written without it
    QStringList written;  // absolute paths
};

class ReportWriter
{
public:
    // HTML, PDF and Markdown, in the order users see them.
    static const std::vector<ReportFormatEntry>& formats();
    // From a file name's extension or a --format value: html/htm, pdf, md/markdown.
    static std::optional<ReportFormat> formatFor(const QString& nameOrFormat);
    static ReportWriteResult write(const Model& model, const Recommendations& recommendations,
                                   const QString& modelPath, const QString& outputPath, ReportFormat format,
                                   const std::atomic_bool* cancel = nullptr);
};

} // namespace gw
