#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace casedesk::test {

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

SecureBytes secret(const char *text)
{
    return SecureBytes(text, std::strlen(text));
}

QString builtProgram(const char *environmentVariable)
{
    const QString path = qEnvironmentVariable(environmentVariable);
    if (path.isEmpty())
        qFatal("%s is not set; run the tests through CTest", environmentVariable);
    return path;
}

QString diagnostics(const ProcessResult &result)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(result.exitCode).arg(result.out, result.err);
}

ProcessResult runCasedeskctl(const QStringList &arguments, const QByteArray &standardInput, const QStringList &prefix,
                             const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList command = prefix;
    command << builtProgram("CASEDESKCTL") << arguments;
    process.setProgram(command.takeFirst());
    process.setArguments(command);
    process.start();
    if (!process.waitForStarted())
        return {};
    process.write(standardInput);
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool sendAuditRecords(SyncStore &sync)
{
    auto pending = sync.pendingOps(1000);
    if (!pending)
        return false;
    QList<protocol::Op> records;
    QList<protocol::OpResult> applied;
    for (const protocol::Op &op : std::as_const(*pending)) {
        if (op.kind != protocol::OpKind::AuditAppend)
            continue;
        records << op;
        applied << protocol::OpResult{op.opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}};
    }
    return records.isEmpty() || bool(sync.applyResults(records, applied));
}

qint64 rowCount(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool tableExists(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

} // namespace casedesk::test
