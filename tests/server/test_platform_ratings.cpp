// Citizens' ratings reach the platform: the "case.rating" op a workstation's
// vault queues (core/feedback/RatingStore) is stored once by the real
// casedesk-platform on loopback, however often it is sent; ratings of cases
// the platform does not know, of another hall's cases or with a level it
// does not know are rejected and stored nowhere. A rating, and a bad one's
// follow-up closed at a supervisor's desk, go out to the hall's counters in
// the pull feed; a second closing is a conflict. SQLite by default,
// PostgreSQL when CASEDESK_TEST_DATABASE=postgresql.

#include "ApiClient.h"
#include "PostgresCluster.h"
#include "TestOps.h"

#include "DatabaseLocation.h"
#include "PasswordHash.h"
#include "PlatformStore.h"
#include "PlatformThread.h"
#include "TestSupport.h"
#include "common/TimeOrderedId.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString trainingHall = u"TRAINING-HALL"_s;
const QString opsPath = u"/api/v1/halls/TRAINING-HALL/ops"_s;
const QDateTime ratedAt(QDate(2026, 11, 27), QTime(2, 30), Qt::UTC);

QString statusAt(const ApiReply &reply, int index)
{
    return reply.json().value(u"results"_s).toArray().at(index).toObject().value(u"status"_s).toString();
}

QString reasonCodeAt(const ApiReply &reply, int index)
{
    return reply.json()
        .value(u"results"_s)
        .toArray()
        .at(index)
        .toObject()
        .value(u"reason"_s)
        .toObject()
        .value(u"code"_s)
        .toString();
}

} // namespace

