// Document: the model open in the app, the file it came from, its problems and its undo history.
// Views read it and listen to its signals; every edit is an undo command that goes through it.
#pragma once

#include "core/io/loadresult.h"
#include "core/store/projectfile.h"

#include <QObject>
#include <QUndoStack>

namespace gw {

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    // Loads a model file (YAML) or a project (.groundwork, which stays open and locked); the document
    // takes the model even when it has problems, so they can be shown. When the file cannot be read at
    // all, the document stays as it was and `error` says why. A read-only project opens with `warning`
    // set: Save then refuses and the app offers Save As. So does a project an older Groundwork saved,
    // which the open upgraded: earlier versions can no longer open it.
    bool open(const QString& path, QString* error = nullptr, QString* warning = nullptr);
    // Opens the model a store keeps (a model in a team workspace); the document holds the store, saves
    // go back to it (saveToStore) and its snapshots are the History panel's. The document stays as it
    // was when the store has no model to give; `error` says why.
    bool openStore(std::unique_ptr<ModelStore> store, QString* error = nullptr);
    // Saves the model to the store it came from; on success the document is clean. A store shared by
    // several people refuses a save based on a model someone else replaced since (`error` says so).
    bool saveToStore(QString* error = nullptr);
    // Starts over with `model` and no file (File > New).
    void reset(const Model& model);
    // Writes the model to `path`: a project (.groundwork; the open project's history comes along to a
    // new path) or YAML, both atomically; on success the document is clean and takes the path.
    bool saveAs(const QString& path, QString* error = nullptr);
    // Replaces the model with `model` as one undoable edit named `text` (restoring a snapshot, recovering
    // unsaved changes).
    void replaceModel(const Model& model, const QString& text);

    // Where the model and its history are kept (a project file or a workspace model), or null when the
    // document is a YAML file or new.
    ModelStore* store() { return m_store.get(); }
    // The store when it is a project file.
    ProjectFile* project() { return dynamic_cast<ProjectFile*>(m_store.get()); }
    bool isReadOnly() const { return m_store && m_store->isReadOnly(); }
    // True when the document saves to its store rather than to a file (a workspace model).
    bool savesToStore() const { return m_store && m_filePath.isEmpty(); }
    // What the window's title names: the file's name, the store's location, or nothing when new.
    QString displayName() const;

    const Model& model() const { return m_model; }
    const SourceMap& sources() const { return m_sources; }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undoStack.isClean(); }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Pushes an edit; an edit that changes nothing is dropped. Takes ownership.
    void push(class ModelCommand* command);
    // For undo commands only: replaces the model and tells the views. `focus` is the edited element.
    void applyModel(const Model& model, const ElementRef& focus);

Q_SIGNALS:
    void modelReset();                              // a new model: rebuild everything
    void projectChanged();                          // snapshots were taken or removed, or another file
    void modelChanged(const gw::ElementRef& focus); // an edit: refresh, and select `focus`
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void revalidate();
    // True when `after` differs from `before` in its priorities alone, each in range.
    static bool onlyPrioritiesMoved(const Model& before, const Model& after);

    Model m_model;
    SourceMap m_sources; // positions in the file as loaded; dropped at the first edit
    Diagnostics m_diagnostics;
    QString m_filePath;
    std::unique_ptr<ModelStore> m_store;
    QUndoStack m_undoStack;
};

} // namespace gw
