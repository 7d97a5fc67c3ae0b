// The synthetic hall of training mode: who works there, and cases in every
// state with the revisions and receipt numbers their history gives them.

#include "DatabaseLocation.h"
#include "PasswordHash.h"
#include "PlatformStore.h"
#include "TrainingHall.h"
#include "review/CitizenIdNumber.h"
#include "review/UnifiedSocialCreditCode.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;

class TestTrainingHall : public QObject
{
    Q_OBJECT

private slots:
    void staffAndCounters();
    void casesInEveryState();
    void seedsAnEmptyDatabaseOnce();
};

void TestTrainingHall::staffAndCounters()
{
    const QList<UserRecord> staff = TrainingHall::staff();
    QVERIFY(staff.size() >= 5);
    QMap<QString, int> roles;
    for (const UserRecord &user : staff) {
        QVERIFY(user.id.startsWith(u"staff."_s));
        QVERIFY(user.name.endsWith(u"样例"_s));
        QCOMPARE(user.hallId, u"TRAINING-HALL"_s);
        for (const QString &role : user.roles)
            ++roles[role];
        if (user.roles.contains(u"window-staff"_s))
            QVERIFY(TrainingHall::counterIds().contains(user.counterId));
    }
    QVERIFY(roles.value(u"window-staff"_s) >= 3);
    QCOMPARE(roles.value(u"supervisor"_s), 1);
    QCOMPARE(roles.value(u"it-admin"_s), 1);
    QCOMPARE(TrainingHall::counterIds(), (QStringList{u"W01"_s, u"W02"_s, u"W03"_s}));
}

void TestTrainingHall::casesInEveryState()
{
    auto hall = TrainingHall::build();
    QVERIFY2(hall, hall ? "" : qPrintable(hall.error().message));
    QCOMPARE(hall->hall.id, u"TRAINING-HALL"_s);
    QCOMPARE(hall->hall.counters.size(), 3);
    QCOMPARE(hall->users.size(), TrainingHall::staff().size());
    QVERIFY(PasswordHash::verify(u"training"_s, hall->users.at(0).passwordHash));
    QCOMPARE(hall->cases.size(), TrainingHall::defaultCaseCount);

    // Revision = 1 for the create + one per transition along the shortest path.
    const QMap<CaseState, qint64> revisions{
        {CaseState::Draft, 1},       {CaseState::PreReviewed, 2}, {CaseState::CorrectionIssued, 3},
        {CaseState::Resubmitted, 4}, {CaseState::Accepted, 3},    {CaseState::InProgress, 4},
        {CaseState::Completed, 5},   {CaseState::Rejected, 5},    {CaseState::Withdrawn, 2}};
    QMap<CaseState, int> perState;
    QSet<QString> receipts;
    QSet<QString> ids;
    const QDate today = QDate::currentDate();
    for (const protocol::CaseSnapshot &snapshot : std::as_const(hall->cases)) {
        const Case &c = snapshot.caseRecord;
        ++perState[c.state];
        ids.insert(c.id);
        QCOMPARE(c.hallId, u"TRAINING-HALL"_s);
        QCOMPARE(c.applicantId, snapshot.applicant.id);
        QVERIFY(TrainingHall::counterIds().contains(c.counterId));
        QCOMPARE(c.revision, revisions.value(c.state));
        QVERIFY(c.updatedUtc >= c.createdUtc);
        QCOMPARE(!c.receiptNumber.isEmpty(), hasReceiptNumber(c.state));
        if (hasReceiptNumber(c.state)) {
            QVERIFY2(c.receiptNumber.startsWith(u"TH-"_s) && c.receiptNumber.contains(c.counterId),
                     qPrintable(c.receiptNumber));
            QVERIFY(c.acceptedUtc.isValid());
            QVERIFY(c.dueDate.isValid());
            receipts.insert(c.receiptNumber);
        }
        // Fictitious, yet valid in form.
        const Validation id = snapshot.applicant.kind == Applicant::Kind::Person
            ? validateCitizenId(snapshot.applicant.idNumber, today)
            : validateUnifiedSocialCreditCode(snapshot.applicant.idNumber);
        QVERIFY2(id.isValid(), qPrintable(snapshot.applicant.idNumber));
        QVERIFY(snapshot.applicant.mobile.startsWith(u"1990000"_s));
    }
    // Issue 4: at least 500 cases in every state of the life cycle.
    QCOMPARE(perState.size(), 9);
    for (auto it = perState.cbegin(); it != perState.cend(); ++it)
        QVERIFY2(it.value() >= 500, qPrintable(u"%1: %2 cases"_s.arg(caseStateName(it.key())).arg(it.value())));
    QCOMPARE(ids.size(), hall->cases.size());
    // Unique numbers, and blocks handed out later start above them.
    QCOMPARE(hall->nextReceiptNumber, qint64(receipts.size()) + 1);
}

void TestTrainingHall::seedsAnEmptyDatabaseOnce()
{
    QTemporaryDir directory;
    auto location = DatabaseLocation::parse(u"sqlite:"_s + directory.filePath(u"platform.db"_s));
    QVERIFY(location);
    auto store = PlatformStore::open(*location);
    QVERIFY(store);
    QVERIFY((*store)->migrate());
    auto seeded = TrainingHall::seed(**store, 90);
    QVERIFY2(seeded && *seeded, seeded ? "" : qPrintable(seeded.error().message));
    QCOMPARE(*(*store)->countRows(u"halls"_s), 1);
    QCOMPARE(*(*store)->countRows(u"counters"_s), 3);
    QCOMPARE(*(*store)->countRows(u"users"_s), qint64(TrainingHall::staff().size()));
    QCOMPARE(*(*store)->countRows(u"cases"_s), 90);
    QCOMPARE(*(*store)->countRows(u"changes"_s), 90);

    seeded = TrainingHall::seed(**store, 90);
    QVERIFY(seeded);
    QVERIFY(!*seeded);
    QCOMPARE(*(*store)->countRows(u"cases"_s), 90);

    auto page = (*store)->changes(u"TRAINING-HALL"_s, 0, 1000);
    QVERIFY(page);
    QCOMPARE(page->changes.size(), 90);
    QVERIFY(!page->hasMore);
    auto credentials = (*store)->credentials(u"staff.zhao"_s);
    QVERIFY(credentials && *credentials);
    QCOMPARE((*credentials)->user.roles, QStringList{u"supervisor"_s});
    QVERIFY(PasswordHash::verify(u"training"_s, (*credentials)->passwordHash));
}

QTEST_GUILESS_MAIN(TestTrainingHall)
#include "test_training_hall.moc"
