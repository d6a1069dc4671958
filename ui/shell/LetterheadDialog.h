#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace karsa::ui {

// Asked once after a new database is made (first run): the agency and its letterhead (kop surat:
// government, agency, address, contact, city, logo file) and the signing official of printed
// reports (name, NIP, pangkat, jabatan, optionally "a.n." and "Plt."), stored in the same
// settings as Pengaturan ▸ Kop surat & tanda tangan. "Later" stores nothing; the Settings page
// then reminds the officer that reports are signed "(………)".
class LetterheadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LetterheadDialog(QSqlDatabase db, QWidget* parent = nullptr);

    // The field of a settings key ("signature/name"), for tests.
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QCheckBox* actingBox() const { return m_acting; }

    // Checks (a NIP must be 18 digits) and writes every field; on a problem shows it next to the
    // form and writes nothing.
    Status save();

private:
    void chooseLogo();

    QSqlDatabase m_db;
    QHash<QString, QLineEdit*> m_fields;
    QCheckBox* m_acting = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace karsa::ui
