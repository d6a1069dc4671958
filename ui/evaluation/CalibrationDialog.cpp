#include "CalibrationDialog.h"

#include "evaluation/RaterRole.h"
#include "reports/IndonesianFormat.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
QComboBox* ratingBox(int current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (int r : {1, 0, -1})
        box->addItem(expectationLabel(r), r);
    box->setCurrentIndex(box->findData(current));
    return box;
}
} // namespace

CalibrationDialog::CalibrationDialog(const QString& employee, const EvaluationResult& result,
                                     const PredikatMatrix& matrix, const QVector<Calibration>& history,
                                     const QString& officer, QWidget* parent)
    : QDialog(parent), m_matrix(matrix)
{
    setWindowTitle(tr("Calibrate result"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QLabel(employee, this);
    head->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(head);
    QString computed =
        tr("Computed result: hasil kerja %1, perilaku %2 (score %3), predikat %4.")
            .arg(expectationLabel(result.hasilKerja.value_or(0)), expectationLabel(result.perilakuRating.value_or(0)),
                 result.perilakuScore ? IndonesianFormat::number(*result.perilakuScore, 2) : QString(),
                 predikatLabel(result.predikat));
    for (const Calibration& c : history)
        computed += u'\n' + tr("Calibrated on %1 by %2: %3 → %4 (%5)")
                                .arg(IndonesianFormat::date(QDateTime::fromString(c.at, Qt::ISODate).date()), c.by,
                                     predikatLabel(c.originalPredikat), predikatLabel(c.predikat), c.reason);
    auto* info = new QLabel(computed, this);
    info->setWordWrap(true);
    layout->addWidget(info);
    if (!result.flags.isEmpty()) {
        QStringList flags;
        for (const BiasFlag& f : result.flags)
            flags << QStringLiteral("• ") + f.text();
        auto* flagLabel = new QLabel(tr("Bias flags:") + u'\n' + flags.join(u'\n'), this);
        flagLabel->setWordWrap(true);
        flagLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
        layout->addWidget(flagLabel);
    }
    auto* form = new QFormLayout;
    m_hasil = ratingBox(result.finalHasil(), this);
    m_hasil->setObjectName(QStringLiteral("calibrationHasil"));
    m_perilaku = ratingBox(result.finalPerilaku(), this);
    m_perilaku->setObjectName(QStringLiteral("calibrationPerilaku"));
    m_preview = new QLabel(this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("calibrationReason"));
    m_reason->setMaximumHeight(80);
    m_officer = new QLineEdit(officer, this);
    m_officer->setObjectName(QStringLiteral("calibrationOfficer"));
    m_errors.addRow(form, QStringLiteral("hasil_kerja"), tr("Hasil kerja"), m_hasil, this);
    m_errors.addRow(form, QStringLiteral("perilaku"), tr("Perilaku kerja"), m_perilaku, this);
    form->addRow(tr("New predikat"), m_preview);
    m_errors.addRow(form, QStringLiteral("reason"), tr("Reason (required)"), m_reason, this);
    m_errors.addRow(form, QStringLiteral("by"), tr("Officer"), m_officer, this);
    layout->addLayout(form);
    layout->addWidget(m_errors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_hasil, &QComboBox::currentIndexChanged, this, &CalibrationDialog::updatePreview);
    connect(m_perilaku, &QComboBox::currentIndexChanged, this, &CalibrationDialog::updatePreview);
    updatePreview();
    resize(560, sizeHint().height());
}

int CalibrationDialog::hasilKerja() const
{
    return m_hasil->currentData().toInt();
}

int CalibrationDialog::perilaku() const
{
    return m_perilaku->currentData().toInt();
}

QString CalibrationDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString CalibrationDialog::officer() const
{
    return m_officer->text().trimmed();
}

void CalibrationDialog::updatePreview()
{
    m_preview->setText(QStringLiteral("<b>%1</b>").arg(predikatLabel(m_matrix.predikat(hasilKerja(), perilaku()))));
}

} // namespace karsa::ui
