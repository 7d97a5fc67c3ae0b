// A supervisor's actions reach the platform and the other counters: the real
// casedesk-platform on loopback with the training hall, the supervisor's
// workstation and a clerk's, each with a real encrypted vault. A case
// reassigned at the supervisor desk is the new staff member's and counter's
// on the platform and, after its sync, in the clerk's cache; a second check
// goes out as a note and is applied; nothing is left in the outbox or on the
// "needs attention" list.
#include "SyncHarness.h"
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
        auto started = harness.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        auto supervisorDesk = harness.addWorkstation(u"staff.zhao"_s);
        QVERIFY2(supervisorDesk, qPrintable(supervisorDesk ? QString() : supervisorDesk.error().message));
        auto clerk = harness.addWorkstation(u"staff.li"_s);
        QVERIFY2(clerk, qPrintable(clerk ? QString() : clerk.error().message));
        QVERIFY(harness.settle());

        Vault &vault = *(*supervisorDesk)->vault;
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
        auto local = (*clerk)->vault->caseStore().load(caseId);
        QVERIFY(local);
        QCOMPARE(local->staffId, u"staff.li"_s);
        QCOMPARE(local->counterId, u"W01"_s);
        QCOMPARE(local->revision, onPlatform.revision);
    }
};

QTEST_GUILESS_MAIN(TestSyncSupervisor)
#include "test_sync_supervisor.moc"
