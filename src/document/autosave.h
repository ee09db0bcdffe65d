// Autosave: while the document has unsaved changes, writes a recovery copy (a project file) every
// minute; after a crash, finds the copies newer than their files so the app can offer them, and
// removes a copy once its document is saved or closed cleanly.
#pragma once

#include "core/model/model.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace gw {

class Document;

class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval{60'000};

    // A recovery copy left behind: the model a document had, and the file it belonged to ("" when new).
    struct Recovery
    {
        QString copyPath;
        QString originalPath;
        QDateTime time;
    };

    // `folder`: where the copies live (created when needed); the app uses defaultFolder().
    Autosave(Document* document, const QString& folder, QObject* parent = nullptr);

    // AppDataLocation/recovery.
    static QString defaultFolder();

    void setInterval(std::chrono::milliseconds interval); // tests use a short one
    // Writes the copy for the document now; false (and nothing left behind) when that fails.
    bool writeNow();
    // Removes the copy of the document's current file (after a save, or a clean close).
    void discard();
    void discard(const Recovery& recovery);

    // Copies newer than the file they belong to (or whose file is gone, or that belonged to a new model).
    QList<Recovery> pending() const;
    static std::optional<Model> load(const Recovery& recovery, QString* error = nullptr);
    // Opens the recovery's file (when it had one) and applies the recovered model as one undoable edit,
    // leaving the document modified; then removes the copy.
    bool restore(const Recovery& recovery, QString* error = nullptr);

private:
    QString copyPathFor(const QString& filePath) const;
    void onTimer();

    Document* m_document;
    QString m_folder;
    QString m_copyFor; // the file whose copy this session wrote last
    QTimer m_timer;
};

} // namespace gw
