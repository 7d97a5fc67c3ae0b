// Citizens' ratings (好差评) in the vault: a rating, its "case.rating" op and
// a bad rating's follow-up (差评整改) written together or not at all; one
// rating per case; the supervisor's follow-up list and its closing, checked
// and audited (core/feedback).
#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "sync/Protocol.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(casedesk::RatingLevel)

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const Actor windowStaff = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);
const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);

// Wednesday 30 September 2026, 11:00 in Beijing: the eve of the National
// Day holiday (1–7 October), with Saturday 10 October a make-up working day.
const QDateTime eveOfNationalDay(QDate(2026, 9, 30), QTime(3, 0), Qt::UTC);

} // namespace

class TestRatingStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(calendar);
        m_calendar = *calendar;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("rating tests"));
        auto vault = Vault::create(profile, *m_keyStore, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        SyntheticCases synthetic(7);
        m_first = synthetic.next();
        m_second = synthetic.next();
        QVERIFY(m_vault->caseStore().insertNew({m_first, m_second}, u"staff.li"_s));
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void aGoodRatingIsStoredWithItsOpAndNoFollowUp()
    {
        RatingStore ratings = m_vault->ratingStore();
        auto rated = ratings.submit({m_first.caseRecord.id, RatingLevel::Satisfied, u"  办得很快  "_s, u"W01"_s,
                                     u"staff.li"_s, eveOfNationalDay},
                                    m_calendar);
        QVERIFY2(rated, qPrintable(rated ? QString() : rated.error().message));
        QVERIFY(!rated->followUp);
        QCOMPARE(rated->rating.reason, u"办得很快"_s);

        auto stored = ratings.ratingOf(m_first.caseRecord.id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->id, rated->rating.id);
        QCOMPARE((*stored)->level, RatingLevel::Satisfied);
        QCOMPARE((*stored)->reason, u"办得很快"_s);
        QCOMPARE((*stored)->ratedUtc, eveOfNationalDay);
        QVERIFY(!*ratings.ratingOf(m_second.caseRecord.id));

        // The op the platform receives: the rating's id, its case, the payload it reads.
        auto ops = m_vault->syncStore().pendingOps(10);
        QVERIFY(ops);
        QCOMPARE(ops->size(), 3);
        const protocol::Op &op = ops->last();
        QCOMPARE(op.kind, protocol::OpKind::CaseRating);
        QCOMPARE(op.opId, rated->rating.id);
        QCOMPARE(op.caseId, m_first.caseRecord.id);
        QVERIFY(protocol::commutes(op.kind));
        auto payload = protocol::ratingPayloadFromJson(op.payload);
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().message));
        QCOMPARE(payload->level, u"satisfied"_s);
        QCOMPARE(payload->reason, u"办得很快"_s);
        QCOMPARE(payload->counterId, u"W01"_s);
        QCOMPARE(payload->staffId, u"staff.li"_s);
        QCOMPARE(payload->at, eveOfNationalDay);
        QCOMPARE(rowCount(m_vault->database(), u"follow_ups"_s), 0);
    }

    void aCaseIsRatedOnceAndBadInputChangesNothing()
    {
        RatingStore ratings = m_vault->ratingStore();
        QVERIFY(ratings.submit({m_first.caseRecord.id, RatingLevel::VerySatisfied, {}, u"W01"_s, u"staff.li"_s, {}},
                               m_calendar));
        const qint64 ops = m_vault->syncStore().pendingOpCount().value();

        auto again = ratings.submit(
            {m_first.caseRecord.id, RatingLevel::VeryDissatisfied, u"改主意了"_s, u"W01"_s, u"staff.li"_s, {}},
            m_calendar);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!again.error().message.isEmpty());

        auto unknown = ratings.submit(
            {u"0193a5c1-7e2f-7abc-8def-0000000000ff"_s, RatingLevel::Satisfied, {}, u"W01"_s, u"staff.li"_s, {}},
            m_calendar);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);

        auto overlong = ratings.submit({m_second.caseRecord.id,
                                        RatingLevel::Dissatisfied,
                                        QString(maximumRatingReasonLength + 1, u'慢'),
                                        u"W01"_s,
                                        u"staff.li"_s,
                                        {}},
                                       m_calendar);
        QVERIFY(!overlong);
        QVERIFY(overlong.error().message.contains(QString::number(maximumRatingReasonLength)));

        QCOMPARE(m_vault->syncStore().pendingOpCount().value(), ops);
        QCOMPARE(rowCount(m_vault->database(), u"ratings"_s), 1);
        QCOMPARE(rowCount(m_vault->database(), u"follow_ups"_s), 0);
        QCOMPARE(ratings.ratingOf(m_first.caseRecord.id).value()->level, RatingLevel::VerySatisfied);
    }

    void aBadRatingOpensAFollowUpDueInFiveWorkingDays_data()
    {
        QTest::addColumn<RatingLevel>("level");
        QTest::addColumn<bool>("bad");
        for (RatingLevel level : allRatingLevels())
            QTest::addRow("%s", qPrintable(ratingLevelName(level))) << level << isBadRating(level);
    }

    void aBadRatingOpensAFollowUpDueInFiveWorkingDays()
    {
        QFETCH(RatingLevel, level);
        QFETCH(bool, bad);
        QCOMPARE(bad, level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied);
        auto rated = m_vault->ratingStore().submit(
            {m_first.caseRecord.id, level, u"等了很久"_s, u"W01"_s, u"staff.li"_s, eveOfNationalDay}, m_calendar);
        QVERIFY2(rated, qPrintable(rated ? QString() : rated.error().message));
        QCOMPARE(bool(rated->followUp), bad);
        QCOMPARE(rowCount(m_vault->database(), u"follow_ups"_s), bad ? 1 : 0);
        if (!bad)
            return;
        // 8, 9, 10 (the make-up Saturday), 12 and 13 October: the holiday and
        // the Sunday do not count.
        QCOMPARE(rated->followUp->dueDate, QDate(2026, 10, 13));
        QCOMPARE(rated->followUp->caseId, m_first.caseRecord.id);
        QCOMPARE(rated->followUp->ratingId, rated->rating.id);
        QVERIFY(rated->followUp->isOpen());

        auto open = m_vault->followUpStore(supervisor).open();
        QVERIFY2(open, qPrintable(open ? QString() : open.error().message));
        QCOMPARE(open->size(), 1);
        const FollowUp &listed = open->first();
        QCOMPARE(listed.id, rated->followUp->id);
        QCOMPARE(listed.level, level);
        QCOMPARE(listed.reason, u"等了很久"_s);
        QCOMPARE(listed.itemCode, m_first.caseRecord.itemCode);
        QCOMPARE(listed.receiptNumber, m_first.caseRecord.receiptNumber);
        QCOMPARE(listed.staffId, u"staff.li"_s);
        QCOMPARE(listed.counterId, u"W01"_s);
        QCOMPARE(listed.openedUtc, eveOfNationalDay);
        QCOMPARE(listed.dueDate, QDate(2026, 10, 13));

        // The op carries the due day, so every desk of the hall shows this one.
        auto ops = m_vault->syncStore().pendingOps(10);
        QVERIFY(ops);
        auto payload = protocol::ratingPayloadFromJson(ops->last().payload);
        QVERIFY(payload);
        QCOMPARE(payload->followUpDue, QDate(2026, 10, 13));
    }

    void aRatingAndItsFollowUpAreWrittenTogetherOrNotAtAll()
    {
        // The follow-up cannot be written: neither can the rating nor its op.
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"CREATE TRIGGER follow_ups_fail BEFORE INSERT ON follow_ups "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
        const qint64 ops = m_vault->syncStore().pendingOpCount().value();
        auto rated = m_vault->ratingStore().submit(
            {m_first.caseRecord.id, RatingLevel::VeryDissatisfied, {}, u"W01"_s, u"staff.li"_s, eveOfNationalDay},
            m_calendar);
        QVERIFY(!rated);
        QVERIFY(!rated.error().message.isEmpty());
        QCOMPARE(rowCount(m_vault->database(), u"ratings"_s), 0);
        QCOMPARE(m_vault->syncStore().pendingOpCount().value(), ops);

        // Once the fault is gone the same rating goes through.
        QVERIFY(query.exec(u"DROP TRIGGER follow_ups_fail"_s));
        QVERIFY(m_vault->ratingStore().submit(
            {m_first.caseRecord.id, RatingLevel::VeryDissatisfied, {}, u"W01"_s, u"staff.li"_s, eveOfNationalDay},
            m_calendar));
        QCOMPARE(rowCount(m_vault->database(), u"ratings"_s), 1);
        QCOMPARE(rowCount(m_vault->database(), u"follow_ups"_s), 1);
    }

    void followUpsAreListedSoonestDueFirst()
    {
        // Rated a week apart: the older one is due first.
        QVERIFY(m_vault->ratingStore().submit({m_second.caseRecord.id,
                                               RatingLevel::Dissatisfied,
                                               {},
                                               u"W02"_s,
                                               u"staff.wu"_s,
                                               eveOfNationalDay.addDays(14)},
                                              m_calendar));
        QVERIFY(m_vault->ratingStore().submit(
            {m_first.caseRecord.id, RatingLevel::VeryDissatisfied, {}, u"W01"_s, u"staff.li"_s, eveOfNationalDay},
            m_calendar));
        auto open = m_vault->followUpStore(supervisor).open();
        QVERIFY(open);
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).caseId, m_first.caseRecord.id);
        QCOMPARE(open->at(1).caseId, m_second.caseRecord.id);
        QVERIFY(open->at(0).dueDate < open->at(1).dueDate);
    }

    void closingAFollowUpIsCheckedAndAudited()
    {
        auto rated = m_vault->ratingStore().submit({m_first.caseRecord.id, RatingLevel::Dissatisfied,
                                                    u"材料被退回两次"_s, u"W01"_s, u"staff.li"_s, eveOfNationalDay},
                                                   m_calendar);
        QVERIFY(rated && rated->followUp);
        const QString id = rated->followUp->id;
        AuditLog log = m_vault->auditLog();

        // Window staff may neither list nor close; each refusal is recorded.
        FollowUpStore asStaff = m_vault->followUpStore(windowStaff);
        auto listed = asStaff.open();
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, ErrorCode::PermissionDenied);
        auto refused = asStaff.close(id, u"已整改"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(log.count().value(), 2);
        const AuditRecord refusal = log.records(2, 1).value().first();
        QCOMPARE(refusal.userId, windowStaff.userId);
        QCOMPARE(refusal.action, QString(auditaction::followUpRating));
        QCOMPARE(refusal.result, AuditResult::Refused);
        QCOMPARE(refusal.object, u"follow-up:"_s + id);

        // A supervisor must say what was done.
        FollowUpStore asSupervisor = m_vault->followUpStore(supervisor);
        auto empty = asSupervisor.close(id, u"   "_s);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
        auto overlong = asSupervisor.close(id, QString(maximumFollowUpNoteLength + 1, u'改'));
        QVERIFY(!overlong);
        QVERIFY(asSupervisor.load(id)->isOpen());
        QCOMPARE(log.count().value(), 2);

        const QDateTime closedAt(QDate(2026, 10, 9), QTime(8, 30), Qt::UTC);
        auto closed = asSupervisor.close(id, u"已与申请人电话沟通，窗口改为一次性告知全部材料。"_s, closedAt);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        QVERIFY(!closed->isOpen());
        QCOMPARE(closed->closedBy, supervisor.userId);
        QCOMPARE(closed->closedUtc, closedAt);

        const FollowUp reloaded = asSupervisor.load(id).value();
        QCOMPARE(reloaded.closedUtc, closedAt);
        QCOMPARE(reloaded.closedBy, supervisor.userId);
        QCOMPARE(reloaded.closingNote, u"已与申请人电话沟通，窗口改为一次性告知全部材料。"_s);
        QVERIFY(asSupervisor.open()->isEmpty());

        // Recorded under the supervisor, without the note's words.
        QCOMPARE(log.count().value(), 3);
        const AuditRecord record = log.records(3, 1).value().first();
        QCOMPARE(record.userId, supervisor.userId);
        QCOMPARE(record.action, QString(auditaction::followUpRating));
        QCOMPARE(record.result, AuditResult::Succeeded);
        QCOMPARE(record.object, u"follow-up:"_s + id);
        QVERIFY(record.details.contains(u"\"onTime\":true"_s));
        QVERIFY(!record.details.contains(u"电话"_s));
        QVERIFY(log.verify()->intact());

        // Closed once: a second closing changes nothing.
        auto twice = asSupervisor.close(id, u"再次关闭"_s);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(asSupervisor.load(id)->closingNote, reloaded.closingNote);
        QCOMPARE(log.count().value(), 3);

        auto unknown = asSupervisor.close(u"0193a5c1-7e2f-7abc-8def-0000000000ee"_s, u"已整改"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);

        // The closing goes to the platform, for the hall's other desks: one
        // op, none for the refused closings (the rest are the case, the
        // rating and the audit records).
        auto ops = m_vault->syncStore().pendingOps(20);
        QVERIFY(ops);
        QList<protocol::Op> closings;
        std::copy_if(ops->cbegin(), ops->cend(), std::back_inserter(closings),
                     [](const protocol::Op &op) { return op.kind == protocol::OpKind::CaseFollowUp; });
        QCOMPARE(closings.size(), 1);
        const protocol::Op &op = closings.first();
        QCOMPARE(op.kind, protocol::OpKind::CaseFollowUp);
        QCOMPARE(op.caseId, m_first.caseRecord.id);
        QVERIFY(protocol::commutes(op.kind));
        auto payload = protocol::followUpPayloadFromJson(op.payload);
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().message));
        QCOMPARE(payload->ratingId, rated->rating.id);
        QCOMPARE(payload->closedBy, supervisor.userId);
        QCOMPARE(payload->note, reloaded.closingNote);
        QCOMPARE(payload->at, closedAt);
    }

    // What another counter took arrives with the platform's changes.
    void aRatingFromThePlatformIsKeptOnceWithItsFollowUp()
    {
        const QString ratingId = u"0193a5c1-7e2f-7abc-8def-0000000000a1"_s;
        protocol::RatingRecord record{
            ratingId,
            {u"very-dissatisfied"_s, u"排队太久"_s, u"W02"_s, u"staff.wu"_s, eveOfNationalDay, QDate(2026, 10, 14)},
            std::nullopt};
        RatingStore ratings = m_vault->ratingStore();
        QVERIFY(ratings.recordFromPlatform(m_first.caseRecord.id, record));
        // Sent again (the page is pulled twice): still one rating, one follow-up.
        QVERIFY(ratings.recordFromPlatform(m_first.caseRecord.id, record));
        QCOMPARE(rowCount(m_vault->database(), u"ratings"_s), 1);
        QCOMPARE(rowCount(m_vault->database(), u"follow_ups"_s), 1);
        auto stored = ratings.ratingOf(m_first.caseRecord.id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->id, ratingId);
        QCOMPARE((*stored)->level, RatingLevel::VeryDissatisfied);
        QCOMPARE((*stored)->staffId, u"staff.wu"_s);

        FollowUpStore desk = m_vault->followUpStore(supervisor);
        auto open = desk.open();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        // The taking workstation's due day, not one worked out here.
        QCOMPARE(open->first().dueDate, QDate(2026, 10, 14));
        QCOMPARE(open->first().reason, u"排队太久"_s);
        // Nothing goes back to the platform: it is the platform's already.
        QCOMPARE(m_vault->syncStore().pendingOpCount().value(), 2);

        // Closed at another desk: closed here too, as the platform says.
        const QDateTime closedAt(QDate(2026, 10, 12), QTime(2, 0), Qt::UTC);
        record.closed = protocol::FollowUpPayload{ratingId, u"已当面致歉"_s, u"staff.zhao"_s, closedAt};
        QVERIFY(ratings.recordFromPlatform(m_first.caseRecord.id, record));
        QVERIFY(desk.open()->isEmpty());
        const FollowUp closed = desk.load(open->first().id).value();
        QCOMPARE(closed.closedBy, u"staff.zhao"_s);
        QCOMPARE(closed.closingNote, u"已当面致歉"_s);
        QCOMPARE(closed.closedUtc, closedAt);

        // A good rating from elsewhere opens nothing; a second rating of a
        // case rated here already is left to the platform.
        const protocol::RatingRecord good{u"0193a5c1-7e2f-7abc-8def-0000000000a2"_s,
                                          {u"satisfied"_s, {}, u"W02"_s, u"staff.wu"_s, eveOfNationalDay, {}},
                                          std::nullopt};
        QVERIFY(ratings.recordFromPlatform(m_second.caseRecord.id, good));
        const protocol::RatingRecord other{u"0193a5c1-7e2f-7abc-8def-0000000000a3"_s,
                                           {u"dissatisfied"_s, {}, u"W03"_s, u"staff.ma"_s, eveOfNationalDay, {}},
                                           std::nullopt};
        QVERIFY(ratings.recordFromPlatform(m_second.caseRecord.id, other));
        QCOMPARE(rowCount(m_vault->database(), u"ratings"_s), 2);
        QCOMPARE(rowCount(m_vault->database(), u"follow_ups"_s), 1);
        QCOMPARE((*ratings.ratingOf(m_second.caseRecord.id))->id, good.id);
    }

    void aBadRatingFromThePlatformWithoutADueDayIsDueInAWeek()
    {
        const protocol::RatingRecord record{u"0193a5c1-7e2f-7abc-8def-0000000000b1"_s,
                                            {u"dissatisfied"_s, {}, u"W02"_s, u"staff.wu"_s, eveOfNationalDay, {}},
                                            std::nullopt};
        QVERIFY(m_vault->ratingStore().recordFromPlatform(m_first.caseRecord.id, record));
        auto open = m_vault->followUpStore(supervisor).open();
        QVERIFY(open && open->size() == 1);
        QCOMPARE(open->first().dueDate, QDate(2026, 10, 7));
    }

    void theRatingPayloadIsReadStrictly()
    {
        const QJsonObject good{{u"level"_s, u"basically-satisfied"_s}, {u"at"_s, u"2026-09-30T03:00:00.000Z"_s}};
        QVERIFY(protocol::ratingPayloadFromJson(good));
        QJsonObject unknownLevel = good;
        unknownLevel.insert(u"level"_s, u"ecstatic"_s);
        QVERIFY(!protocol::ratingPayloadFromJson(unknownLevel));
        QJsonObject noTime = good;
        noTime.remove(u"at"_s);
        QVERIFY(!protocol::ratingPayloadFromJson(noTime));
        QJsonObject longReason = good;
        longReason.insert(u"reason"_s, QString(maximumRatingReasonLength + 1, u'a'));
        QVERIFY(!protocol::ratingPayloadFromJson(longReason));
        QCOMPARE(protocol::opKindFromName(u"case.rating"), protocol::OpKind::CaseRating);
        QJsonObject badDue = good;
        badDue.insert(u"followUpDue"_s, u"2026-13-01"_s);
        QVERIFY(!protocol::ratingPayloadFromJson(badDue));
    }

    void theFollowUpPayloadIsReadStrictly()
    {
        const QJsonObject good{{u"ratingId"_s, u"0193a5c1-7e2f-7abc-8def-0000000000a1"_s},
                               {u"note"_s, u"已整改"_s},
                               {u"closedBy"_s, u"staff.zhao"_s},
                               {u"at"_s, u"2026-10-09T08:30:00.000Z"_s}};
        QVERIFY(protocol::followUpPayloadFromJson(good));
        for (const QString &key : {u"ratingId"_s, u"note"_s, u"closedBy"_s, u"at"_s}) {
            QJsonObject missing = good;
            missing.remove(key);
            QVERIFY2(!protocol::followUpPayloadFromJson(missing), qPrintable(key));
        }
        QJsonObject blankNote = good;
        blankNote.insert(u"note"_s, u"   "_s);
        QVERIFY(!protocol::followUpPayloadFromJson(blankNote));
        QJsonObject longNote = good;
        longNote.insert(u"note"_s, QString(maximumFollowUpNoteLength + 1, u'改'));
        QVERIFY(!protocol::followUpPayloadFromJson(longNote));
        QJsonObject notAnId = good;
        notAnId.insert(u"ratingId"_s, u"rating-1"_s);
        QVERIFY(!protocol::followUpPayloadFromJson(notAnId));
        QCOMPARE(protocol::opKindFromName(u"case.follow-up"), protocol::OpKind::CaseFollowUp);
    }

private:
    WorkingDayCalendar m_calendar;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
    NewCase m_first;
    NewCase m_second;
};

QTEST_GUILESS_MAIN(TestRatingStore)
#include "test_rating_store.moc"
