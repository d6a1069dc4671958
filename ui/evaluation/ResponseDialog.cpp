#include "ResponseDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace karsa::ui {

ResponseDialog::ResponseDialog(const QString& heading, const Instrument& instrument, int scaleMax,
                               const RaterForm& form, bool showLabel, QWidget* parent)
    : QDialog(parent), m_original(form)
{
    setWindowTitle(tr("Rater answers"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(heading, this);
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Score each behaviour from 1 (far below expectation) to %1 (far above); "
                                    "\"–\" = not answered.")
                                     .arg(scaleMax),
                                 this));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget(scroll);
    auto* grid = new QGridLayout(inner);
    int row = 0;
    for (const CoreValue& value : instrument.values()) {
        auto* name = new QLabel(value.name, inner);
        name->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));
        grid->addWidget(name, row++, 0, 1, 2);
        for (const Behaviour& b : value.behaviours) {
            auto* text = new QLabel(b.text, inner);
            text->setWordWrap(true);
            auto* box = new QComboBox(inner);
            box->setObjectName(QStringLiteral("score_") + b.code);
            box->addItem(QStringLiteral("–"), 0);
            for (int s = 1; s <= scaleMax; ++s)
                box->addItem(QString::number(s), s);
            box->setCurrentIndex(std::clamp(form.scores.value(b.id, 0), 0, scaleMax));
            m_scores.insert(b.id, box);
            grid->addWidget(text, row, 0);
            grid->addWidget(box, row++, 1);
        }
    }
    grid->setColumnStretch(0, 1);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    m_errors.addLabel(QStringLiteral("score"), this);
    layout->addWidget(m_errors.label(QStringLiteral("score")));

    auto* text = new QFormLayout;
    if (showLabel) {
        m_label = new QLineEdit(form.label, this);
        m_label->setPlaceholderText(tr("e.g. form number F-2025-0012"));
        text->addRow(tr("Form"), m_label);
    }
    m_strengths = new QPlainTextEdit(form.strengths, this);
    m_strengths->setMaximumHeight(60);
    m_suggestions = new QPlainTextEdit(form.suggestions, this);
    m_suggestions->setMaximumHeight(60);
    text->addRow(tr("Strengths"), m_strengths);
    text->addRow(tr("Suggestions"), m_suggestions);
    layout->addLayout(text);
    layout->addWidget(m_errors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
}

RaterForm ResponseDialog::form() const
{
    RaterForm f = m_original;
    f.scores.clear();
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        if (const int s = it.value()->currentData().toInt(); s > 0)
            f.scores.insert(it.key(), s);
    f.submitted = !f.scores.isEmpty();
    if (m_label)
        f.label = m_label->text().trimmed();
    f.strengths = m_strengths->toPlainText().trimmed();
    f.suggestions = m_suggestions->toPlainText().trimmed();
    return f;
}

} // namespace karsa::ui
