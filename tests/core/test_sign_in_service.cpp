// Signing in at the counter: online against the real reference platform on
// loopback, offline against the verifier cached in the vault at the last
// online sign-in; the wait after five failures in a row, kept across a
// restart; and every sign-in, failure, lock, unlock and sign-out in the
// audit log.
#include "DatabaseLocation.h"
#include "ManualClock.h"
#include "PlatformStore.h"
#include "PlatformThread.h"
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "security/IdleLock.h"
#include "security/OneTimeCode.h"
#include "security/Session.h"
#include "security/SignInService.h"
#include "storage/Vault.h"
#include "sync/PlatformClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString workstationId = u"0193a5c1-7e2f-7abc-8def-0000000000ff"_s;

PlatformClient::Options clientOptions(const QUrl &url)
{
    PlatformClient::Options options;
    options.baseUrl = url;
    options.timeout = 10s;
    return options;
}

} // namespace

class TestSignInService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        PlatformOptions options;
        options.port = 0;
        options.seedTrainingHall = true;
        options.database = u"sqlite:"_s + m_platformDir.filePath(u"platform.db"_s);
        QVERIFY(m_platform.start(options));
        // A loopback port where nothing listens: the platform "cannot be reached".
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_unreachable = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<Profile>(m_dir->path());
        m_keyStore = std::make_unique<PassphraseKeyStore>(m_profile->keyFilePath(), secret("sign-in tests"));
        auto vault = Vault::create(*m_profile, *m_keyStore, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void theVerifierAcceptsTheRightPasswordOnly()
    {
        auto verifier = SignInVerifier::derive(secret("correct horse"));
        QVERIFY(verifier);
        QVERIFY(verifier->iterations >= 600000);
        QCOMPARE(verifier->salt.size(), 16);
        QCOMPARE(verifier->hash.size(), 32);
        QCOMPARE(*verifier->matches(secret("correct horse")), true);
        QCOMPARE(*verifier->matches(secret("correct horsE")), false);
        QCOMPARE(*verifier->matches(secret("")), false);
        // A random salt: the same password never gives the same verifier.
        auto again = SignInVerifier::derive(secret("correct horse"));
        QVERIFY(again);
        QVERIFY(again->salt != verifier->salt);
        QVERIFY(again->hash != verifier->hash);
        // A weakened verifier (fewer iterations) matches nothing.
        SignInVerifier weakened = *verifier;
        weakened.iterations = 1000;
        QCOMPARE(*weakened.matches(secret("correct horse")), false);
        // Asking for fewer iterations still gives the minimum.
        auto cheap = SignInVerifier::derive(secret("x"), 10);
        QVERIFY(cheap);
        QCOMPARE(cheap->iterations, SignInVerifier::minimumIterations);
    }

    void anOnlineSignInCachesAVerifierForOffline()
    {
        QNetworkAccessManager network;
        PlatformClient online(clientOptions(m_platform.baseUrl()), &network);
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, &online, workstationId);
        const SignInOutcome first = signIn(service, u"staff.li"_s, "training");
        QVERIFY2(first.signedIn(), qPrintable(first.message));
        QVERIFY(first.online);
        QVERIFY(!first.token.isEmpty());
        QCOMPARE(first.user.id, u"staff.li"_s);
        QCOMPARE(first.user.counterId, u"W01"_s);
        QVERIFY(first.user.roles.contains(u"window-staff"_s));

        // In the vault: salt, iterations, hash, never the password.
        auto cached = m_vault->signInStore().cached(u"staff.li"_s);
        QVERIFY(cached && cached->has_value());
        QVERIFY((*cached)->verifier.iterations >= 600000);
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT iterations, length(salt), length(hash), profile FROM sign_in_verifiers "
                           "WHERE user_id = 'staff.li'"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 600000);
        QCOMPARE(query.value(1).toInt(), 16);
        QCOMPARE(query.value(2).toInt(), 32);
        QVERIFY(!query.value(3).toString().contains(u"training"_s));

        // The platform is gone: the cached verifier decides.
        PlatformClient gone(clientOptions(m_unreachable), &network);
        SignInService offline(m_vault->signInStore(), m_vault->auditLog(), m_clock, &gone, workstationId);
        const SignInOutcome right = signIn(offline, u"staff.li"_s, "training");
        QVERIFY2(right.signedIn(), qPrintable(right.message));
        QVERIFY(!right.online);
        QVERIFY(right.token.isEmpty());
        QCOMPARE(right.user.roles, first.user.roles);
        QCOMPARE(right.user.hallId, u"TRAINING-HALL"_s);
        const SignInOutcome wrong = signIn(offline, u"staff.li"_s, "Training");
        QCOMPARE(wrong.kind, SignInOutcome::Kind::WrongPassword);
        QVERIFY(!wrong.message.isEmpty());
        // Never signed in here: a clear refusal, whatever the password.
        const SignInOutcome stranger = signIn(offline, u"staff.wang"_s, "training");
        QCOMPARE(stranger.kind, SignInOutcome::Kind::NoVerifier);
        QVERIFY(stranger.message.contains(u"staff.wang"_s));
        QVERIFY(!stranger.signedIn());
    }

    // An account enrolled in a second factor at the platform: its password
    // alone is answered with a request for the code, which the dialog asks
    // for; a wrong or replayed code is a failure; the right one signs in and
    // leaves a verifier that remembers the account has a second factor.
    void aSecondFactorAccountNeedsItsCodeOnline()
    {
        static const char raw[] = "sign-in test secret!";
        const SecureBytes secret(raw, sizeof(raw) - 1);
        auto location = DatabaseLocation::parse(u"sqlite:"_s + m_platformDir.filePath(u"platform.db"_s));
        QVERIFY(location);
        auto store = PlatformStore::open(*location);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        auto enrolled = (*store)->enrolSecondFactor(u"staff.sun"_s, secret);
        QVERIFY(enrolled && *enrolled);

        QNetworkAccessManager network;
        PlatformClient online(clientOptions(m_platform.baseUrl()), &network);
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, &online, workstationId);
        const SignInOutcome passwordOnly = signIn(service, u"staff.sun"_s, "training");
        QCOMPARE(passwordOnly.kind, SignInOutcome::Kind::SecondFactorRequired);
        QVERIFY2(passwordOnly.message.contains(u"one-time code"_s), qPrintable(passwordOnly.message));

        const QString code = onetimecode::codeAt(secret, onetimecode::stepAt(QDateTime::currentDateTimeUtc()));
        QString wrongCode = code;
        wrongCode[5] = QChar(u'0' + (code.at(5).digitValue() + 5) % 10);
        const SignInOutcome wrong = signIn(service, u"staff.sun"_s, "training", SignInPurpose::Session, wrongCode);
        QCOMPARE(wrong.kind, SignInOutcome::Kind::WrongPassword);
        QVERIFY2(wrong.message.contains(u"one-time code"_s), qPrintable(wrong.message));
        QCOMPARE(m_vault->signInStore().failures(u"staff.sun"_s)->consecutive, 2);

        const SignInOutcome right = signIn(service, u"staff.sun"_s, "training", SignInPurpose::Session, code);
        QVERIFY2(right.signedIn() && right.online, qPrintable(right.message));
        QCOMPARE(m_vault->signInStore().failures(u"staff.sun"_s)->consecutive, 0);
        auto cached = m_vault->signInStore().cached(u"staff.sun"_s);
        QVERIFY(cached && cached->has_value());
        QVERIFY((*cached)->secondFactor);
        // A code is good once, wherever it is typed again.
        QCOMPARE(signIn(service, u"staff.sun"_s, "training", SignInPurpose::Unlock, code).kind,
                 SignInOutcome::Kind::WrongPassword);

        auto records = m_vault->auditLog().records(1, 100);
        QVERIFY(records);
        QStringList reasons;
        for (const AuditRecord &record : *records) {
            if (record.userId == u"staff.sun"_s)
                reasons << record.action + u' ' + record.details;
        }
        QVERIFY2(reasons.join(u'\n').contains(u"second-factor-required"_s), qPrintable(reasons.join(u'\n')));
        QVERIFY(reasons.join(u'\n').contains(u"wrong-one-time-code"_s));
        QVERIFY(reasons.join(u'\n').contains(u"\"secondFactor\":\"checked\""_s));
    }

    // Offline, nothing can check a one-time code: an account with a second
    // factor signs in with its password alone only within the grace after
    // its last online sign-in here with the code, and the record says so.
    void aSecondFactorAccountSignsInOfflineOnlyWithinTheGrace()
    {
        seedVerifier(u"staff.sun"_s, "training", true);
        QNetworkAccessManager network;
        PlatformClient gone(clientOptions(m_unreachable), &network);
        SignInService offline(m_vault->signInStore(), m_vault->auditLog(), m_clock, &gone, workstationId);
        const qint64 before = *m_vault->auditLog().count();

        m_clock.advance(
            std::chrono::duration_cast<std::chrono::milliseconds>(SignInService::offlineSecondFactorGrace - 1min));
        const SignInOutcome within = signIn(offline, u"staff.sun"_s, "training");
        QVERIFY2(within.signedIn(), qPrintable(within.message));
        QVERIFY(!within.online);
        auto records = m_vault->auditLog().records(before + 1, 10);
        QVERIFY(records && !records->isEmpty());
        QCOMPARE(records->last().action, QString(auditaction::signIn));
        QVERIFY2(records->last().details.contains(u"within-grace"_s), qPrintable(records->last().details));

        m_clock.advance(2min);
        const SignInOutcome beyond = signIn(offline, u"staff.sun"_s, "training");
        QCOMPARE(beyond.kind, SignInOutcome::Kind::NoVerifier);
        QVERIFY2(beyond.message.contains(u"one-time code"_s) && beyond.message.contains(u"12 hour"_s),
                 qPrintable(beyond.message));
        records = m_vault->auditLog().records(before + 2, 10);
        QVERIFY(records && !records->isEmpty());
        QCOMPARE(records->last().action, QString(auditaction::signInFailed));
        QVERIFY(records->last().details.contains(u"second-factor-offline"_s));
        // A wrong password is still a wrong password, whenever.
        QCOMPARE(signIn(offline, u"staff.sun"_s, "Training").kind, SignInOutcome::Kind::WrongPassword);

        // An account without a second factor has no such limit.
        seedVerifier(u"staff.zhou"_s, "training");
        m_clock.advance(72h);
        QVERIFY(signIn(offline, u"staff.zhou"_s, "training").signedIn());
    }

    void signingOutEndsThePlatformSession()
    {
        QNetworkAccessManager network;
        PlatformClient online(clientOptions(m_platform.baseUrl()), &network);
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, &online, workstationId);
        const SignInOutcome signedIn = signIn(service, u"staff.li"_s, "training");
        QVERIFY2(signedIn.signedIn() && signedIn.online, qPrintable(signedIn.message));
        QVERIFY(tokenWorks(network, signedIn.token));

        std::optional<bool> ended;
        service.endPlatformSession(signedIn.token, [&](bool answer) { ended = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 20000);
        QVERIFY(*ended);
        // A copy of the token left anywhere is worth nothing now.
        QVERIFY(!tokenWorks(network, signedIn.token));
        QVERIFY(online.token().isEmpty()); // the service's client holds no session
    }

    void aWrongPasswordOnlineCountsAsAFailure()
    {
        QNetworkAccessManager network;
        PlatformClient online(clientOptions(m_platform.baseUrl()), &network);
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, &online, workstationId);
        QVERIFY(signIn(service, u"staff.zhao"_s, "training").signedIn());
        const SignInOutcome wrong = signIn(service, u"staff.zhao"_s, "not the password");
        QCOMPARE(wrong.kind, SignInOutcome::Kind::WrongPassword);
        QCOMPARE(*m_vault->signInStore().failures(u"staff.zhao"_s), (SignInFailures{1, m_clock.nowUtc()}));
    }

    // Five wrong passwords for an account at other workstations: the
    // platform holds it back, and this workstation neither lets the right
    // password in nor signs in offline with its cached verifier instead.
    void thePlatformsWaitIsNeverGotRoundOffline()
    {
        QNetworkAccessManager network;
        PlatformClient online(clientOptions(m_platform.baseUrl()), &network);
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, &online, workstationId);
        QVERIFY(signIn(service, u"staff.wang"_s, "training").signedIn()); // a verifier here now
        for (int i = 0; i < 5; ++i) {
            std::optional<PlatformResult<protocol::LoginResult>> answer;
            online.login(u"staff.wang"_s, u"guessed"_s, u"another-workstation"_s,
                         [&answer](PlatformResult<protocol::LoginResult> result) { answer = std::move(result); });
            QTRY_VERIFY(answer.has_value());
            QCOMPARE(std::get<PlatformFailure>(*answer).kind, PlatformFailure::Kind::Unauthorized);
        }
        const SignInOutcome held = signIn(service, u"staff.wang"_s, "training");
        QCOMPARE(held.kind, SignInOutcome::Kind::LockedOut);
        QVERIFY(!held.signedIn());
        QVERIFY(held.wait > 0s && held.wait <= 30s);
        QVERIFY2(held.message.contains(u"platform"_s), qPrintable(held.message));
        // This workstation's own count is untouched: the platform keeps the account's.
        QCOMPARE(m_vault->signInStore().failures(u"staff.wang"_s)->consecutive, 0);
    }

    void fiveFailuresEarnAGrowingWaitThatSurvivesARestart()
    {
        seedVerifier(u"staff.chen"_s, "right password");
        {
            SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
            for (int failure = 1; failure <= 4; ++failure) {
                const SignInOutcome outcome = signIn(service, u"staff.chen"_s, "wrong");
                QCOMPARE(outcome.kind, SignInOutcome::Kind::WrongPassword);
                QCOMPARE(outcome.wait, 0s);
            }
            const SignInOutcome fifth = signIn(service, u"staff.chen"_s, "wrong");
            QCOMPARE(fifth.kind, SignInOutcome::Kind::WrongPassword);
            QCOMPARE(fifth.wait, 30s);
            // During the wait even the right password is not looked at.
            m_clock.advance(29s);
            const SignInOutcome early = signIn(service, u"staff.chen"_s, "right password");
            QCOMPARE(early.kind, SignInOutcome::Kind::LockedOut);
            QCOMPARE(early.wait, 1s);
            QVERIFY(early.message.contains(u"1"_s));
        }
        // A restart (the vault closed and opened again) keeps the count.
        m_vault.reset();
        auto reopened = Vault::open(*m_profile, *m_keyStore);
        QVERIFY(reopened);
        m_vault = std::move(reopened).value();
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        QCOMPARE(signIn(service, u"staff.chen"_s, "right password").kind, SignInOutcome::Kind::LockedOut);
        // Each further failure doubles the wait.
        m_clock.advance(1s);
        QCOMPARE(signIn(service, u"staff.chen"_s, "wrong").wait, 60s);
        m_clock.advance(60s);
        QCOMPARE(signIn(service, u"staff.chen"_s, "wrong").wait, 120s);
        m_clock.advance(119s);
        QCOMPARE(signIn(service, u"staff.chen"_s, "wrong").kind, SignInOutcome::Kind::LockedOut);
        m_clock.advance(1s);
        // The right password after the wait: signed in, the count gone.
        QVERIFY(signIn(service, u"staff.chen"_s, "right password").signedIn());
        QCOMPARE(m_vault->signInStore().failures(u"staff.chen"_s)->consecutive, 0);
        QCOMPARE(signIn(service, u"staff.chen"_s, "wrong").wait, 0s);
    }

    void theWaitIsCappedAndTheClockCannotBeTurnedBack()
    {
        QCOMPARE(signinthrottle::delayAfter(4), 0s);
        QCOMPARE(signinthrottle::delayAfter(5), 30s);
        QCOMPARE(signinthrottle::delayAfter(6), 60s);
        QCOMPARE(signinthrottle::delayAfter(9), 480s);
        QCOMPARE(signinthrottle::delayAfter(10), 900s);
        QCOMPARE(signinthrottle::delayAfter(1000), 900s);
        const SignInFailures failures{7, m_clock.nowUtc()};
        QCOMPARE(signinthrottle::remainingWait(failures, m_clock.nowUtc().addSecs(-3600)), 120s);
        QCOMPARE(signinthrottle::remainingWait(failures, m_clock.nowUtc().addSecs(100)), 20s);
        QCOMPARE(signinthrottle::remainingWait(failures, m_clock.nowUtc().addSecs(120)), 0s);
    }

    void signInLockUnlockAndSignOutAreAudited()
    {
        seedVerifier(u"staff.li"_s, "training");
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        QCOMPARE(signIn(service, u"staff.li"_s, "wrong").kind, SignInOutcome::Kind::WrongPassword);
        const SignInOutcome signedIn = signIn(service, u"staff.li"_s, "training");
        QVERIFY(signedIn.signedIn());
        Session session(signedIn, m_vault->auditLog(), workstationId);
        QVERIFY(session.lock(u"idle"_s));
        QVERIFY(session.isLocked());
        // Another user at the lock does not unlock it.
        seedVerifier(u"staff.wang"_s, "training");
        const SignInOutcome colleague = signIn(service, u"staff.wang"_s, "training", SignInPurpose::Unlock);
        QVERIFY(colleague.signedIn());
        QCOMPARE(*session.resume(colleague), Session::Resumption::OtherUser);
        QVERIFY(session.isLocked());
        QCOMPARE(*session.resume(signIn(service, u"staff.li"_s, "training", SignInPurpose::Unlock)),
                 Session::Resumption::Resumed);
        QVERIFY(!session.isLocked());
        QVERIFY(session.end(u"sign-out"_s));
        QVERIFY(session.hasEnded());
        QVERIFY(session.user().id.isEmpty());
        QVERIFY(session.token().isEmpty());

        auto records = m_vault->auditLog().records(1, 100);
        QVERIFY(records);
        QStringList seen;
        for (const AuditRecord &record : *records)
            seen << record.userId + u' ' + record.action + u' ' + auditResultName(record.result);
        QCOMPARE(seen,
                 (QStringList{u"staff.li session.sign-in-failed failed"_s, u"staff.li session.sign-in succeeded"_s,
                              u"staff.li session.lock succeeded"_s, u"staff.wang session.sign-in succeeded"_s,
                              u"staff.li session.sign-in succeeded"_s, u"staff.li session.unlock succeeded"_s,
                              u"staff.li session.sign-out succeeded"_s}));
        const auto details = [&](int index) {
            return QJsonDocument::fromJson(records->at(index).details.toUtf8()).object();
        };
        QCOMPARE(details(0).value(u"reason"_s).toString(), u"wrong-password"_s);
        QCOMPARE(details(1).value(u"mode"_s).toString(), u"offline"_s);
        QCOMPARE(details(2).value(u"reason"_s).toString(), u"idle"_s);
        QCOMPARE(details(3).value(u"purpose"_s).toString(), u"unlock"_s);
        QCOMPARE(records->at(0).object, u"workstation:"_s + workstationId);
        QVERIFY(m_vault->auditLog().verify()->intact());
    }

    void lockedOutAndUnknownUsersAreAuditedToo()
    {
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        QCOMPARE(signIn(service, u"nobody.here"_s, "x").kind, SignInOutcome::Kind::NoVerifier);
        QVERIFY(m_vault->signInStore().saveFailures(u"staff.li"_s, {5, m_clock.nowUtc()}));
        QCOMPARE(signIn(service, u"staff.li"_s, "x").kind, SignInOutcome::Kind::LockedOut);
        auto records = m_vault->auditLog().records(1, 10);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).action, QString(auditaction::signInFailed));
        QVERIFY(records->at(0).details.contains(u"no-verifier"_s));
        QCOMPARE(records->at(1).userId, u"staff.li"_s);
        QVERIFY(records->at(1).details.contains(u"locked-out"_s));
    }

    void theIdleLockIsDueAfterItsTimeWithoutActivity()
    {
        IdleLock idle(m_clock, 5min);
        QVERIFY(!idle.isDue());
        m_clock.advance(4min);
        idle.noteActivity();
        m_clock.advance(4min + 59s);
        QVERIFY(!idle.isDue());
        QCOMPARE(idle.untilDue(), 1000ms);
        m_clock.advance(1s);
        QVERIFY(idle.isDue());
    }

    void theIdleTimeIsASetting()
    {
        QCoreApplication::setOrganizationName(u"CaseDeskTest"_s);
        QCoreApplication::setApplicationName(u"test_sign_in_service"_s);
        QSettings settings;
        settings.remove(u"security/idleLockMinutes"_s);
        QCOMPARE(IdleLock::configuredTimeout(), std::chrono::seconds(5min));
        settings.setValue(u"security/idleLockMinutes"_s, 2);
        QCOMPARE(IdleLock::configuredTimeout(), std::chrono::seconds(2min));
        settings.setValue(u"security/idleLockMinutes"_s, 0); // never locking is not offered
        QCOMPARE(IdleLock::configuredTimeout(), std::chrono::seconds(5min));
        settings.setValue(u"security/idleLockMinutes"_s, u"soon"_s);
        QCOMPARE(IdleLock::configuredTimeout(), std::chrono::seconds(5min));
        settings.remove(u"security/idleLockMinutes"_s);
    }

