#pragma once

#include <QDialog>
#include <QString>

class QRadioButton;

namespace karsa::ui {

// Shown when Karsa starts without any database: start empty, open a file, or create the demo city.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { DemoCity, Empty, OpenFile };
    explicit FirstRunDialog(QWidget* parent = nullptr);
    Choice choice() const;

private:
    QRadioButton* m_demo = nullptr;
    QRadioButton* m_empty = nullptr;
    QRadioButton* m_open = nullptr;
};

// Builds the demo city into the (new) database at path in a worker thread, with a progress
// dialog that can cancel. Returns true when the city was created.
bool createDemoCityWithProgress(const QString& path, int employees, QWidget* parent = nullptr);

} // namespace karsa::ui
