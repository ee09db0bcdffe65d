// ExportLocation: where an export's save dialog starts. The folder the user last exported into is
// remembered across sessions (exports usually go to one place, rarely beside the model), and the file is
// named after the model, with the format's extension.
#pragma once

#include <QString>

namespace gw {

class ExportLocation
{
public:
    // The folder of the last export; before the first one, the model's folder, else the home folder.
    static QString folder(const QString& modelPath);
    // folder()/<model name>.<extension>; the model's file name without its suffix, or "model" when unsaved.
    static QString suggestedPath(const QString& modelPath, const QString& extension);
    // Remembers the folder `folder` (or, for a file, the folder holding it) for the next export.
    static void remember(const QString& folder);

    // The settings key the folder is kept under.
    static QString settingsKey();
};

} // namespace gw
