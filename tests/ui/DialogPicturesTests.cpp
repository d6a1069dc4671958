// Pictures of the edit dialogs, for looking at their layout (run with
// `KARSA_SHOTS_DIR=/tmp/x karsa_ui_tests "[.dialog-shots]"`); not part of the suite.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "employees/EmployeeEditDialog.h"
#include "positions/PositionEditDialog.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <QDir>
#include <QLineEdit>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("Pictures of the employee and position dialogs with errors next to fields", "[.dialog-shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    Employee e;
    e.nip = QStringLiteral("198609262015051001");
    e.name = QStringLiteral("Budi Santoso");
    e.golongan = QStringLiteral("III/c");
    e.unitId = org.unitId;
    e.positionId = org.positionId;
    EmployeeEditDialog dialog(e, UnitRepository(db.db()).all().value(), PositionRepository(db.db()).all(false).value());
    dialog.show();
    dialog.nipEdit()->setText(QStringLiteral("19860230 201505 1 001")); // 30 February: error under the NIP
    Error golongan;
    golongan.field = QStringLiteral("golongan");
    golongan.message = QStringLiteral("PNS and CPNS have golongan I/a-IV/e");
    dialog.showError(golongan);
    REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("employee-dialog.png"))));

    PositionEditDialog position(PositionRepository(db.db()).all(true).value().first(), UnitRepository(db.db()).all().value(),
                                PositionRepository(db.db()).all(false).value());
    position.show();
    REQUIRE(position.grab().save(QDir(dir).filePath(QStringLiteral("position-dialog.png"))));
}
