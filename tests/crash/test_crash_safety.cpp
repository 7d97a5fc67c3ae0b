// A writer killed with SIGKILL at random moments, again and again: after
// each kill the vault must reopen, pass PRAGMA integrity_check, and hold
// every case the writer reported as committed.
#include "TestSupport.h"
#include "keys/KeychainKeyStore.h"
#include "storage/CaseStore.h"
#include "storage/Vault.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesSigkillAtRandomMoments()
    {
        QTemporaryDir dir;
        const Profile profile(dir.filePath(u"profile"_s));
        const QString profileId = Profile::newProfileId();
        KeychainKeyStore keyStore(profileId);
        QVERIFY(Vault::create(profile, keyStore, profileId));
        const QString report = dir.filePath(u"committed.txt"_s);

        constexpr int kills = 50;
        QRandomGenerator random(20261128);
        qint64 lastCount = 0;
        for (int round = 0; round < kills; ++round) {
            QProcess writer;
            writer.setProgram(builtProgram("CRASH_WRITER"));
            writer.setArguments({profile.directory(), report, QString::number(round)});
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start();
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(30000), "the writer never opened the vault");
            QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
            QTest::qSleep(int(random.bounded(5, 250)));
            QVERIFY2(writer.state() == QProcess::Running, "the writer stopped before it was killed");
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            auto vault = Vault::open(profile, keyStore);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            QSqlQuery query((*vault)->database());
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);

            QFile file(report);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().split('\n');
            QSet<QString> present;
            QVERIFY(query.exec(u"SELECT id FROM cases"_s));
            while (query.next())
                present.insert(query.value(0).toString());
            qint64 reported = 0;
            for (const QByteArray &line : lines) {
                if (line.size() != 36)
                    continue; // the last line may have been cut by the kill
                ++reported;
                QVERIFY2(present.contains(QString::fromLatin1(line)),
                         qPrintable(u"round %1: case %2 was reported committed but is missing"_s.arg(round).arg(
                             QString::fromLatin1(line))));
            }
            // Every case carries its outbox op: the change and its op commit together.
            QVERIFY(query.exec(u"SELECT count(*) FROM cases c LEFT JOIN outbox o ON o.case_id = c.id "
                               "WHERE o.op_id IS NULL"_s)
                    && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(reported >= lastCount);
            lastCount = reported;
        }
        QVERIFY2(lastCount > kills, "the writer committed too little to prove anything");
        qInfo("%lld cases committed across %d kills", lastCount, kills);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
