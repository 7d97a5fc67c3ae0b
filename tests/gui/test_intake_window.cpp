// Whole intakes at the counter, keyboard only: a business start-up bundle
// from the first keystroke to acceptance with a receipt number, and a medical
// reimbursement with a missing invoice to a one-time correction notice. Then
// the parts: the ID or credit code checked as typed, the applicant the same in
// its section and in the form, drafts saved as the clerk types, a scan dropped
// on a material, and a supervisor's override kept with the accept event.
#include "IntakeFixture.h"
#include "IntakeKeyboard.h"
#include "ManualClock.h"
#include "TestSupport.h"
#include "dialogs/SignInDialog.h"
#include "intake/IntakeWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestIntakeWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_fixture.setUp("intake tests"); }

    void aBusinessStartUpFromFirstKeystrokeToReceipt()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QJsonObject example = completeExample(u"bundle.business-startup"_s);

        // The applicant: the future legal representative.
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        QTest::keyClick(id, Qt::Key_Return); // Enter moves on
        auto *name = window->findChild<QLineEdit *>(u"applicantName"_s);
        QTRY_VERIFY(name->hasFocus());
        type(name, u"王样例"_s);
        QTRY_VERIFY(window->findChild<QLabel *>(u"applicantIdFacts"_s)->text().contains(u"1985-03-12"_s));

        // The bundle, found by its code.
        auto *item = window->findChild<QLineEdit *>(u"itemSearch"_s);
        QVERIFY(tabTo(window, item));
        type(item, u"bundle.business-startup"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(window->session().form());
        QCOMPARE(window->session().form()->itemCodes.size(), 6);

        fillByKeyboard(window, example);
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(window->acceptButton()->isEnabled());
        QSignalSpy accepted(window, &IntakeWindow::caseAccepted);
        QSignalSpy failed(window, &IntakeWindow::failed);
        // Through the window, as the platform delivers keys, so shortcuts apply.
        QTest::keyClick(window->windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(accepted.size() + failed.size() > 0); // a shortcut animates the click
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(accepted.size(), 1);
        const auto receipt = accepted.first().first().value<AcceptanceReceipt>();
        QCOMPARE(receipt.receiptNumber, u"TH-2026-W01-000501"_s);
        QCOMPARE(receipt.itemNames.size(), 6);
        QVERIFY(receipt.dueDate.isValid());
        QCOMPARE(receipt.applicantIdMasked, u"110101********9011"_s);
        auto stored = m_fixture.vault().caseStore().load(receipt.caseId);
        QVERIFY(stored);
        QCOMPARE(stored->state, CaseState::Accepted);
        QCOMPARE(stored->receiptNumber, receipt.receiptNumber);
        // The draft is gone once the case is recorded.
        QCOMPARE(m_fixture.vault().draftStore().openDrafts(u"staff.li"_s)->size(), 0);
    }

    void aMissingInvoiceGivesACorrectionNotice()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QJsonObject example = exampleExpecting(u"yb.reimbursement"_s, u"material:invoice/missing"_s);
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        QTest::keyClick(id, Qt::Key_Return);
        type(window->findChild<QLineEdit *>(u"applicantName"_s), u"王样例"_s);
        auto *item = window->findChild<QLineEdit *>(u"itemSearch"_s);
        QVERIFY(tabTo(window, item));
        type(item, u"yb.reimbursement"_s);
        QTest::keyClick(item, Qt::Key_Return);
        fillByKeyboard(window, example);
        QVERIFY(!QTest::currentTestFailed());

        // The invoice blocks acceptance, and the panel says so once the
        // review has caught up with the last keystroke (the reviews of the
        // half-filled form, still coming in on a slow machine, list more).
        auto *findings = window->findChild<QTreeWidget *>(u"findings"_s);
        QTRY_VERIFY(findings->topLevelItemCount() >= 1 && findings->topLevelItem(0)->childCount() == 1);
        QVERIFY(window->noticeButton()->isEnabled());
        QVERIFY(!window->acceptButton()->isEnabled());
        QTreeWidgetItem *blocking = findings->topLevelItem(0);
        // Activating the finding takes the clerk to the material.
        findings->setCurrentItem(blocking->child(0));
        findings->setFocus();
        QTest::keyClick(findings, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"material:invoice"_s);

        QSignalSpy issued(window, &IntakeWindow::noticeIssued);
        QSignalSpy failed(window, &IntakeWindow::failed);
        QTest::keyClick(window->windowHandle(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(issued.size() + failed.size() > 0);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(issued.size(), 1);
        const auto notice = issued.first().first().value<CorrectionNotice>();
        QCOMPARE(notice.entries.size(), 1);
        QCOMPARE(notice.entries.first().ruleId, u"material:invoice/missing"_s);
        QVERIFY(notice.entries.first().problem.zh.contains(u"发票"_s));
        QCOMPARE(m_fixture.vault().caseStore().load(notice.caseId)->state, CaseState::CorrectionIssued);
    }

    void aScannedInvoiceIsStoredAndAttachedToTheCase()
    {
        IntakeWindow *window = openIntake();
        // Early in November: the 20 working days end within the 2026 calendar.
        window->setToday(QDate(2026, 11, 2));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QJsonObject example = exampleExpecting(u"yb.reimbursement"_s, u"material:invoice/missing"_s);
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        type(window->findChild<QLineEdit *>(u"applicantName"_s), u"王样例"_s);
        QVERIFY(window->chooseItem(u"yb.reimbursement"_s));
        fillByKeyboard(window, example);
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(!window->acceptButton()->isEnabled());
        const qint64 documentsBefore = m_fixture.documentCount();
        auto *message = window->findChild<QLabel *>(u"materialsMessage"_s);

        // A corrupt file is refused by name; nothing is stored or changed.
        const QString documents = QStringLiteral(CASEDESK_TEST_DATA "/documents/");
        QVERIFY(!window->importMaterial(u"invoice"_s, documents + u"corrupt.pdf"_s));
        QVERIFY(message->isVisibleTo(window));
        QVERIFY2(message->text().contains(u"corrupt.pdf"_s), qPrintable(message->text()));
        QCOMPARE(window->session().material(u"invoice"_s).state, MaterialState::Missing);
        QVERIFY(!window->session().document(u"invoice"_s));
        QCOMPARE(m_fixture.documentCount(), documentsBefore);

        // A real scan is stored encrypted at once and counts as received.
        QVERIFY(window->importMaterial(u"invoice"_s, documents + u"two-pages.pdf"_s));
        QVERIFY(!message->isVisibleTo(window));
        const auto document = window->session().document(u"invoice"_s);
        QVERIFY(document);
        QCOMPARE(document->fileName, u"two-pages.pdf"_s);
        QCOMPARE(window->session().material(u"invoice"_s).state, MaterialState::Received);
        QCOMPARE(m_fixture.documentCount(), documentsBefore + 1);
        QCOMPARE(window->findChild<QLabel *>(u"materialFile:invoice"_s)->text(), u"two-pages.pdf"_s);
        QVERIFY(window->findChild<QPushButton *>(u"materialView:invoice"_s)->isEnabled());
        // The draft names it, so a crash now loses nothing.
        auto drafts = m_fixture.vault().draftStore().openDrafts(u"staff.li"_s);
        QVERIFY(drafts);
        const QString caseId = window->session().caseId();
        const auto draft =
            std::find_if(drafts->cbegin(), drafts->cend(), [&](const Draft &d) { return d.id == caseId; });
        QVERIFY(draft != drafts->cend());
        QCOMPARE(draft->content[u"documents"_s][u"invoice"_s][u"sha256"_s].toString(), document->sha256);

        // Accepted, the case carries the document for the invoice.
        QTRY_VERIFY(window->acceptButton()->isEnabled());
        QSignalSpy accepted(window, &IntakeWindow::caseAccepted);
        QSignalSpy failed(window, &IntakeWindow::failed);
        window->acceptCase();
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(accepted.size(), 1);
        auto materials = m_fixture.vault().documentStore().materials(caseId);
        QVERIFY(materials);
        const auto invoice = std::find_if(materials->cbegin(), materials->cend(),
                                          [](const CaseMaterial &m) { return m.materialCode == u"invoice"; });
        QVERIFY(invoice != materials->cend());
        QCOMPARE(invoice->state, MaterialState::Received);
        QCOMPARE(invoice->documentSha256, document->sha256);
    }

    void anItemIsFoundByPartOfItsNameAndEnter()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *item = window->findChild<QLineEdit *>(u"itemSearch"_s);
        QVERIFY(tabTo(window, item));
        // Two items hold 公积金: the clerk is asked to choose, nothing is chosen.
        type(item, u"公积金"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(!window->session().form());
        auto *chosen = window->findChild<QLabel *>(u"itemChosen"_s);
        QVERIFY2(chosen->text().contains(u"2 items match"_s), qPrintable(chosen->text()));
        // One holds 公积金提取: Enter takes it.
        item->clear();
        type(item, u"公积金提取"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QTRY_VERIFY(window->session().form());
        QCOMPARE(window->session().form()->code, u"gjj.withdrawal"_s);
        window->close();
    }

    void escapeKeepsWhatWasTyped()
    {
        IntakeWindow *window = intakeWithIdTyped(u"110101198503129011"_s);
        QVERIFY(window);
        const QString caseId = window->session().caseId();
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!window->isVisible());
        const auto draft = m_fixture.savedDraft(caseId);
        QVERIFY(draft);
        QCOMPARE(draft->content[u"applicant"_s][u"idNumber"_s].toString(), u"110101198503129011"_s);

        // Reopened, the draft comes back as it was.
        auto session = m_fixture.newSession();
        QVERIFY(session->restore(draft->content));
        QCOMPARE(session->applicant().idNumber, u"110101198503129011"_s);
        QVERIFY(session->discardDraft());
    }

    void aCompanyIsCheckedByItsCreditCodeAsTyped()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *kind = window->findChild<QComboBox *>(u"applicantKind"_s);
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        auto *facts = window->findChild<QLabel *>(u"applicantIdFacts"_s);
        QVERIFY(tabTo(window, kind));
        QTest::keyClick(kind, Qt::Key_Down); // a company
        QCOMPARE(window->session().applicant().kind, Applicant::Kind::Company);
        QCOMPARE(id->accessibleName(), u"Unified social credit code"_s);

        QVERIFY(tabTo(window, id));
        type(id, u"911101013560871437"_s);
        QTRY_VERIFY2(facts->text().startsWith(u"✓"_s), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(u"Unified social credit code is well-formed"_s), qPrintable(facts->text()));
        // One character changed: the GB 32100 check character no longer fits.
        type(id, u"911101013560871430"_s);
        QTRY_VERIFY2(facts->text().startsWith(u"✕"_s), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(u"GB 32100"_s), qPrintable(facts->text()));
        QVERIFY(!facts->text().contains(u"well-formed"_s));
        window->close();
    }

    void aCitizenIdShowsBirthDateAgeAndSex()
    {
        IntakeWindow *window = openIntake(); // on 2026-11-28
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        auto *facts = window->findChild<QLabel *>(u"applicantIdFacts"_s);
        QTRY_VERIFY(id->hasFocus());
        // The 17th digit is odd for a man, even for a woman (GB 11643).
        type(id, u"110101198503129011"_s);
        QTRY_VERIFY2(facts->text().contains(u"1985-03-12"_s), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(u" 41 year"_s), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(u", male"_s), qPrintable(facts->text()));
        type(id, u"110102199007219123"_s);
        QTRY_VERIFY2(facts->text().contains(u"1990-07-21"_s), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(u" 36 year"_s), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(u", female"_s), qPrintable(facts->text()));
        window->close();
    }

    void theApplicantSectionAndTheFormAgree()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        auto *name = window->findChild<QLineEdit *>(u"applicantName"_s);
        auto *mobile = window->findChild<QLineEdit *>(u"applicantMobile"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        QVERIFY(tabTo(window, name));
        type(name, u"王样例"_s);
        QVERIFY(window->chooseItem(u"gjj.withdrawal"_s));
        const auto formBox = [window](const QString &fieldId) {
            return window->findChild<QLineEdit *>(u"field:"_s + fieldId);
        };
        QCOMPARE(formBox(u"applicantName"_s)->text(), u"王样例"_s);

        // Changed in the applicant section after the item was chosen: the
        // form shows the change.
        QVERIFY(tabTo(window, name));
        type(name, u"李测试"_s);
        QVERIFY(tabTo(window, mobile));
        type(mobile, u"19900001234"_s);
        QCOMPARE(formBox(u"applicantName"_s)->text(), u"李测试"_s);
        QCOMPARE(formBox(u"applicantMobile"_s)->text(), u"19900001234"_s);
        QCOMPARE(window->session().field(u"applicantName"_s), u"李测试"_s);

        // Changed in the form: the applicant section shows it, and it is
        // the applicant's.
        QVERIFY(tabTo(window, formBox(u"applicantId"_s)));
        type(formBox(u"applicantId"_s), u"110102199007219123"_s);
        QCOMPARE(id->text(), u"110102199007219123"_s);
        QCOMPARE(window->session().applicant().idNumber, u"110102199007219123"_s);
        QTRY_VERIFY(window->findChild<QLabel *>(u"applicantIdFacts"_s)->text().contains(u"1990-07-21"_s));
        window->close();
    }

    void draftsAreSavedWhileTheWindowStaysOpen()
    {
        IntakeWindow *window = intakeWithIdTyped(u"110101198503129011"_s);
        QVERIFY(window);
        const QString caseId = window->session().caseId();
        // A moment after typing stops, without closing or saving by hand.
        QTRY_VERIFY(m_fixture.savedDraft(caseId));
        QCOMPARE(m_fixture.savedDraft(caseId)->content[u"applicant"_s][u"idNumber"_s].toString(),
                 u"110101198503129011"_s);

        // And again after the next change.
        QVERIFY(window->chooseItem(u"gjj.withdrawal"_s));
        auto *bank = window->findChild<QLineEdit *>(u"field:bankName"_s);
        QVERIFY(tabTo(window, bank));
        type(bank, u"ICBC Dongcheng"_s);
        QTRY_COMPARE(m_fixture.savedDraft(caseId)->content[u"application"_s][u"fields"_s][u"bankName"_s].toString(),
                     u"ICBC Dongcheng"_s);
        QVERIFY(window->isVisible());
        window->close();
        QVERIFY(m_fixture.vault().draftStore().discard(caseId));
    }

    void aFileDroppedOnAMaterialRowIsImported()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(window->chooseItem(u"yb.reimbursement"_s));
        auto *row = window->findChild<QComboBox *>(u"material:invoice"_s)->parentWidget();
        auto *message = window->findChild<QLabel *>(u"materialsMessage"_s);
        const qint64 documentsBefore = m_fixture.documentCount();
        // As the file manager drags files onto the row.
        const auto drop = [row](const QStringList &names) {
            QMimeData files;
            QList<QUrl> urls;
            for (const QString &name : names)
                urls << QUrl::fromLocalFile(QStringLiteral(CASEDESK_TEST_DATA "/documents/") + name);
            files.setUrls(urls);
            QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(row, &enter);
            QDropEvent dropped(QPointF(5, 5), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(row, &dropped);
            return enter.isAccepted() && dropped.isAccepted();
        };

        // Two files at once: one file per material, nothing taken.
        QVERIFY(drop({u"sample.png"_s, u"sample.jpg"_s}));
        QTRY_VERIFY(message->isVisibleTo(window));
        QVERIFY2(message->text().contains(u"one file per material"_s), qPrintable(message->text()));
        QVERIFY(!window->session().document(u"invoice"_s));
        QCOMPARE(window->session().material(u"invoice"_s).state, MaterialState::Missing);
        QCOMPARE(m_fixture.documentCount(), documentsBefore);

        // One file: stored and attached, the material received.
        QVERIFY(drop({u"sample.png"_s}));
        QTRY_VERIFY(window->session().document(u"invoice"_s));
        QCOMPARE(window->session().document(u"invoice"_s)->fileName, u"sample.png"_s);
        QCOMPARE(window->session().material(u"invoice"_s).state, MaterialState::Received);
        QCOMPARE(m_fixture.documentCount(), documentsBefore + 1);
        QCOMPARE(window->findChild<QLabel *>(u"materialFile:invoice"_s)->text(), u"sample.png"_s);
        QVERIFY(!message->isVisibleTo(window));
        // The clerk goes on from the material's new row.
        QTRY_COMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(u"materialAttach:invoice"_s));
        window->close();
    }

    void anOverrideIsRecordedWithTheAcceptEvent()
    {
        // The supervisor's verifier here, as the platform left it at their last sign-in.
        ManualClock clock;
        auto verifier = SignInVerifier::derive(secret("training"));
        QVERIFY(verifier);
        QVERIFY(m_fixture.vault().signInStore().cache(
            {*verifier, SignedInUser{u"staff.zhao"_s, u"赵样例"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s, {}, {}},
             clock.nowUtc()}));
        SignInService service(m_fixture.vault().signInStore(), m_fixture.vault().auditLog(), clock, nullptr,
                              u"0193a5c1-7e2f-7abc-8def-0000000000dd"_s);
        IntakeWindow *window = openIntake();
        // Early in November: the 20 working days end within the 2026 calendar.
        window->setToday(QDate(2026, 11, 2));
        window->setSupervisorSignIn(&service);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        type(window->findChild<QLineEdit *>(u"applicantName"_s), u"王样例"_s);
        // Nothing on the form filled in: required fields and materials block.
        QVERIFY(window->chooseItem(u"yb.reimbursement"_s));
        auto *box = window->findChild<QGroupBox *>(u"overrideBox"_s);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(!window->acceptButton()->isEnabled());
        box->setChecked(true);

        window->findChild<QPushButton *>(u"overrideSignIn"_s)->click();
        auto *dialog = window->findChild<SignInDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"signInUser"_s), u"staff.zhao"_s);
        auto *password = dialog->findChild<QLineEdit *>(u"signInPassword"_s);
        QTest::keyClicks(password, u"training"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window->overridingSupervisor().has_value(), 20000);
        // The reason is next: the focus waits there for the dialog to go.
        auto *reason = window->findChild<QLineEdit *>(u"overrideReason"_s);
        QTRY_COMPARE(window->focusWidget(), reason);
        const QString why = u"Originals seen; the form follows by post"_s;
        QTest::keyClicks(reason, why);
        QTRY_VERIFY(window->acceptButton()->isEnabled());

        QSignalSpy accepted(window, &IntakeWindow::caseAccepted);
        QSignalSpy failed(window, &IntakeWindow::failed);
        // As the window manager gives the window back once the dialog goes.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window->windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(accepted.size() + failed.size() > 0);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        const QString caseId = accepted.first().first().value<AcceptanceReceipt>().caseId;

        auto file = m_fixture.vault().caseStore().loadFile(caseId);
        QVERIFY(file);
        const auto accept = std::find_if(file->events.cbegin(), file->events.cend(),
                                         [](const CaseEventRecord &event) { return event.kind == u"accept"; });
        QVERIFY(accept != file->events.cend());
        QCOMPARE(accept->reason, why);
        const QJsonObject override = accept->payload[u"details"_s][u"override"_s].toObject();
        QCOMPARE(override[u"supervisor"_s].toString(), u"staff.zhao"_s);
        QCOMPARE(override[u"reason"_s].toString(), why);
    }

private:
    IntakeWindow *openIntake() const { return m_fixture.openIntake(); }
    // An intake on screen with the applicant's ID number typed first, as a
    // clerk starts; null when the window never took the keyboard.
    IntakeWindow *intakeWithIdTyped(const QString &idNumber) const
    {
        IntakeWindow *window = openIntake();
        window->show();
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        if (!QTest::qWaitForWindowActive(window) || !QTest::qWaitFor([id] { return id->hasFocus(); }))
            return nullptr;
        type(id, idNumber);
        return window;
    }
    QJsonObject completeExample(const QString &code) const
    {
        return test::completeExample(m_fixture.catalogue(), code);
    }
    QJsonObject exampleExpecting(const QString &code, const QString &rule) const
    {
        return test::exampleExpecting(m_fixture.catalogue(), code, rule);
    }

    IntakeFixture m_fixture;
};

QTEST_MAIN(TestIntakeWindow)
#include "test_intake_window.moc"
