#pragma once

// Running karsa-cli (KARSA_CLI_PATH, set by tests/CMakeLists.txt) from the command-line tests.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace karsa::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument document() const { return QJsonDocument::fromJson(out); }
    QJsonObject json() const { return document().object(); }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// karsa-cli with these arguments, input written to its standard input.
inline CliRun runCliProcess(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(KARSA_CLI_PATH), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// karsa-cli --db DB with these arguments.
inline CliRun runCli(const QString& db, QStringList args, const QByteArray& input = {})
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCliProcess(args, input);
}

} // namespace karsa::test
