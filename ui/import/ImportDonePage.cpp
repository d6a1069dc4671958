#include "ImportDonePage.h"

#include "ImportWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace karsa::ui {

ImportDonePage::ImportDonePage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Import finished"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addStretch(1);
    setFinalPage(true);
}

void ImportDonePage::initializePage()
{
    m_result->setText(m_wizard->resultText());
}

} // namespace karsa::ui
