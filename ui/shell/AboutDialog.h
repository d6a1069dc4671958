#pragma once

#include <QDialog>

class QLabel;

namespace karsa::ui {

// Bantuan ▸ Tentang Karsa: the icon, the version, what Karsa is for and its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The version Karsa was built as (the CMake project version, also the package version).
    static QString version();
    // The SPDX identifier of Karsa's licence, as in LICENSE and the package's copyright file.
    static QString licenceId();

    QLabel* titleLabel() const { return m_title; }
    QLabel* descriptionLabel() const { return m_description; }
    QLabel* licenceLabel() const { return m_licence; }

private:
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_licence = nullptr;
};

} // namespace karsa::ui
