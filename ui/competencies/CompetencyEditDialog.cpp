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
    addField(form, QStringLiteral("code"), tr("Code"), m_code);
    m_name = new QLineEdit(competency.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    addField(form, QStringLiteral("name"), tr("Name"), m_name);
    m_type = new QComboBox(this);
    for (CompetencyType t : {CompetencyType::Manajerial, CompetencyType::SosialKultural, CompetencyType::Teknis})
        m_type->addItem(competencyTypeLabel(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(competency.type)));
    addField(form, QStringLiteral("type"), tr("Type"), m_type);
    m_definition = new QPlainTextEdit(competency.definition, this);
    m_definition->setFixedHeight(fontMetrics().height() * 5);
    addField(form, QStringLiteral("definition"), tr("Definition"), m_definition);

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
    auto* levelError = new QLabel(this);
    levelError->setStyleSheet(QStringLiteral("color: #b00020;"));
    levelError->setWordWrap(true);
    levelError->hide();
    layout->addWidget(levelError);
    m_errors.insert(QStringLiteral("level"), levelError);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompetencyEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CompetencyEditDialog::addField(QFormLayout* form, const QString& key, const QString& label, QWidget* editor)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    auto* error = new QLabel(box);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(error);
    form->addRow(label, box);
    m_errors.insert(key, error);
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
    QLabel* label = m_errors.value(error.field);
    if (!label) {
        m_generalError->setText(error.describe());
        m_generalError->show();
        return;
    }
    label->setText(error.message);
    label->show();
}

void CompetencyEditDialog::accept()
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
    m_generalError->hide();
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
