// One program at a time changes a profile: a second holder is told who has
// it, casedeskctl's changing commands wait for the workstation (exit 11)
// while its reading ones run beside it, and a holder killed outright leaves
// a lock the next program takes over.
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/ProfileLock.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray passphrase = "a passphrase for the lock\n";

} // namespace

class TestProfileLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(runCasedeskctl({u"--profile"_s, profileDirectory(), u"--passphrase-stdin"_s, u"init"_s}, passphrase)
                     .exitCode,
                 0);
    }

    void aSecondHolderIsToldWhoHasIt()
    {
        const Profile profile(profileDirectory());
        auto first = ProfileLock::acquire(profile);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        // Beside the folder, not in it: erasing the profile leaves the lock alone.
        QCOMPARE(ProfileLock::lockFilePath(profile), profileDirectory() + u".lock"_s);
        QVERIFY(QFileInfo::exists(ProfileLock::lockFilePath(profile)));

        auto second = ProfileLock::acquire(profile);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Busy);
        QVERIFY(second.error().message.contains(profile.directory()));
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));

        first->reset();
        QVERIFY(!QFileInfo::exists(ProfileLock::lockFilePath(profile)));
        QVERIFY(ProfileLock::acquire(profile));
    }

    // While the workstation holds the profile, casedeskctl changes nothing in
    // it and says why; it still reads.
    void casedeskctlWaitsForTheWorkstationToChange()
    {
        auto held = ProfileLock::acquire(Profile(profileDirectory()));
        QVERIFY(held);
        const ProcessResult seed = runCasedeskctl(
            {u"--profile"_s, profileDirectory(), u"--passphrase-stdin"_s, u"seed"_s, u"--cases"_s, u"5"_s}, passphrase);
        QVERIFY2(seed.exitCode == 11, qPrintable(diagnostics(seed)));
        QVERIFY2(seed.err.contains(u"in use by another program"_s), qPrintable(diagnostics(seed)));
        const ProcessResult status =
            runCasedeskctl({u"--profile"_s, profileDirectory(), u"--passphrase-stdin"_s, u"status"_s}, passphrase);
        QVERIFY2(status.exitCode == 0, qPrintable(diagnostics(status)));
        QCOMPARE(caseCount(), 0);

        held->reset();
        QCOMPARE(runCasedeskctl(
                     {u"--profile"_s, profileDirectory(), u"--passphrase-stdin"_s, u"seed"_s, u"--cases"_s, u"5"_s},
                     passphrase)
                     .exitCode,
                 0);
        QCOMPARE(caseCount(), 5);
    }

    // A holder killed outright (SIGKILL) cannot let go: its lock is stale,
    // and the next program takes it over.
    void aKilledHoldersLockIsTakenOver()
    {
        const Profile profile(profileDirectory());
        QProcess holder;
        holder.start(
            builtProgram("CASEDESKCTL"),
            {u"--profile"_s, profileDirectory(), u"--passphrase-stdin"_s, u"seed"_s, u"--cases"_s, u"100000000"_s});
        QVERIFY(holder.waitForStarted());
        holder.write(passphrase);
        holder.closeWriteChannel();
        // Once it holds the lock (waited for without trying it, which would
        // race the holder for it), no one else can take it.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(ProfileLock::lockFilePath(profile)), 30000);
        QVERIFY2(holder.state() == QProcess::Running, holder.readAllStandardError().constData());
        QVERIFY(!ProfileLock::acquire(profile));
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished());
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFileInfo::exists(ProfileLock::lockFilePath(profile)));
        auto taken = ProfileLock::acquire(profile);
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
    }

private:
    QString profileDirectory() const { return m_dir.filePath(u"profile"_s); }

    qint64 caseCount() const
    {
        const ProcessResult status =
            runCasedeskctl({u"--profile"_s, profileDirectory(), u"--passphrase-stdin"_s, u"status"_s}, passphrase);
        for (const QString &line : status.out.split(u'\n')) {
            if (line.startsWith(u"cases"_s, Qt::CaseInsensitive))
                return line.section(u' ', -1).toLongLong();
        }
        return -1;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProfileLock)
#include "test_profile_lock.moc"
