#include "ExportNotice.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace karsa::ui {

std::optional<ExportNotice::Answer> ExportNotice::s_nextAnswer;
std::function<bool(const QUrl&)> ExportNotice::s_opener;
QString ExportNotice::s_lastText;

ExportNotice::Answer ExportNotice::show(QWidget* parent, const QString& path)
{
    const QFileInfo info(path);
    s_lastText = QCoreApplication::translate("ExportNotice", "%1 was saved in the folder %2.")
                     .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
    Answer answer = Close;
    if (s_nextAnswer) {
        answer = *s_nextAnswer;
        s_nextAnswer.reset();
    } else {
        QMessageBox box(QMessageBox::Information, QCoreApplication::translate("ExportNotice", "Export finished"), s_lastText, QMessageBox::NoButton, parent);
        QPushButton* file = box.addButton(QCoreApplication::translate("ExportNotice", "Open file"), QMessageBox::AcceptRole);
        QPushButton* folder = box.addButton(QCoreApplication::translate("ExportNotice", "Open folder"), QMessageBox::ActionRole);
        box.addButton(QCoreApplication::translate("ExportNotice", "Close"), QMessageBox::RejectRole);
        box.setDefaultButton(file);
        box.exec();
        answer = box.clickedButton() == file ? OpenFile : box.clickedButton() == folder ? OpenFolder : Close;
    }
    if (answer == Close)
        return answer;
    const QUrl url = QUrl::fromLocalFile(answer == OpenFile ? info.absoluteFilePath() : info.absolutePath());
    if (s_opener)
        s_opener(url);
    else
        QDesktopServices::openUrl(url);
    return answer;
}

void ExportNotice::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

void ExportNotice::setUrlOpener(std::function<bool(const QUrl&)> opener)
{
    s_opener = std::move(opener);
}

QString ExportNotice::lastText()
{
    return s_lastText;
}

} // namespace karsa::ui
