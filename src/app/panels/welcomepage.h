// WelcomePage: where a new start begins. A guided start (the system's name, the team's size, the first
// workload and the data store it uses) that makes the same starter model as File > New, the bundled
// examples described in a line each, and the recent files. Choosing any of them leaves the page.
#pragma once

#include "startermodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace gw {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // Fills the lists: `examples` as resource paths, `recent` as file paths, newest first.
    void showChoices(const QStringList& examples, const QStringList& recent);
    StarterChoices choices() const;

    // The first comment line of an example model: what it is, in a line.
    static QString describeExample(const QString& resourcePath);

    QListWidget* examples() const { return m_examples; }
    QListWidget* recent() const { return m_recent; }
    QPushButton* startButton() const { return m_start; }
    QLineEdit* systemName() const { return m_system; }

Q_SIGNALS:
    void startRequested(const gw::StarterChoices& choices);
    void exampleRequested(const QString& resourcePath);
    void fileRequested(const QString& path);
    void openRequested();
    void dismissed(); // back to the open model as it is

private:
    QLineEdit* m_system;
    QSpinBox* m_team;
    QLineEdit* m_workload;
    QComboBox* m_kind;
    QLineEdit* m_store;
    QComboBox* m_shape;
    QPushButton* m_start;
    QListWidget* m_examples;
    QListWidget* m_recent;
};

} // namespace gw
