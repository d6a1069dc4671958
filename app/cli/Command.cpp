#include "Command.h"

#include "reports/CsvRenderer.h"
#include "security/UserSession.h"

#include <QDir>
#include <QFileInfo>

namespace karsa::cli {

std::unique_ptr<Database> Context::openDatabase(Database::Mode mode)
{
    auto db = Database::open(dbPath, mode);
    if (!db) {
        const QFileInfo fi(dbPath);
        if (mode != Database::Mode::CreateOrOpen && (!fi.exists() || fi.size() == 0))
            fail(db.error().describe() + QStringLiteral(". To create a new database: karsa-cli --db %1 init")
                                             .arg(QDir::toNativeSeparators(dbPath)));
        else
            fail(db.error().describe());
        return nullptr;
    }
    // Writes from the command line are audited under the signed-in user, or as "cli:<account>".
    if (Status s = db.value()->setSession(session); !s) {
        fail(s.error().describe());
        return nullptr;
    }
    return std::move(db).value();
}

int Context::fail(const QString& message, int code)
{
    err << "karsa-cli: " << message << Qt::endl;
    return code;
}

void Context::printJson(const QJsonDocument& doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

void writeCsvRow(QTextStream& out, const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    // Ad-hoc rows carry no column types: a cell that reads as a plain number ("-5") is a number.
    for (const QString& c : cells)
        fields << CsvRenderer::escapeField(
            c, u',', CsvRenderer::isPlainNumber(c) ? CsvRenderer::Cell::Number : CsvRenderer::Cell::Text);
    out << fields.join(u',') << "\r\n";
}

} // namespace karsa::cli
