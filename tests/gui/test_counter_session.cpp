// The whole counter in training mode, as a new user meets it: the reference
// platform in-process with its synthetic hall, a real encrypted vault, the
// sign-in of 李样例 at W01, and the session's own wiring from the main window
// to a PDF on disk. Keyboard only: a business start-up bundle from Ctrl+N to
// a saved receipt, and a medical reimbursement with a missing invoice to a
// saved correction notice; both PDFs are read back.
#include "CounterSession.h"
#include "IntakeKeyboard.h"
#include "PrintedPdf.h"
#include "Screenshots.h"
#include "SignIn.h"
#include "TestSupport.h"
#include "TestWorkstation.h"

#include "PlatformThread.h"
#include "TrainingHall.h"
#include "common/Clock.h"
#include "common/Localization.h"
#include "intake/IntakeWindow.h"
#include "security/AuditLog.h"
#include "storage/Vault.h"
#include "sync/PlatformClient.h"
#include "theme/CounterDisplay.h"
#include "windows/CaseDetailDialog.h"
#include "windows/MainWindow.h"
#include "windows/ReceiptDialogs.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

template<typename Widget>
Widget *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<Widget *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

// Answers the next file dialog as a clerk keeping the suggested name would:
// the folder changed to `folder`, then accepted. The dialog runs its own
// event loop, so this waits for it on a timer.
void answerNextFileDialog(const QString &folder)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, folder] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->deleteLater();
        dialog->setDirectory(folder);
        static_cast<QDialog *>(dialog)->accept(); // public there, protected in QFileDialog
    });
    poll->start(20);
}

} // namespace

class TestCounterSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_station.problem().isEmpty(), qPrintable(m_station.problem()));
        // As the program starts: Chinese on a Chinese system (the screenshots), English here.
        m_localization.install(Localization::defaultLocale());
        m_display.apply(DisplayMode{}); // the standard counter's look, banner colours and all
        PlatformOptions options;
        options.port = 0;
        options.seedTrainingHall = true;
        options.database = u"sqlite:"_s + m_platformDir.filePath(u"training-platform.db"_s);
        auto port = m_platform.start(options);
        QVERIFY2(port, port ? "" : qPrintable(port.error().message));
    }

    void init()
    {
        auto workstationId = SignIn::workstationId(m_station.vault().syncStore());
        QVERIFY(workstationId);
        PlatformClient::Options clientOptions;
        clientOptions.baseUrl = m_platform.baseUrl();
        m_client = std::make_unique<PlatformClient>(clientOptions, &m_network);
        m_signIn = std::make_unique<SignInService>(m_station.vault().signInStore(), m_station.vault().auditLog(),
                                                   Clock::system(), m_client.get(), *workstationId);
        m_workstation = std::make_unique<Workstation>(Workstation{m_station.vault(),
                                                                  m_station.catalogue(),
                                                                  m_station.calendar(),
                                                                  m_platform.baseUrl(),
                                                                  true,
                                                                  false,
                                                                  {},
                                                                  *workstationId,
                                                                  u"12345（培训）"_s,
                                                                  {},
                                                                  &m_localization,
                                                                  &m_display,
                                                                  m_signIn.get()});

        std::optional<SignInOutcome> outcome;
        m_signIn->signIn(u"staff.li"_s, secret(TrainingHall::password().toUtf8().constData()), QString(),
                         SignInPurpose::Session, [&outcome](SignInOutcome result) { outcome = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY2(outcome->signedIn(), qPrintable(outcome->message));
        outcome->user.hallName = SignIn::hallName(outcome->user.hallId, true);
        m_session = std::make_unique<CounterSession>(*m_workstation, *outcome);
        m_session->show();
        m_window = visibleTopLevel<MainWindow>();
        QVERIFY(m_window);
        m_window->activateWindow(); // no window manager under Xvfb (Screenshots.h) to do it
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        // The first round pulls the hall and reserves this counter's receipt numbers.
        QTRY_VERIFY_WITH_TIMEOUT(receiptNumbersInHand() > 0, 60000);
        QTRY_VERIFY(m_window->findChild<QTableView *>(u"caseTable"_s)->model()->rowCount() > 0);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                widget->close();
        }
        m_session.reset();
        m_workstation.reset();
        m_signIn.reset();
        m_client.reset();
    }

    void aBusinessStartUpFromCtrlNToASavedReceipt()
    {
        IntakeWindow *intake = newIntake();
        QVERIFY(intake);
        typeApplicantAndItem(intake, u"bundle.business-startup"_s);
        if (QTest::currentTestFailed())
            return;
        fillByKeyboard(intake, completeExample(m_station.catalogue(), u"bundle.business-startup"_s));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(intake->acceptButton()->isEnabled());
        screenshot(intake, u"intake-business-startup-zh"_s);
        QSignalSpy accepted(intake, &IntakeWindow::caseAccepted);
        QTest::keyClick(intake->windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(accepted.size(), 1);
        const auto receipt = accepted.first().first().value<AcceptanceReceipt>();

        // The session offers the receipt to print or save, and it is saved by keyboard.
        // The file is named after the receipt number.
        const QString path = m_outputDir.filePath(receipt.receiptNumber + u".pdf"_s);
        saveOfferedPdf(path, u"receipt-dialog-zh"_s);
        if (QTest::currentTestFailed())
            return;
        pdf::keepForInspection(path, u"session-receipt"_s);
        const auto text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(pdf::compact(u"受理回执"_s)));
        QVERIFY(text.value.contains(pdf::compact(receipt.receiptNumber)));
        QVERIFY(text.value.contains(pdf::compact(u"110101********9011"_s)));
        QVERIFY(!text.value.contains(u"110101198503129011"_s));
        for (const LocalizedText &item : receipt.itemNames)
            QVERIFY2(text.value.contains(pdf::compact(item.zh)), qPrintable(item.zh));
        const auto codes = pdf::qrCodes(path);
        QVERIFY2(codes.ok(), qPrintable(codes.problem));
        QCOMPARE(codes.value.trimmed(), receipt.receiptNumber);
        // The case is on the counter's list, and the save is on the audit record.
        QCOMPARE(auditRecordsOf(auditaction::print, u"case:"_s + receipt.caseId), 1);

        // Found again on the list by its receipt number, and opened.
        screenshot(m_window, u"main-window-zh"_s);
        QTest::keyClick(m_window->windowHandle(), Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(u"caseSearch"_s);
        QTRY_VERIFY(search->hasFocus());
        type(search, receipt.receiptNumber);
        auto *table = m_window->findChild<QTableView *>(u"caseTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(tabTo(m_window, table));
        QTest::keyClick(table, Qt::Key_O, Qt::ControlModifier);
        CaseDetailDialog *detail = nullptr;
        QTRY_VERIFY((detail = visibleTopLevel<CaseDetailDialog>()) != nullptr);
        QTRY_VERIFY(detail->isVisible());
        QCOMPARE(detail->caseFile().caseRecord.id, receipt.caseId);
        screenshot(detail, u"case-detail-zh"_s);
    }

    void aMissingInvoiceFromCtrlNToASavedCorrectionNotice()
    {
        IntakeWindow *intake = newIntake();
        QVERIFY(intake);
        typeApplicantAndItem(intake, u"yb.reimbursement"_s);
        if (QTest::currentTestFailed())
            return;
        fillByKeyboard(intake,
                       exampleExpecting(m_station.catalogue(), u"yb.reimbursement"_s, u"material:invoice/missing"_s));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(intake->noticeButton()->isEnabled());
        QVERIFY(!intake->acceptButton()->isEnabled());
        screenshot(intake, u"intake-missing-invoice-zh"_s);
        QSignalSpy issued(intake, &IntakeWindow::noticeIssued);
        QTest::keyClick(intake->windowHandle(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(issued.size(), 1);
        const auto notice = issued.first().first().value<CorrectionNotice>();

        const QString path = m_outputDir.filePath(notice.noticeNumber + u".pdf"_s);
        saveOfferedPdf(path, u"notice-dialog-zh"_s);
        if (QTest::currentTestFailed())
            return;
        pdf::keepForInspection(path, u"session-notice"_s);
        const auto text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(pdf::compact(u"一次性告知书"_s)));
        QVERIFY(text.value.contains(pdf::compact(notice.noticeNumber)));
        QCOMPARE(notice.entries.size(), 1);
        QVERIFY(text.value.contains(pdf::compact(notice.entries.first().problem.zh)));
        QVERIFY(text.value.contains(pdf::compact(notice.entries.first().remedy.zh)));
    }

private:
    qint64 receiptNumbersInHand() const
    {
        const auto left = m_station.vault().syncStore().receiptNumbersLeft();
        return left ? *left : 0;
    }

    // Ctrl+N in the main window: the session opens an intake.
    IntakeWindow *newIntake()
    {
        QTest::keyClick(m_window->windowHandle(), Qt::Key_N, Qt::ControlModifier);
        QDeadlineTimer deadline(5000);
        IntakeWindow *intake = nullptr;
        while (!(intake = visibleTopLevel<IntakeWindow>()) && !deadline.hasExpired())
            QTest::qWait(20);
        if (!intake)
            return nullptr;
        intake->activateWindow();
        if (!QTest::qWaitForWindowActive(intake))
            return nullptr;
        // The bundled calendar ends with 2026: promised dates must fall within it.
        intake->setToday(QDate(2026, 11, 28));
        return intake;
    }

    void typeApplicantAndItem(IntakeWindow *intake, const QString &itemCode)
    {
        auto *id = intake->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QVERIFY(id);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        QTest::keyClick(id, Qt::Key_Return);
        auto *name = intake->findChild<QLineEdit *>(u"applicantName"_s);
        QTRY_VERIFY(name->hasFocus());
        type(name, u"王样例"_s);
        auto *item = intake->findChild<QLineEdit *>(u"itemSearch"_s);
        QVERIFY(tabTo(intake, item));
        type(item, itemCode);
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(intake->session().form());
    }

    // The dialog the session opened after the intake: Tab to "Save as PDF",
    // Space, and the file dialog answered with the folder of `path`.
    // shotName: the dialog's screenshot (Screenshots.h).
    void saveOfferedPdf(const QString &path, const QString &shotName)
    {
        PrintOutcomeDialog *offered = nullptr;
        QTRY_VERIFY((offered = visibleTopLevel<PrintOutcomeDialog>()) != nullptr);
        offered->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(offered));
        screenshot(offered, shotName);
        QSignalSpy printed(offered, &PrintOutcomeDialog::printed);
        QVERIFY(tabTo(offered, offered->saveButton()));
        answerNextFileDialog(QFileInfo(path).absolutePath());
        QTest::keyClick(offered->saveButton(), Qt::Key_Space);
        QTRY_COMPARE(printed.size(), 1);
        QCOMPARE(printed.first().at(0).toString(), path);
        QVERIFY(QFileInfo(path).size() > 0);
        // Done with it: Esc, and the main window is the clerk's again (as a
        // window manager would activate it; offscreen there is none).
        QTest::keyClick(offered, Qt::Key_Escape);
        QTRY_VERIFY(!visibleTopLevel<PrintOutcomeDialog>());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    qint64 auditRecordsOf(QLatin1StringView action, const QString &object) const
    {
        auto records = m_station.vault().auditLog().records(1, 100000);
        if (!records)
            return -1;
        return std::count_if(records->begin(), records->end(), [&](const AuditRecord &record) {
            return record.action == action && record.object == object;
        });
    }

    Localization m_localization;
    CounterDisplay m_display;
    TestWorkstation m_station{"counter session tests"};
    QTemporaryDir m_platformDir;
    QTemporaryDir m_outputDir;
    PlatformThread m_platform;
    QNetworkAccessManager m_network;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<CounterSession> m_session;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestCounterSession)
#include "test_counter_session.moc"