private:
    // Whether the platform takes token for a call that needs a session.
    bool tokenWorks(QNetworkAccessManager &network, const QString &token)
    {
        PlatformClient client(clientOptions(m_platform.baseUrl()), &network);
        client.setToken(token);
        std::optional<bool> works;
        client.pullChanges(u"TRAINING-HALL"_s, 0, 1,
                           [&](auto answer) { works = std::holds_alternative<protocol::ChangesPage>(answer); });
        if (!QTest::qWaitFor([&] { return works.has_value(); }, 20000))
            return false;
        return *works;
    }

    SignInOutcome signIn(SignInService &service, const QString &user, const char *password,
                         SignInPurpose purpose = SignInPurpose::Session, const QString &oneTimeCode = QString())
    {
        std::optional<SignInOutcome> outcome;
        service.signIn(user, secret(password), oneTimeCode, purpose,
                       [&](SignInOutcome result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            qFatal("no answer from the sign-in service");
        return *outcome;
    }

    void seedVerifier(const QString &userId, const char *password, bool secondFactor = false)
    {
        auto verifier = SignInVerifier::derive(secret(password));
        QVERIFY(verifier);
        SignedInUser user{userId, userId, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W03"_s};
        QVERIFY(m_vault->signInStore().cache({*verifier, user, m_clock.nowUtc(), secondFactor}));
    }

    QTemporaryDir m_platformDir;
    PlatformThread m_platform;
    QUrl m_unreachable;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestSignInService)
#include "test_sign_in_service.moc"
