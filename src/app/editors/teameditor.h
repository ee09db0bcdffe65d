// TeamEditor: the form of the team: size and delivery teams, ops maturity, release cadence, budget,
// language skills as a table of language and level, hiring languages and compliance frameworks.
#pragma once

#include "elementeditor.h"
#include "fieldbindings.h"

#include <memory>

namespace gw {

namespace Ui {
class TeamEditor;
}
class RowTable;

class TeamEditor : public ElementEditor
{
    Q_OBJECT

public:
    explicit TeamEditor(QWidget* parent = nullptr);
    ~TeamEditor() override;

    void showElement(const Model& model, const ElementRef& ref) override;
    QWidget* fieldWidget(const QString& field) const override;

private:
    struct SkillRow
    {
        QComboBox* language;
        QSpinBox* level;
    };

    void showSkills(const Team& team);
    void makeSkillRows(const Team& team, int focusRow);
    QString languageProblem(int row, const QString& language) const;
    void commitLanguage(int row);
    void addSkill();

    std::unique_ptr<Ui::TeamEditor> m_ui;
    FieldBindings<Team> m_fields;
    RowTable* m_skillsTable;
    QList<SkillRow> m_skillRows;
    int m_focusNewRow = -1; // a row just added gets focus when it appears
    // The language last sent per row until the model comes back: Enter in an editable combo box
    // reports the same text more than once (activated, editingFinished).
    QHash<int, QString> m_sentLanguages;
};

} // namespace gw
