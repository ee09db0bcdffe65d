#include "modelinput.h"

#include "core/io/limits.h"
#include "core/io/modelfile.h"
#include "core/store/projectsource.h"

#include <QFile>
#include <QFileInfo>

namespace gw::cli {

ModelInput loadModelInput(const QString& path)
{
    ModelInput input;
    if (path == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            input.ioError = true;
            Diagnostic d;
            d.location.file = QStringLiteral("<stdin>");
            d.message = QStringLiteral("cannot read standard input");
            input.result.diagnostics.append(d);
            return input;
        }
        input.result = ModelFile::loadText(in.read(limits::kMaxModelBytes + 1), QStringLiteral("<stdin>"));
        return input;
    }
    if (const auto project = ProjectSource::parse(path)) {
        input.result = project->load(&input.ioError);
        return input;
    }
    const QFileInfo info(path);
    input.ioError = !info.exists() || info.isDir() || !info.isReadable();
    input.result = ModelFile::load(path);
    return input;
}

} // namespace gw::cli
