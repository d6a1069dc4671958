#include "EmployeeRepository.h"

#include "RowReader.h"
#include "Sql.h"
#include "refdata/ReferenceCatalog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace karsa {

namespace {
Error fieldError(const QString& field, const QString& message)
{
    Error e;
    e.field = field;
    e.message = message;
    return e;
}
const QString kSelect = QStringLiteral(
    "SELECT id, nip, status, front_title, name, back_title, birth_place, birth_date, sex, golongan, tmt_golongan, education, "
    "major, position_id, unit_id, tmt_jabatan, tmt_cpns, nik, phone, email, address, row_version FROM employees");
} // namespace

const QStringList& EmployeeRepository::columns()
{
    static const QStringList c = {QStringLiteral("nip"),          QStringLiteral("status"),      QStringLiteral("front_title"),
                                  QStringLiteral("name"),         QStringLiteral("back_title"),  QStringLiteral("birth_place"),
                                  QStringLiteral("birth_date"),   QStringLiteral("sex"),         QStringLiteral("golongan"),
                                  QStringLiteral("tmt_golongan"), QStringLiteral("education"),   QStringLiteral("major"),
                                  QStringLiteral("position_id"),  QStringLiteral("unit_id"),     QStringLiteral("tmt_jabatan"),
                                  QStringLiteral("tmt_cpns"),     QStringLiteral("nik"),         QStringLiteral("phone"),
                                  QStringLiteral("email"),        QStringLiteral("address"),     QStringLiteral("updated_at")};
    return c;
}

QVariantList EmployeeRepository::values(const Employee& e, const QString& now)
{
    return {e.nip,
            employeeStatusCode(e.status),
            sql::text(e.frontTitle),
            e.name.trimmed(),
            sql::text(e.backTitle),
            sql::text(e.birthPlace),
            sql::date(e.birthDate),
            e.sex == Sex::Male ? QStringLiteral("L") : QStringLiteral("P"),
            sql::text(e.golongan.isEmpty() ? QString() : ReferenceCatalog::instance().golongan(e.golongan)
                                                             ? ReferenceCatalog::instance().golongan(e.golongan)->code
                                                             : e.golongan),
            sql::date(e.tmtGolongan),
            sql::text(e.education),
            sql::text(e.major),
            sql::id(e.positionId),
            sql::id(e.unitId),
            sql::date(e.tmtJabatan),
            sql::date(e.tmtCpns),
            sql::text(e.nik),
            sql::text(e.phone),
            sql::text(e.email),
            sql::text(e.address),
            now};
}

Status EmployeeRepository::validate(const Employee& e)
{
    auto nip = Nip::parse(e.nip);
    if (!nip) {
        Error err = nip.error();
        err.message = err.field + QStringLiteral(": ") + err.message;
        err.field = QStringLiteral("nip");
        return err;
    }
    if (nip->digits != e.nip)
        return fieldError(QStringLiteral("nip"), QCoreApplication::translate("Employee", "store the NIP as 18 digits without spaces"));
    if (e.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), QCoreApplication::translate("Employee", "The name is empty"));
    if (e.birthDate.isValid() && e.birthDate != nip->birthDate)
        return fieldError(QStringLiteral("birth_date"), QCoreApplication::translate("Employee", "The birth date %1 differs from the one in the NIP (%2)")
                                                            .arg(e.birthDate.toString(Qt::ISODate), nip->birthDate.toString(Qt::ISODate)));
    if (e.sex != nip->sex)
        return fieldError(QStringLiteral("sex"), QCoreApplication::translate("Employee", "The sex differs from digit 15 of the NIP"));
    const bool pppk = e.status == EmployeeStatus::Pppk;
    if (pppk != (nip->kind == NipKind::Pppk))
        return fieldError(QStringLiteral("status"), pppk ? QCoreApplication::translate("Employee", "A PPPK employee needs a NI PPPK number (digit 13 is 2)")
                                                         : QCoreApplication::translate("Employee", "This is a NI PPPK number; the status must be PPPK"));
    if (!e.golongan.isEmpty()) {
        const GolonganInfo* g = ReferenceCatalog::instance().golongan(e.golongan);
        if (!g)
            return fieldError(QStringLiteral("golongan"), QCoreApplication::translate("Employee", "'%1' is not a known golongan").arg(e.golongan));
        if (g->pppk != pppk)
            return fieldError(QStringLiteral("golongan"), pppk ? QCoreApplication::translate("Employee", "PPPK employees have golongan I-XVII")
                                                               : QCoreApplication::translate("Employee", "PNS and CPNS have golongan I/a-IV/e"));
    }
    if (!e.education.isEmpty() && !ReferenceCatalog::instance().education(e.education))
        return fieldError(QStringLiteral("education"), QCoreApplication::translate("Employee", "'%1' is not a known education level").arg(e.education));
    return {};
}

