// Roles and permissions enforced in core: the matrix of docs/security.md;
// each role refused what it lacks, the refusal recorded in the audit log;
// and the services that act for a user (accepting, overriding a blocking
// finding, listing cases) checking before they act.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "domain/SyntheticCases.h"
#include "intake/IntakeSession.h"
#include "keys/PassphraseKeyStore.h"
#include "security/Permissions.h"
#include "storage/Vault.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(casedesk::Actor)
Q_DECLARE_METATYPE(casedesk::Permission)

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const Actor windowStaff = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);
const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);
const Actor itAdministrator = Actor::fromRoleNames(u"staff.sun"_s, {u"it-admin"_s}, u"TRAINING-HALL"_s);

const QDateTime now(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("permission tests"));
        auto vault = Vault::create(profile, *m_keyStore, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        QVERIFY(m_vault->syncStore().addReceiptBlock(
            {u"0193a5c1-7e2f-7abc-8def-00000000000a"_s, u"TH-2026-W01-"_s, 501, 600}));
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void theMatrixIsTheDocumentedOne_data()
    {
        // docs/security.md, "Roles and permissions", row by row.
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("staff");
        QTest::addColumn<bool>("supervises");
        QTest::addColumn<bool>("administers");
        QTest::addRow("view own cases") << Permission::ViewOwnCases << true << true << false;
        QTest::addRow("view counter cases") << Permission::ViewCounterCases << true << true << false;
        QTest::addRow("view hall cases") << Permission::ViewHallCases << false << true << false;
        QTest::addRow("reveal personal data") << Permission::RevealPersonalData << true << true << false;
        QTest::addRow("accept") << Permission::Accept << true << true << false;
        QTest::addRow("override") << Permission::OverrideBlockingFinding << false << true << false;
        QTest::addRow("reassign") << Permission::Reassign << false << true << false;
        QTest::addRow("second-check") << Permission::SecondCheck << false << true << false;
        QTest::addRow("export") << Permission::Export << false << true << false;
        QTest::addRow("administer") << Permission::Administer << false << false << true;
        QTest::addRow("follow up a bad rating") << Permission::FollowUpRating << false << true << false;
    }

    void theMatrixIsTheDocumentedOne()
    {
        QFETCH(Permission, permission);
        QFETCH(bool, staff);
        QFETCH(bool, supervises);
        QFETCH(bool, administers);
        QCOMPARE(roleGrants(Role::WindowStaff, permission), staff);
        QCOMPARE(roleGrants(Role::Supervisor, permission), supervises);
        QCOMPARE(roleGrants(Role::ItAdministrator, permission), administers);
        QCOMPARE(windowStaff.may(permission), staff);
        QCOMPARE(supervisor.may(permission), supervises);
        QCOMPARE(itAdministrator.may(permission), administers);
        QVERIFY(allPermissions().contains(permission));
    }

    void rolesAreThePlatformsNames()
    {
        QCOMPARE(windowStaff.roles, QList<Role>{Role::WindowStaff});
        QCOMPARE(supervisor.roleNames(), QStringList{u"supervisor"_s});
        QCOMPARE(itAdministrator.roles, QList<Role>{Role::ItAdministrator});
        // Unknown role names grant nothing; nobody signed in may do nothing.
        const Actor stranger = Actor::fromRoleNames(u"someone"_s, {u"root"_s, u"admin"_s});
        QVERIFY(stranger.roles.isEmpty());
        const Actor nobody = Actor::fromRoleNames({}, {u"supervisor"_s});
        for (Permission permission : allPermissions()) {
            QVERIFY(!stranger.may(permission));
            QVERIFY(!nobody.may(permission));
        }
        const Actor both = Actor::fromRoleNames(u"staff.qian"_s, {u"window-staff"_s, u"supervisor"_s});
        QVERIFY(both.may(Permission::Accept) && both.may(Permission::Reassign) && !both.may(Permission::Administer));
    }

    void eachRoleIsRefusedWhatItLacksAndTheRefusalIsAudited_data()
    {
        QTest::addColumn<Actor>("actor");
        QTest::addRow("window staff") << windowStaff;
        QTest::addRow("supervisor") << supervisor;
        QTest::addRow("IT administrator") << itAdministrator;
        QTest::addRow("no known role") << Actor::fromRoleNames(u"staff.x"_s, {u"cleaner"_s});
    }

    void eachRoleIsRefusedWhatItLacksAndTheRefusalIsAudited()
    {
        QFETCH(Actor, actor);
        const PermissionGuard guard = m_vault->permissionGuard(actor);
        AuditLog log = m_vault->auditLog();
        int refusals = 0;
        for (Permission permission : allPermissions()) {
            const qint64 before = log.count().value();
            const QString object = u"case:0193a5c1-7e2f-7abc-8def-000000000042"_s;
            auto checked = guard.require(permission, object);
            if (actor.may(permission)) {
                QVERIFY2(checked, qPrintable(permissionName(permission)));
                QCOMPARE(log.count().value(), before); // nothing to record
                continue;
            }
            ++refusals;
            QVERIFY2(!checked, qPrintable(permissionName(permission)));
            QCOMPARE(checked.error().code, ErrorCode::PermissionDenied);
            QVERIFY2(checked.error().message.contains(actor.userId)
                         && checked.error().message.contains(permissionTitle(permission)),
                     qPrintable(checked.error().message));
            QCOMPARE(log.count().value(), before + 1);
            const AuditRecord record = log.records(before + 1, 1).value().first();
            QCOMPARE(record.userId, actor.userId);
            QCOMPARE(record.action, permissionAuditAction(permission));
            QCOMPARE(record.object, object);
            QCOMPARE(record.result, AuditResult::Refused);
            QVERIFY2(record.details.contains(u"\"permission\":\"%1\""_s.arg(permissionName(permission))),
                     qPrintable(record.details));
        }
        QVERIFY(refusals > 0); // every role lacks something
        QCOMPARE(m_vault->auditLog().count().value(), refusals);
        QVERIFY(m_vault->auditLog().verify()->intact());
    }

    void aGuardedStoreChecksAcceptingAndRecordsIt()
    {
        const NewCase first = preReviewedCase(1);
        const NewCase second = preReviewedCase(2);
        AuditLog log = m_vault->auditLog();

        // The IT administrator may not accept: nothing changes but the record of the refusal.
        CaseStore asAdministrator = m_vault->caseStore().guardedBy(m_vault->permissionGuard(itAdministrator));
        auto refused = asAdministrator.apply(acceptOf(first, itAdministrator.userId, 501));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(m_vault->caseStore().load(first.caseRecord.id)->state, CaseState::PreReviewed);
        QCOMPARE(outboxKinds(), QStringList({u"case.create"_s, u"case.create"_s, u"audit.append"_s}));
        QCOMPARE(log.count().value(), 1);
        AuditRecord record = log.records(1, 1).value().first();
        QCOMPARE(record.userId, itAdministrator.userId);
        QCOMPARE(record.action, QString(auditaction::accept));
        QCOMPARE(record.object, u"case:"_s + first.caseRecord.id);
        QCOMPARE(record.result, AuditResult::Refused);

        // Window staff may, and the accept is recorded with it.
        CaseStore asStaff = m_vault->caseStore().guardedBy(m_vault->permissionGuard(windowStaff));
        auto accepted = asStaff.apply(acceptOf(first, windowStaff.userId, 501));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
        QCOMPARE(accepted->state, CaseState::Accepted);
        QCOMPARE(log.count().value(), 2);
        record = log.records(2, 1).value().first();
        QCOMPARE(record.userId, windowStaff.userId);
        QCOMPARE(record.action, QString(auditaction::accept));
        QCOMPARE(record.result, AuditResult::Succeeded);
        QVERIFY(record.details.contains(u"TH-2026-W01-000501"_s));
        QCOMPARE(outboxKinds().mid(3), QStringList({u"case.transition"_s, u"audit.append"_s}));

        // A guarded store records changes under its user only.
        auto impersonated = asStaff.apply(acceptOf(second, u"staff.wang"_s, 502));
        QVERIFY(!impersonated);
        QCOMPARE(impersonated.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(m_vault->caseStore().load(second.caseRecord.id)->state, CaseState::PreReviewed);

        // An unguarded store (tools, sync) checks nothing and records nothing.
        QVERIFY(m_vault->caseStore().apply(acceptOf(second, u"tool"_s, 502)));
        QCOMPARE(log.count().value(), 2);
        QVERIFY(log.verify()->intact());
    }

    void overridingABlockingFindingNeedsASignedInSupervisor()
    {
        AuditLog log = m_vault->auditLog();
        const qint64 numbers = m_vault->syncStore().receiptNumbersLeft().value();
        const auto refusedWith = [&](const std::optional<SupervisorOverride> &override, ErrorCode code) {
            auto session = blockedIntake(windowStaff);
            auto result = session->accept(now, override);
            if (result) {
                qWarning("accepted with an override that should be refused");
                return false;
            }
            if (result.error().code != code) {
                qWarning("%s", qPrintable(result.error().message));
                return false;
            }
            return true;
        };

        // An id typed at the counter: nobody checked its roles.
        QVERIFY(refusedWith(SupervisorOverride{u"staff.zhao"_s, u"原件已核验"_s}, ErrorCode::PermissionDenied));
        AuditRecord record = log.records(log.count().value(), 1).value().first();
        QCOMPARE(record.action, QString(auditaction::overrideFinding));
        QCOMPARE(record.result, AuditResult::Refused);
        QCOMPARE(record.userId, windowStaff.userId);
        QVERIFY2(record.details.contains(u"\"for\":\"staff.zhao\""_s), qPrintable(record.details));

        // Signed in, but not a supervisor.
        const Actor colleague = Actor::fromRoleNames(u"staff.wang"_s, {u"window-staff"_s});
        QVERIFY(
            refusedWith(SupervisorOverride{u"staff.wang"_s, u"原件已核验"_s, colleague}, ErrorCode::PermissionDenied));
        record = log.records(log.count().value(), 1).value().first();
        QCOMPARE(record.action, QString(auditaction::overrideFinding));
        QCOMPARE(record.result, AuditResult::Refused);
        QVERIFY(record.details.contains(u"\"for\":\"staff.wang\""_s));

        // A supervisor signed in, but another one named.
        QVERIFY(
            refusedWith(SupervisorOverride{u"staff.qian"_s, u"原件已核验"_s, supervisor}, ErrorCode::InvalidArgument));
        QCOMPARE(log.count().value(), 2);
        // No receipt number was spent on a refusal, and no case recorded.
        QCOMPARE(m_vault->syncStore().receiptNumbersLeft().value(), numbers);
        QCOMPARE(m_vault->caseStore().counts()->cases, 0);

        // The supervisor, signed in: accepted, the accept and the override recorded.
        auto session = blockedIntake(windowStaff);
        auto receipt = session->accept(now, SupervisorOverride{u"staff.zhao"_s, u"原件已核验"_s, supervisor});
        QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error().message));
        QCOMPARE(m_vault->caseStore().load(session->caseId())->state, CaseState::Accepted);
        auto records = log.records(3, 10);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).action, QString(auditaction::accept));
        QCOMPARE(records->at(0).userId, windowStaff.userId);
        QVERIFY(records->at(0).details.contains(u"\"overriddenBy\":\"staff.zhao\""_s));
        QCOMPARE(records->at(1).action, QString(auditaction::overrideFinding));
        QCOMPARE(records->at(1).userId, supervisor.userId);
        QCOMPARE(records->at(1).result, AuditResult::Succeeded);
        QCOMPARE(records->at(1).object, u"case:"_s + session->caseId());
        QVERIFY(log.verify()->intact());
    }

    void theItAdministratorMayNotAcceptAtTheCounter()
    {
        const qint64 numbers = m_vault->syncStore().receiptNumbersLeft().value();
        auto session = blockedIntake(itAdministrator);
        auto refused = session->accept(now, SupervisorOverride{u"staff.zhao"_s, u"原件已核验"_s, supervisor});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(m_vault->syncStore().receiptNumbersLeft().value(), numbers);
        AuditLog log = m_vault->auditLog();
        QCOMPARE(log.count().value(), 1);
        const AuditRecord record = log.records(1, 1).value().first();
        QCOMPARE(record.userId, itAdministrator.userId);
        QCOMPARE(record.action, QString(auditaction::accept));
        QCOMPARE(record.result, AuditResult::Refused);
    }

    void theCaseListIsScopedByRole_data()
    {
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("staffId");
        QTest::addColumn<QString>("counterId");
        QTest::addColumn<int>("expected"); // cases listed, or -1: refused
        const int mine = int(CaseFilter::Scope::Mine);
        const int counter = int(CaseFilter::Scope::Counter);
        const int hall = int(CaseFilter::Scope::Hall);
        QTest::addRow("staff: own cases") << windowStaff << mine << QString() << QString() << 2;
        QTest::addRow("staff: own counter") << windowStaff << counter << QString() << QString() << 3;
        QTest::addRow("staff: another counter") << windowStaff << counter << QString() << u"W02"_s << -1;
        QTest::addRow("staff: another's cases") << windowStaff << mine << u"staff.wang"_s << QString() << -1;
        QTest::addRow("staff: the hall") << windowStaff << hall << QString() << QString() << -1;
        QTest::addRow("supervisor: the hall") << supervisor << hall << QString() << QString() << 4;
        QTest::addRow("supervisor: a counter") << supervisor << counter << QString() << u"W02"_s << 1;
        QTest::addRow("supervisor: another's cases") << supervisor << mine << u"staff.li"_s << QString() << 2;
        QTest::addRow("IT administrator: own cases") << itAdministrator << mine << QString() << QString() << -1;
        QTest::addRow("IT administrator: the hall") << itAdministrator << hall << QString() << QString() << -1;
    }

    void theCaseListIsScopedByRole()
    {
        QFETCH(Actor, actor);
        QFETCH(int, scope);
        QFETCH(QString, staffId);
        QFETCH(QString, counterId);
        QFETCH(int, expected);
        // staff.li: two cases at W01; staff.wang: one at W01, one at W02.
        const QList<std::pair<QString, QString>> placed{{u"staff.li"_s, u"W01"_s},
                                                        {u"staff.li"_s, u"W01"_s},
                                                        {u"staff.wang"_s, u"W01"_s},
                                                        {u"staff.wang"_s, u"W02"_s}};
        SyntheticCases synthetic(7);
        QList<NewCase> batch;
        for (const auto &[staff, counter] : placed) {
            NewCase entry = synthetic.next();
            entry.caseRecord.hallId = u"TRAINING-HALL"_s;
            entry.caseRecord.staffId = staff;
            entry.caseRecord.counterId = counter;
            batch << entry;
        }
        QVERIFY(m_vault->caseStore().insertNew(batch, u"test"_s));

        CaseFilter filter;
        filter.scope = CaseFilter::Scope(scope);
        filter.staffId = staffId;
        filter.counterId = counterId;
        const CaseQuery query = m_vault->caseQuery().guardedBy(m_vault->permissionGuard(actor));
        auto page = query.page(filter, 50);
        AuditLog log = m_vault->auditLog();
        if (expected >= 0) {
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
            QCOMPARE(page->size(), expected);
            QCOMPARE(log.count().value(), 0);
            return;
        }
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(log.count().value(), 1);
        const AuditRecord record = log.records(1, 1).value().first();
        QCOMPARE(record.userId, actor.userId);
        QCOMPARE(record.action, QString(auditaction::caseListView));
        QCOMPARE(record.result, AuditResult::Refused);
        QVERIFY2(record.object.startsWith(u"case-list:"_s), qPrintable(record.object));
    }

