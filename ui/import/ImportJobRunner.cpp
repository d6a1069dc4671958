#include "ImportJobRunner.h"

#include "common/Progress.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

namespace karsa::ui {

Status ImportJobRunner::run(QWidget* parent, const QString& title, const Session& session, const Job& job)
{
    QProgressDialog dialog(title, QObject::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setValue(0);
    QPointer<QProgressDialog> guard(&dialog);
    auto progress = std::make_shared<Progress>([guard](qint64 done, qint64 total, const QString& stage) {
        if (total <= 0)
            return;
        const int value = int(done * 1000 / total);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, value, stage] {
                if (!guard)
                    return;
                guard->setLabelText(stage);
                guard->setValue(std::min(value, 999));
            },
            Qt::QueuedConnection);
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [progress] { progress->cancel(); });
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([session, job, progress]() -> Status {
        auto db = session.connect();
        if (!db)
            return db.error();
        return job(*db.value(), *progress);
    }));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

} // namespace karsa::ui
