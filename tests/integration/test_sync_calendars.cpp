// Next year's holidays reach the counter through the platform: the hall's IT
// publishes the State Council's notice (casedesk-platform --calendar FILE),
// the sync engine keeps it in the vault, and deadlines that run into the new
// year — or into the last week of December, which the new year's notice may
// claim — can be counted. The real casedesk-platform on loopback, a real
// encrypted vault, the real SyncEngine.
#include "PlatformThread.h"
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "sync/PublishedCalendars.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString hallId = u"TRAINING-HALL"_s;

// A calendar for 2027 in the bundled files' format. A test fixture, not the
// real notice: its New Year's Day reaches back into December 2026, as the
// 2019 and 2023 notices did, with a make-up working day on a Saturday.
QByteArray fixture2027()
{
    const QJsonObject calendar{
        {u"format"_s, u"casedesk-working-day-calendar"_s},
        {u"formatVersion"_s, 1},
        {u"year"_s, 2027},
        {u"source"_s,
         QJsonObject{{u"issuer"_s, u"测试"_s},
                     {u"title"_s, u"测试用的2027年节假日安排（虚构）"_s},
                     {u"documentNumber"_s, u"测试〔2026〕1号"_s},
                     {u"issued"_s, u"2026-11-01"_s},
                     {u"url"_s, u"https://example.org/test-fixture"_s}}},
        {u"holidays"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, QJsonObject{{u"zh"_s, u"元旦"_s}, {u"en"_s, u"New Year's Day"_s}}},
             {u"first"_s, u"2026-12-31"_s},
             {u"last"_s, u"2027-01-01"_s},
             {u"clause"_s, u"一、元旦：测试用，2026年12月31日至2027年1月1日放假，1月2日（周六）上班。"_s}}}},
        {u"workdays"_s, QJsonArray{QJsonObject{{u"date"_s, u"2027-01-02"_s}, {u"for"_s, u"元旦"_s}}}},
    };
    return QJsonDocument(calendar).toJson();
}

} // namespace

