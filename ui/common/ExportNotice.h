#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

namespace karsa::ui {

// The message after an export: where the file is, with "Open file" and "Open folder" buttons
// (QDesktopServices::openUrl) and Close. A seam like KeePassXC's MessageBox: tests pre-answer the
// next message with setNextAnswer and catch what would be opened with setUrlOpener, so no dialog
// or viewer ever appears in a test.
class ExportNotice
{
public:
    enum Answer { Close, OpenFile, OpenFolder };

    // Shows the message for the written file and acts on the answer; returns the answer.
    static Answer show(QWidget* parent, const QString& path);

    static void setNextAnswer(Answer answer);
    // Replaces QDesktopServices::openUrl (empty function = the real one again).
    static void setUrlOpener(std::function<bool(const QUrl&)> opener);
    // The text of the last message shown or pre-answered (for tests).
    static QString lastText();

private:
    static std::optional<Answer> s_nextAnswer;
    static std::function<bool(const QUrl&)> s_opener;
    static QString s_lastText;
};

} // namespace karsa::ui
