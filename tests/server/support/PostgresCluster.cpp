#include "PostgresCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace casedesk::test {

namespace {

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool runningAsRoot()
{
    return geteuid() == 0;
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::binDirectory()
{
    // Debian keeps the server programs out of PATH, one directory per major version.
    QStringList candidates{u"/usr/lib/postgresql/15/bin"_s};
    const QDir versions(u"/usr/lib/postgresql"_s);
    for (const QString &version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed))
        candidates.append(versions.filePath(version) + u"/bin"_s);
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate + u"/initdb"_s).isExecutable() && QFileInfo(candidate + u"/pg_ctl"_s).isExecutable())
            return candidate;
    }
    return {};
}

QString PostgresCluster::socketDirectory() const
{
    return m_directory ? m_directory->path() : QString();
}

QString PostgresCluster::url(const QString &database) const
{
    return u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(m_port).arg(database);
}

QString PostgresCluster::socketUrl(const QString &database) const
{
    return u"postgresql://postgres@localhost:%1/%2?host=%3"_s.arg(m_port).arg(database, socketDirectory());
}

QString PostgresCluster::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QStringList command{m_bin + u'/' + program};
    command << arguments;
    if (runningAsRoot())
        command = QStringList{u"setpriv"_s, u"--reuid=postgres"_s, u"--regid=postgres"_s, u"--init-groups"_s} + command;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_directory->path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return u"%1 did not finish: %2"_s.arg(program, QString::fromUtf8(process.readAll()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"%1 failed (%2): %3"_s.arg(program).arg(process.exitCode()).arg(QString::fromUtf8(process.readAll()));
    return {};
}

void PostgresCluster::startWatchdog()
{
    // Should the test die without its destructor running (a crash, a
    // qFatal, CTest's timeout), this stops the server and removes its files
    // once the test's process is gone.
    const QString script = uR"(while kill -0 "$1" 2>/dev/null; do sleep 1; done
if [ -f "$3/postmaster.pid" ]; then $4 "$2/pg_ctl" -D "$3" -m immediate -w stop >/dev/null 2>&1; fi
rm -rf "$5")"_s;
    const QString asPostgres =
        runningAsRoot() ? u"setpriv --reuid=postgres --regid=postgres --init-groups"_s : QString();
    QProcess::startDetached(u"sh"_s,
                            {u"-c"_s, script, u"casedesk-pg-watchdog"_s,
                             QString::number(QCoreApplication::applicationPid()), m_bin,
                             m_directory->path() + u"/data"_s, asPostgres, m_directory->path()});
}

QString PostgresCluster::start()
{
    m_bin = binDirectory();
    if (m_bin.isEmpty())
        return u"PostgreSQL's server programs (initdb, pg_ctl) are not installed in /usr/lib/postgresql/*/bin; "
               "scripts/dev installs them (Debian package postgresql)."_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's PostgreSQL driver QPSQL is missing; scripts/dev installs it (Debian package libqt6sql6-psql)."_s;
    // Short: a unix socket path has to fit in 107 bytes.
    m_directory = std::make_unique<QTemporaryDir>(u"/tmp/cdpg-XXXXXX"_s);
    if (!m_directory->isValid())
        return u"cannot create a temporary directory"_s;
    if (runningAsRoot()) {
        const passwd *postgres = getpwnam("postgres");
        if (!postgres)
            return u"running as root, but there is no user \"postgres\" to run the server as"_s;
        if (chown(QFile::encodeName(m_directory->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return u"cannot hand %1 to the postgres user"_s.arg(m_directory->path());
    }
    startWatchdog();
    if (QString failed = run(u"initdb"_s,
                             {u"-D"_s, m_directory->path() + u"/data"_s, u"-U"_s, u"postgres"_s, u"--auth=trust"_s,
                              u"--encoding=UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s});
        !failed.isEmpty())
        return failed;
    m_port = freeLoopbackPort();
    return resume();
}

QString PostgresCluster::resume()
{
    const QString settings = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                             "-c full_page_writes=off -c max_connections=50"_s.arg(m_port)
                                 .arg(m_directory->path());
    if (QString failed =
            run(u"pg_ctl"_s,
                {u"-D"_s, m_directory->path() + u"/data"_s, u"-l"_s, m_directory->path() + u"/server.log"_s, u"-w"_s,
                 u"-t"_s, u"60"_s, u"-o"_s, settings, u"start"_s});
        !failed.isEmpty())
        return failed;
    m_running = true;
    return {};
}

QString PostgresCluster::pause()
{
    if (!m_running)
        return {};
    m_running = false;
    return run(u"pg_ctl"_s, {u"-D"_s, m_directory->path() + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
}

void PostgresCluster::stop()
{
    if (const QString failed = pause(); !failed.isEmpty())
        qWarning("stopping the test's PostgreSQL: %s", qUtf8Printable(failed));
    m_directory.reset();
}

QString PostgresCluster::createDatabase(const QString &name)
{
    const QString connection = u"cluster-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        admin.setHostName(socketDirectory());
        admin.setPort(m_port);
        admin.setUserName(u"postgres"_s);
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.open()) {
            failure = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(u"CREATE DATABASE \"%1\""_s.arg(name)))
                failure = query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

} // namespace casedesk::test
