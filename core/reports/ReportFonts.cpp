#include "ReportFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>

namespace karsa {

QString ReportFonts::bundledFolder()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fonts"));
}

QStringList ReportFonts::registerFolder(const QString& folder, QStringList* skipped)
{
    QStringList families;
    // Fonts need a GUI application; karsa-cli runs without one unless a command paints.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return families;
    const QDir dir(folder);
    if (!dir.exists())
        return families;
    const QStringList files =
        dir.entryList({QStringLiteral("*.ttf"), QStringLiteral("*.otf")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& file : files) {
        const int id = QFontDatabase::addApplicationFont(dir.filePath(file));
        if (id < 0) {
            if (skipped)
                skipped->append(file);
            continue;
        }
        for (const QString& family : QFontDatabase::applicationFontFamilies(id)) {
            if (!families.contains(family))
                families.append(family);
        }
    }
    return families;
}

} // namespace karsa
