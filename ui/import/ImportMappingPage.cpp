#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "shell/Workspace.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace karsa::ui {

ImportMappingPage::ImportMappingPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Columns, units and positions"));
    setSubTitle(tr("Units and positions the file names that are not in the database are created with the import, "
                   "unless you choose an existing one here."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_formHost = new QWidget(scroll);
    m_form = new QFormLayout(m_formHost);
    scroll->setWidget(m_formHost);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
}

void ImportMappingPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_choices.clear();
    m_listed.clear();
    m_error->clear();
    const ImportPreview& p = m_wizard->preview();
    QStringList lines;
    lines << (p.unknownColumns.isEmpty()
                  ? tr("Every column of the file is recognised.")
                  : tr("Columns not imported (not recognised): %1").arg(p.unknownColumns.join(QStringLiteral(", "))));
    int units = 0, positions = 0;
    for (const MissingReference& m : p.missing)
        (m.kind == MissingReference::Unit ? units : positions)++;
    lines << (p.missing.isEmpty() ? tr("Every unit and position in the file is already in the database.")
                                  : tr("New units: %1, new positions: %2.").arg(units).arg(positions));
    if (p.missing.size() > kMaxChoices)
        lines << tr("The first %1 are listed; the others are created.").arg(kMaxChoices);
    m_summary->setText(lines.join(u'\n'));
    if (p.missing.isEmpty())
        return;

    QVector<QPair<QString, qint64>> unitItems, positionItems;
    if (auto all = UnitRepository(m_wizard->workspace()->db()).all())
        for (const Unit& u : all.value())
            unitItems.append({u.name + QStringLiteral(" [") + u.code + u']', u.id});
    if (auto all = PositionRepository(m_wizard->workspace()->db()).all(false))
        for (const Position& pos : all.value())
            positionItems.append({pos.name + QStringLiteral(" [") + pos.code + u']', pos.id});
    auto byName = [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; };
    std::sort(unitItems.begin(), unitItems.end(), byName);
    std::sort(positionItems.begin(), positionItems.end(), byName);
    for (const MissingReference& m : p.missing) {
        if (m_listed.size() >= kMaxChoices)
            break;
        auto* combo = new QComboBox(m_formHost);
        combo->addItem(tr("Create new"), qint64(0));
        for (const auto& [label, id] : m.kind == MissingReference::Unit ? unitItems : positionItems)
            combo->addItem(label, id);
        const QString what = m.kind == MissingReference::Unit ? tr("Unit") : tr("Position");
        QString text = QStringLiteral("%1: %2").arg(what, m.name);
        if (!m.code.isEmpty())
            text += QStringLiteral(" [%1]").arg(m.code);
        if (!m.unitName.isEmpty())
            text += tr(" in %1").arg(m.unitName);
        text += tr(" (%n row(s))", nullptr, m.rows);
        m_form->addRow(text, combo);
        m_choices.append(combo);
        m_listed.append(m);
    }
}

bool ImportMappingPage::validatePage()
{
    bool mapped = false;
    for (int i = 0; i < m_choices.size(); ++i) {
        const qint64 id = m_choices.at(i)->currentData().toLongLong();
        m_wizard->importer()->mapReference(m_listed.at(i).kind, m_listed.at(i).key, id);
        mapped = mapped || id > 0;
    }
    if (!mapped)
        return true;
    if (!m_wizard->reanalyze()) {
        m_error->setText(m_wizard->lastError());
        return false;
    }
    return true;
}

} // namespace karsa::ui
