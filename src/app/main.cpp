// groundwork: the desktop app.
#include "core/version.h"
#include "document/document.h"
#include "mainwindow.h"
#include "measurerun.h"
#include "palettecolors.h"
#include "panels/modeltreepanel.h"
#include "panels/prioritiespanel.h"
#include "views/diagramtab.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QPixmap>
#include <QScreen>
#include <QSlider>
#include <QStyle>
#include <QTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Groundwork"));
    QApplication::setOrganizationName(QStringLiteral("Groundwork"));
    QApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("groundwork"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/groundwork/app/groundwork.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Groundwork: architecture design and stack selection."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"),
                                 QStringLiteral("A model (.yaml) or project (.groundwork) to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window once it is shown, then quit "
                                                       "(for documentation)."),
                                        QStringLiteral("file"));
    parser.addOption(screenshot);
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QStringLiteral("Show this tab first: recommendations (or its why, compare or chart), diagram, "
                       "sensitivity or yaml; or this panel: findings, problems, history or drift."),
        QStringLiteral("name"));
    parser.addOption(tab);
    const QCommandLineOption diagramWindow(
        QStringLiteral("diagram-window"),
        QStringLiteral("Show the diagram in a window of its own, as View > Diagram in its own window does; "
                       "with --screenshot, the picture is of that window."));
    parser.addOption(diagramWindow);
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        QStringLiteral("Print start-up, slider and memory figures for the model, then "
                       "quit (see docs/performance.md)."));
    parser.addOption(measure);
    const QCommandLineOption compare(
        QStringLiteral("compare-with"),
        QStringLiteral("Compare the model with what is deployed: Compose files, manifests or Terraform "
                       "states, or a folder of them (repeatable), as File > Compare with deployed does."),
        QStringLiteral("path"));
    parser.addOption(compare);
    const QCommandLineOption size(
        QStringLiteral("size"),
        QStringLiteral("Open the window at this size, e.g. 1600x1000 (for screenshots)."),
        QStringLiteral("WxH"));
    parser.addOption(size);
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QStringLiteral("Use Qt's Fusion style with a light or dark palette, to check "
                       "the app's colours under either."),
        QStringLiteral("light|dark"));
    parser.addOption(palette);
    const QCommandLineOption select(
        QStringLiteral("select"),
        QStringLiteral("Select this element (a workload, data store or channel id) "
                       "once the model is open."),
        QStringLiteral("id"));
    parser.addOption(select);
    const QCommandLineOption priority(
        QStringLiteral("priority"),
        QStringLiteral("Move a priority slider once the model is open, as a user would (an undoable "
                       "edit), e.g. cost=5; repeatable."),
        QStringLiteral("quality=value"));
    parser.addOption(priority);
    const QCommandLineOption click(
        QStringLiteral("click"),
        QStringLiteral("Click the window's button of this object name once the model "
                       "is open (pinButton: Pin this choice...), for screenshots of "
                       "what it opens."),
        QStringLiteral("name"));
    parser.addOption(click);
    const QCommandLineOption exportReport(
        QStringLiteral("export-report"),
        QStringLiteral("Write the review report to FILE once the model is open, as File > Export > Report "
                       "does (HTML, PDF or Markdown by its extension)."),
        QStringLiteral("file"));
    parser.addOption(exportReport);
    parser.process(app);
    if (parser.isSet(palette)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(parser.value(palette) == QStringLiteral("dark")
                                     ? gw::palettecolors::darkPalette()
                                     : QApplication::style()->standardPalette());
    }

    gw::MainWindow window;
    if (parser.isSet(measure))
        gw::startMeasureRun(&window, sinceMain);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    if (!parser.isSet(screenshot) && !parser.isSet(measure))
        window.offerRecovery();
    if (parser.isSet(compare))
        window.compareWithDeployed(parser.values(compare));
    if (parser.isSet(select)) {
        const gw::ElementRef ref = window.document()->model().findElement(parser.value(select));
        if (ref.isValid())
            window.modelTree()->selectElement(ref);
        else
            qWarning("groundwork: the model has no element '%s'", qPrintable(parser.value(select)));
    }
    for (const QString& move : parser.values(priority)) {
        const std::optional<gw::Quality> quality =
            gw::enumFromString<gw::Quality>(move.section(u'=', 0, 0).replace(u'-', u'_'));
        bool number = false;
        const int value = move.section(u'=', 1).toInt(&number);
        if (quality && number)
            window.priorities()->slider(*quality)->setValue(value);
        else
            qWarning("groundwork: cannot read --priority '%s' (say cost=5)", qPrintable(move));
    }
    if (parser.isSet(tab))
        window.showTab(parser.value(tab));
    if (parser.isSet(diagramWindow))
        window.diagram()->detachAction()->setChecked(true);
    if (parser.isSet(exportReport) && window.exportReport(parser.value(exportReport)).isEmpty())
        qWarning("groundwork: the report was not written to %s", qPrintable(parser.value(exportReport)));
    if (parser.isSet(click)) {
        auto* button = window.findChild<QAbstractButton*>(parser.value(click));
        if (button)
            QTimer::singleShot(0, button, &QAbstractButton::click); // a dialog it opens runs its own loop
        else
            qWarning("groundwork: no button named '%s'", qPrintable(parser.value(click)));
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Once the diagram is laid out (the slowest part), so that the picture shows what a user sees;
        // with a dialog open, the whole screen, dialog and window together.
        const auto shoot = [&window, path] {
            const QPixmap picture = QApplication::activeModalWidget()
                                        ? QGuiApplication::primaryScreen()->grabWindow(0)
                                        : window.diagram()->window()->grab();
            QCoreApplication::exit(picture.save(path, "PNG") ? 0 : 1);
        };
        QObject::connect(window.diagram(), &gw::DiagramTab::layoutFinished, &window, shoot,
                         Qt::QueuedConnection);
        QTimer::singleShot(30'000, &window, shoot);
    }
    return app.exec();
}
