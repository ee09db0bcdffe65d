// groundwork-pdf: reads a report request (JSON) on stdin, writes the PDF on stdout. Run it with
// QT_QPA_PLATFORM=offscreen; ReportPdf does.
#include "pagedreport.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        std::fputs("groundwork-pdf: cannot read standard input\n", stderr);
        return 2;
    }
    gw::pdf::PagedReportInput input;
    QString error;
    if (!gw::pdf::PagedReport::parse(in.readAll(), input, error)) {
        std::fprintf(stderr, "groundwork-pdf: %s\n", error.toUtf8().constData());
        return 2;
    }
    const QByteArray pdf = gw::pdf::PagedReport::render(input, error);
    if (pdf.isEmpty()) {
        std::fprintf(stderr, "groundwork-pdf: %s\n", error.toUtf8().constData());
        return 1;
    }
    const auto size = static_cast<std::size_t>(pdf.size());
    if (std::fwrite(pdf.constData(), 1, size, stdout) != size || std::fflush(stdout) != 0) {
        std::fputs("groundwork-pdf: cannot write standard output\n", stderr);
        return 2;
    }
    return 0;
}
