#pragma once

#include "common/Result.h"

#include <QHash>
#include <QMap>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace karsa::ui {

class Workspace;

// The Settings tab of the 360° evaluation: weights and minimum raters per role, anonymous and
// required roles, the answer scale, the perilaku thresholds, rater generation and the bias-flag
// thresholds ("evaluation/..." keys). Saving validates with core EvaluationSettings and can be undone.
class EvaluationSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    EvaluationSettingsWidget(Workspace* workspace, QWidget* parent = nullptr);

    void reload();
    Status save();
    bool setEditorValue(const QString& key, const QString& value);

private:
    struct Field
    {
        std::function<QString()> get;
        std::function<void(const QString&)> set;
    };
    void addNumber(QFormLayout* form, const QString& key, const QString& label, double min, double max, int decimals);
    void addRoles(QFormLayout* form, const QString& key, const QString& label);

    Workspace* m_workspace;
    QHash<QString, Field> m_fields;
    QMap<QString, QString> m_loaded;
    QLabel* m_status = nullptr;
};

} // namespace karsa::ui
