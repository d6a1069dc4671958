#include "SettingsPage.h"
#include "EvaluationInstrumentWidget.h"
#include "EvaluationSettingsWidget.h"

#include "CategoryBandModel.h"
#include "analytics/AnalyticsSettings.h"
#include "check/SettingsValidator.h"
#include "common/DbCommand.h"
#include "common/FieldErrors.h"
#include "common/Translations.h"
#include "refdata/ReferenceCatalog.h"
#include "shell/Workspace.h"
#include "storage/SettingsRepository.h"
#include "security/PermissionGate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
QWidget* scrollable(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}
QString predikatLabel(const QString& code)
{
    if (code == u"sangat_baik")
        return QObject::tr("Sangat Baik");
    if (code == u"baik")
        return QObject::tr("Baik");
    if (code == u"butuh_perbaikan")
        return QObject::tr("Butuh Perbaikan");
    if (code == u"kurang")
        return QObject::tr("Kurang/Misconduct");
    return QObject::tr("Sangat Kurang");
}
} // namespace

SettingsPage::SettingsPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<h2>Settings</h2><p>Rules that regulations and agencies vary. Changes apply to every "
                                  "page and report once saved, and can be undone (Edit ▸ Undo).</p>"),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* tabs = new QTabWidget(this);
    // Each tab scrolls on its own, so a long option never pushes Save off a 1366-pixel screen.
    auto addTab = [tabs](QWidget* content, const QString& title) {
        auto* scroll = new QScrollArea(tabs);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(content);
        tabs->addTab(scroll, title);
    };
    addTab(buildJpmTab(), tr("JPM && categories"));
    addTab(buildTalentTab(), tr("Talent 9-box"));
    addTab(buildRetirementTab(), tr("Retirement ages"));
    addTab(new EvaluationSettingsWidget(workspace, tabs), tr("360° evaluation"));
    addTab(new EvaluationInstrumentWidget(workspace, tabs), tr("Instrument && predikat"));
    addTab(buildLetterheadTab(), tr("Letterhead && signature"));
    addTab(buildDevelopmentTab(), tr("Development (JP)"));
    addTab(buildLanguageTab(), tr("Language"));
    addTab(buildSecurityTab(), tr("Security && backups"));
    layout->addWidget(tabs, 1);
    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    buttons->addWidget(m_status, 1);
    auto* revert = new QPushButton(tr("Revert"), this);
    auto* saveButton = new QPushButton(tr("Save settings"), this);
    PermissionGate::mark(revert, Permission::EditSettings);
    PermissionGate::mark(saveButton, Permission::EditSettings);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    saveButton->setDefault(true);
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::reload);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::AnySettings)
            invalidate();
    });
}

Workspace::DataKinds SettingsPage::kindsOf(const QList<SettingChange>& changes)
{
    // Only the settings the analytics read make the workspace recompute them (a letterhead does not).
    const QMap<QString, QString> analytics = AnalyticsSettings::defaultValues();
    for (const SettingChange& c : changes)
        if (analytics.contains(c.key))
            return Workspace::Settings;
    return Workspace::OtherSettings;
}

void SettingsPage::addField(QFormLayout* form, const QString& key, const QString& label, QWidget* editor, Field field)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    field.error = FieldErrors::makeLabel(box);
    v->addWidget(field.error);
    form->addRow(label, box);
    m_fields.insert(key, field);
    m_keys << key;
}

void SettingsPage::addText(QFormLayout* form, const QString& key, const QString& label)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(key);
    addField(form, key, label, edit, {[edit] { return edit->text().trimmed(); }, [edit](const QString& v) { edit->setText(v); }});
}

void SettingsPage::addNumber(QFormLayout* form, const QString& key, const QString& label, double min, double max,
                             int decimals, const QString& suffix)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(key);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setMaximumWidth(160);
    addField(form, key, label, spin,
             {[spin, decimals] { return QString::number(spin->value(), 'f', decimals); },
              [spin](const QString& v) { spin->setValue(v.trimmed().replace(u',', u'.').toDouble()); }});
}

