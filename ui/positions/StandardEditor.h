#pragma once

#include "common/Result.h"
#include "domain/Competency.h"
#include "domain/Position.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace karsa::ui {

class StandardTableModel;
class Workspace;

// Edits the standard (SKJ) of one position: required level and weight per competency, add and
// remove lines, fill the jenjang defaults; Save writes it as one undoable command.
class StandardEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StandardEditor(Workspace* workspace, QWidget* parent = nullptr);

    void setDictionary(const QVector<Competency>& competencies);
    // Shows position's standard; keepEdits keeps unsaved lines when it is the same position.
    void setPosition(const Position& position, bool keepEdits = false);
    void clear();
    qint64 positionId() const { return m_position.id; }

    StandardTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool isModified() const;

    void addCompetency(qint64 competencyId);
    void removeSelectedLine();
    void fillFromJenjangDefaults();
    void discardChanges();
    // Validates and writes the standard through the undo stack; the error is also shown.
    Status save();

private:
    void updateControls();
    void fillAddCombo();

    Workspace* m_workspace;
    Position m_position;
    StandardTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_caption = nullptr;
    QComboBox* m_addCombo = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace karsa::ui
