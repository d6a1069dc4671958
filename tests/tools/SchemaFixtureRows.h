#pragma once

#include <QList>

namespace karsa::fixtures {

// Sample rows for the schema fixtures (tests/data/schema/vN.db): each block is SQL that fills the
// tables (or columns) a migration introduced, so the fixture of version N runs every block up to N.
// A migration that adds a table or a column needs a block of its own here; the generator refuses to
// write a fixture with an empty table.
struct SampleRows
{
    int version;     // the schema version whose tables or columns the block fills
    const char* sql; // statements separated by ';' (constant literals, no input)
};

const QList<SampleRows>& sampleRows();

} // namespace karsa::fixtures
