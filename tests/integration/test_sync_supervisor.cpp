// A supervisor's actions reach the platform and the other counters: the real
// casedesk-platform on loopback with the training hall, the supervisor's
// workstation and a clerk's, each with a real encrypted vault. A case
// reassigned at the supervisor desk is the new staff member's and counter's
// on the platform and, after its sync, in the clerk's cache; a second check
// goes out as a note and is applied; nothing is left in the outbox or on the
// "needs attention" list. A bad rating taken at the clerk's counter opens its
// follow-up on the supervisor's desk, and the closing comes back.
#include "SyncHarness.h"
#include "feedback/RatingStore.h"
#include "supervision/SupervisorActions.h"

#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(const Vault &vault, const QString &sql)
{
    QSqlQuery query(vault.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestSyncSupervisor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aReassignmentAndASecondCheckReachThePlatformAndTheCounters()
    {
        SyncHarness harness;
        Workstation *supervisorDesk = nullptr;
        Workstation *clerk = nullptr;
        startHall(harness, supervisorDesk, clerk);
        if (QTest::currentTestFailed())
            return;

        Vault &vault = *supervisorDesk->vault;
        // An open case of another clerk, and a correction notice.
        QSqlQuery query(vault.database());
        QVERIFY(query.exec(u"SELECT id, staff_id FROM cases WHERE state IN ('accepted', 'in_progress') "
                           "AND staff_id != 'staff.li' ORDER BY id LIMIT 1"_s));
        QVERIFY(query.next());
        const QString caseId = query.value(0).toString();
        const QString formerStaff = query.value(1).toString();
        QVERIFY(query.exec(u"SELECT id FROM cases WHERE state = 'correction_issued' ORDER BY id LIMIT 1"_s));
        QVERIFY(query.next());
        const QString noticeId = query.value(0).toString();
        query.finish();

        const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, harness.hallId());
        SupervisorActions actions(
            vault.database(),
            [&vault](const QSqlError &error, const QString &action) { return vault.errorFrom(error, action); },
            vault.permissionGuard(supervisor));
        auto reassigned = actions.reassign({caseId, u"staff.li"_s, u"W01"_s, u"covering for a colleague"_s, {}});
        QVERIFY2(reassigned, qPrintable(reassigned ? QString() : reassigned.error().message));
        auto checked = actions.secondCheck({noticeId, SecondCheckDecision::Confirm, u"the notice is right"_s, {}});
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));

        QVERIFY(harness.settle());
        auto platform = harness.platformCases();
        QVERIFY(platform);
        const Case onPlatform = platform->value(caseId).caseRecord;
        QCOMPARE(onPlatform.staffId, u"staff.li"_s);
        QCOMPARE(onPlatform.counterId, u"W01"_s);
        QVERIFY(formerStaff != onPlatform.staffId);

        // Every op applied, none set aside.
        QCOMPARE(scalar(vault, u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(scalar(vault, u"SELECT count(*) FROM needs_attention"_s), 0);
        // The clerk's cache has the case as theirs now.
        auto local = clerk->vault->caseStore().load(caseId);
        QVERIFY(local);
        QCOMPARE(local->staffId, u"staff.li"_s);
        QCOMPARE(local->counterId, u"W01"_s);
        QCOMPARE(local->revision, onPlatform.revision);
    }

    // The citizen rates at the clerk's counter; the supervisor's desk, on
    // another PC, gets the follow-up with the same due day, and its closing
    // goes back to the clerk's PC.
    void aBadRatingsFollowUpReachesTheSupervisorAndItsClosingComesBack()
    {
        SyncHarness harness;
        Workstation *supervisorDesk = nullptr;
        Workstation *clerk = nullptr;
        startHall(harness, supervisorDesk, clerk);
        if (QTest::currentTestFailed())
            return;

        Vault &counter = *clerk->vault;
        QSqlQuery query(counter.database());
        QVERIFY(query.exec(u"SELECT id FROM cases WHERE state = 'accepted' ORDER BY id LIMIT 1"_s));
        QVERIFY(query.next());
        const QString caseId = query.value(0).toString();
        query.finish();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(calendar);
        auto rated = counter.ratingStore().submit(
            {caseId, RatingLevel::VeryDissatisfied, u"等了一个多小时"_s, u"W01"_s, u"staff.li"_s, {}}, *calendar);
        QVERIFY2(rated, qPrintable(rated ? QString() : rated.error().message));
        QVERIFY(rated->followUp);
        QVERIFY(harness.settle());

        const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, harness.hallId());
        FollowUpStore desk = supervisorDesk->vault->followUpStore(supervisor);
        auto open = desk.open();
        QVERIFY2(open, qPrintable(open ? QString() : open.error().message));
        QCOMPARE(open->size(), 1);
        const FollowUp &followUp = open->first();
        QCOMPARE(followUp.ratingId, rated->rating.id);
        QCOMPARE(followUp.caseId, caseId);
        QCOMPARE(followUp.dueDate, rated->followUp->dueDate);
        QCOMPARE(followUp.reason, u"等了一个多小时"_s);
        QCOMPARE(followUp.level, RatingLevel::VeryDissatisfied);
        QCOMPARE(followUp.staffId, u"staff.li"_s);

        QVERIFY(desk.close(followUp.id, u"已回访申请人，窗口增派人手"_s));
        QVERIFY(harness.settle());
        const FollowUp atCounter = clerk->vault->followUpStore(supervisor).load(rated->followUp->id).value();
        QVERIFY(!atCounter.isOpen());
        QCOMPARE(atCounter.closedBy, u"staff.zhao"_s);
        QCOMPARE(atCounter.closingNote, u"已回访申请人，窗口增派人手"_s);
        for (Workstation *workstation : harness.workstations()) {
            QCOMPARE(scalar(*workstation->vault, u"SELECT count(*) FROM outbox"_s), 0);
            QCOMPARE(scalar(*workstation->vault, u"SELECT count(*) FROM needs_attention"_s), 0);
            QCOMPARE(scalar(*workstation->vault, u"SELECT count(*) FROM ratings"_s), 1);
        }
    }

private:
    // The platform with the training hall, the supervisor's PC and a
    // clerk's, both signed in and in step.
    static void startHall(SyncHarness &harness, Workstation *&supervisorDesk, Workstation *&clerk)
    {
        auto started = harness.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        auto desk = harness.addWorkstation(u"staff.zhao"_s);
        QVERIFY2(desk, qPrintable(desk ? QString() : desk.error().message));
        auto counter = harness.addWorkstation(u"staff.li"_s);
        QVERIFY2(counter, qPrintable(counter ? QString() : counter.error().message));
        supervisorDesk = *desk;
        clerk = *counter;
        QVERIFY(harness.settle());
    }
};

QTEST_GUILESS_MAIN(TestSyncSupervisor)
#include "test_sync_supervisor.moc"
