// The "needs attention" list over a real encrypted vault: a conflict the
// sync store recorded shows both versions side by side, masked; keeping the
// platform's version or sending the local change again (keyboard only)
// takes it off the list and out of the store; a change the case's state no
// longer allows cannot be sent again; a follow-up closed at another desk
// first shows this desk's note.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "domain/SyntheticCases.h"
#include "feedback/RatingStore.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "windows/ConflictsDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// The comparison's row for a field: {field, this workstation, platform}.
QStringList comparisonRow(const QTreeWidget *comparison, const QString &field)
{
    for (int row = 0; row < comparison->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = comparison->topLevelItem(row);
        if (item->text(0) == field || item->text(0).startsWith(field + u" ("_s))
            return {item->text(0), item->text(1), item->text(2)};
    }
    return {};
}

} // namespace

class TestConflictsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("conflicts tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_services = std::make_unique<WorkstationServices>(WorkstationServices{
            *catalogue, *calendar, m_vault->caseQuery(), m_vault->caseStore(), m_vault->syncStore(),
            SignedInUser{u"staff.li"_s, u"李样例"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W01"_s}, true});
    }

    void cleanup()
    {
        QSqlQuery query(m_vault->database());
        for (const QString &table : {u"outbox"_s, u"needs_attention"_s, u"case_events"_s, u"cases"_s, u"applicants"_s})
            QVERIFY(query.exec(u"DELETE FROM "_s + table));
    }

    void listsAConflictWithBothVersionsMasked()
    {
        const NewCase entry = makeConflict(1, CaseState::Accepted);
        QVERIFY(!entry.caseRecord.id.isEmpty());
        ConflictsDialog dialog(*m_services);
        QCOMPARE(dialog.itemCount(), 1);
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 1);
        // The case by the receipt number the platform gave it.
        QCOMPARE(list->topLevelItem(0)->text(0), platformReceipt(1));
        QCOMPARE(list->topLevelItem(0)->text(1), u"Withdraw"_s);
        QVERIFY(list->topLevelItem(0)->text(2).contains(u"Clashed"_s));

        QTreeWidget *comparison = dialog.comparison();
        const QStringList state = comparisonRow(comparison, u"State"_s);
        QCOMPARE(state, (QStringList{u"State (differs)"_s, u"Withdrawn"_s, u"Accepted"_s}));
        QCOMPARE(comparisonRow(comparison, u"Reason"_s).value(1), u"the applicant left"_s);
        QCOMPARE(comparisonRow(comparison, u"Changed by"_s).value(1), u"staff.li"_s);
        QCOMPARE(comparisonRow(comparison, u"Receipt number"_s).value(2), platformReceipt(1));

        // Personal data masked on both sides.
        const Applicant &a = entry.applicant;
        for (int row = 0; row < comparison->topLevelItemCount(); ++row) {
            for (int column = 1; column < 3; ++column) {
                const QString text = comparison->topLevelItem(row)->text(column);
                QVERIFY2(!text.contains(a.idNumber), qPrintable(text));
                QVERIFY2(a.mobile.isEmpty() || !text.contains(a.mobile), qPrintable(text));
                if (a.kind == Applicant::Kind::Person)
                    QVERIFY2(!text.contains(a.name), qPrintable(text));
            }
        }
        const QString idNumber = comparisonRow(comparison, u"ID number"_s).value(2);
        QVERIFY2(idNumber.startsWith(a.idNumber.left(a.kind == Applicant::Kind::Person ? 6 : 18)),
                 qPrintable(idNumber));

        // This change can go again: withdrawing an accepted case is allowed.
        QVERIFY(dialog.resubmitButton()->isEnabled());
        QVERIFY(dialog.keepPlatformButton()->toolTip().contains(u"Ctrl+K"_s));
        QVERIFY(dialog.resubmitButton()->toolTip().contains(u"Ctrl+Shift+R"_s));
    }

    void keepingThePlatformsVersionTakesItOffTheList()
    {
        const NewCase first = makeConflict(2, CaseState::Accepted);
        const NewCase second = makeConflict(3, CaseState::InProgress);
        ConflictsDialog dialog(*m_services);
        QSignalSpy settled(&dialog, &ConflictsDialog::settled);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.itemCount(), 2);
        QCOMPARE(QApplication::focusWidget(), dialog.list());
        QCOMPARE(dialog.list()->currentItem()->text(0), platformReceipt(2));

        QTest::keyClick(dialog.windowHandle(), Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE(dialog.itemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(0), platformReceipt(3));
        QCOMPARE(*m_vault->syncStore().openAttentionCount(), 1);
        QCOMPARE(m_vault->syncStore().openAttention()->first().caseId, second.caseRecord.id);
        // The platform's version stays, and nothing goes out.
        QCOMPARE(m_vault->caseStore().load(first.caseRecord.id)->state, CaseState::Accepted);
        QCOMPARE(*m_vault->syncStore().pendingOpCount(), 0);

        // The next one, with the arrow keys already on it.
        QCOMPARE(dialog.list()->currentItem()->text(0), platformReceipt(3));
        QTest::keyClick(dialog.windowHandle(), Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(settled.size(), 2);
        QCOMPARE(dialog.itemCount(), 0);
        QCOMPARE(*m_vault->syncStore().openAttentionCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(u"attentionMessage"_s)->text().contains(u"Nothing else needs attention"_s));
        QVERIFY(!dialog.keepPlatformButton()->isEnabled());
        QVERIFY(!dialog.resubmitButton()->isEnabled());

        QTest::keyClick(dialog.windowHandle(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
    }

    void sendingTheLocalChangeAgainTakesItOffTheList()
    {
        const NewCase entry = makeConflict(4, CaseState::Accepted);
        ConflictsDialog dialog(*m_services);
        QSignalSpy settled(&dialog, &ConflictsDialog::settled);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Tab goes from the list to the comparison, then to the actions.
        QCOMPARE(QApplication::focusWidget(), dialog.list());
        const QList<QWidget *> order{dialog.comparison(), dialog.keepPlatformButton(), dialog.resubmitButton(),
                                     dialog.findChild<QPushButton *>(u"closeButton"_s)};
        for (QWidget *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        QTest::keyClick(dialog.windowHandle(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE(dialog.itemCount(), 0);
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QCOMPARE(*m_vault->syncStore().openAttentionCount(), 0);
        // Made again on the platform's version, and waiting to be sent.
        QCOMPARE(m_vault->caseStore().load(entry.caseRecord.id)->state, CaseState::Withdrawn);
        auto ops = m_vault->syncStore().pendingOps(10);
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->first().baseRev, 2);
        QCOMPARE(ops->first().payload[u"actor"_s].toString(), u"staff.li"_s);
    }

    void aChangeTheStateNoLongerAllowsCannotBeSentAgain()
    {
        const NewCase entry = makeConflict(5, CaseState::Completed);
        ConflictsDialog dialog(*m_services);
        QSignalSpy settled(&dialog, &ConflictsDialog::settled);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.resubmitButton()->isEnabled());
        QVERIFY(dialog.keepPlatformButton()->isEnabled());
        // Why, in the tooltip and in words beside the buttons.
        QVERIFY2(dialog.resubmitButton()->toolTip().contains(u"\"Completed\""_s),
                 qPrintable(dialog.resubmitButton()->toolTip()));
        auto *blocker = dialog.findChild<QLabel *>(u"resubmitBlocker"_s);
        QVERIFY(blocker->isVisible());
        QVERIFY(blocker->text().contains(u"Withdraw"_s));

        QTest::keyClick(dialog.windowHandle(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCoreApplication::processEvents();
        QCOMPARE(settled.size(), 0);
        QCOMPARE(dialog.itemCount(), 1);
        QCOMPARE(*m_vault->syncStore().openAttentionCount(), 1);
        QCOMPARE(m_vault->caseStore().load(entry.caseRecord.id)->state, CaseState::Completed);
        QCOMPARE(*m_vault->syncStore().pendingOpCount(), 0);
    }

    void aRejectionShowsThePlatformsAnswer()
    {
        SyntheticCases synthetic(6);
        const NewCase entry = synthetic.next();
        QVERIFY(m_vault->caseStore().insertNew({entry}, u"staff.li"_s));
        SyncStore sync = m_vault->syncStore();
        auto ops = sync.pendingOps(10);
        QVERIFY(sync.applyResults(*ops,
                                  {{ops->at(0).opId, protocol::OpStatus::Rejected, 0, std::nullopt, u"wrong-hall"_s,
                                    u"a case of another hall"_s}}));
        QVERIFY(sendAuditRecords(sync));
        ConflictsDialog dialog(*m_services);
        QCOMPARE(dialog.itemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(1), u"New case"_s);
        QVERIFY(dialog.list()->topLevelItem(0)->text(2).contains(u"wrong-hall"_s));
        QVERIFY(comparisonRow(dialog.comparison(), u"Platform's answer"_s).value(2).contains(u"another hall"_s));
        QVERIFY(!dialog.resubmitButton()->isEnabled());
        QVERIFY(dialog.resubmitBlocker().contains(u"refused"_s));
        dialog.keepPlatform();
        QCOMPARE(dialog.itemCount(), 0);
        QCOMPARE(*m_vault->syncStore().openAttentionCount(), 0);
    }

    // Two supervisors closed the same bad rating's follow-up while apart:
    // this desk's closing came second, and its note is what the list shows.
    void aFollowUpClosedElsewhereFirstShowsThisDesksNote()
    {
        SyntheticCases synthetic(7);
        const NewCase entry = synthetic.next();
        QVERIFY(m_vault->caseStore().insertNew({entry}, u"staff.li"_s));
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(calendar);
        auto rated = m_vault->ratingStore().submit(
            {entry.caseRecord.id, RatingLevel::Dissatisfied, {}, u"W01"_s, u"staff.li"_s, {}}, *calendar);
        QVERIFY(rated && rated->followUp);
        const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);
        QVERIFY(m_vault->followUpStore(supervisor).close(rated->followUp->id, u"已电话回访"_s));

        SyncStore sync = m_vault->syncStore();
        auto ops = sync.pendingOps(20);
        QVERIFY(ops);
        QList<protocol::OpResult> results;
        for (const protocol::Op &op : std::as_const(*ops)) {
            if (op.kind == protocol::OpKind::CaseFollowUp)
                results.append({op.opId,
                                protocol::OpStatus::Conflict,
                                1,
                                protocol::CaseSnapshot{entry.caseRecord, entry.applicant},
                                {},
                                {}});
            else if (op.kind != protocol::OpKind::AuditAppend)
                results.append({op.opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}});
        }
        ops->removeIf([](const protocol::Op &op) { return op.kind == protocol::OpKind::AuditAppend; });
        QCOMPARE(results.size(), 3);
        QVERIFY(sync.applyResults(*ops, results));
        QVERIFY(sendAuditRecords(sync));

        ConflictsDialog dialog(*m_services);
        QCOMPARE(dialog.itemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(1), u"Follow-up of a bad rating closed"_s);
        QCOMPARE(comparisonRow(dialog.comparison(), u"Note"_s).value(1), u"已电话回访"_s);
        QCOMPARE(comparisonRow(dialog.comparison(), u"Changed by"_s).value(1), u"staff.zhao"_s);
        // Only a state change can go again; this one is set aside.
        QVERIFY(!dialog.resubmitButton()->isEnabled());
        dialog.keepPlatform();
        QCOMPARE(dialog.itemCount(), 0);
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"DELETE FROM follow_ups"_s) && query.exec(u"DELETE FROM ratings"_s));
    }

private:
    static QString platformReceipt(int seed) { return u"TH-2026-W02-%1"_s.arg(seed, 6, 10, QChar(u'0')); }

    // A case pre-reviewed and withdrawn here (not yet sent) while the
    // platform moved it to platformState: the withdrawal comes back as a
    // conflict, and the platform's version (revision 2) is taken.
    NewCase makeConflict(int seed, CaseState platformState)
    {
        CaseStore cases = m_vault->caseStore();
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(quint32(100 + seed));
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::PreReviewed;
        entry.caseRecord.receiptNumber.clear();
        if (!cases.insertNew({entry}, u"staff.li"_s))
            return {};
        auto ops = sync.pendingOps(10);
        if (!sync.applyResults(*ops, {{ops->at(0).opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}}}))
            return {};
        if (!cases.apply(
                {entry.caseRecord.id, CaseEvent::Withdraw, u"staff.li"_s, u"the applicant left"_s, {}, {}, {}, {}}))
            return {};
        ops = sync.pendingOps(10);
        Case platformCase = entry.caseRecord;
        platformCase.state = platformState;
        platformCase.receiptNumber = platformReceipt(seed);
        platformCase.revision = 2;
        if (!sync.applyResults(*ops,
                               {{ops->at(0).opId,
                                 protocol::OpStatus::Conflict,
                                 2,
                                 protocol::CaseSnapshot{platformCase, entry.applicant},
                                 {},
                                 {}}}))
            return {};
        if (!sendAuditRecords(sync))
            return {};
        return entry;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkstationServices> m_services;
};

QTEST_MAIN(TestConflictsDialog)
#include "test_conflicts_dialog.moc"
