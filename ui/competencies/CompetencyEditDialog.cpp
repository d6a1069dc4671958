#include "CompetencyEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace karsa::ui {

CompetencyEditDialog::CompetencyEditDialog(const Competency& competency, QWidget* parent) : QDialog(parent), m_original(competency)
{
    setWindowTitle(competency.id ? tr("Edit competency") : tr("New technical competency"));
    resize(720, 640);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_code = new QLineEdit(competency.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("e.g. T.SDM.01"));
    m_fieldErrors.addRow(form, QStringLiteral("code"), tr("Code"), m_code, this);
    m_name = new QLineEdit(competency.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_fieldErrors.addRow(form, QStringLiteral("name"), tr("Name"), m_name, this);
    m_type = new QComboBox(this);
    for (CompetencyType t : {CompetencyType::Manajerial, CompetencyType::SosialKultural, CompetencyType::Teknis})
        m_type->addItem(competencyTypeLabel(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(competency.type)));
    m_fieldErrors.addRow(form, QStringLiteral("type"), tr("Type"), m_type, this);
    m_definition = new QPlainTextEdit(competency.definition, this);
    m_definition->setFixedHeight(fontMetrics().height() * 5);
    m_fieldErrors.addRow(form, QStringLiteral("definition"), tr("Definition"), m_definition, this);

    auto* tabs = new QTabWidget(this);
    for (int level = 1; level <= 5; ++level) {
        CompetencyLevel existing;
        for (const CompetencyLevel& l : competency.levels)
            if (l.level == level)
                existing = l;
        auto* page = new QWidget(tabs);
        auto* v = new QVBoxLayout(page);
        v->addWidget(new QLabel(tr("Description"), page));
        auto* description = new QPlainTextEdit(existing.description, page);
        description->setFixedHeight(fontMetrics().height() * 4);
        v->addWidget(description);
        v->addWidget(new QLabel(tr("Behavioural indicators (one per line)"), page));
        auto* indicators = new QPlainTextEdit(existing.indicators.join(u'\n'), page);
        v->addWidget(indicators, 1);
        m_descriptions.append(description);
        m_indicators.append(indicators);
        tabs->addTab(page, tr("Level %1").arg(level));
    }
    layout->addWidget(tabs, 1);
    layout->addWidget(m_fieldErrors.addLabel(QStringLiteral("level"), this));
    layout->addWidget(m_fieldErrors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompetencyEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Competency CompetencyEditDialog::competency() const
{
    Competency c = m_original;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.type = CompetencyType(m_type->currentData().toInt());
    c.definition = m_definition->toPlainText().trimmed();
    c.levels.clear();
    for (int i = 0; i < 5; ++i) {
        CompetencyLevel l;
        l.level = i + 1;
        l.description = m_descriptions[i]->toPlainText().trimmed();
        for (const QString& line : m_indicators[i]->toPlainText().split(u'\n', Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                l.indicators.append(line.trimmed());
        if (!l.description.isEmpty() || !l.indicators.isEmpty())
            c.levels.append(l);
    }
    return c;
}

void CompetencyEditDialog::showError(const Error& error)
{
    m_fieldErrors.show(error);
}

void CompetencyEditDialog::accept()
{
    m_fieldErrors.clear();
    const Competency c = competency();
    Error e;
    if (c.code.isEmpty()) {
        e.field = QStringLiteral("code");
        e.message = tr("The code is empty");
    } else if (c.name.isEmpty()) {
        e.field = QStringLiteral("name");
        e.message = tr("The name is empty");
    }
    if (!e.field.isEmpty()) {
        showError(e);
        return;
    }
    QDialog::accept();
}

} // namespace karsa::ui
