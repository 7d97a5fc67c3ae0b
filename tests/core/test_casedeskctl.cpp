// casedeskctl as IT staff and scripts use it: a real program, a real keyring
// (tests/support/with-private-keyring), real encrypted profiles.
#include "TestSupport.h"
#include "keys/KeychainKeyStore.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Migrations.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray passphrase = "a passphrase for counter 3\n";

qint64 reportedCount(const QString &status, const QString &label)
{
    const QRegularExpression line(u"^%1\\s+(\\d+)$"_s.arg(QRegularExpression::escape(label)),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(status);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Directory and files readable, not writable, by someone else.
void makeReadableByOthers(const QString &directory)
{
    QDir dir(directory);
    for (QString path = dir.absolutePath(); path != u"/"_s; path = QFileInfo(path).path()) {
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOther | QFileDevice::ReadOther);
        if (path == QDir::tempPath())
            break;
    }
    for (const QString &name : dir.entryList(QDir::Files))
        QFile::setPermissions(dir.filePath(name),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                  | QFileDevice::ReadGroup);
}

} // namespace

// Evaluates the command once, then checks its exit code.
#define QVERIFY_RESULT(command, expected)                                                                              \
    do {                                                                                                               \
        const ProcessResult checked_ = (command);                                                                      \
        QVERIFY2(checked_.exitCode == (expected) && !checked_.crashed, qPrintable(diagnostics(checked_)));             \
    } while (false)

class TestCasedeskctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelpDocumentTheExitCodes()
    {
        const ProcessResult version = runCasedeskctl({u"--version"_s});
        QVERIFY_RESULT(version, 0);
        QVERIFY(version.out.startsWith(u"casedeskctl 0."_s));
        QVERIFY(version.out.contains(u"SQLite 3.15.2"_s));

        const ProcessResult help = runCasedeskctl({u"--help"_s});
        QVERIFY_RESULT(help, 0);
        for (const QString &word : {u"init"_s, u"status"_s, u"verify"_s, u"rekey"_s, u"seed"_s, u"--profile"_s,
                                    u"--passphrase-stdin"_s, u"Exit codes"_s})
            QVERIFY2(help.out.contains(word), qPrintable(word));
        for (int code = 0; code <= 10; ++code)
            QVERIFY2(help.out.contains(QRegularExpression(u"\\n  %1 +\\S"_s.arg(code))), qPrintable(help.out));

        QVERIFY_RESULT(runCasedeskctl({}), 2);
        QVERIFY_RESULT(runCasedeskctl({u"frobnicate"_s}), 2);
        QVERIFY_RESULT(runCasedeskctl({u"seed"_s, u"--cases"_s, u"-3"_s}), 2);
    }

    void keychainProfileFromInitToVerify()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"counter"_s);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"init"_s}), 0);
        QVERIFY(QFile::exists(profile + u"/casedesk.db"_s));
        QVERIFY(!QFile::exists(profile + u"/vault.key"_s)); // the key is in the keyring

        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"seed"_s, u"--cases"_s, u"2500"_s}), 0);
        const ProcessResult status = runCasedeskctl({u"--profile"_s, profile, u"status"_s});
        QVERIFY_RESULT(status, 0);
        QVERIFY(status.out.contains(u"system keychain"_s));
        QVERIFY(status.out.contains(QRegularExpression(u"schema version\\s+%1 "_s.arg(latestSchemaVersion()))));
        QCOMPARE(reportedCount(status.out, u"cases"_s), 2500);
        QCOMPARE(reportedCount(status.out, u"applicants"_s), 2500);
        QCOMPARE(reportedCount(status.out, u"pending ops"_s), 2500);

        const ProcessResult verify = runCasedeskctl({u"--profile"_s, profile, u"verify"_s});
        QVERIFY_RESULT(verify, 0);
        QVERIFY(verify.out.contains(u"ok"_s));

        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"rekey"_s}), 0);
        const ProcessResult after = runCasedeskctl({u"--profile"_s, profile, u"status"_s});
        QVERIFY_RESULT(after, 0);
        QCOMPARE(reportedCount(after.out, u"cases"_s), 2500);

        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"init"_s}), 9); // exists already
    }

    void backupAndRestoreKeepEveryCase()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"counter"_s);
        const QString backup = dir.filePath(u"backup"_s);
        const QString restored = dir.filePath(u"restored"_s);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"init"_s}), 0);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"seed"_s, u"--cases"_s, u"1500"_s}), 0);

        const ProcessResult withoutPassphrase = runCasedeskctl({u"--profile"_s, profile, u"backup"_s, backup});
        QVERIFY_RESULT(withoutPassphrase, 2);
        QVERIFY(!QFile::exists(backup));

        QVERIFY_RESULT(
            runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"backup"_s, backup}, passphrase), 0);
        // The backup is a profile of its own, sealed with the passphrase.
        const ProcessResult backupStatus =
            runCasedeskctl({u"--profile"_s, backup, u"--passphrase-stdin"_s, u"status"_s}, passphrase);
        QVERIFY_RESULT(backupStatus, 0);
        QCOMPARE(reportedCount(backupStatus.out, u"cases"_s), 1500);
        QVERIFY(backupStatus.out.contains(u"passphrase"_s));
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, backup, u"--passphrase-stdin"_s, u"status"_s}, "wrong\n"), 3);

        QVERIFY_RESULT(
            runCasedeskctl({u"--profile"_s, restored, u"--passphrase-stdin"_s, u"restore"_s, backup}, passphrase), 0);
        const ProcessResult restoredStatus = runCasedeskctl({u"--profile"_s, restored, u"status"_s});
        QVERIFY_RESULT(restoredStatus, 0);
        QVERIFY(restoredStatus.out.contains(u"system keychain"_s));
        QCOMPARE(reportedCount(restoredStatus.out, u"cases"_s), 1500);
        QCOMPARE(reportedCount(restoredStatus.out, u"pending ops"_s), 1500);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, restored, u"verify"_s}), 0);

        // Never over an existing profile.
        QVERIFY_RESULT(
            runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"restore"_s, backup}, passphrase), 9);
    }

    void theDefaultProfileLivesInTheXdgDataDirectory()
    {
        // with-private-keyring points XDG_DATA_HOME at a throw-away directory.
        const QString expected = qEnvironmentVariable("XDG_DATA_HOME") + u"/casedesk/default"_s;
        QVERIFY(!qEnvironmentVariableIsEmpty("XDG_DATA_HOME"));
        QVERIFY_RESULT(runCasedeskctl({u"init"_s}), 0);
        QVERIFY(QFile::exists(expected + u"/casedesk.db"_s));
        const ProcessResult status = runCasedeskctl({u"status"_s});
        QVERIFY_RESULT(status, 0);
        QVERIFY(status.out.contains(expected));
    }

    void passphraseProfile()
    {
        QTemporaryDir dir;
        const QString profile = dir.path();
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"init"_s}, passphrase), 0);
        QVERIFY(QFile::exists(profile + u"/vault.key"_s));

        const ProcessResult withoutPassphrase = runCasedeskctl({u"--profile"_s, profile, u"status"_s});
        QVERIFY_RESULT(withoutPassphrase, 2);
        QVERIFY(withoutPassphrase.err.contains(u"--passphrase-stdin"_s));

        const ProcessResult status =
            runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"status"_s}, passphrase);
        QVERIFY_RESULT(status, 0);
        QVERIFY(status.out.contains(u"passphrase"_s));

        const QByteArray before = fileSha256(profile + u"/casedesk.db"_s);
        const ProcessResult wrong =
            runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"status"_s}, "not it\n");
        QVERIFY_RESULT(wrong, 3);
        QVERIFY(wrong.err.contains(u"passphrase"_s));
        QCOMPARE(fileSha256(profile + u"/casedesk.db"_s), before);

        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"status"_s}, ""), 2);
    }

    // Issue 7, residual data: a removed profile leaves nothing readable. A
    // copy of its database taken beforehand (the blocks a disk may keep)
    // opens with no key any more, and holds no applicant's name in plain.
    void removingAProfileForgetsItsKeyAndErasesItsFiles()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"counter"_s);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"init"_s}), 0);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"seed"_s, u"--cases"_s, u"200"_s}), 0);
        auto metadata = Profile(profile).readMetadata();
        QVERIFY(metadata);
        const QString kept = dir.filePath(u"kept-blocks.db"_s);
        QVERIFY(QFile::copy(profile + u"/casedesk.db"_s, kept));
        QString name;
        {
            KeychainKeyStore keys(metadata->profileId);
            auto vault = Vault::open(Profile(profile), keys);
            QVERIFY(vault);
            QSqlQuery query((*vault)->database());
            QVERIFY(query.exec(u"SELECT name FROM applicants LIMIT 1"_s) && query.next());
            name = query.value(0).toString();
        }

        // 200 cases never reached a platform: not without saying so.
        const QByteArray before = fileSha256(profile + u"/casedesk.db"_s);
        const ProcessResult refused = runCasedeskctl({u"--profile"_s, profile, u"remove"_s});
        QVERIFY_RESULT(refused, 1);
        QVERIFY2(refused.err.contains(u"200 changes"_s) && refused.err.contains(u"--discard-unsent"_s),
                 qPrintable(refused.err));
        QCOMPARE(fileSha256(profile + u"/casedesk.db"_s), before);
        QVERIFY(KeychainKeyStore(metadata->profileId).load(KeySlot::Current));

        const ProcessResult removed = runCasedeskctl({u"--profile"_s, profile, u"--discard-unsent"_s, u"remove"_s});
        QVERIFY_RESULT(removed, 0);
        QVERIFY(removed.out.contains(u"Removed profile"_s));
        QVERIFY(!QFileInfo::exists(profile));
        auto key = KeychainKeyStore(metadata->profileId).load(KeySlot::Current);
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::KeyNotFound);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"status"_s}), 9);

        // What the disk may have kept is ciphertext whose key is gone.
        QFile blocks(kept);
        QVERIFY(blocks.open(QIODevice::ReadOnly));
        const QByteArray content = blocks.readAll();
        QVERIFY(!content.contains(name.toUtf8()));
        QVERIFY(!content.startsWith("SQLite format 3"));
    }

    void removingAPassphraseProfileOverwritesItsSealedKey()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"counter"_s);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"init"_s}, passphrase), 0);
        // Nothing to send: removed without --discard-unsent.
        const ProcessResult wrong =
            runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"remove"_s}, "not it\n");
        QVERIFY_RESULT(wrong, 3);
        QVERIFY(QFile::exists(profile + u"/vault.key"_s));
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, profile, u"--passphrase-stdin"_s, u"remove"_s}, passphrase), 0);
        QVERIFY(!QFileInfo::exists(profile));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void aFileThatIsNotACaseDeskDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, dir.path(), u"init"_s}), 0);
        QFile file(dir.filePath(u"casedesk.db"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, 'A'));
        file.close();
        const QByteArray before = fileSha256(file.fileName());
        const ProcessResult status = runCasedeskctl({u"--profile"_s, dir.path(), u"status"_s});
        QVERIFY_RESULT(status, 4);
        QVERIFY(status.err.contains(u"not a CaseDesk database"_s));
        QCOMPARE(fileSha256(file.fileName()), before);
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, dir.path(), u"--passphrase-stdin"_s, u"init"_s}, passphrase), 0);
        {
            const Profile profile(dir.path());
            PassphraseKeyStore store(profile.keyFilePath(), secret("a passphrase for counter 3"));
            auto vault = Vault::open(profile, store);
            QVERIFY(vault);
            QVERIFY(QSqlQuery((*vault)->database())
                        .exec(u"INSERT INTO schema_version VALUES (999, 'future', '2031-01-01T00:00:00Z')"_s));
        }
        const QByteArray before = fileSha256(dir.filePath(u"casedesk.db"_s));
        const ProcessResult status =
            runCasedeskctl({u"--profile"_s, dir.path(), u"--passphrase-stdin"_s, u"status"_s}, passphrase);
        QVERIFY_RESULT(status, 5);
        QVERIFY(status.err.contains(u"999"_s));
        QCOMPARE(fileSha256(dir.filePath(u"casedesk.db"_s)), before);
    }

    void aReadOnlyProfileIsExplained()
    {
        QTemporaryDir dir;
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, dir.path(), u"--passphrase-stdin"_s, u"init"_s}, passphrase), 0);
        QStringList prefix;
        if (::geteuid() == 0) {
            // Root writes through permissions: run as nobody over files it may read only.
            const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
            QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to drop root for this test");
            makeReadableByOthers(dir.path());
            prefix = {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        } else {
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
        const ProcessResult status =
            runCasedeskctl({u"--profile"_s, dir.path(), u"--passphrase-stdin"_s, u"status"_s}, passphrase, prefix);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY_RESULT(status, 6);
        QVERIFY(status.err.contains(u"read-only"_s));
    }

    void aFullDiskFailsCleanlyAndKeepsWhatWasCommitted_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("file size limit") << u"rlimit"_s;
        QTest::addRow("small filesystem") << u"tmpfs"_s;
    }

    void aFullDiskFailsCleanlyAndKeepsWhatWasCommitted()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        QString profile = dir.filePath(u"profile"_s);
        QStringList prefix;
        bool mounted = false;
        if (how == u"tmpfs") {
            const QString mountPoint = dir.filePath(u"small"_s);
            QDir().mkpath(mountPoint);
            if (::geteuid() != 0
                || ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=6m") != 0)
                QSKIP("mounting a small tmpfs needs root; the file-size-limit row covers a full disk");
            mounted = true;
            profile = mountPoint + u"/profile"_s;
        }
        auto unmount = qScopeGuard([&] {
            if (mounted)
                ::umount2(QFile::encodeName(dir.filePath(u"small"_s)).constData(), MNT_DETACH);
        });
        const QStringList args{u"--profile"_s, profile, u"--passphrase-stdin"_s};
        QVERIFY_RESULT(runCasedeskctl(args + QStringList{u"init"_s}, passphrase), 0);
        QVERIFY_RESULT(runCasedeskctl(args + QStringList{u"seed"_s, u"--cases"_s, u"1000"_s}, passphrase), 0);

        if (how == u"rlimit") {
            const QString prlimit = QStandardPaths::findExecutable(u"prlimit"_s);
            QVERIFY2(!prlimit.isEmpty(), "prlimit (util-linux) is needed for this test");
            const qint64 limit = QFileInfo(profile + u"/casedesk.db"_s).size() + 1024 * 1024;
            prefix = {prlimit, u"--fsize=%1"_s.arg(limit)};
        }
        const ProcessResult full =
            runCasedeskctl(args + QStringList{u"seed"_s, u"--cases"_s, u"100000"_s}, passphrase, prefix);
        QVERIFY_RESULT(full, 7);
        QVERIFY2(full.err.contains(u"disk is full"_s), qPrintable(diagnostics(full)));
        const QRegularExpression committed(u"Seeded (\\d+) synthetic cases before the failure"_s);
        const auto match = committed.match(full.out);
        QVERIFY2(match.hasMatch(), qPrintable(full.out));
        const qint64 before = match.captured(1).toLongLong();

        if (how == u"tmpfs") {
            // Make room, as an IT technician would, before checking.
            QVERIFY(::mount("tmpfs", QFile::encodeName(dir.filePath(u"small"_s)).constData(), "tmpfs", MS_REMOUNT,
                            "size=64m")
                    == 0);
        }
        const ProcessResult status = runCasedeskctl(args + QStringList{u"status"_s}, passphrase);
        QVERIFY_RESULT(status, 0);
        QCOMPARE(reportedCount(status.out, u"cases"_s), 1000 + before);
        QCOMPARE(reportedCount(status.out, u"pending ops"_s), 1000 + before);
        QVERIFY_RESULT(runCasedeskctl(args + QStringList{u"verify"_s}, passphrase), 0);
    }

    void noSecretServiceOffersThePassphraseStore()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const ProcessResult init = runCasedeskctl({u"--profile"_s, dir.path(), u"init"_s}, {}, {}, environment);
        QVERIFY_RESULT(init, 8);
        QVERIFY(init.err.contains(u"--passphrase-stdin"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"casedesk.db"_s)));
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, dir.path(), u"--passphrase-stdin"_s, u"init"_s}, passphrase, {},
                                      environment),
                       0);
    }

    void aMissingOrDamagedProfileIsNamed()
    {
        QTemporaryDir dir;
        const ProcessResult missing = runCasedeskctl({u"--profile"_s, dir.filePath(u"none"_s), u"status"_s});
        QVERIFY_RESULT(missing, 9);
        QVERIFY(missing.err.contains(u"init"_s));

        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, dir.path(), u"init"_s}), 0);
        QFile metadata(dir.filePath(u"profile.json"_s));
        QVERIFY(metadata.open(QIODevice::WriteOnly | QIODevice::Truncate));
        metadata.write("{\"format\": 1");
        metadata.close();
        const ProcessResult damaged = runCasedeskctl({u"--profile"_s, dir.path(), u"status"_s});
        QVERIFY_RESULT(damaged, 10);
        QVERIFY(damaged.err.contains(u"profile.json"_s));
    }

    void verifyFindsADamagedDatabase()
    {
        QTemporaryDir dir;
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, dir.path(), u"init"_s}), 0);
        QVERIFY_RESULT(runCasedeskctl({u"--profile"_s, dir.path(), u"seed"_s, u"--cases"_s, u"3000"_s}), 0);
        QFile file(dir.filePath(u"casedesk.db"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 200 * 1024);
        file.seek(file.size() / 2 + 100); // inside a page in the middle of the file
        file.write(QByteArray(64, '\x55'));
        file.close();
        const ProcessResult verify = runCasedeskctl({u"--profile"_s, dir.path(), u"verify"_s});
        QVERIFY2(verify.exitCode != 0 && !verify.crashed, qPrintable(diagnostics(verify)));
    }
};

QTEST_GUILESS_MAIN(TestCasedeskctl)
#include "test_casedeskctl.moc"
