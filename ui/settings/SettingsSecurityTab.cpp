// The "Security & backups" tab of the Settings page: login, lockout, export masking and how many
// automatic backups are kept (core/security/SecuritySettings). Kept apart from SettingsPage.cpp so
// the page stays small.
#include "SettingsPage.h"

#include "security/SecuritySettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace karsa::ui {

QWidget* SettingsPage::buildSecurityTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    addBool(form, SecuritySettings::kLoginRequired, tr("Users sign in with a user name and password"));
    auto* loginNote = new QLabel(tr("With login off, whoever starts Karsa works as the local officer with administrator "
                                    "rights (a single-officer install). When login is switched on and nobody can sign in "
                                    "yet, Karsa asks for the first administrator at the next start."));
    loginNote->setWordWrap(true);
    form->addRow(QString(), loginNote);
    addNumber(form, SecuritySettings::kLockoutAttempts, tr("Wrong passwords before the account locks"), 1, 20, 0);
    addNumber(form, SecuritySettings::kLockoutMinutes, tr("Lock duration"), 1, 1440, 0, tr(" minutes"));
    addNumber(form, SecuritySettings::kMinPasswordLength, tr("Shortest password"), 6, 64, 0, tr(" characters"));
    addBool(form, SecuritySettings::kMaskExports,
            tr("Mask NIK, phone, e-mail and address in exports and prints of non-administrators"));
    addNumber(form, SecuritySettings::kBackupKeepLast, tr("Backups before imports and restores kept"), 1, 100, 0);
    addNumber(form, SecuritySettings::kBackupKeepDaily, tr("Daily backups kept (days)"), 1, 365, 0);
    addNumber(form, SecuritySettings::kBackupKeepWeekly, tr("Weekly backups kept (weeks)"), 0, 520, 0);
    auto* backupNote = new QLabel(tr("Karsa saves an automatic backup before upgrading the database, before each import and "
                                     "before a restore, in the folder “<name>-backups” next to the database; older ones "
                                     "are deleted."));
    backupNote->setWordWrap(true);
    form->addRow(QString(), backupNote);
    layout->addStretch(1);
    return page;
}

} // namespace karsa::ui