private:
    NewCase preReviewedCase(quint32 seed)
    {
        SyntheticCases synthetic(seed);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::PreReviewed;
        entry.caseRecord.receiptNumber.clear();
        entry.caseRecord.dueDate = QDate();
        if (!m_vault->caseStore().insertNew({entry}, u"staff.li"_s))
            qWarning("could not insert a case");
        return entry;
    }

    static CaseTransition acceptOf(const NewCase &entry, const QString &actor, int number)
    {
        return CaseTransition{entry.caseRecord.id,
                              CaseEvent::Accept,
                              actor,
                              {},
                              now,
                              u"TH-2026-W01-%1"_s.arg(number, 6, 10, QChar(u'0')),
                              QDate(2026, 12, 4),
                              {}};
    }

    QStringList outboxKinds() const
    {
        QStringList kinds;
        QSqlQuery query(m_vault->database());
        if (!query.exec(u"SELECT kind FROM outbox ORDER BY seq"_s))
            return {u"(query failed)"_s};
        while (query.next())
            kinds << query.value(0).toString();
        return kinds;
    }

    // An intake at W01 for `user`, with findings that block acceptance (the
    // materials are all missing).
    std::unique_ptr<IntakeSession> blockedIntake(const Actor &user)
    {
        auto session = std::make_unique<IntakeSession>(
            m_catalogue, m_calendar, m_vault->caseStore().guardedBy(m_vault->permissionGuard(user)),
            m_vault->syncStore(), m_vault->draftStore(), m_vault->documentStore(),
            IntakeContext{user.userId, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
        session->setApplicantKind(Applicant::Kind::Person);
        session->setApplicantIdNumber(u"110101198503129011"_s);
        session->setApplicantName(u"王样例"_s);
        if (!session->chooseForm(m_catalogue.items().first().code))
            qWarning("could not choose a form");
        if (!session->review(now.date()).blocksAcceptance())
            qWarning("nothing blocks this intake");
        return session;
    }

    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "test_permissions.moc"
