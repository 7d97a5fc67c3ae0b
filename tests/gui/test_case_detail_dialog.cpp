// The case detail over a real encrypted vault: a case taken in at the
// counter (a correction notice, the materials brought again, accepted on a
// supervisor's override, then processed) shows its history, materials and
// findings; the result is handed over with the keyboard alone, and only in a
// state that allows it.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "domain/SyntheticCases.h"
#include "domain/calendar/Deadline.h"
#include "intake/IntakeSession.h"
#include "keys/PassphraseKeyStore.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Vault.h"
#include "windows/CaseDetailDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString applicantId = u"110101198503129011"_s;
const QString applicantName = u"王样例"_s;

QStringList columnTexts(const QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        texts << tree->topLevelItem(row)->text(column);
    return texts;
}

// Every text of a tree, children included.
QString allText(const QTreeWidget *tree)
{
    QStringList texts;
    QList<QTreeWidgetItem *> pending;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        pending << tree->topLevelItem(row);
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        for (int column = 0; column < item->columnCount(); ++column)
            texts << item->text(column);
        for (int child = 0; child < item->childCount(); ++child)
            pending << item->child(child);
    }
    return texts.join(u'\n');
}

} // namespace

class TestCaseDetailDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("case detail tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        QVERIFY(m_vault->syncStore().addReceiptBlock(
            {u"0193a5c1-7e2f-7abc-8def-00000000000a"_s, u"TH-2026-W01-"_s, 501, 600}));
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_services = std::make_unique<WorkstationServices>(WorkstationServices{
            *catalogue, *calendar, m_vault->caseQuery(), m_vault->caseStore(), m_vault->syncStore(),
            SignedInUser{u"staff.li"_s, u"李样例"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W01"_s}, true});
    }

    void showsTheCaseItsHistoryMaterialsAndFindings()
    {
        const QString caseId = intakeCaseInProgress();
        QVERIFY(!caseId.isEmpty());
        const Case stored = *m_vault->caseStore().load(caseId);
        CaseDetailDialog dialog(*m_services, m_vault->documentStore(), caseId);

        QCOMPARE(dialog.findChild<QLabel *>(u"caseReceipt"_s)->text(), stored.receiptNumber);
        QVERIFY(dialog.windowTitle().contains(stored.receiptNumber));
        QCOMPARE(dialog.findChild<QLabel *>(u"caseState"_s)->text(), u"In progress"_s);
        // Masked by default: the surname, the ID's first 6 and last 4.
        const QString applicant = dialog.findChild<QLabel *>(u"caseApplicant"_s)->text();
        QVERIFY2(applicant.contains(u"王**"_s), qPrintable(applicant));
        QVERIFY2(applicant.contains(u"110101********9011"_s), qPrintable(applicant));
        QVERIFY(!applicant.contains(applicantName));
        QVERIFY(!applicant.contains(applicantId));

        // The deadline on the working-day calendar, in words.
        auto *deadline = dialog.findChild<QLabel *>(u"caseDeadline"_s);
        const QDate dayBefore = *m_services->calendar.addWorkingDays(stored.dueDate.addDays(-10), 1);
        const int left = *Deadline{QDate(), 0, stored.dueDate}.workingDaysLeft(m_services->calendar, dayBefore);
        QVERIFY(left > 0);
        dialog.setToday(dayBefore);
        QVERIFY2(deadline->text().contains(u"%1 working day"_s.arg(left)) && deadline->text().contains(u"left"_s),
                 qPrintable(deadline->text()));
        QVERIFY(deadline->text().contains(QLocale().toString(stored.dueDate, QLocale::LongFormat)));
        dialog.setToday(stored.dueDate);
        QVERIFY2(deadline->text().contains(u"due today"_s), qPrintable(deadline->text()));
        dialog.setToday(*m_services->calendar.addWorkingDays(stored.dueDate, 2));
        QVERIFY2(deadline->text().contains(u"overdue"_s), qPrintable(deadline->text()));

        // The timeline, oldest first, as recorded.
        auto *timeline = dialog.findChild<QTreeWidget *>(u"caseTimeline"_s);
        QCOMPARE(columnTexts(timeline, 1),
                 (QStringList{u"Case recorded"_s, u"Material updated"_s, u"Correction notice issued"_s,
                              u"Materials resubmitted"_s, u"Accepted"_s, u"Processing started"_s}));
        QCOMPARE(columnTexts(timeline, 2).first(), u"staff.li"_s);
        QVERIFY(columnTexts(timeline, 3).at(4).contains(stored.receiptNumber));
        QVERIFY(columnTexts(timeline, 3).at(4).contains(u"supervisor override by zhang.supervisor"_s));

        // The materials, with the scan kept in the vault.
        auto *materials = dialog.findChild<QTreeWidget *>(u"caseMaterials"_s);
        const auto form = m_services->catalogue.form(stored.itemCode);
        QCOMPARE(materials->topLevelItemCount(), form->materials.size());
        QTreeWidgetItem *scanned = nullptr;
        for (int row = 0; row < materials->topLevelItemCount(); ++row) {
            if (materials->topLevelItem(row)->text(0).startsWith(m_attachedMaterialName))
                scanned = materials->topLevelItem(row);
        }
        QVERIFY(scanned);
        QCOMPARE(scanned->text(1), u"Received"_s);
        QVERIFY(scanned->text(2).startsWith(u"scan in the vault"_s));
        materials->setCurrentItem(scanned);
        QVERIFY(dialog.findChild<QPushButton *>(u"viewDocumentButton"_s)->isEnabled());

        // What pre-review found: the correction notice, the review at
        // acceptance and the override.
        const QString findings = allText(dialog.findChild<QTreeWidget *>(u"caseFindings"_s));
        QVERIFY2(findings.contains(u"correction notice"_s), qPrintable(findings));
        QVERIFY2(findings.contains(u"Blocks acceptance"_s), qPrintable(findings));
        QVERIFY2(findings.contains(m_blockingMessage), qPrintable(findings));
        QVERIFY(findings.contains(u"supervisor zhang.supervisor, reason: the original was seen at the counter"_s));

        QVERIFY(dialog.handOverButton()->isEnabled());
        QVERIFY(dialog.handOverBlocker().isEmpty());
    }

    void handsOverTheResultWithTheKeyboardAlone()
    {
        const QString caseId = intakeCaseInProgress();
        QVERIFY(!caseId.isEmpty());
        const VaultCounts before = *m_vault->caseStore().counts();
        CaseDetailDialog dialog(*m_services, m_vault->documentStore(), caseId);
        QSignalSpy changed(&dialog, &CaseDetailDialog::caseChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.handOverButton()->toolTip().contains(u"Ctrl+Return"_s));

        // Tab to how it is handed over, choose "By post" with the arrows.
        auto *delivery = dialog.findChild<QComboBox *>(u"deliveryMethod"_s);
        QVERIFY(tabTo(&dialog, delivery));
        QTest::keyClick(delivery, Qt::Key_Down);
        QCOMPARE(delivery->currentData().toString(), u"post"_s);
        // Tab goes on to the hand-over, then Close.
        QTest::keyClick(delivery, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.handOverButton());
        QTest::keyClick(dialog.handOverButton(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"closeButton"_s);

        // Esc at the question changes nothing.
        int answered = 0;
        answerNextMessageBox(Qt::Key_Escape, &answered);
        QTest::keyClick(dialog.windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(answered, 1);
        QCOMPARE(m_vault->caseStore().load(caseId)->state, CaseState::InProgress);
        QCOMPARE(changed.size(), 0);

        // Enter at the question hands it over.
        // (Offscreen there is no window manager to give the dialog back its
        // activation when the question closes.)
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        answerNextMessageBox(Qt::Key_Return, &answered);
        QTest::keyClick(dialog.windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(answered, 2);
        QCOMPARE(changed.first().first().toString(), caseId);

        auto file = m_vault->caseStore().loadFile(caseId);
        QCOMPARE(file->caseRecord.state, CaseState::Completed);
        const CaseEventRecord &last = file->events.last();
        QCOMPARE(last.kind, u"complete"_s);
        QCOMPARE(last.actor, u"staff.li"_s);
        QCOMPARE(last.payload[u"details"_s][u"delivery"_s].toString(), u"post"_s);
        // Its op waits in the outbox for the platform.
        const VaultCounts after = *m_vault->caseStore().counts();
        QCOMPARE(after.pendingOps, before.pendingOps + 1);

        // The dialog shows the new state, and hands over no more.
        QCOMPARE(dialog.findChild<QLabel *>(u"caseState"_s)->text(), u"Completed"_s);
        QCOMPARE(dialog.findChild<QTreeWidget *>(u"caseTimeline"_s)->topLevelItemCount(), int(file->events.size()));
        QVERIFY(!dialog.handOverButton()->isEnabled());
        QVERIFY(dialog.handOverBlocker().contains(u"handed over already"_s));

        // Esc closes.
        QTest::keyClick(dialog.windowHandle(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void handingOverIsDisabledWhereTheStateDoesNotAllowIt_data()
    {
        QTest::addColumn<int>("stateValue");
        QTest::addColumn<QString>("why");
        QTest::addRow("accepted, not yet processed") << int(CaseState::Accepted) << u"Processing has not started"_s;
        QTest::addRow("correction notice issued") << int(CaseState::CorrectionIssued) << u"not been accepted"_s;
        QTest::addRow("withdrawn") << int(CaseState::Withdrawn) << u"has ended (Withdrawn)"_s;
    }

    void handingOverIsDisabledWhereTheStateDoesNotAllowIt()
    {
        QFETCH(int, stateValue);
        QFETCH(QString, why);
        const auto state = CaseState(stateValue);
        SyntheticCases synthetic(quint32(40 + int(state)));
        NewCase entry = synthetic.next();
        entry.caseRecord.state = state;
        entry.caseRecord.receiptNumber =
            hasReceiptNumber(state) ? u"TH-2026-W01-9%1"_s.arg(int(state), 5, 10, QChar(u'0')) : QString();
        QVERIFY(m_vault->caseStore().insertNew({entry}, u"staff.li"_s));
        const VaultCounts before = *m_vault->caseStore().counts();

        CaseDetailDialog dialog(*m_services, m_vault->documentStore(), entry.caseRecord.id);
        QSignalSpy changed(&dialog, &CaseDetailDialog::caseChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.handOverButton()->isEnabled());
        // Why, in the tooltip (with the key) and in words beside the button.
        QVERIFY2(dialog.handOverButton()->toolTip().contains(why), qPrintable(dialog.handOverButton()->toolTip()));
        QVERIFY(dialog.handOverButton()->toolTip().contains(u"Ctrl+Return"_s));
        auto *blocker = dialog.findChild<QLabel *>(u"handOverBlocker"_s);
        QVERIFY(blocker->isVisible());
        QVERIFY(blocker->text().contains(why));

        // The key does nothing: no question, no change.
        QTest::keyClick(dialog.windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_vault->caseStore().load(entry.caseRecord.id)->state, state);
        const VaultCounts after = *m_vault->caseStore().counts();
        QCOMPARE(after.caseEvents, before.caseEvents);
        QCOMPARE(after.pendingOps, before.pendingOps);
    }

    void tabsOpenWithTheirKeys()
    {
        SyntheticCases synthetic(77);
        const NewCase entry = synthetic.next();
        QVERIFY(m_vault->caseStore().insertNew({entry}, u"staff.li"_s));
        CaseDetailDialog dialog(*m_services, m_vault->documentStore(), entry.caseRecord.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(u"caseTabs"_s);
        QVERIFY(tabs->tabToolTip(1).contains(u"Ctrl+2"_s));
        QTest::keyClick(dialog.windowHandle(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == u"caseMaterials"_s);
        QTest::keyClick(dialog.windowHandle(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        // No pre-review recorded for a case made up here: it says so.
        QVERIFY(allText(dialog.findChild<QTreeWidget *>(u"caseFindings"_s)).contains(u"No pre-review"_s));
        QTest::keyClick(dialog.windowHandle(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void revealingPersonalDataIsExplicitAndRecorded()
    {
        const QString caseId = intakeCaseInProgress();
        QVERIFY(!caseId.isEmpty());
        AuditLog audit = m_vault->auditLog();
        const qint64 before = *audit.count();
        const Actor clerk = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);
        WorkstationServices services = *m_services;
        services.caseStore = m_vault->caseStore().guardedBy(m_vault->permissionGuard(clerk));

        CaseDetailDialog dialog(services, m_vault->documentStore(), caseId);
        auto *applicant = dialog.findChild<QLabel *>(u"caseApplicant"_s);
        QVERIFY(!applicant->text().contains(applicantId));
        auto opened = audit.records(before + 1, 10);
        QVERIFY(opened);
        QCOMPARE(opened->size(), 1);
        QCOMPARE(opened->first().action, u"case.open"_s);
        QCOMPARE(opened->first().object, u"case:"_s + caseId);
        QCOMPARE(opened->first().userId, u"staff.li"_s);

        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.revealButton()->isHidden());
        QTest::keyClick(&dialog, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY2(applicant->text().contains(applicantId),
                     qPrintable(dialog.findChild<QLabel *>(u"caseDetailProblem"_s)->text()));
        QVERIFY(applicant->text().contains(applicantName));
        auto revealed = audit.records(before + 2, 10);
        QVERIFY(revealed);
        QCOMPARE(revealed->size(), 1);
        QCOMPARE(revealed->first().action, u"personal-data.reveal"_s);
        QCOMPARE(revealed->first().result, AuditResult::Succeeded);
        QVERIFY(revealed->first().details.contains(u"applicant"_s));
        // The record names the field, never the value.
        QVERIFY(!revealed->first().details.contains(applicantId));

        QTest::keyClick(&dialog, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!applicant->text().contains(applicantId));
        QCOMPARE(*audit.count(), before + 2); // masking again needs no record
    }

    void aUserWhoMayNotSeeTheCaseIsRefusedAndThatIsRecorded()
    {
        const QString caseId = intakeCaseInProgress();
        QVERIFY(!caseId.isEmpty());
        AuditLog audit = m_vault->auditLog();
        const qint64 before = *audit.count();
        // IT administrators keep the workstation running and see no case.
        const Actor admin = Actor::fromRoleNames(u"it.zhao"_s, {u"it-admin"_s}, u"TRAINING-HALL"_s);
        WorkstationServices services = *m_services;
        services.caseStore = m_vault->caseStore().guardedBy(m_vault->permissionGuard(admin));

        CaseDetailDialog dialog(services, m_vault->documentStore(), caseId);
        auto *problem = dialog.findChild<QLabel *>(u"caseDetailProblem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"could not be read"_s), qPrintable(problem->text()));
        QVERIFY(!dialog.findChild<QLabel *>(u"caseApplicant"_s)->text().contains(u"王"_s));
        auto refused = audit.records(before + 1, 10);
        QVERIFY(refused);
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().userId, u"it.zhao"_s);
        QCOMPARE(refused->first().result, AuditResult::Refused);
        QCOMPARE(refused->first().object, u"case:"_s + caseId);
    }

    void withNobodySignedInPersonalDataStaysMasked()
    {
        const QString caseId = intakeCaseInProgress();
        QVERIFY(!caseId.isEmpty());
        CaseDetailDialog dialog(*m_services, m_vault->documentStore(), caseId);
        dialog.toggleReveal();
        QVERIFY(!dialog.findChild<QLabel *>(u"caseApplicant"_s)->text().contains(applicantId));
        auto *problem = dialog.findChild<QLabel *>(u"caseDetailProblem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"stays masked"_s), qPrintable(problem->text()));
    }

    void anUnknownCaseIsSaidSo()
    {
        CaseDetailDialog dialog(*m_services, m_vault->documentStore(), u"0193a5c1-7e2f-7abc-8def-00000000dead"_s);
        auto *problem = dialog.findChild<QLabel *>(u"caseDetailProblem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(u"could not be read"_s));
        QVERIFY(!dialog.handOverButton()->isEnabled());
    }

private:
    // Moves the focus with Tab, as a clerk would, until it reaches target.
    static bool tabTo(QWidget *window, QWidget *target)
    {
        QStringList visited;
        for (int presses = 0; presses < 40; ++presses) {
            QCoreApplication::processEvents();
            if (QApplication::focusWidget() == target)
                return true;
            visited << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s);
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
        }
        qWarning("never reached %s: %s", qPrintable(target->objectName()), qPrintable(visited.join(u' ')));
        return QApplication::focusWidget() == target;
    }

    // Answers the next question with a key, as the clerk would; a shortcut
    // animates its click, so the question comes a moment later.
    void answerNextMessageBox(Qt::Key key, int *answered)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, key, answered] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->stop();
            poll->deleteLater();
            ++*answered;
            QTest::keyClick(box, key);
        });
        poll->start();
    }

    // A case as the counter makes it: a correction notice for what blocks,
    // the materials brought again, accepted on a supervisor's override with a
    // scan attached, then taken into processing.
    QString intakeCaseInProgress()
    {
        const Catalogue &catalogue = m_services->catalogue;
        for (const CatalogueExample &example : catalogue.examples()) {
            if (example.expectedRuleIds.isEmpty())
                continue;
            auto form = catalogue.form(example.formCode);
            if (!form || form->applicantType != ApplicantType::Person)
                continue;
            auto application = Application::fromJson(example.application);
            if (!application)
                continue;
            QString scannedMaterial;
            for (const MaterialDefinition &material : std::as_const(form->materials)) {
                if (application->materials.value(material.id).state == MaterialState::Received) {
                    scannedMaterial = material.id;
                    m_attachedMaterialName = material.name.en;
                    break;
                }
            }
            if (scannedMaterial.isEmpty())
                continue;

            IntakeSession session(
                catalogue, m_services->calendar, m_vault->caseStore(), m_vault->syncStore(), m_vault->draftStore(),
                m_vault->documentStore(),
                IntakeContext{
                    u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
            session.setApplicantKind(Applicant::Kind::Person);
            session.setApplicantIdNumber(applicantId);
            session.setApplicantName(applicantName);
            if (!session.chooseForm(example.formCode))
                continue;
            for (auto it = application->fields.cbegin(); it != application->fields.cend(); ++it)
                session.setField(it.key(), it.value());
            for (auto it = application->materials.cbegin(); it != application->materials.cend(); ++it)
                session.setMaterial(it.key(), it.value());
            if (!session.attachDocument(
                    scannedMaterial, ImportedDocument{u"scan.png"_s, DocumentFormat::Png, u"image/png"_s, pngBytes()}))
                return {};
            const PreReviewReport report = session.review(example.reviewDate);
            if (!report.blocksAcceptance())
                continue;
            m_blockingMessage = report.blocking().first().message.en;
            const QDateTime issued(example.reviewDate, QTime(2, 0), Qt::UTC);
            if (!session.issueCorrectionNotice(issued))
                return {};
            CaseStore cases = m_vault->caseStore();
            if (!cases.apply(
                    {session.caseId(), CaseEvent::Resubmit, u"staff.li"_s, {}, issued.addSecs(3600), {}, {}, {}}))
                return {};
            auto receipt = session.accept(issued.addSecs(7200),
                                          SupervisorOverride{u"zhang.supervisor"_s,
                                                             u"the original was seen at the "
                                                             "counter"_s});
            if (!receipt) {
                qWarning("%s", qPrintable(receipt.error().message));
                return {};
            }
            if (!cases.apply({session.caseId(),
                              CaseEvent::StartProcessing,
                              u"staff.wang"_s,
                              {},
                              issued.addSecs(10800),
                              {},
                              {},
                              {}}))
                return {};
            return session.caseId();
        }
        qWarning("no catalogue example trips a blocking rule for a person with a received material");
        return {};
    }

    static QByteArray pngBytes()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkstationServices> m_services;
    QString m_attachedMaterialName;
    QString m_blockingMessage;
};

QTEST_MAIN(TestCaseDetailDialog)
#include "test_case_detail_dialog.moc"
