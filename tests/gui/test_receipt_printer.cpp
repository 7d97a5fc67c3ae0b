#include "PrintedPdf.h"
#include "printing/DocumentRenderer.h"
#include "printing/QrCode.h"
#include "printing/ReceiptPrinter.h"
#include "security/Masking.h"

#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;
namespace pdf = casedesk::test::pdf;

namespace {

// A synthetic applicant: the ID number is valid in form, and fake.
const QString fullIdNumber = u"110102199007219123"_s;

ReceivedMaterial material(const QString &zh, const QString &en, ReceivedMaterial::Form form, int copies,
                          ReceivedMaterial::How how = ReceivedMaterial::How::Received, const QString &reason = {})
{
    return ReceivedMaterial{LocalizedText{zh, en}, form, copies, how, reason};
}

// The newborn bundle (一件事) accepted at counter 3, with a material in each state.
AcceptanceReceipt newbornReceipt()
{
    AcceptanceReceipt receipt;
    receipt.receiptNumber = u"YL01-20261130-0193A4C7E2F1"_s;
    receipt.caseId = u"0193a4c7-e2f1-7000-8000-0193a4c7e2f1"_s;
    receipt.hallName = {u"样例市政务服务中心"_s, u"Sample City Government Service Centre"_s};
    receipt.counter = u"3号窗口"_s;
    receipt.staffId = u"S0317"_s;
    receipt.applicantName = u"王样例"_s;
    receipt.applicantIdMasked = masking::citizenId(fullIdNumber);
    receipt.formCode = u"bundle.newborn"_s;
    receipt.formName = {u"新生儿出生“一件事”"_s, u"Newborn: one thing, one visit"_s};
    receipt.itemNames = {
        {u"《出生医学证明》首次签发"_s, u"First issue of the birth medical certificate"_s},
        {u"出生登记（户口登记）"_s, u"Birth registration (household register)"_s},
        {u"新生儿城乡居民基本医疗保险参保登记"_s, u"Newborn enrolment in residents' medical insurance"_s},
        {u"社会保障卡申领（新生儿）"_s, u"Social security card for a newborn"_s},
    };
    // 10:42 in Beijing on Monday 30 November 2026; five working days later
    // is Monday 7 December.
    receipt.acceptedUtc = QDateTime(QDate(2026, 11, 30), QTime(2, 42), Qt::UTC);
    receipt.promisedWorkingDays = 5;
    receipt.dueDate = QDate(2026, 12, 7);
    receipt.materials = {
        material(u"母亲居民身份证"_s, u"Mother's resident ID card"_s, ReceivedMaterial::Form::Original, 0),
        material(u"《出生医学证明》首次签发登记表（母亲签字）"_s,
                 u"Application for the first birth medical certificate (signed by the mother)"_s,
                 ReceivedMaterial::Form::Original, 1),
        material(u"父母结婚证"_s, u"Parents' marriage certificate"_s, ReceivedMaterial::Form::Copy, 2),
        material(u"《出生医学证明》"_s, u"Birth medical certificate"_s, ReceivedMaterial::Form::OriginalAndCopy, 1),
        material(u"居民户口簿（户主页及落户方本人页）"_s,
                 u"Household register (head-of-household page and the registering parent's page)"_s,
                 ReceivedMaterial::Form::Original, 0, ReceivedMaterial::How::ELicence),
        material(u"父亲居民身份证"_s, u"Father's resident ID card"_s, ReceivedMaterial::Form::Original, 0,
                 ReceivedMaterial::How::Waived, u"随母落户，无需父亲证件"_s),
    };
    receipt.enquiryPhone = u"0311-12345678"_s;
    return receipt;
}

} // namespace

class TestReceiptPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void thePdfCarriesTheWholeReceiptInChinese()
    {
        const AcceptanceReceipt receipt = newbornReceipt();
        const QString path = m_dir.filePath(u"receipt.pdf"_s);
        const Expected<void> written = ReceiptPrinter::writePdf(receipt, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        pdf::keepForInspection(path, u"receipt"_s);

        const pdf::Answer layout = pdf::layoutText(path);
        QVERIFY2(layout.ok(), qPrintable(layout.problem));
        // Facts that stand on one line, as an applicant reads them.
        for (const QString &line : {u"受理回执"_s, u"样例市政务服务中心"_s, receipt.receiptNumber, u"王样例"_s,
                                    u"110102********9123"_s, u"2026年12月7日"_s, u"0311-12345678"_s, u"3号窗口"_s,
                                    u"S0317"_s, u"5 个工作日"_s, u"北京时间"_s, u"10:42"_s}) {
            QVERIFY2(layout.value.contains(line), qPrintable(u"missing: "_s + line + u"\n"_s + layout.value));
        }
        QVERIFY(!layout.value.contains(fullIdNumber));

        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(!text.value.contains(fullIdNumber));
        QStringList expected{receipt.formName.zh,
                             u"申请人"_s,
                             u"受理人员"_s,
                             u"承诺办结日期"_s,
                             u"收取材料"_s,
                             u"原件"_s,
                             u"复印件"_s,
                             u"原件及复印件"_s,
                             u"电子证照"_s,
                             u"免于提交"_s,
                             u"随母落户，无需父亲证件"_s};
        for (const LocalizedText &item : receipt.itemNames)
            expected.append(item.zh);
        for (const ReceivedMaterial &material : receipt.materials)
            expected.append(material.name.zh);
        for (const QString &needle : std::as_const(expected))
            QVERIFY2(text.value.contains(pdf::compact(needle)), qPrintable(u"missing: "_s + needle));
        // The English beneath, smaller.
        QVERIFY(text.value.contains(pdf::compact(u"Acceptance receipt"_s)));
        QVERIFY(text.value.contains(pdf::compact(u"Monday, December 7, 2026"_s)));
    }

    void thePdfIsOneA4PageWithItsFontsEmbedded()
    {
        const QString path = m_dir.filePath(u"receipt.pdf"_s);
        QVERIFY(ReceiptPrinter::writePdf(newbornReceipt(), path));
        const pdf::Answer pages = pdf::pageCount(path);
        QVERIFY2(pages.ok(), qPrintable(pages.problem));
        QCOMPARE(pages.value, u"1"_s);
        const pdf::Answer notEmbedded = pdf::fontsNotEmbedded(path);
        QVERIFY2(notEmbedded.ok(), qPrintable(notEmbedded.problem));
        QVERIFY2(notEmbedded.value.isEmpty(), qPrintable(u"fonts not embedded:\n"_s + notEmbedded.value));
    }

    void theQrCodeReadsAsTheReceiptNumber()
    {
        const AcceptanceReceipt receipt = newbornReceipt();
        const QString path = m_dir.filePath(u"receipt.pdf"_s);
        QVERIFY(ReceiptPrinter::writePdf(receipt, path));
        const pdf::Answer codes = pdf::qrCodes(path);
        QVERIFY2(codes.ok(), qPrintable(codes.problem));
        QCOMPARE(codes.value, receipt.receiptNumber);
    }

    void anUnmaskedIdNumberIsMaskedOnPaper()
    {
        AcceptanceReceipt receipt = newbornReceipt();
        receipt.applicantIdMasked = fullIdNumber;
        const QString path = m_dir.filePath(u"receipt.pdf"_s);
        QVERIFY(ReceiptPrinter::writePdf(receipt, path));
        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(!text.value.contains(fullIdNumber));
        QVERIFY(text.value.contains(u"110102********9123"_s));
    }

    void aSingleItemNamesNoBundle()
    {
        AcceptanceReceipt receipt = newbornReceipt();
        receipt.formCode = u"gjj.withdrawal"_s;
        receipt.formName = {u"住房公积金提取"_s, u"Housing provident fund withdrawal"_s};
        receipt.itemNames = {receipt.formName};
        const QString html = ReceiptPrinter::html(receipt);
        QVERIFY(html.contains(u"住房公积金提取"_s));
        QVERIFY(!html.contains(u"1. 住房公积金提取"_s));
        const QString bundle = ReceiptPrinter::html(newbornReceipt());
        QVERIFY(bundle.contains(u"1. 《出生医学证明》首次签发"_s));
        QVERIFY(bundle.contains(u"4. 社会保障卡申领（新生儿）"_s));
    }

    void namesAreEscaped()
    {
        AcceptanceReceipt receipt = newbornReceipt();
        receipt.applicantName = u"A&B <样例>"_s;
        const QString html = ReceiptPrinter::html(receipt);
        QVERIFY(html.contains(u"A&amp;B &lt;样例&gt;"_s));
        QVERIFY(!html.contains(u"<样例>"_s));
    }

    void englishAloneLeavesTheChineseLabelsOut()
    {
        const QString path = m_dir.filePath(u"receipt-en.pdf"_s);
        QVERIFY(ReceiptPrinter::writePdf(newbornReceipt(), path, PrintLanguage::English));
        pdf::keepForInspection(path, u"receipt-en"_s);
        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(u"Acceptancereceipt"_s));
        QVERIFY(text.value.contains(u"Materialsreceived"_s));
        QVERIFY(!text.value.contains(u"受理回执"_s));
        // The applicant's name stays as written.
        QVERIFY(text.value.contains(u"王样例"_s));
    }

    void chineseAloneLeavesTheEnglishOut()
    {
        const QString path = m_dir.filePath(u"receipt-zh.pdf"_s);
        QVERIFY(ReceiptPrinter::writePdf(newbornReceipt(), path, PrintLanguage::Chinese));
        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(u"受理回执"_s));
        QVERIFY(text.value.contains(u"第1页，共1页"_s));
        QVERIFY(!text.value.contains(u"Acceptance"_s));
        QVERIFY(!text.value.contains(u"Mother's"_s));
    }

    void printingToAPdfPrinterMakesTheSameDocument()
    {
        const AcceptanceReceipt receipt = newbornReceipt();
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(DocumentRenderer::pageLayout());
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(u"printed.pdf"_s);
        printer.setOutputFileName(path);
        const Expected<void> printed = ReceiptPrinter::print(receipt, &printer);
        QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().message));
        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(receipt.receiptNumber));
        QVERIFY(text.value.contains(u"申请人"_s));
        QCOMPARE(pdf::pageCount(path).value, u"1"_s);
    }

    void aReceiptWithoutNumberIsNotPrinted()
    {
        AcceptanceReceipt receipt = newbornReceipt();
        receipt.receiptNumber.clear();
        const QString path = m_dir.filePath(u"none.pdf"_s);
        const Expected<void> written = ReceiptPrinter::writePdf(receipt, path);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(path));
    }

    void anUnwritablePlaceIsAnError()
    {
        const Expected<void> written =
            ReceiptPrinter::writePdf(newbornReceipt(), m_dir.filePath(u"no/such/folder/receipt.pdf"_s));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY(!written.error().message.isEmpty());
    }

    void aTextTooLongForAQrCodeIsRefused()
    {
        QVERIFY(QrCode::encode(u"YL01-20261130-0193A4C7E2F1"_s));
        const Expected<QrCode> tooLong = QrCode::encode(QString(8000, u'x'));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QrCode::encode(QString()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReceiptPrinter)
#include "test_receipt_printer.moc"