class TestPlatformRatings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QString database;
        if (qEnvironmentVariable("CASEDESK_TEST_DATABASE") == u"postgresql") {
            m_cluster = std::make_unique<PostgresCluster>();
            const QString started = m_cluster->start();
            QVERIFY2(started.isEmpty(), qPrintable(started));
            const QString created = m_cluster->createDatabase(u"ratings"_s);
            QVERIFY2(created.isEmpty(), qPrintable(created));
            database = m_cluster->socketUrl(u"ratings"_s);
        } else {
            database = u"sqlite:"_s + m_directory.filePath(u"platform.db"_s);
        }
        PlatformOptions options;
        options.port = 0;
        options.database = database;
        options.seedTrainingHall = true;
        const auto port = m_platform.start(options);
        QVERIFY2(port, port ? "" : qPrintable(port.error().message));

        auto location = DatabaseLocation::parse(database);
        QVERIFY(location);
        auto store = PlatformStore::open(*location);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);

        // Another hall with a case of its own.
        HallSeed seed;
        seed.hall = {u"OTHER-HALL"_s, u"另一个大厅"_s, u"OH"_s, {{u"W01"_s, u"1号窗口"_s}}};
        auto hash = PasswordHash::make(u"other-secret"_s, 1000);
        QVERIFY(hash);
        seed.users.append(
            {{u"other.staff"_s, u"OTHER-HALL"_s, u"钱样例"_s, {u"window-staff"_s}, u"W01"_s}, *hash, true});
        m_otherHallCase = newCase(u"OTHER-HALL"_s, 99);
        seed.cases.append(m_otherHallCase);
        auto seeded = m_store->seedHall(seed, false);
        QVERIFY2(seeded && *seeded, seeded ? "" : qPrintable(seeded.error().message));

        // The counter's workstation: a real encrypted vault.
        const Profile profile(m_directory.filePath(u"workstation"_s));
        m_keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("platform ratings"));
        auto vault = Vault::create(profile, *m_keyStore, Profile::newProfileId());
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        m_vault = std::move(vault).value();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(calendar);
        m_calendar = *calendar;

        m_client = std::make_unique<ApiClient>(m_platform.baseUrl());
        QCOMPARE(m_client->login(u"staff.li"_s, u"training"_s).status, 200);
        // Closing a follow-up is the supervisor's: pushed from their desk.
        m_desk = std::make_unique<ApiClient>(m_platform.baseUrl());
        QCOMPARE(m_desk->login(u"staff.zhao"_s, u"training"_s).status, 200);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_client.reset();
        m_platform.stop();
        m_store.reset();
        m_vault.reset();
        m_cluster.reset();
    }

    void aRatingFromTheVaultIsStoredOnce()
    {
        SyntheticCases synthetic(21, trainingHall);
        const NewCase rated = synthetic.next();
        QVERIFY(m_vault->caseStore().insertNew({rated}, u"staff.li"_s));
        auto outcome = m_vault->ratingStore().submit(
            {rated.caseRecord.id, RatingLevel::VeryDissatisfied, u"排队时间太长"_s, u"W01"_s, u"staff.li"_s, ratedAt},
            m_calendar);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QVERIFY(outcome->followUp);

        // The ops exactly as the sync engine would push them: the case, then its rating.
        auto ops = m_vault->syncStore().pendingOps(10);
        QVERIFY(ops);
        QCOMPARE(ops->size(), 2);
        QCOMPARE(ops->at(1).kind, protocol::OpKind::CaseRating);
        const qint64 before = m_store->countRows(u"case_ratings"_s).value();

        ApiReply reply = m_client->post(opsPath, batchBody(*ops));
        QCOMPARE(reply.status, 200);
        auto results = protocol::decodeOpResults(reply.body, *ops);
        QVERIFY2(results, results ? "" : qPrintable(results.error().message));
        QCOMPARE(results->at(0).status, protocol::OpStatus::Applied);
        QCOMPARE(results->at(1).status, protocol::OpStatus::Applied);
        // A rating does not move the case on.
        QCOMPARE(results->at(1).revision, 1);
        QVERIFY(m_vault->syncStore().applyResults(*ops, *results));
        QCOMPARE(m_vault->syncStore().pendingOpCount().value(), 0);

        // Sent again (a lost answer): duplicate, no second row.
        reply = m_client->post(opsPath, batchBody({ops->at(1), ops->at(1)}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(statusAt(reply, 0), u"duplicate"_s);
        QCOMPARE(statusAt(reply, 1), u"duplicate"_s);
        QCOMPARE(m_store->countRows(u"case_ratings"_s).value(), before + 1);

        auto stored = m_store->ratings(trainingHall);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        const auto found = std::find_if(stored->cbegin(), stored->cend(),
                                        [&](const PlatformRating &r) { return r.opId == outcome->rating.id; });
        QVERIFY(found != stored->cend());
        QCOMPARE(found->caseId, rated.caseRecord.id);
        QCOMPARE(found->rating.level, u"very-dissatisfied"_s);
        QCOMPARE(found->rating.reason, u"排队时间太长"_s);
        QCOMPARE(found->rating.counterId, u"W01"_s);
        QCOMPARE(found->rating.staffId, u"staff.li"_s);
        QCOMPARE(found->rating.at, ratedAt);
        auto snapshot = m_store->caseSnapshot(rated.caseRecord.id);
        QVERIFY(snapshot && *snapshot);
        QCOMPARE((*snapshot)->caseRecord.revision, 1);
    }

    void ratingsThatCannotApplyAreRejectedAndNotStored()
    {
        const qint64 before = m_store->countRows(u"case_ratings"_s).value();
        const protocol::CaseSnapshot known = newCase(trainingHall, 31);
        ApiReply reply = m_client->post(opsPath, batchBody({createOp(known)}));
        QCOMPARE(statusAt(reply, 0), u"applied"_s);

        const auto ratingOp = [](const QString &caseId, const QString &level) {
            protocol::Op op;
            op.opId = newTimeOrderedId();
            op.caseId = caseId;
            op.kind = protocol::OpKind::CaseRating;
            op.createdUtc = ratedAt;
            op.payload = protocol::toJson(protocol::RatingPayload{level, {}, u"W01"_s, u"staff.li"_s, ratedAt});
            return op;
        };
        reply = m_client->post(opsPath,
                               batchBody({ratingOp(u"0193a5c1-7e2f-7abc-8def-0000000000ff"_s, u"satisfied"_s),
                                          ratingOp(m_otherHallCase.caseRecord.id, u"satisfied"_s),
                                          ratingOp(known.caseRecord.id, u"ecstatic"_s)}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(statusAt(reply, 0), u"rejected"_s);
        QCOMPARE(reasonCodeAt(reply, 0), u"unknown-case"_s);
        QCOMPARE(statusAt(reply, 1), u"rejected"_s);
        QCOMPARE(reasonCodeAt(reply, 1), u"wrong-hall"_s);
        QCOMPARE(statusAt(reply, 2), u"rejected"_s);
        QCOMPARE(reasonCodeAt(reply, 2), u"invalid-payload"_s);
        QCOMPARE(m_store->countRows(u"case_ratings"_s).value(), before);

        // A rating commutes: it applies whatever revision it was made on.
        reply = m_client->post(opsPath,
                               batchBody({transitionOp(known.caseRecord.id, 1, CaseEvent::PreReview, CaseState::Draft,
                                                       CaseState::PreReviewed),
                                          ratingOp(known.caseRecord.id, u"basically-satisfied"_s)}));
        QCOMPARE(statusAt(reply, 0), u"applied"_s);
        QCOMPARE(statusAt(reply, 1), u"applied"_s);
        QCOMPARE(m_store->countRows(u"case_ratings"_s).value(), before + 1);
    }

    // Every counter of the hall learns of a bad rating, and of its
    // follow-up's closing, from the pull feed.
    void aBadRatingAndItsFollowUpsClosingReachThePullFeed()
    {
        SyntheticCases synthetic(41, trainingHall);
        const NewCase rated = synthetic.next();
        QVERIFY(m_vault->caseStore().insertNew({rated}, u"staff.li"_s));
        auto outcome = m_vault->ratingStore().submit(
            {rated.caseRecord.id, RatingLevel::Dissatisfied, u"材料被退回两次"_s, u"W01"_s, u"staff.li"_s, ratedAt},
            m_calendar);
        QVERIFY(outcome && outcome->followUp);
        QVERIFY(pushPending());

        auto feed = ratingsInFeed();
        QVERIFY(feed.contains(outcome->rating.id));
        const protocol::RatingRecord pulled = feed.value(outcome->rating.id);
        QCOMPARE(pulled.rating.level, u"dissatisfied"_s);
        QCOMPARE(pulled.rating.reason, u"材料被退回两次"_s);
        QCOMPARE(pulled.rating.staffId, u"staff.li"_s);
        QCOMPARE(pulled.rating.at, ratedAt);
        QCOMPARE(pulled.rating.followUpDue, outcome->followUp->dueDate);
        QVERIFY(!pulled.closed);

        const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, trainingHall);
        const QDateTime closedAt = ratedAt.addDays(2);
        QVERIFY(m_vault->followUpStore(supervisor).close(outcome->followUp->id, u"已当面致歉并改进流程"_s, closedAt));
        auto pending = m_vault->syncStore().pendingOps(20);
        QVERIFY(pending);
        QCOMPARE(std::count_if(pending->cbegin(), pending->cend(),
                               [](const protocol::Op &op) { return op.kind == protocol::OpKind::CaseFollowUp; }),
                 1);
        QVERIFY(pushPending(m_desk.get()));

        feed = ratingsInFeed();
        const protocol::RatingRecord closed = feed.value(outcome->rating.id);
        QVERIFY(closed.closed);
        QCOMPARE(closed.closed->note, u"已当面致歉并改进流程"_s);
        QCOMPARE(closed.closed->closedBy, u"staff.zhao"_s);
        QCOMPARE(closed.closed->at, closedAt);
        // A closing does not move the case on.
        auto snapshot = m_store->caseSnapshot(rated.caseRecord.id);
        QVERIFY(snapshot && *snapshot);
        QCOMPARE((*snapshot)->caseRecord.revision, 1);

        // Closed at a second desk meanwhile: the first closing stands and the
        // second comes back as a conflict, with the case, for its desk to see.
        const auto followUpOp = [&](const QString &ratingId) {
            protocol::Op op;
            op.opId = newTimeOrderedId();
            op.caseId = rated.caseRecord.id;
            op.kind = protocol::OpKind::CaseFollowUp;
            op.createdUtc = closedAt;
            op.payload = protocol::toJson(
                protocol::FollowUpPayload{ratingId, u"另一位值班长的处理"_s, u"staff.qian"_s, closedAt.addSecs(60)});
            return op;
        };
        const protocol::Op second = followUpOp(outcome->rating.id);
        // Not from a clerk's token.
        ApiReply reply = m_client->post(opsPath, batchBody({second}));
        QCOMPARE(statusAt(reply, 0), u"rejected"_s);
        QCOMPARE(reasonCodeAt(reply, 0), u"forbidden"_s);
        reply = m_desk->post(opsPath, batchBody({second}));
        QCOMPARE(reply.status, 200);
        auto results = protocol::decodeOpResults(reply.body, {second});
        QVERIFY2(results, results ? "" : qPrintable(results.error().message));
        QCOMPARE(results->first().status, protocol::OpStatus::Conflict);
        QVERIFY(results->first().current);
        QCOMPARE(results->first().current->caseRecord.id, rated.caseRecord.id);
        QCOMPARE(ratingsInFeed().value(outcome->rating.id).closed->closedBy, u"staff.zhao"_s);

        // No such rating of this case, or a rating with no follow-up.
        const protocol::CaseSnapshot good = newCase(trainingHall, 43);
        protocol::Op goodRating;
        goodRating.opId = newTimeOrderedId();
        goodRating.caseId = good.caseRecord.id;
        goodRating.kind = protocol::OpKind::CaseRating;
        goodRating.createdUtc = ratedAt;
        goodRating.payload =
            protocol::toJson(protocol::RatingPayload{u"satisfied"_s, {}, u"W01"_s, u"staff.li"_s, ratedAt});
        protocol::Op onGood = followUpOp(goodRating.opId);
        onGood.caseId = good.caseRecord.id;
        reply = m_desk->post(
            opsPath,
            batchBody({createOp(good), goodRating, onGood, followUpOp(u"0193a5c1-7e2f-7abc-8def-0000000000fe"_s),
                       followUpOp(goodRating.opId)}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(statusAt(reply, 1), u"applied"_s);
        QCOMPARE(statusAt(reply, 2), u"rejected"_s);
        QCOMPARE(reasonCodeAt(reply, 2), u"no-follow-up"_s);
        QCOMPARE(statusAt(reply, 3), u"rejected"_s);
        QCOMPARE(reasonCodeAt(reply, 3), u"unknown-rating"_s);
        // Another case's rating is not this case's to close.
        QCOMPARE(statusAt(reply, 4), u"rejected"_s);
        QCOMPARE(reasonCodeAt(reply, 4), u"unknown-rating"_s);
    }

private:
    // Pushes the vault's pending ops; true when every one was applied.
    // The vault's outbox, pushed with `as`'s token (the clerk's by default).
    bool pushPending(ApiClient *as = nullptr)
    {
        auto ops = m_vault->syncStore().pendingOps(100);
        if (!ops)
            return false;
        const ApiReply reply = (as ? as : m_client.get())->post(opsPath, batchBody(*ops));
        auto results = protocol::decodeOpResults(reply.body, *ops);
        if (reply.status != 200 || !results)
            return false;
        for (const protocol::OpResult &result : *results) {
            if (result.status != protocol::OpStatus::Applied)
                return false;
        }
        return bool(m_vault->syncStore().applyResults(*ops, *results));
    }

    // The ratings in the hall's pull feed from its start, the latest of each.
    QHash<QString, protocol::RatingRecord> ratingsInFeed()
    {
        QHash<QString, protocol::RatingRecord> ratings;
        auto feed = pullFeed(*m_client, trainingHall);
        if (!feed) {
            qWarning() << "the pull feed is unreadable:" << feed.error().message;
            return ratings;
        }
        for (const protocol::Change &change : std::as_const(feed->changes)) {
            if (change.rating)
                ratings.insert(change.rating->id, *change.rating);
        }
        return ratings;
    }

    QTemporaryDir m_directory;
    std::unique_ptr<PostgresCluster> m_cluster;
    PlatformThread m_platform;
    std::unique_ptr<PlatformStore> m_store;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
    WorkingDayCalendar m_calendar;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiClient> m_desk;
    protocol::CaseSnapshot m_otherHallCase;
};

QTEST_GUILESS_MAIN(TestPlatformRatings)
#include "test_platform_ratings.moc"
