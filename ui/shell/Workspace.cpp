#include "Workspace.h"

#include <QUndoStack>

namespace karsa::ui {

Workspace::Workspace(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

Workspace::~Workspace() = default;

void Workspace::setDatabase(std::unique_ptr<Database> database)
{
    m_undo->clear();
    m_database = std::move(database);
    emit databaseChanged();
}

void Workspace::notifyChanged(DataKinds kinds)
{
    emit dataChanged(kinds);
}

} // namespace karsa::ui
