#include "ImportFilePage.h"

#include "ImportWizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace karsa::ui {

ImportFilePage::ImportFilePage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("The whole file is checked first; nothing is written until you confirm the preview."));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Employees (SIASN export)"), int(ImportKind::Employees));
    m_kind->addItem(tr("Assessment results"), int(ImportKind::Assessments));
    m_kind->addItem(tr("Competency dictionary and position standards (SKJ)"), int(ImportKind::Standards));
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("CSV or XLSX file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* help = new QLabel(tr("Employees: the SIASN \"Export Data ASN\" file (nip_baru, nama, gol_akhir_nama, jabatan_nama, "
                               "unor_nama, …; header spellings may vary).\nAssessments: nip, kode_kompetensi or kompetensi, "
                               "level, tanggal, metode, asesor.\nStandards: a dictionary sheet (kode, nama, jenis, definisi, "
                               "level_1…level_5) and/or an SKJ sheet (kode_jabatan or jabatan, kode_kompetensi or kompetensi, "
                               "level_standar, bobot)."),
                           this);
    help->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Import"), m_kind);
    form->addRow(tr("File"), fileRow);
    form->addRow(help);
    form->addRow(m_error);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import"), QFileInfo(m_path->text()).absolutePath(),
                                                          tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text()).isFile();
}

bool ImportFilePage::validatePage()
{
    const auto kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    if (!m_wizard->analyze(kind, m_path->text())) {
        m_error->setText(m_wizard->lastError());
        return false;
    }
    return true;
}

} // namespace karsa::ui
