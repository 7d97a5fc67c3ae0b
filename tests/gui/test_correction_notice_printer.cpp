#include "PrintedPdf.h"
#include "printing/CorrectionNoticePrinter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;
namespace pdf = casedesk::test::pdf;

namespace {

const QString fullIdNumber = u"110102199007219123"_s;

CorrectionNoticeEntry entry(const QString &rule, LocalizedText what, LocalizedText problem, LocalizedText remedy)
{
    return CorrectionNoticeEntry{rule, std::move(what), std::move(problem), std::move(remedy)};
}

// What pre-review of a newborn bundle (一件事) might have found missing.
CorrectionNotice newbornNotice()
{
    CorrectionNotice notice;
    notice.noticeNumber = u"GZ-20261130-0193A4C7E2F1"_s;
    notice.caseId = u"0193a4c7-e2f1-7000-8000-0193a4c7e2f1"_s;
    notice.hallName = {u"样例市政务服务中心"_s, u"Sample City Government Service Centre"_s};
    notice.counter = u"3号窗口"_s;
    notice.staffId = u"S0317"_s;
    notice.applicantName = u"王样例"_s;
    notice.applicantIdMasked = u"110102********9123"_s;
    notice.formCode = u"bundle.newborn"_s;
    notice.formName = {u"新生儿出生“一件事”"_s, u"Newborn: one thing, one visit"_s};
    notice.itemNames = {
        {u"《出生医学证明》首次签发"_s, u"First issue of the birth medical certificate"_s},
        {u"出生登记（户口登记）"_s, u"Birth registration (household register)"_s},
        {u"新生儿城乡居民基本医疗保险参保登记"_s, u"Newborn enrolment in residents' medical insurance"_s},
    };
    notice.issuedOn = QDate(2026, 11, 30);
    notice.entries = {
        entry(u"material.expired"_s, {u"母亲居民身份证"_s, u"Mother's resident ID card"_s},
              {u"证件已过有效期（有效期至2026年10月1日）"_s, u"The card expired on 1 October 2026"_s},
              {u"请携带有效期内的居民身份证原件或临时居民身份证"_s,
               u"Bring a valid resident ID card or a temporary one"_s}),
        entry(u"material.signature"_s,
              {u"《出生医学证明》首次签发登记表"_s, u"Application for the first birth medical certificate"_s},
              {u"缺少母亲本人签字"_s, u"The mother has not signed it"_s},
              {u"请母亲本人在登记表上签字后一并提交"_s, u"Have the mother sign the form and bring it"_s}),
        entry(u"material.required"_s, {u"居民户口簿（户主页及落户方本人页）"_s, u"Household register"_s},
              {u"未提交，且未能调取电子证照"_s, u"Not brought, and no electronic licence was found"_s},
              {u"请携带户口簿原件（户主页及落户方本人页）"_s,
               u"Bring the original register (head-of-household page and the parent's page)"_s}),
        entry(u"field.childName"_s, {u"新生儿姓名"_s, u"Baby's name"_s},
              {u"姓名中的“䶮”字无法在户籍系统中登记"_s, u"The character 䶮 cannot be registered"_s},
              {u"请更换为规范汉字，或填写《生僻字登记表》"_s,
               u"Choose a standard character, or fill in the rare-character form"_s}),
    };
    return notice;
}

} // namespace

class TestCorrectionNoticePrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void everyEntryIsOnTheNotice()
    {
        const CorrectionNotice notice = newbornNotice();
        const QString path = m_dir.filePath(u"notice.pdf"_s);
        const Expected<void> written = CorrectionNoticePrinter::writePdf(notice, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        pdf::keepForInspection(path, u"notice"_s);

        const pdf::Answer layout = pdf::layoutText(path);
        QVERIFY2(layout.ok(), qPrintable(layout.problem));
        for (const QString &line : {u"一次性告知书"_s, u"样例市政务服务中心"_s, notice.noticeNumber, u"王样例"_s,
                                    u"110102********9123"_s, u"2026年11月30日"_s, u"3号窗口"_s}) {
            QVERIFY2(layout.value.contains(line), qPrintable(u"missing: "_s + line + u"\n"_s + layout.value));
        }

        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(!text.value.contains(fullIdNumber));
        QVERIFY(text.value.contains(pdf::compact(notice.formName.zh)));
        for (const LocalizedText &item : notice.itemNames)
            QVERIFY2(text.value.contains(pdf::compact(item.zh)), qPrintable(item.zh));
        for (const CorrectionNoticeEntry &e : notice.entries) {
            for (const QString &needle : {e.what.zh, e.problem.zh, e.remedy.zh})
                QVERIFY2(text.value.contains(pdf::compact(needle)), qPrintable(u"missing: "_s + needle));
        }
        // The point of the notice: everything at once.
        QVERIFY(text.value.contains(u"一次性补齐"_s));
        QVERIFY(text.value.contains(u"4项"_s));
    }

    void theNoticeIsOnePageWithItsFontsEmbedded()
    {
        const QString path = m_dir.filePath(u"notice.pdf"_s);
        QVERIFY(CorrectionNoticePrinter::writePdf(newbornNotice(), path));
        QCOMPARE(pdf::pageCount(path).value, u"1"_s);
        const pdf::Answer notEmbedded = pdf::fontsNotEmbedded(path);
        QVERIFY2(notEmbedded.ok(), qPrintable(notEmbedded.problem));
        QVERIFY2(notEmbedded.value.isEmpty(), qPrintable(u"fonts not embedded:\n"_s + notEmbedded.value));
    }

    void aLongNoticeRunsOverPagesAndLosesNothing()
    {
        CorrectionNotice notice = newbornNotice();
        const QList<CorrectionNoticeEntry> four = notice.entries;
        notice.entries.clear();
        for (int round = 1; round <= 10; ++round) {
            for (CorrectionNoticeEntry e : four) {
                e.problem.zh += u"（第%1轮）"_s.arg(round);
                notice.entries.append(e);
            }
        }
        const QString path = m_dir.filePath(u"long.pdf"_s);
        QVERIFY(CorrectionNoticePrinter::writePdf(notice, path));
        pdf::keepForInspection(path, u"notice-long"_s);

        const pdf::Answer pages = pdf::pageCount(path);
        QVERIFY2(pages.ok(), qPrintable(pages.problem));
        const int count = pages.value.toInt();
        QVERIFY2(count >= 2, qPrintable(pages.value));
        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        for (const CorrectionNoticeEntry &e : std::as_const(notice.entries))
            QVERIFY2(text.value.contains(pdf::compact(e.problem.zh)), qPrintable(e.problem.zh));
        // Each page says which it is, and of how many; each repeats the
        // notice number and the table's header.
        for (int page = 1; page <= count; ++page)
            QVERIFY(text.value.contains(u"第%1页，共%2页"_s.arg(page).arg(count)));
        QCOMPARE(text.value.count(notice.noticeNumber), count + 1);
        QCOMPARE(text.value.count(u"补正要求"_s), count);
    }

    void englishAloneReadsInEnglish()
    {
        const QString path = m_dir.filePath(u"notice-en.pdf"_s);
        QVERIFY(CorrectionNoticePrinter::writePdf(newbornNotice(), path, PrintLanguage::English));
        pdf::keepForInspection(path, u"notice-en"_s);
        const pdf::Answer text = pdf::compactText(path);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        QVERIFY(text.value.contains(u"One-timecorrectionnotice"_s));
        QVERIFY(text.value.contains(u"Thecardexpiredon1October2026"_s));
        QVERIFY(!text.value.contains(u"一次性告知书"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCorrectionNoticePrinter)
#include "test_correction_notice_printer.moc"
