#include "importinputs.h"

#include "../io/limits.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <tuple>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

void problem(ImportInputs& out, const QString& file, const QString& message)
{
    Diagnostic d;
    d.location.file = file;
    d.message = message;
    out.problems.append(d);
    out.ioError = true;
}

// Name order, except that "docker-compose.override.yml" follows "docker-compose.yml": Compose applies
// an override after the file it overrides.
bool before(const QString& a, const QString& b)
{
    const QFileInfo x(a);
    const QFileInfo y(b);
    const auto key = [](const QFileInfo& f) {
        return std::tuple(f.path(), f.fileName().contains(u".override."_s), f.fileName());
    };
    return key(x) < key(y);
}

} // namespace

ImportInputs ImportInputCollector::collect(const QStringList& paths)
{
    ImportInputs out;
    QSet<QString> seen; // canonical paths: a file named twice is read once
    const auto read = [&](const QString& file, bool named) {
        const QFileInfo info(file);
        const QString canonical = info.canonicalFilePath();
        if (seen.contains(canonical))
            return;
        seen.insert(canonical);
        if (out.inputs.size() >= kMaxFiles) {
            problem(out, file, u"more than %1 files to import; name fewer"_s.arg(kMaxFiles));
            return;
        }
        if (info.size() > limits::kMaxModelBytes) {
            problem(out, file,
                    u"the file is larger than %1 MiB; refusing to read it"_s.arg(limits::kMaxModelBytes /
                                                                                 (1024 * 1024)));
            return;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            problem(out, file, u"cannot open: %1"_s.arg(f.errorString()));
            return;
        }
        // One byte past the limit: a file that grew since it was measured is still refused.
        const QByteArray bytes = f.read(limits::kMaxModelBytes + 1);
        if (bytes.size() > limits::kMaxModelBytes) {
            problem(out, file,
                    u"the file is larger than %1 MiB; refusing to read it"_s.arg(limits::kMaxModelBytes /
                                                                                 (1024 * 1024)));
            return;
        }
        out.inputs.append(ImportInput{file, bytes, named});
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problem(out, path, u"no such file or folder"_s);
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, {u"*.yaml"_s, u"*.yml"_s, u"*.json"_s, u"*.tfstate"_s},
                            QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                const QString relative =
                    QDir(info.absoluteFilePath()).relativeFilePath(it.fileInfo().absoluteFilePath());
                // Hidden folders (.git, .github) hold no part of the system.
                if (relative.startsWith(u'.') || relative.contains(u"/."_s))
                    continue;
                files.append(QDir(path).filePath(relative));
                if (files.size() > kMaxFiles)
                    break;
            }
            std::sort(files.begin(), files.end(), before);
            for (const QString& file : std::as_const(files))
                read(file, false);
        } else {
            read(path, true);
        }
    }
    return out;
}

} // namespace gw
