// ImageReference: a container image reference ("registry.example.com:5000/team/app:1.4@sha256:...")
// reduced to what identifies the software in it, its repository path, for the image rules to match.
#pragma once

#include <QString>

namespace gw {

struct ImageReference
{
    QString repository; // "team/app", lower case, without registry, tag, digest or Docker Hub's "library/"

    static ImageReference parse(const QString& reference);
    // Whether `pattern` can match a repository: path characters and '*', no tag or digest.
    static bool isPattern(const QString& pattern);

    QString lastComponent() const { return repository.mid(repository.lastIndexOf(u'/') + 1); }
};

} // namespace gw
