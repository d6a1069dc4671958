#pragma once

#include "common/RowTableModel.h"
#include "import/ImportPreview.h"

namespace karsa::ui {

// The preview table: one row per listed add/update/unchanged row and one per rejection (with its
// column and reason); updates show their field changes "field: old → new".
class ImportPreviewRows
{
public:
    static QVector<RowTableModel::Column> columns();
    static QVector<RowTableModel::Row> rows(const ImportPreview& preview);
};

} // namespace karsa::ui
