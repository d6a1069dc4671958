#pragma once

#include <QString>
#include <QStringList>

namespace karsa {

// The report fonts that travel with the program. On Debian they come from fonts-dejavu-core (a
// dependency of the package) and nothing is bundled; the Windows installer puts DejaVu Sans next to
// karsa.exe in fonts/, so PDFs printed on Windows use the same font (and line breaks) as on Linux.
class ReportFonts
{
public:
    // The folder searched next to the program: <folder of the executable>/fonts.
    static QString bundledFolder();
    // Registers every .ttf/.otf in folder with the running QGuiApplication; returns the font
    // families added (empty when the folder does not exist). Files that are not fonts are skipped
    // and named in *skipped when given.
    static QStringList registerFolder(const QString& folder, QStringList* skipped = nullptr);
};

} // namespace karsa
