// ReportPdf: a printable report laid out into a paged PDF by the groundwork-pdf helper process (Qt Gui,
// which the command-line tool must not link): title page, contents with page numbers, numbered pages.
#pragma once

#include "reporthtml.h"

#include <atomic>

namespace gw {

struct ReportPdfResult
{
    bool ok = false;
    QString error; // one line for the user when !ok
    QByteArray pdf;
};

class ReportPdf
{
public:
    // The request the helper reads on stdin: {"title", "html", "sections": [{anchor, title}],
    // "images": {name: svg text}}.
    static QByteArray request(const PrintableReport& report);
    static ReportPdfResult render(const PrintableReport& report, int timeoutMs = 300'000,
                                  const std::atomic_bool* cancel = nullptr);
    // $GROUNDWORK_PDF when set, else groundwork-pdf beside the running program, or in ../bin, ../libexec.
    static QString helperPath();
};

} // namespace gw
