#include "measurerun.h"

#include "mainwindow.h"
#include "panels/prioritiespanel.h"
#include "views/diagramtab.h"

#include <QApplication>
#include <QFile>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace gw {

namespace {

constexpr int kLayoutWaitMs = 10'000;

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void measureSliderMoves(MainWindow* window, double readyMs, bool diagramDrawn)
{
    QSlider* slider = window->priorities()->slider(Quality::Cost);
    std::vector<double> times;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        slider->setValue(i % 2 == 0 ? 5 : 1);
        window->repaint(); // a synchronous paint of the whole window, as the user sees it
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("ready_ms=%.1f diagram=%s slider_median_ms=%.2f slider_max_ms=%.2f rss_mb=%.1f\n", readyMs,
                diagramDrawn ? "drawn" : "still-laying-out", times[times.size() / 2], times.back(),
                residentMegabytes());
    std::fflush(stdout);
    // Queued: the diagram may be drawn before main() has entered the event loop, and an exit() before
    // exec() would be lost. exit(), not quit(): quit() closes the window first, and the slider moves
    // have left the document modified, so the window would ask whether to save, with no one to answer.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
}

} // namespace

void startMeasureRun(MainWindow* window, const QElapsedTimer& sinceMain)
{
    window->showTab(QStringLiteral("diagram"));
    const QElapsedTimer started = sinceMain;
    auto done = std::make_shared<bool>(false);
    const auto finish = [window, started, done](bool drawn) {
        if (*done)
            return;
        *done = true;
        window->repaint();
        measureSliderMoves(window, static_cast<double>(started.nsecsElapsed()) / 1e6, drawn);
    };
    QObject::connect(window->diagram(), &DiagramTab::layoutFinished, window, [window, finish](bool ok) {
        if (!ok)
            std::fprintf(stderr, "the diagram was not drawn: %s\n",
                         qPrintable(window->diagram()->lastError()));
        finish(ok);
    });
    // A model too large to lay out in time is still measured (the layout goes on off the UI thread).
    QTimer::singleShot(kLayoutWaitMs, window, [finish] { finish(false); });
}

} // namespace gw
