#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// A throw-away PostgreSQL server for one test: initdb into a temporary
// directory, started with pg_ctl on a free loopback port with its socket in
// that directory, stopped and removed again by the destructor. As root the
// server programs run as the "postgres" user (initdb and postgres refuse
// root). Durability is off (fsync, synchronous_commit): the data dies with
// the test anyway.
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Empty on success, else what went wrong (missing binaries name the package).
    QString start();
    void stop();
    // Stops the server and starts it again on the same port, data kept.
    QString pause();
    QString resume();
    QString createDatabase(const QString &name);

    int port() const { return m_port; }
    QString socketDirectory() const;
    // postgresql://postgres@127.0.0.1:PORT/name
    QString url(const QString &database) const;
    // The same database through the unix socket: …?host=/socket/dir
    QString socketUrl(const QString &database) const;

    // The directory of initdb and pg_ctl, or empty.
    static QString binDirectory();

private:
    void startWatchdog();
    QString run(const QString &program, const QStringList &arguments, int timeoutMs = 120000);

    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};

} // namespace casedesk::test
