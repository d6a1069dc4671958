#include "AssignmentMatrixCsv.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace karsa {

Result<AssignmentMatrix> parseAssignmentMatrixCsv(const QByteArray& text)
{
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QList<QByteArray> lines = body.split('\n');
    for (QByteArray& line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return makeError(QCoreApplication::translate(
            "AssignmentMatrixCsv", "The matrix is empty: give one line per row, cells separated by commas."));

    std::vector<double> cells;
    int cols = -1;
    for (int r = 0; r < lines.size(); ++r) {
        const QList<QByteArray> fields = lines[r].split(',');
        if (cols < 0)
            cols = int(fields.size());
        else if (fields.size() != cols)
            return Error{QCoreApplication::translate("AssignmentMatrixCsv", "this row has %1 cells but row 1 has %2.")
                             .arg(fields.size())
                             .arg(cols),
                         {},
                         {},
                         r + 1};
        for (int c = 0; c < fields.size(); ++c) {
            QByteArray cell = fields[c].trimmed();
            if (cell.size() >= 2 && cell.startsWith('"') && cell.endsWith('"'))
                cell = cell.mid(1, cell.size() - 2).trimmed();
            if (cell.isEmpty() || cell == "-") {
                cells.push_back(AssignmentMatrix::forbiddenValue());
                continue;
            }
            bool ok = false;
            const double value = cell.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return Error{QCoreApplication::translate(
                                 "AssignmentMatrixCsv",
                                 "'%1' is not a number (use a number, or leave the cell empty or '-' for a "
                                 "forbidden pair).")
                                 .arg(QString::fromUtf8(cell.left(40))),
                             {},
                             {},
                             r + 1,
                             c + 1};
            cells.push_back(value);
        }
    }
    AssignmentMatrix matrix(int(lines.size()), cols);
    for (int r = 0; r < matrix.rows(); ++r)
        for (int c = 0; c < cols; ++c)
            matrix.set(r, c, cells[size_t(r) * size_t(cols) + size_t(c)]);
    return matrix;
}

} // namespace karsa