void SettingsPage::addBool(QFormLayout* form, const QString& key, const QString& label)
{
    auto* check = new QCheckBox(label);
    check->setObjectName(key);
    addField(form, key, QString(), check,
             {[check] { return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false"); },
              [check](const QString& v) { check->setChecked(v == u"true" || v == u"1"); }});
}

QWidget* SettingsPage::buildJpmTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_defaultScale = new QComboBox;
    m_defaultScale->setObjectName(QStringLiteral("jpm/default_scale"));
    addField(form, QStringLiteral("jpm/default_scale"), tr("Category scale used by default"), m_defaultScale,
             {[this] { return m_defaultScale->currentData().toString(); },
              [this](const QString& v) { m_defaultScale->setCurrentIndex(qMax(0, m_defaultScale->findData(v))); }});
    addBool(form, QStringLiteral("jpm/cap_per_competency"),
            tr("Count each competency at most at its required level (no compensation between competencies)"));
    addBool(form, QStringLiteral("jpm/teknis_weighting"),
            tr("Weight technical against managerial and socio-cultural competencies (PermenPANRB 35/2020)"));
    addNumber(form, QStringLiteral("jpm/missing_level"),
              tr("Level counted for a required competency not yet assessed (always below the requirement)"), 0, 4,
              0);
    for (const char* j : {"ahli_madya", "ahli_muda", "ahli_pertama"}) {
        const JenjangInfo* info = ReferenceCatalog::instance().jenjang(QLatin1String(j));
        addNumber(form, QStringLiteral("jpm/teknis_weight/") + QLatin1String(j),
                  tr("Technical share for %1").arg(info ? info->name : QLatin1String(j)), 0, 100, 0, QStringLiteral(" %"));
    }

    auto* scalesLabel = new QLabel(tr("<b>Category scales</b> — a JPM at or above “From JPM” (and below the next band) "
                                      "falls in that category. Add a band to extend a scale; give a new scale name to "
                                      "add a scale."),
                                   page);
    scalesLabel->setWordWrap(true);
    layout->addWidget(scalesLabel);
    m_bands = new CategoryBandModel(this);
    m_bandView = new QTableView(page);
    m_bandView->setObjectName(QStringLiteral("categoryBands"));
    m_bandView->setModel(m_bands);
    m_bandView->verticalHeader()->hide();
    m_bandView->horizontalHeader()->setStretchLastSection(true);
    m_bandView->setColumnWidth(CategoryBandModel::ScaleName, 110);
    m_bandView->setColumnWidth(CategoryBandModel::ScaleLabel, 220);
    m_bandView->setColumnWidth(CategoryBandModel::Code, 70);
    m_bandView->setColumnWidth(CategoryBandModel::Label, 240);
    m_bandView->setMinimumHeight(200);
    layout->addWidget(m_bandView, 1);
    m_scalesError = FieldErrors::makeLabel(page);
    layout->addWidget(m_scalesError);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add band"), page);
    auto* remove = new QPushButton(tr("Remove band"), page);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] { m_bands->addBand(m_bandView->currentIndex().row()); });
    connect(remove, &QPushButton::clicked, this, [this] { m_bands->removeBand(m_bandView->currentIndex().row()); });
    connect(m_bands, &CategoryBandModel::edited, this, &SettingsPage::refreshScaleChoices);
    m_fields.insert(QStringLiteral("jpm/scales"),
                    {[this] { return CategoryScale::toJson(m_bands->scales()); },
                     [this](const QString& v) {
                         auto scales = CategoryScale::fromJson(v);
                         m_bands->setScales(scales ? scales.value() : CategoryScale::defaults());
                         refreshScaleChoices();
                     },
                     m_scalesError});
    m_keys << QStringLiteral("jpm/scales");
    return page;
}

void SettingsPage::refreshScaleChoices()
{
    const QString current = m_defaultScale->currentData().toString();
    m_defaultScale->clear();
    for (const CategoryScale& s : m_bands->scales())
        m_defaultScale->addItem(s.label().isEmpty() ? s.name() : s.label(), s.name());
    m_defaultScale->setCurrentIndex(qMax(0, m_defaultScale->findData(current)));
}

