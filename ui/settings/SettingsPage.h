#pragma once

#include "shell/Workspace.h"
#include "storage/SettingsRepository.h"

#include "common/Page.h"
#include "common/Result.h"

#include <QHash>
#include <QMap>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QTableView;

namespace karsa::ui {

class CategoryBandModel;

// Pengaturan: category scales, talent thresholds, retirement ages, language and the letterhead
// of printed reports. Saving validates everything (core SettingsValidator), writes only the values
// that changed (SettingsRepository::changesFor, normalised: "80" is "80.0") in one
// transaction, and can be undone.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Workspace* workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Settings"); }

    QMap<QString, QString> editedValues() const; // every key the page edits, as shown now
    // Sets a value in its editor (for tests and tools); false when the key has no editor.
    bool setEditorValue(const QString& key, const QString& value);
    // Validates and saves the edits; on failure shows the reason next to the field and returns it.
    Status save();

protected:
    void reload() override;

private:
    static Workspace::DataKinds kindsOf(const QList<SettingChange>& changes);
    struct Field
    {
        std::function<QString()> get;
        std::function<void(const QString&)> set;
        QLabel* error = nullptr;
    };
    void addField(QFormLayout* form, const QString& key, const QString& label, QWidget* editor, Field field);
    void addText(QFormLayout* form, const QString& key, const QString& label);
    void addNumber(QFormLayout* form, const QString& key, const QString& label, double min, double max, int decimals,
                   const QString& suffix = {});
    void addBool(QFormLayout* form, const QString& key, const QString& label);
    QWidget* buildJpmTab();
    QWidget* buildTalentTab();
    QWidget* buildRetirementTab();
    QWidget* buildLetterheadTab();
    QWidget* buildLanguageTab();
    QWidget* buildDevelopmentTab(); // DevelopmentSettingsTab.cpp
    QWidget* buildSecurityTab(); // SettingsSecurityTab.cpp
    void clearErrors();
    void refreshScaleChoices();

    QHash<QString, Field> m_fields;
    QStringList m_keys; // in creation order
    QMap<QString, QString> m_loaded;
    CategoryBandModel* m_bands = nullptr;
    QTableView* m_bandView = nullptr;
    QLabel* m_scalesError = nullptr;
    QComboBox* m_defaultScale = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_signerReminder = nullptr; // shown while no signing official is set
};

} // namespace karsa::ui
