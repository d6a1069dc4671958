#pragma once

#include <QLabel>

namespace karsa::ui {

// A one-line label that never asks for more width than it gets: a long text (a database path, a
// status message) is shortened with "…" in the middle and shown whole in the tooltip, so it cannot
// widen the window it sits in.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace karsa::ui