QWidget* SettingsPage::buildTalentTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("<b>Kinerja axis</b> — mean score of the predikat of the last completed years")));
    addNumber(form, QStringLiteral("talent/kinerja_window_years"), tr("Years of performance counted"), 1, 10, 0);
    addNumber(form, QStringLiteral("talent/kinerja_atas"), tr("Above expectation from score"), 0, 100, 1);
    addNumber(form, QStringLiteral("talent/kinerja_sesuai"), tr("Meets expectation from score"), 0, 100, 1);
    for (const char* p : {"sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"})
        addNumber(form, QStringLiteral("talent/predikat_score/") + QLatin1String(p),
                  tr("Score of predikat %1").arg(predikatLabel(QLatin1String(p))), 0, 100, 0);
    form->addRow(new QLabel(tr("<b>Potensial axis</b> — from the JPM against the current position")));
    addNumber(form, QStringLiteral("talent/potensial_tinggi"), tr("High potential from"), 0, 100, 1);
    addNumber(form, QStringLiteral("talent/potensial_menengah"), tr("Medium potential from"), 0, 100, 1);
    form->addRow(new QLabel(tr("<b>Track record</b> (rekam jejak)")));
    addNumber(form, QStringLiteral("talent/rekam_jejak_months"), tr("Sanctions counted for (months)"), 0, 240, 0);
    form->addRow(new QLabel(tr("<b>Candidate ranking</b>")));
    addNumber(form, QStringLiteral("ranking/retirement_horizon_months"), tr("Exclude candidates retiring within (months)"), 0,
              240, 0);
    addNumber(form, QStringLiteral("ranking/performance_weight"), tr("Share of performance in the score"), 0, 100, 0,
              QStringLiteral(" %"));
    addBool(form, QStringLiteral("ranking/exclude_incomplete"),
            tr("Leave out candidates not assessed on every competency of the position's standard"));
    return scrollable(page);
}

QWidget* SettingsPage::buildRetirementTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("Retirement age (batas usia pensiun) per jenjang, used for retirement dates and vacancies.")));
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    for (const JenjangInfo& j : cat.jenjangList())
        addNumber(form, SettingsRepository::retirementAgeKey(j.code),
                  QStringLiteral("%1 — %2").arg(cat.familyName(j.family), j.name), 50, 70, 0, tr(" years"));
    return scrollable(page);
}

QWidget* SettingsPage::buildLetterheadTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("<b>Letterhead</b> (kop surat) of printed reports")));
    addText(form, QStringLiteral("organisation/government"), tr("Government"));
    addText(form, QStringLiteral("organisation/agency"), tr("Agency"));
    addText(form, QStringLiteral("organisation/address"), tr("Address"));
    addText(form, QStringLiteral("organisation/contact"), tr("Phone, e-mail, website"));
    addText(form, QStringLiteral("organisation/city"), tr("City (for the signature date)"));
    auto* logoRow = new QWidget;
    auto* h = new QHBoxLayout(logoRow);
    h->setContentsMargins(0, 0, 0, 0);
    auto* logo = new QLineEdit;
    logo->setObjectName(QStringLiteral("organisation/logo_path"));
    auto* browse = new QPushButton(tr("Choose…"));
    h->addWidget(logo, 1);
    h->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, logo] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Logo"), logo->text(), tr("Images (*.png *.jpg *.jpeg)"));
        if (!file.isEmpty())
            logo->setText(file);
    });
    addField(form, QStringLiteral("organisation/logo_path"), tr("Logo image"), logoRow,
             {[logo] { return logo->text().trimmed(); }, [logo](const QString& v) { logo->setText(v); }});
    form->addRow(new QLabel(tr("<b>Signing official</b>")));
    m_signerReminder = new QLabel(tr("No signing official is set yet: printed reports are signed "
                                     "\u201c(\u2026\u2026\u2026)\u201d. Enter the name and NIP below and save."));
    m_signerReminder->setObjectName(QStringLiteral("signerReminder"));
    m_signerReminder->setWordWrap(true);
    m_signerReminder->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid "
                                                   "#e0a9a4; padding: 6px; }"));
    m_signerReminder->hide();
    form->addRow(m_signerReminder);
    addText(form, QStringLiteral("signature/title"), tr("Title (jabatan)"));
    addText(form, QStringLiteral("signature/name"), tr("Name"));
    addText(form, QStringLiteral("signature/rank"), tr("Rank (pangkat)"));
    addText(form, QStringLiteral("signature/nip"), tr("NIP"));
    addText(form, QStringLiteral("signature/on_behalf"), tr("Signs on behalf of (a.n.), optional"));
    addBool(form, QStringLiteral("signature/acting"), tr("Acting official (Plt.)"));
    return scrollable(page);
}

