#include "catalogue/CatalogueLoader.h"
#include "review/CorrectionNotice.h"
#include "review/PreReviewEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestCorrectionNotice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryBlockingFindingOnce()
    {
        auto catalogue = CatalogueLoader::fromFile(QStringLiteral(CASEDESK_TEST_DATA "/catalogues/minimal.json"));
        QVERIFY(catalogue);
        auto form = catalogue->form(u"test.allowance"_s);
        QVERIFY(form);
        // Invoice missing, reason "illness" without a diagnosis, expired ID card,
        // no event date (a warning: not on the notice).
        auto application = Application::fromJson(QJsonDocument::fromJson(R"({"item": "test.allowance",
            "fields": {"applicantName": "王样例", "applicantId": "110101198503129353", "mobile": "19900001234",
                       "reason": "illness", "amount": "80"},
            "materials": {"idCard": {"state": "received", "fields": {"name": "王样例", "validUntil": "2026-01-01"}}}})")
                                                     .object());
        QVERIFY(application);
        const PreReviewReport report = PreReviewEngine(*form).review(*application, QDate(2026, 11, 28));
        QCOMPARE(report.count(Severity::Blocking), 3);
        QVERIFY(report.count(Severity::Warning) >= 1);

        const NoticeContext context{u"0193a5c1-7e2f-7abc-8def-0123456789ab"_s,
                                    {u"示例市政务服务中心"_s, u"Example City Service Centre"_s},
                                    u"W03"_s,
                                    u"staff.li"_s,
                                    u"王样例"_s,
                                    u"110101198503129353"_s,
                                    QDate(2026, 11, 28)};
        const CorrectionNotice notice = CorrectionNotice::issue(report, *form, context);
        QCOMPARE(notice.entries.size(), 3);
        QStringList rules;
        for (const CorrectionNoticeEntry &entry : notice.entries) {
            rules << entry.ruleId;
            QVERIFY(!entry.what.zh.isEmpty() && !entry.problem.zh.isEmpty() && !entry.remedy.zh.isEmpty());
            QVERIFY(!entry.what.en.isEmpty() && !entry.problem.en.isEmpty() && !entry.remedy.en.isEmpty());
        }
        QCOMPARE(rules,
                 (QStringList{u"material:invoice/missing"_s, u"test.allowance/id-card-valid"_s,
                              u"test.allowance/diagnosis-for-illness"_s}));
        QCOMPARE(notice.applicantIdMasked, u"110101********9353"_s);
        QCOMPARE(notice.formName.zh, u"测试津贴申领"_s);
        QCOMPARE(notice.issuedOn, QDate(2026, 11, 28));
        QCOMPARE(notice.noticeNumber, u"GZ-20261128-0123456789AB"_s);

        const QJsonObject json = notice.toJson();
        QCOMPARE(json[u"entries"_s].toArray().size(), 3);
        QCOMPARE(json[u"applicant"_s][u"idNumber"_s].toString(), u"110101********9353"_s);
        QVERIFY(!QJsonDocument(json).toJson().contains("110101198503129353"));
        QCOMPARE(json[u"counter"_s].toString(), u"W03"_s);
    }

    void aProblemSeveralItemsShareIsListedOnce()
    {
        auto catalogue = CatalogueLoader::bundled();
        QVERIFY(catalogue);
        auto form = catalogue->form(u"bundle.business-startup"_s);
        QVERIFY(form);
        const LocalizedText what{u"法定代表人身份证"_s, u"Legal representative's ID card"_s};
        const LocalizedText problem{u"姓名不一致"_s, u"The names differ"_s};
        const LocalizedText remedy{u"请核对"_s, u"Check it"_s};
        PreReviewReport report{form->code, QDate(2026, 11, 28), {}};
        for (const QString &item : {u"sc.establishment"_s, u"ga.seal-filing"_s, u"sw.new-taxpayer"_s})
            report.findings.append({item + u"/legal-rep-name"_s, u"compare"_s, Severity::Blocking,
                                    Finding::TargetKind::Material, u"legalRepIdCard"_s, what, problem, remedy});
        const CorrectionNotice notice = CorrectionNotice::issue(report, *form, NoticeContext{});
        QCOMPARE(notice.entries.size(), 1);
        QCOMPARE(notice.entries.first().ruleId, u"sc.establishment/legal-rep-name"_s);
    }

    void aCleanReviewGivesAnEmptyNotice()
    {
        auto catalogue = CatalogueLoader::fromFile(QStringLiteral(CASEDESK_TEST_DATA "/catalogues/minimal.json"));
        auto form = catalogue->form(u"test.registration"_s);
        const PreReviewReport report{u"test.registration"_s, QDate(2026, 11, 28), {}};
        const CorrectionNotice notice = CorrectionNotice::issue(report, *form, NoticeContext{});
        QVERIFY(notice.entries.isEmpty());
    }

    // A person's ID number is masked on the notice; a company's credit code
    // is not personal data and is printed whole.
    void aCompanysCreditCodeIsShownWhole()
    {
        auto catalogue = CatalogueLoader::fromFile(QStringLiteral(CASEDESK_TEST_DATA "/catalogues/minimal.json"));
        auto form = catalogue->form(u"test.registration"_s);
        const PreReviewReport report{u"test.registration"_s, QDate(2026, 11, 28), {}};
        NoticeContext company;
        company.applicantName = u"北京样例科技有限公司"_s;
        company.applicantIdNumber = u"91110108MA01A2B3C4"_s;
        company.applicantKind = Applicant::Kind::Company;
        const CorrectionNotice forCompany = CorrectionNotice::issue(report, *form, company);
        QCOMPARE(forCompany.applicantKind, Applicant::Kind::Company);
        QCOMPARE(forCompany.applicantIdMasked, u"91110108MA01A2B3C4"_s);

        NoticeContext person = company;
        person.applicantIdNumber = u"110101198503129353"_s;
        person.applicantKind = Applicant::Kind::Person;
        const CorrectionNotice forPerson = CorrectionNotice::issue(report, *form, person);
        QVERIFY(!forPerson.applicantIdMasked.contains(u"19850312"_s));
        QVERIFY(forPerson.applicantIdMasked.startsWith(u"110101"_s));
    }
};

QTEST_GUILESS_MAIN(TestCorrectionNotice)
#include "test_correction_notice.moc"
