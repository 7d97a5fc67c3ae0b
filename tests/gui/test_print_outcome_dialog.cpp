#include "PrintedPdf.h"
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "security/AuditLog.h"
#include "storage/Vault.h"
#include "windows/PrintAudit.h"
#include "windows/ReceiptDialogs.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;
using namespace Qt::StringLiterals;
namespace pdf = casedesk::test::pdf;

namespace {

// A synthetic applicant: the ID number is valid in form, and fake.
AcceptanceReceipt pensionReceipt()
{
    AcceptanceReceipt receipt;
    receipt.receiptNumber = u"YL01-20261130-0193B0000001"_s;
    receipt.caseId = u"0193b000-0000-7000-8000-000000000001"_s;
    receipt.hallName = {u"样例市政务服务中心"_s, u"Sample City Government Service Centre"_s};
    receipt.counter = u"5号窗口"_s;
    receipt.staffId = u"S0501"_s;
    receipt.applicantName = u"赵样例"_s;
    receipt.applicantIdMasked = u"110102********9123"_s;
    receipt.formCode = u"pension.certification"_s;
    receipt.formName = {u"养老金领取资格认证"_s, u"Pension qualification certification"_s};
    receipt.itemNames = {receipt.formName};
    receipt.acceptedUtc = QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
    receipt.promisedWorkingDays = 1;
    receipt.dueDate = QDate(2026, 12, 1);
    receipt.materials = {{LocalizedText{u"居民身份证"_s, u"Resident ID card"_s},
                          ReceivedMaterial::Form::Original,
                          0,
                          ReceivedMaterial::How::Received,
                          {}}};
    receipt.enquiryPhone = u"0311-12345678"_s;
    return receipt;
}

CorrectionNotice transferNotice()
{
    CorrectionNotice notice;
    notice.noticeNumber = u"GZ-20261130-0193B0000002"_s;
    notice.caseId = u"0193b000-0000-7000-8000-000000000002"_s;
    notice.hallName = {u"样例市政务服务中心"_s, u"Sample City Government Service Centre"_s};
    notice.counter = u"5号窗口"_s;
    notice.staffId = u"S0501"_s;
    notice.applicantName = u"钱样例"_s;
    notice.applicantIdMasked = u"110102********9123"_s;
    notice.formCode = u"household.transfer"_s;
    notice.formName = {u"户口迁移"_s, u"Household registration transfer"_s};
    notice.itemNames = {notice.formName};
    notice.issuedOn = QDate(2026, 11, 30);
    notice.entries = {{u"material.permit"_s, LocalizedText{u"准予迁入证明"_s, u"Permit to move in"_s},
                       LocalizedText{u"未提交"_s, u"Not brought"_s},
                       LocalizedText{u"请携带迁入地公安机关出具的准予迁入证明"_s,
                                     u"Bring the permit issued by the police of the destination"_s}}};
    return notice;
}

QPrinter *pdfPrinter(const QString &path)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    return printer;
}

} // namespace

class TestPrintOutcomeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void theSummaryMasksTheApplicant()
    {
        auto dialog = receiptDialog(pensionReceipt(), nullptr);
        const auto *summary = dialog->findChild<QLabel *>(u"outcomeText"_s);
        QVERIFY(summary);
        QVERIFY(summary->text().contains(u"YL01-20261130-0193B0000001"_s));
        QVERIFY(summary->text().contains(u"赵"_s));
        QVERIFY2(!summary->text().contains(u"赵样例"_s), qPrintable(summary->text()));
    }

    void printingTheReceiptPrintsTheReceiptInTheChosenLanguage()
    {
        auto dialog = receiptDialog(pensionReceipt(), nullptr);
        QSignalSpy printed(dialog.get(), &PrintOutcomeDialog::printed);
        dialog->setLanguage(PrintLanguage::Chinese);
        const QString path = m_dir.filePath(u"receipt.pdf"_s);
        std::unique_ptr<QPrinter> printer(pdfPrinter(path));
        QVERIFY(dialog->printTo(printer.get()));
        QCOMPARE(printed.count(), 1);
        QCOMPARE(printed.first().first().toString(), path);
        QCOMPARE(printed.first().at(1).toBool(), true); // a PDF printer writes a file

        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(pdf::compact(u"受理回执"_s)));
        QVERIFY(text.value.contains(pdf::compact(u"YL01-20261130-0193B0000001"_s)));
        QVERIFY(text.value.contains(pdf::compact(u"养老金领取资格认证"_s)));
        QVERIFY2(!text.value.contains(u"Pensionqualification"_s), qPrintable(text.value));

        dialog->setLanguage(PrintLanguage::Bilingual);
        QVERIFY(dialog->printTo(printer.get()));
        const pdf::Answer both = pdf::compactText(path);
        QVERIFY2(both.ok(), qPrintable(both.problem));
        QVERIFY(both.value.contains(u"Pensionqualificationcertification"_s));
        QVERIFY(both.value.contains(pdf::compact(u"养老金领取资格认证"_s)));
        const pdf::Answer codes = pdf::qrCodes(path);
        QVERIFY2(codes.ok(), qPrintable(codes.problem));
        QVERIFY(codes.value.contains(u"YL01-20261130-0193B0000001"_s));
    }

    void savingTheNoticeWritesTheNotice()
    {
        auto dialog = correctionNoticeDialog(transferNotice(), nullptr);
        dialog->setLanguage(PrintLanguage::Chinese);
        const QString path = m_dir.filePath(u"notice.pdf"_s);
        QVERIFY(dialog->saveTo(path));
        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(pdf::compact(u"一次性告知书"_s)));
        QVERIFY(text.value.contains(pdf::compact(u"准予迁入证明"_s)));
        QVERIFY(text.value.contains(pdf::compact(u"GZ-20261130-0193B0000002"_s)));
    }

    void aFolderThatCannotBeWrittenIsReportedAndNothingIsSignalled()
    {
        auto dialog = correctionNoticeDialog(transferNotice(), nullptr);
        QSignalSpy printed(dialog.get(), &PrintOutcomeDialog::printed);
        QString warning;
        // The warning box is modal: read and close it as the clerk would.
        QTimer::singleShot(0, this, [&warning] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            warning = box->text();
            box->accept();
        });
        QVERIFY(!dialog->saveTo(m_dir.filePath(u"no-such-folder/notice.pdf"_s)));
        QCOMPARE(printed.count(), 0);
        QVERIFY2(warning.contains(u"The case is saved"_s), qPrintable(warning));
        const auto *status = dialog->findChild<QLabel *>(u"printStatus"_s);
        QVERIFY(status->text().startsWith(u"Not printed"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"no-such-folder/notice.pdf"_s)));
    }

    void theButtonsShowTheirShortcuts()
    {
        auto dialog = receiptDialog(pensionReceipt(), nullptr);
        QCOMPARE(dialog->printButton()->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(dialog->saveButton()->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(dialog->printButton()->toolTip().contains(
            QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
        QVERIFY(dialog->saveButton()->toolTip().contains(
            QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    }

    // What CounterSession does with every receipt and notice dialog.
    void everyPrintAndSaveLeavesATraceWithoutTheFileName()
    {
        const Profile profile(m_dir.filePath(u"profile"_s));
        PassphraseKeyStore keys(profile.keyFilePath(), test::secret("print audit tests"));
        auto vault = Vault::create(profile, keys, Profile::newProfileId());
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        const Actor clerk = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);
        AuditLog log = (*vault)->auditLog();
        const qint64 before = *log.count();

        const AcceptanceReceipt receipt = pensionReceipt();
        auto dialog = receiptDialog(receipt, nullptr);
        QStringList failures;
        auditPrints(*dialog, (*vault)->permissionGuard(clerk), receipt.caseId, u"receipt"_s,
                    [&failures](const QString &message) { failures << message; });
        // Named after the applicant, as a clerk might save it.
        const QString path = m_dir.filePath(u"赵样例-receipt.pdf"_s);
        std::unique_ptr<QPrinter> printer(pdfPrinter(path));
        QVERIFY(dialog->printTo(printer.get()));
        QVERIFY(dialog->saveTo(path));

        auto records = log.records(before + 1, 10);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        for (const AuditRecord &record : *records) {
            QCOMPARE(record.userId, u"staff.li"_s);
            QCOMPARE(record.action, QString(auditaction::print));
            QCOMPARE(record.object, u"case:"_s + receipt.caseId);
            QCOMPARE(record.result, AuditResult::Succeeded);
            QCOMPARE(record.details, u"{\"document\":\"receipt\",\"to\":\"pdf\"}"_s);
        }
        QVERIFY(failures.isEmpty());

        // A trace that cannot be written is told; the paper is out anyway.
        QSqlQuery readOnly((*vault)->database());
        QVERIFY(readOnly.exec(u"PRAGMA query_only = 1"_s));
        QVERIFY(dialog->saveTo(path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(failures.size(), 1);
        QVERIFY(!failures.first().isEmpty());
        QVERIFY(readOnly.exec(u"PRAGMA query_only = 0"_s));
        QCOMPARE(*log.count(), before + 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintOutcomeDialog)
#include "test_print_outcome_dialog.moc"
