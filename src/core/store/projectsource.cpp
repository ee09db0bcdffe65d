#include "projectsource.h"

#include "../io/modelvalidator.h"
#include "projectfile.h"

namespace gw {

std::optional<ProjectSource> ProjectSource::parse(const QString& argument)
{
    const QLatin1StringView extension(ProjectFile::kExtension);
    if (argument.endsWith(extension, Qt::CaseInsensitive))
        return ProjectSource{argument, {}};
    const qsizetype at = argument.lastIndexOf(extension + u'@', -1, Qt::CaseInsensitive);
    if (at < 0)
        return std::nullopt;
    const qsizetype split = at + extension.size();
    return ProjectSource{argument.left(split), argument.mid(split + 1)};
}

LoadResult ProjectSource::load(bool* ioError) const
{
    LoadResult result;
    const auto failed = [&](const QString& message) {
        Diagnostic d;
        d.location.file = display();
        // The diagnostic names the file already.
        const QString prefix = file + QStringLiteral(": ");
        d.message = message.startsWith(prefix) ? message.mid(prefix.size()) : message;
        result.diagnostics.append(d);
        result.readable = false;
        if (ioError)
            *ioError = true;
        return result;
    };
    if (ioError)
        *ioError = false;
    ProjectFile project;
    if (!project.open(file, ProjectFile::Access::ReadOnly))
        return failed(project.errorString());
    const std::optional<Model> model = snapshot.isEmpty() ? project.model() : project.snapshotModel(snapshot);
    if (!model)
        return failed(project.errorString());
    result.model = *model;
    result.diagnostics = ModelValidator::validate(result.model, result.sources);
    for (Diagnostic& d : result.diagnostics) {
        if (d.location.file.isEmpty())
            d.location.file = display();
    }
    return result;
}

} // namespace gw
