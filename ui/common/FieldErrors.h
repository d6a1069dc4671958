#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace karsa::ui {

// The error messages of an edit form: one hidden label under each field, keyed by the field name
// the core validation reports (Error::field), plus one general label for anything else. The labels
// belong to the widgets they are created in; this only keeps track of them.
class FieldErrors
{
public:
    // color: CSS colour of the messages; spacing: gap between an editor and its message.
    explicit FieldErrors(const QString& color = QStringLiteral("#b00020"), int spacing = 1);

    // A hidden, word-wrapped error label in the given colour.
    static QLabel* makeLabel(QWidget* parent, const QString& color = QStringLiteral("#b00020"));

    // A box holding editor with the error label for key (object name key + "Error") under it.
    QWidget* wrap(const QString& key, QWidget* editor, QWidget* parent);
    // wrap() added to form as a row.
    void addRow(QFormLayout* form, const QString& key, const QString& label, QWidget* editor, QWidget* parent);
    // An error label for key that the caller places itself.
    QLabel* addLabel(const QString& key, QWidget* parent);
    // The label for errors no field claims (object name "generalError"), created on the first call.
    QLabel* general(QWidget* parent);

    QLabel* label(const QString& key) const { return m_labels.value(key); }
    void clear(); // hides every message
    // Shows error.message under the field named by error.field, else error.describe() in the general label.
    void show(const Error& error);
    // Shows label and grows its window so a wrapped message is not cut off.
    static void reveal(QLabel* label);

private:
    QString m_color;
    int m_spacing;
    QHash<QString, QLabel*> m_labels; // field key -> error label
    QLabel* m_general = nullptr;
};

} // namespace karsa::ui