QWidget* SettingsPage::buildLanguageTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("ui/language"));
    combo->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    addField(form, QStringLiteral("ui/language"), tr("Language of the application"), combo,
             {[combo] { return combo->currentData().toString(); },
              [combo](const QString& v) { combo->setCurrentIndex(qMax(0, combo->findData(v))); }});
    form->addRow(new QLabel(tr("The language changes the next time Karsa starts.")));
    return page;
}

void SettingsPage::reload()
{
    clearErrors();
    m_loaded = SettingsRepository(workspace()->db()).all();
    m_loaded.insert(QStringLiteral("ui/language"), currentLanguage());
    // Scales first, so the default-scale combo has its choices.
    m_fields[QStringLiteral("jpm/scales")].set(m_loaded.value(QStringLiteral("jpm/scales")));
    for (const QString& key : std::as_const(m_keys))
        if (key != u"jpm/scales")
            m_fields[key].set(m_loaded.value(key));
    m_status->clear();
    m_signerReminder->setVisible(m_loaded.value(QStringLiteral("signature/name")).trimmed().isEmpty());
}

QMap<QString, QString> SettingsPage::editedValues() const
{
    QMap<QString, QString> values;
    for (const QString& key : m_keys)
        values.insert(key, m_fields.value(key).get());
    return values;
}

bool SettingsPage::setEditorValue(const QString& key, const QString& value)
{
    if (!m_fields.contains(key))
        return false;
    m_fields[key].set(value);
    return true;
}

void SettingsPage::clearErrors()
{
    for (const Field& f : std::as_const(m_fields))
        if (f.error)
            f.error->hide();
}

Status SettingsPage::save()
{
    clearErrors();
    const QMap<QString, QString> edited = editedValues();
    SettingsRepository repo(workspace()->db());
    QMap<QString, QString> merged = repo.all();
    merged.insert(edited);
    if (Status s = SettingsValidator::validate(merged); !s) {
        const Field f = m_fields.value(s.error().field);
        QLabel* target = f.error ? f.error : m_scalesError;
        target->setText(s.error().message);
        target->show();
        m_status->setText(tr("Not saved: %1").arg(s.error().message));
        return s;
    }
    // Only what the officer changed, compared in core's normalised form ("80" is "80.0").
    const QList<SettingChange> changes = repo.changesFor(edited, m_loaded);
    // The language lives in the per-user settings too (it is needed before a database is open).
    const QString language = edited.value(QStringLiteral("ui/language"));
    const bool languageChanged = language != currentLanguage();
    if (changes.isEmpty() && !languageChanged) {
        m_status->setText(tr("Nothing changed."));
        return {};
    }
    if (!changes.isEmpty()) {
        Status s = DbCommand::execute(
            workspace(), tr("Change %n setting(s)", nullptr, int(changes.size())),
            [changes](QSqlDatabase db) { return SettingsRepository(db).apply(changes); },
            [changes](QSqlDatabase db) { return SettingsRepository(db).revert(changes); }, kindsOf(changes));
        if (!s) {
            m_status->setText(tr("Not saved: %1").arg(s.error().describe()));
            return s;
        }
    }
    if (languageChanged)
        setLanguage(language);
    m_loaded = merged;
    m_status->setText(tr("Saved %n setting(s).", nullptr, int(std::max<qsizetype>(changes.size(), 1))));
    return {};
}

} // namespace karsa::ui
