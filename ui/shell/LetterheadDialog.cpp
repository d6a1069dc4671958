#include "LetterheadDialog.h"

#include "domain/Nip.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace karsa::ui {

LetterheadDialog::LetterheadDialog(QSqlDatabase db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Letterhead and signing official"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<h3>Who signs the printed reports?</h3><p>Karsa prints the agency's letterhead (kop "
                                "surat) and a signature block on every report. Fill them in now, or later in "
                                "Settings ▸ Letterhead &amp; signature.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const SettingsRepository settings(m_db);
    auto add = [&](const QString& key, const QString& label, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(settings.value(key), this);
        edit->setObjectName(key);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(420);
        m_fields.insert(key, edit);
        form->addRow(label, edit);
        return edit;
    };
    form->addRow(new QLabel(tr("<b>Letterhead</b>"), this));
    add(QStringLiteral("organisation/government"), tr("Government"), QStringLiteral("PEMERINTAH KOTA SURABAYA"));
    add(QStringLiteral("organisation/agency"), tr("Agency"));
    add(QStringLiteral("organisation/address"), tr("Address"));
    add(QStringLiteral("organisation/contact"), tr("Phone, e-mail, website"));
    add(QStringLiteral("organisation/city"), tr("City (for the signature date)"));
    auto* logo = new QLineEdit(settings.value(QStringLiteral("organisation/logo_path")), this);
    logo->setObjectName(QStringLiteral("organisation/logo_path"));
    m_fields.insert(logo->objectName(), logo);
    auto* logoRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("Choose…"), this);
    logoRow->addWidget(logo, 1);
    logoRow->addWidget(browse);
    form->addRow(tr("Logo image"), logoRow);
    connect(browse, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    form->addRow(new QLabel(tr("<b>Signing official</b>"), this));
    add(QStringLiteral("signature/name"), tr("Name"), tr("with academic titles, e.g. Drs. Ahmad Fauzi, M.Si."));
    add(QStringLiteral("signature/nip"), tr("NIP"), QStringLiteral("19700101 199503 1 001"));
    add(QStringLiteral("signature/rank"), tr("Rank (pangkat)"), QStringLiteral("Pembina Utama Muda (IV/c)"));
    add(QStringLiteral("signature/title"), tr("Title (jabatan)"));
    add(QStringLiteral("signature/on_behalf"), tr("Signs on behalf of (a.n.), optional"), tr("e.g. Kepala BKPSDM"));
    m_acting = new QCheckBox(tr("Acting official (Plt.)"), this);
    m_acting->setObjectName(QStringLiteral("signature/acting"));
    const QString acting = settings.value(QStringLiteral("signature/acting"));
    m_acting->setChecked(acting == u"1" || acting == u"true");
    form->addRow(QString(), m_acting);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("letterheadProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b01e1e; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveLetterhead"));
    save->setDefault(true);
    auto* later = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("letterheadLater"));
    connect(save, &QPushButton::clicked, this, [this] {
        if (this->save())
            accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void LetterheadDialog::chooseLogo()
{
    QLineEdit* logo = m_fields.value(QStringLiteral("organisation/logo_path"));
    const QString file = QFileDialog::getOpenFileName(this, tr("Logo"), logo->text(), tr("Images (*.png *.jpg *.jpeg)"));
    if (!file.isEmpty())
        logo->setText(file);
}

Status LetterheadDialog::save()
{
    m_problem->hide();
    QString nip = m_fields.value(QStringLiteral("signature/nip"))->text().trimmed();
    if (!nip.isEmpty()) {
        auto parsed = Nip::parse(nip);
        if (!parsed) {
            Error e = parsed.error();
            e.field = QStringLiteral("signature/nip");
            m_problem->setText(tr("NIP: %1").arg(e.message));
            m_problem->show();
            return e;
        }
        nip = parsed->digits;
    }
    QMap<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    values.insert(QStringLiteral("signature/nip"), nip);
    values.insert(QStringLiteral("signature/acting"), m_acting->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    SettingsRepository settings(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (Status s = settings.setValue(it.key(), it.value()); !s) {
            m_problem->setText(s.error().describe());
            m_problem->show();
            return s;
        }
    }
    if (Status s = tx.commit(); !s) {
        m_problem->setText(s.error().describe());
        m_problem->show();
        return s;
    }
    return {};
}

} // namespace karsa::ui