Result<qint64> EmployeeRepository::insert(const Employee& employee)
{
    Employee e = employee;
    if (!e.birthDate.isValid())
        if (auto nip = Nip::parse(e.nip))
            e.birthDate = nip->birthDate;
    if (Status s = validate(e); !s)
        return s.error();
    QString placeholders = QString(QStringLiteral("?,")).repeated(columns().size());
    placeholders.chop(1);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO employees (") + columns().join(u',') + QStringLiteral(") VALUES (") + placeholders + u')');
    for (const QVariant& v : values(e, sql::nowText()))
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067") || q.lastError().databaseText().contains(u"UNIQUE"))
            return fieldError(QStringLiteral("nip"), QCoreApplication::translate("Employee", "An employee with NIP %1 already exists").arg(Nip::format(e.nip)));
        return sql::errorFrom(q);
    }
    return q.lastInsertId().toLongLong();
}

Status EmployeeRepository::update(const Employee& e)
{
    if (Status s = validate(e); !s)
        return s;
    QString sets;
    for (const QString& c : columns())
        sets += c + QStringLiteral(" = ?, ");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE employees SET ") + sets +
              QStringLiteral("row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    QVariantList v = values(e, sql::nowText());
    v << e.id << e.rowVersion;
    for (const QVariant& x : v)
        q.addBindValue(x);
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(u"UNIQUE"))
            return fieldError(QStringLiteral("nip"), QCoreApplication::translate("Employee", "An employee with NIP %1 already exists").arg(Nip::format(e.nip)));
        return sql::errorFrom(q);
    }
    if (q.numRowsAffected() != 1)
        return makeError(QCoreApplication::translate("Database",
                                                     "The employee was changed or deleted by someone else; reload and try again"));
    return {};
}

Status EmployeeRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM employees WHERE id = ?"), {id});
}

Result<QVector<Employee>> EmployeeRepository::select(const QString& where, const QVariantList& binds) const
{
    QVector<Employee> out;
    Status s = RowReader::forEach(m_db, kSelect + where, binds, [&out](const RowReader::Row& r) {
        Employee e;
        e.id = r.integer(0);
        e.nip = r.text(1);
        employeeStatusFromCode(r.text(2), &e.status);
        e.frontTitle = r.text(3);
        e.name = r.text(4);
        e.backTitle = r.text(5);
        e.birthPlace = r.text(6);
        e.birthDate = r.date(7);
        e.sex = r.text(8) == u"P" ? Sex::Female : Sex::Male;
        e.golongan = r.text(9);
        e.tmtGolongan = r.date(10);
        e.education = r.text(11);
        e.major = r.text(12);
        e.positionId = r.integer(13);
        e.unitId = r.integer(14);
        e.tmtJabatan = r.date(15);
        e.tmtCpns = r.date(16);
        e.nik = r.text(17);
        e.phone = r.text(18);
        e.email = r.text(19);
        e.address = r.text(20);
        e.rowVersion = int(r.integer(21));
        out.append(std::move(e));
    });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<Employee>> EmployeeRepository::all() const
{
    return select(QStringLiteral(" ORDER BY id"), {});
}

Result<Employee> EmployeeRepository::byId(qint64 id) const
{
    auto r = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(QCoreApplication::translate("Employee", "No employee has id %1").arg(id));
    return r->first();
}

Result<Employee> EmployeeRepository::byNip(const QString& nip) const
{
    QString digits = nip;
    digits.remove(u' ');
    auto r = select(QStringLiteral(" WHERE nip = ?"), {digits});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(QCoreApplication::translate("Employee", "No employee has NIP %1").arg(Nip::format(digits)));
    return r->first();
}

Result<qint64> EmployeeRepository::count() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM employees"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace karsa