class TestSyncCalendars : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_directory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_directory->isValid());
        const Profile profile(m_directory->filePath(u"profile"_s));
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("calendar sync"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        m_vault = std::move(vault).value();
    }

    void cleanup()
    {
        m_platform.stop();
        m_vault.reset();
        m_keys.reset();
        m_directory.reset();
    }

    void aCalendarThePlatformPublishesIsKeptAndCounted()
    {
        QVERIFY(startPlatform({writeFile(u"cn-2027.json"_s, fixture2027())}));
        PublishedCalendars calendars(m_vault->syncStore());
        const QDate lastMonday(2026, 12, 28);
        QVERIFY(!calendars.calendar()->covers(lastMonday));
        QVERIFY(!calendars.calendar()->addWorkingDays(QDate(2026, 11, 30), 20));

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        PlatformClient client(clientOptions(), &network);
        SyncEngine engine(m_vault->syncStore(), &client, settings());
        QVERIFY(signIn(client, engine));
        QSignalSpy changed(&engine, &SyncEngine::calendarsChanged);

        const SyncSummary first = round(engine);
        QVERIFY2(first.completed, qPrintable(first.errors.join(u"; "_s)));
        QCOMPARE(first.calendarsUpdated, 1); // 2027; 2028 is not published
        QCOMPARE(changed.size(), 1);

        auto calendar = calendars.calendar();
        QVERIFY2(calendar, calendar ? "" : qPrintable(calendar.error().message));
        QVERIFY(calendar->years().contains(2026) && calendar->years().contains(2027));
        QCOMPARE(calendar->dayKind(QDate(2026, 12, 31)), WorkingDayCalendar::DayKind::Holiday);
        QCOMPARE(calendar->dayKind(QDate(2027, 1, 2)), WorkingDayCalendar::DayKind::MakeUpWorkday);
        // 20 working days from the Monday after 29 November 2026: December
        // has 22 working days left, the 31st a holiday in the fixture.
        QCOMPARE(*calendar->addWorkingDays(QDate(2026, 11, 30), 20), QDate(2026, 12, 28));
        QCOMPARE(*calendar->addWorkingDays(QDate(2026, 11, 30), 23), QDate(2027, 1, 2));

        // Asked again: the same calendar, nothing new, no signal.
        const SyncSummary second = round(engine);
        QVERIFY(second.completed);
        QCOMPARE(second.calendarsUpdated, 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(calendars.kept()->size(), 1);
    }

    void keptCalendarsCountOfflineAfterTheVaultReopens()
    {
        QVERIFY(startPlatform({writeFile(u"cn-2027.json"_s, fixture2027())}));
        {
            QNetworkAccessManager network;
            network.setProxy(QNetworkProxy::NoProxy);
            PlatformClient client(clientOptions(), &network);
            SyncEngine engine(m_vault->syncStore(), &client, settings());
            QVERIFY(signIn(client, engine));
            QVERIFY(round(engine).completed);
        }
        m_platform.stop();
        m_vault.reset();
        auto reopened = Vault::open(Profile(m_directory->filePath(u"profile"_s)), *m_keys);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        m_vault = std::move(reopened).value();
        QCOMPARE(PublishedCalendars(m_vault->syncStore()).calendar()->dayKind(QDate(2026, 12, 31)),
                 WorkingDayCalendar::DayKind::Holiday);
    }

    void yearsThePlatformHasNotPublishedChangeNothing()
    {
        QVERIFY(startPlatform({}));
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        PlatformClient client(clientOptions(), &network);
        SyncEngine engine(m_vault->syncStore(), &client, settings());
        QVERIFY(signIn(client, engine));
        QSignalSpy changed(&engine, &SyncEngine::calendarsChanged);
        const SyncSummary summary = round(engine);
        QVERIFY(summary.completed);
        QCOMPARE(summary.calendarsUpdated, 0);
        QCOMPARE(changed.size(), 0);
        QVERIFY(PublishedCalendars(m_vault->syncStore()).kept()->isEmpty());
    }

    void theCalendarsNeedNotBeAskedForEveryRound()
    {
        QVERIFY(startPlatform({writeFile(u"cn-2027.json"_s, fixture2027())}));
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        PlatformClient client(clientOptions(), &network);
        SyncSettings rarely = settings();
        rarely.calendarCheckInterval = std::chrono::hours(6);
        SyncEngine engine(m_vault->syncStore(), &client, rarely);
        QVERIFY(signIn(client, engine));
        QCOMPARE(round(engine).calendarsUpdated, 1);
        // Forgotten here, but not asked for again within the interval.
        QVERIFY(m_vault->syncStore().setSetting(u"calendar.years"_s, {}));
        QVERIFY(PublishedCalendars(m_vault->syncStore()).kept()->isEmpty());
        QCOMPARE(round(engine).calendarsUpdated, 0);
        QVERIFY(PublishedCalendars(m_vault->syncStore()).kept()->isEmpty());
    }

    void aBrokenCalendarIsRefusedWhenThePlatformStarts()
    {
        QByteArray broken = fixture2027();
        broken.replace("2027-01-02", "2027-01-04"); // a Monday cannot be a make-up working day
        const QString path = writeFile(u"cn-2027-broken.json"_s, broken);
        PlatformOptions options;
        options.port = 0;
        options.database = u"sqlite:"_s + m_directory->filePath(u"platform.db"_s);
        options.calendarFiles = {path};
        auto started = m_platform.start(options);
        QVERIFY(!started);
        QVERIFY2(started.error().message.contains(u"cn-2027-broken.json"_s), qPrintable(started.error().message));
    }

private:
    PlatformClient::Options clientOptions() const
    {
        PlatformClient::Options options;
        options.baseUrl = m_platform.baseUrl();
        return options;
    }

    static SyncSettings settings()
    {
        SyncSettings settings{hallId, u"ws-calendars"_s};
        settings.calendarYears = {2027, 2028};
        settings.calendarCheckInterval = std::chrono::milliseconds(1);
        return settings;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_directory->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    bool startPlatform(const QStringList &calendarFiles)
    {
        PlatformOptions options;
        options.port = 0;
        options.seedTrainingHall = true;
        options.database = u"sqlite:"_s + m_directory->filePath(u"platform.db"_s);
        options.calendarFiles = calendarFiles;
        auto started = m_platform.start(options);
        if (!started)
            qWarning("%s", qPrintable(started.error().message));
        return bool(started);
    }

    static bool signIn(PlatformClient &client, SyncEngine &engine)
    {
        QEventLoop loop;
        bool signedIn = false;
        client.login(u"staff.li"_s, u"training"_s, u"ws-calendars"_s, [&](PlatformResult<protocol::LoginResult> r) {
            if (auto *ok = std::get_if<protocol::LoginResult>(&r)) {
                engine.setSession(ok->token, ok->refreshToken);
                signedIn = true;
            }
            loop.quit();
        });
        loop.exec();
        return signedIn;
    }

    static SyncSummary round(SyncEngine &engine)
    {
        QEventLoop loop;
        SyncSummary summary;
        summary.errors << u"timed out"_s;
        QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](const SyncSummary &finished) {
            summary = finished;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        engine.syncNow();
        loop.exec();
        return summary;
    }

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    PlatformThread m_platform;
};

QTEST_GUILESS_MAIN(TestSyncCalendars)
#include "test_sync_calendars.moc"
