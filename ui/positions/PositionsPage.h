#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "domain/Competency.h"
#include "domain/Position.h"
#include "domain/Unit.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
class QTreeView;

namespace karsa::ui {

class HolderTableModel;
class PositionTableModel;
class StandardEditor;
class UnitTreeModel;

// Jabatan & SKJ: positions by unit, each with its competency standard (editable) and holders.
class PositionsPage : public Page
{
    Q_OBJECT
public:
    explicit PositionsPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Positions & Standards"); }

    UnitTreeModel* unitModel() const { return m_unitModel; }
    PositionTableModel* model() const { return m_model; }
    HolderTableModel* holderModel() const { return m_holderModel; }
    StandardEditor* standardEditor() const { return m_standard; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }

    void selectUnit(qint64 unitId); // 0 = every unit
    bool selectPosition(qint64 positionId);
    qint64 selectedPositionId() const;

    // Dialog-free seams, each one undoable command; the dialogs call them.
    Status createPosition(const Position& position);
    Status updatePosition(const Position& before, const Position& after);
    Status deletePosition(qint64 positionId);

    void newPosition();
    void editSelected();
    void deleteSelected();

signals:
    void loaded(int count);

protected:
    void reload() override;

private:
    struct Loaded;
    void apply(const Loaded& data);
    void onPositionChanged();
    void showHolders(const Position& position, int holders, int vacancies);
    void fillJpm();
    void updateCount();
    void exportTable(QTableView* view, const QString& title, const QString& file, bool print);

    UnitTreeModel* m_unitModel = nullptr;
    PositionTableModel* m_model = nullptr;
    HolderTableModel* m_holderModel = nullptr;
    StandardEditor* m_standard = nullptr;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_unitSearch = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_holders = nullptr;
    QLabel* m_holderSummary = nullptr;
    QVector<Unit> m_units;
    QHash<qint64, QString> m_unitNames;
    qint64 m_shownPositionId = 0;
    int m_generation = 0;
};

} // namespace karsa::ui
