// A test-only program that uses a project file the way the app does, for what a Qt Test cannot do in
// its own process: be killed in the middle of a save, hold the file's lock, or run into a full disk.
//   store_saver loop PATH         saves model A and B in turn until killed
//   store_saver hold PATH         opens the project, prints "ready", holds it until stdin closes
//   store_saver full PATH BYTES   limits file size to BYTES, tries to save a bigger model; exit 0 when
//                                 the save failed and said the last saved state is kept
//   store_saver upgrade PATH BYTES  limits file size to BYTES and opens a project of an older schema;
//                                 exit 0 when the upgrade failed and said the file was kept
#include "core/store/projectfile.h"
#include "savermodels.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace gw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString mode = args.at(1);
    ProjectFile project;
    if (mode == QStringLiteral("full") || mode == QStringLiteral("upgrade")) {
        // Writes past the limit then fail with EFBIG, as on a full disk, instead of killing us.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{args.at(3).toULongLong(), args.at(3).toULongLong()};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    if (mode == QStringLiteral("upgrade")) {
        if (project.open(args.at(2)))
            return 5; // the upgrade fitted: the test is set up wrong
        const QString error = project.errorString();
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.contains(QStringLiteral("was not changed")) ||
                       error.contains(QStringLiteral("the last saved state is kept"))
                   ? 0
                   : 6;
    }
    if (!project.open(args.at(2))) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorString()));
        return 3;
    }
    if (mode == QStringLiteral("loop")) {
        const Model models[2] = {testsupport::saverModelA(), testsupport::saverModelB()};
        // Tells the test the saves begin now, so that its kills land in them however slowly this
        // process started (under AddressSanitizer, start-up alone outlasts the test's longest wait).
        std::fputs("saving\n", stdout);
        std::fflush(stdout);
        for (int i = 0;; ++i) {
            if (!project.save(models[i % 2])) {
                std::fprintf(stderr, "%s\n", qPrintable(project.errorString()));
                return 4;
            }
            if (i == 0) { // how long one save takes, for the test to spread its kills over
                std::fputs("saved\n", stdout);
                std::fflush(stdout);
            }
        }
    }
    if (mode == QStringLiteral("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
        return 0;
    }
    if (mode == QStringLiteral("full")) {
        Model big = testsupport::generateModel({3000, 1500, 500});
        if (project.save(big))
            return 5; // the limit was not reached: the test is set up wrong
        std::fprintf(stderr, "%s\n", qPrintable(project.errorString()));
        return project.errorString().contains(QStringLiteral("the last saved state is kept")) ? 0 : 6;
    }
    return 2;
}
