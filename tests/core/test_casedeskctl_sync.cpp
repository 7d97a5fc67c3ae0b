// `casedeskctl sync` as IT staff and scripts run it against the reference
// platform on loopback: one round, its JSON summary, and an account with a
// second factor, which needs --one-time-code. The profile's key is sealed
// with a passphrase, so no keyring is needed.
#include "DatabaseLocation.h"
#include "PlatformStore.h"
#include "PlatformThread.h"
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "security/OneTimeCode.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const char passphrase[] = "the sync test passphrase";

} // namespace

class TestCasedeskctlSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_platformDir.isValid() && m_profileDir.isValid());
        PlatformOptions options;
        options.port = 0;
        options.seedTrainingHall = true;
        options.database = u"sqlite:"_s + m_platformDir.filePath(u"platform.db"_s);
        QVERIFY(m_platform.start(options));
        auto store = PlatformStore::open(*DatabaseLocation::parse(options.database));
        QVERIFY(store);
        QVERIFY(*(*store)->enrolSecondFactor(u"staff.sun"_s, secret()));

        const Profile profile(m_profileDir.path());
        PassphraseKeyStore keys(profile.keyFilePath(), test::secret(passphrase));
        QVERIFY(Vault::create(profile, keys, Profile::newProfileId()));
    }

    void oneRoundPullsTheHallAndSaysSoInJson()
    {
        const ProcessResult sync = run(u"staff.li"_s);
        QVERIFY2(sync.exitCode == 0, qPrintable(diagnostics(sync)));
        const QJsonObject summary = QJsonDocument::fromJson(sync.out.toUtf8()).object();
        QVERIFY2(summary.value(u"pulled"_s).toInt() > 0, qPrintable(diagnostics(sync)));
        QCOMPARE(summary.value(u"conflicts"_s).toInt(), 0);
    }

    void aSecondFactorAccountNeedsItsCode()
    {
        const ProcessResult without = run(u"staff.sun"_s);
        QVERIFY2(without.exitCode == 1, qPrintable(diagnostics(without)));
        QVERIFY2(without.err.contains(u"--one-time-code"_s), qPrintable(diagnostics(without)));

        const QString code = onetimecode::codeAt(secret(), onetimecode::stepAt(QDateTime::currentDateTimeUtc()));
        const ProcessResult with = run(u"staff.sun"_s, {u"--one-time-code"_s, code});
        QVERIFY2(with.exitCode == 0, qPrintable(diagnostics(with)));
        // Good once.
        const ProcessResult again = run(u"staff.sun"_s, {u"--one-time-code"_s, code});
        QVERIFY2(again.exitCode == 1, qPrintable(diagnostics(again)));
        QVERIFY2(again.err.contains(u"one-time code"_s), qPrintable(diagnostics(again)));
    }

private:
    static SecureBytes secret()
    {
        static const char raw[] = "casedeskctl secret!!";
        return SecureBytes(raw, sizeof(raw) - 1);
    }

    ProcessResult run(const QString &user, const QStringList &extra = {})
    {
        const QByteArray input = QByteArray(passphrase) + "\ntraining\n";
        return runCasedeskctl(QStringList{u"--profile"_s, m_profileDir.path(), u"--passphrase-stdin"_s, u"sync"_s,
                                          u"--platform"_s, m_platform.baseUrl().toString(), u"--user"_s, user}
                                  + extra,
                              input);
    }

    QTemporaryDir m_platformDir;
    QTemporaryDir m_profileDir;
    PlatformThread m_platform;
};

QTEST_GUILESS_MAIN(TestCasedeskctlSync)
#include "test_casedeskctl_sync.moc"
