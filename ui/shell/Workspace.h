#pragma once

#include "storage/Database.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace karsa::ui {

// What the GUI shares between pages: the open database, the undo stack of this session, and a
// signal that tells pages which kind of data changed so they refresh.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum DataKind {
        Employees = 0x01,
        Positions = 0x02,
        Competencies = 0x04,
        Assessments = 0x08,
        Units = 0x10,
        Performance = 0x20,
        Settings = 0x40,
        Everything = 0xff
    };
    Q_DECLARE_FLAGS(DataKinds, DataKind)

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    bool hasDatabase() const { return m_database != nullptr; }
    Database& database() const { return *m_database; }
    QSqlDatabase db() const { return m_database->db(); }
    QString databasePath() const { return m_database ? m_database->path() : QString(); }
    QUndoStack* undoStack() const { return m_undo; }

    // Replaces the open database; the undo stack is cleared (its commands refer to the old file).
    void setDatabase(std::unique_ptr<Database> database);
    void notifyChanged(DataKinds kinds);

signals:
    void databaseChanged();
    void dataChanged(karsa::ui::Workspace::DataKinds kinds);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack* m_undo = nullptr;
};

} // namespace karsa::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(karsa::ui::Workspace::DataKinds)
