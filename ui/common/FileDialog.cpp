#include "FileDialog.h"

#include <QFileDialog>

namespace karsa::ui {

std::optional<QString> FileDialog::s_next;
QString FileDialog::s_lastProposed;
QString FileDialog::s_lastFilter;

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& proposed,
                                    const QString& filters, QString* selectedFilter, const QString& initialFilter)
{
    s_lastProposed = proposed;
    s_lastFilter = initialFilter;
    if (s_next) {
        const QString answer = *s_next;
        s_next.reset();
        if (selectedFilter)
            *selectedFilter = initialFilter;
        return answer;
    }
    if (selectedFilter)
        *selectedFilter = initialFilter;
    return QFileDialog::getSaveFileName(parent, caption, proposed, filters, selectedFilter);
}

void FileDialog::setNextFileName(const QString& path)
{
    s_next = path;
}

QString FileDialog::lastProposed()
{
    return s_lastProposed;
}

QString FileDialog::lastInitialFilter()
{
    return s_lastFilter;
}

} // namespace karsa::ui
