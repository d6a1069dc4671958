#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace karsa::ui {

// QFileDialog::getSaveFileName behind a seam (KeePassXC's FileDialog): tests set the next answer
// and read what the dialog would have proposed.
class FileDialog
{
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& proposed,
                                   const QString& filters, QString* selectedFilter, const QString& initialFilter = {});

    static void setNextFileName(const QString& path); // an empty path answers Cancel
    static QString lastProposed();                    // the proposed path of the last call
    static QString lastInitialFilter();

private:
    static std::optional<QString> s_next;
    static QString s_lastProposed;
    static QString s_lastFilter;
};

} // namespace karsa::ui
