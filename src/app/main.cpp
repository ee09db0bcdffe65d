// groundwork: the desktop app.
#include "core/version.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Groundwork"));
    QApplication::setOrganizationName(QStringLiteral("Groundwork"));
    QApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Groundwork: architecture design and stack selection."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("A model file (.yaml) to open."));
    parser.process(app);

    gw::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    return app.exec();
}
