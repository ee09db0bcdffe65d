// groundwork-rulec: reads and checks the built-in rule packs (rules/*.yaml, from the resources of the
// core library) at build time and writes them in the compact form the programs load at start-up
// (RulePackCodec). A pack with an error fails the build, with every problem as file:line:col.
#include "core/rules/rulepackcodec.h"
#include "core/rules/rulepackloader.h"

#include <QSaveFile>
#include <QString>

#include <cstdio>

using namespace gw;

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: groundwork-rulec OUTPUT\n");
        return 2;
    }
    Diagnostics read;
    // Read together: the packs declare the decision kinds they use of each other.
    const QList<RulePack> packs = RulePackLoader::readFiles(RulePackLoader::builtInFiles(), true, read, {});
    // What only the whole set can tell (duplicates, unknown candidates) is checked here as at run time.
    const CatalogLoad merged = RulePackLoader::merge(packs, read);
    for (const Diagnostic& d : merged.diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    if (merged.hasErrors() || merged.catalog->isEmpty()) {
        std::fprintf(stderr, "groundwork-rulec: the built-in rule packs have errors\n");
        return 1;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly) || out.write(RulePackCodec::encode(packs, read)) < 0 ||
        !out.commit()) {
        std::fprintf(stderr, "groundwork-rulec: cannot write %s: %s\n", argv[1],
                     qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
