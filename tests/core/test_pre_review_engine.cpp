#include "catalogue/CatalogueLoader.h"
#include "review/PreReviewEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

const QDate reviewDay(2026, 11, 28);

// The catalogue's complete example, which nothing may block.
QJsonObject completeApplication()
{
    return QJsonDocument::fromJson(R"({"item": "test.allowance",
        "fields": {"applicantName": "王样例", "applicantId": "110101198503129353", "mobile": "19900001234",
                   "reason": "other", "amount": "120.50", "eventDate": "2026-11-01"},
        "materials": {"idCard": {"state": "received", "fields": {"name": "王样例", "validUntil": "2036-01-01"}},
                      "invoice": {"state": "received", "fields": {"amount": "200"}},
                      "explanation": {"state": "received"}}})")
        .object();
}

// Sets "fields.x" or "materials.idCard.fields.name" style paths; a null value removes.
QJsonObject changed(QJsonObject json, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(u'.');
    std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject object, qsizetype index) {
        const QString &key = parts.at(index);
        if (index == parts.size() - 1) {
            if (value.isNull())
                object.remove(key);
            else
                object.insert(key, value);
        } else {
            object.insert(key, set(object.value(key).toObject(), index + 1));
        }
        return object;
    };
    return set(json, 0);
}

PreReviewEngine engineFor(const QString &code)
{
    auto catalogue = CatalogueLoader::fromFile(QStringLiteral(CASEDESK_TEST_DATA "/catalogues/minimal.json"));
    if (!catalogue)
        qFatal("%s", qPrintable(catalogue.error().message));
    auto form = catalogue->form(code);
    if (!form)
        qFatal("%s", qPrintable(form.error().message));
    return PreReviewEngine(*form);
}

PreReviewReport reviewOf(const QJsonObject &json, const QString &code = u"test.allowance"_s)
{
    auto application = Application::fromJson(json);
    if (!application)
        qFatal("%s", qPrintable(application.error().message));
    return engineFor(code).review(*application, reviewDay);
}

QStringList ruleIds(const PreReviewReport &report)
{
    QStringList ids;
    for (const Finding &finding : report.findings)
        ids << finding.ruleId;
    return ids;
}

} // namespace

class TestPreReviewEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aCompleteApplicationHasNoFindings()
    {
        const PreReviewReport report = reviewOf(completeApplication());
        QVERIFY2(report.findings.isEmpty(), qPrintable(ruleIds(report).join(u", "_s)));
        QVERIFY(!report.blocksAcceptance());
    }

    void eachRuleFindsExactlyItsProblem_data()
    {
        QTest::addColumn<QJsonObject>("application");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("target");
        const QJsonObject base = completeApplication();
        QTest::addRow("name on ID card differs")
            << changed(base, u"materials.idCard.fields.name"_s, u"李测试"_s) << u"test.allowance/name-matches-id-card"_s
            << Severity::Blocking << u"idCard"_s;
        QTest::addRow("ID card expired") << changed(base, u"materials.idCard.fields.validUntil"_s, u"2026-11-27"_s)
                                         << u"test.allowance/id-card-valid"_s << Severity::Blocking << u"idCard"_s;
        // Born 2010-06-15 (a valid synthetic ID): 16 on the review day.
        QTest::addRow("applicant under 18") << changed(base, u"fields.applicantId"_s, u"110105201006159033"_s)
                                            << u"test.allowance/adult"_s << Severity::Blocking << u"applicantId"_s;
        // Born 1949-12-31: 76, a warning only.
        QTest::addRow("applicant over 60")
            << changed(base, u"fields.applicantId"_s, u"11010519491231002X"_s) << u"test.allowance/under-retirement"_s
            << Severity::Warning << u"applicantId"_s;
        QTest::addRow("amount above the invoice")
            << changed(base, u"fields.amount"_s, u"300"_s) << u"test.allowance/amount-within-invoice"_s
            << Severity::Blocking << u"amount"_s;
        QTest::addRow("amount above the cap")
            << changed(changed(base, u"fields.amount"_s, u"6000"_s), u"materials.invoice.fields.amount"_s, u"9000"_s)
            << u"test.allowance/amount-cap"_s << Severity::Blocking << u"amount"_s;
        QTest::addRow("illness without diagnosis")
            << changed(base, u"fields.reason"_s, u"illness"_s) << u"test.allowance/diagnosis-for-illness"_s
            << Severity::Blocking << u"diagnosis"_s;
        QTest::addRow("other without explanation")
            << changed(base, u"materials.explanation"_s, QJsonValue()) << u"test.allowance/explanation-for-other"_s
            << Severity::Info << u"explanation"_s;
        QTest::addRow("event in the future")
            << changed(base, u"fields.eventDate"_s, u"2026-12-01"_s) << u"test.allowance/event-not-future"_s
            << Severity::Blocking << u"eventDate"_s;
        QTest::addRow("reference in the wrong format")
            << changed(base, u"fields.reference"_s, u"19900001234"_s) << u"test.allowance/reference-format"_s
            << Severity::Warning << u"reference"_s;
        QTest::addRow("reference not a mobile")
            << changed(base, u"fields.reference"_s, u"REF-1234"_s) << u"test.allowance/reference-mobile"_s
            << Severity::Info << u"reference"_s;
        QTest::addRow("no event date") << changed(base, u"fields.eventDate"_s, QJsonValue())
                                       << u"test.allowance/date-required"_s << Severity::Warning << u"eventDate"_s;
        QTest::addRow("name missing") << changed(base, u"fields.applicantName"_s, QJsonValue())
                                      << u"field:applicantName/required"_s << Severity::Blocking << u"applicantName"_s;
        QTest::addRow("invoice missing") << changed(base, u"materials.invoice"_s, QJsonValue())
                                         << u"material:invoice/missing"_s << Severity::Blocking << u"invoice"_s;
        QTest::addRow("invoice waived without reason")
            << changed(base, u"materials.invoice"_s, QJsonObject{{u"state"_s, u"waived"_s}})
            << u"material:invoice/waiver-without-reason"_s << Severity::Blocking << u"invoice"_s;
        QTest::addRow("invoice as e-licence")
            << changed(base, u"materials.invoice"_s, QJsonObject{{u"state"_s, u"e_licence"_s}})
            << u"material:invoice/e-licence-not-accepted"_s << Severity::Blocking << u"invoice"_s;
        QTest::addRow("unknown choice") << changed(base, u"fields.reason"_s, u"boredom"_s) << u"field:reason/choice"_s
                                        << Severity::Blocking << u"reason"_s;
        QTest::addRow("name too long") << changed(changed(base, u"fields.applicantName"_s, QString(21, u'王')),
                                                  u"materials.idCard.fields.name"_s, QString(21, u'王'))
                                       << u"field:applicantName/too-long"_s << Severity::Blocking << u"applicantName"_s;
    }

    void eachRuleFindsExactlyItsProblem()
    {
        QFETCH(QJsonObject, application);
        QFETCH(QString, rule);
        QFETCH(Severity, severity);
        QFETCH(QString, target);
        const PreReviewReport report = reviewOf(application);
        QCOMPARE(ruleIds(report), QStringList{rule});
        const Finding &finding = report.findings.first();
        QCOMPARE(finding.severity, severity);
        QCOMPARE(finding.targetId, target);
        QCOMPARE(report.blocksAcceptance(), severity == Severity::Blocking);
        QVERIFY(!finding.message.zh.isEmpty() && !finding.message.en.isEmpty());
        QVERIFY(!finding.hint.zh.isEmpty() && !finding.hint.en.isEmpty());
        QVERIFY2(finding.message.zh != finding.message.en, qPrintable(finding.message.en));
    }

    // The remedy asks for the original in words of its own, unless the
    // material's name says it already: not "提供…原件或医疗电子票据原件".
    void aMaterialNamedAsTheOriginalIsAskedForByItsName()
    {
        auto catalogue = CatalogueLoader::bundled();
        QVERIFY(catalogue);
        auto form = catalogue->form(u"yb.reimbursement"_s);
        QVERIFY(form);
        auto application = Application::fromJson(QJsonObject{{u"item"_s, u"yb.reimbursement"_s}});
        QVERIFY(application);
        const PreReviewReport report = PreReviewEngine(*form).review(*application, reviewDay);
        QHash<QString, LocalizedText> hints;
        for (const Finding &finding : report.findings)
            hints.insert(finding.ruleId, finding.hint);
        QVERIFY2(hints.contains(u"material:invoice/missing"_s), qPrintable(ruleIds(report).join(u", "_s)));
        // (It may be fetched as an electronic licence too: a sentence of its own follows.)
        const LocalizedText invoice = hints.value(u"material:invoice/missing"_s);
        QVERIFY2(invoice.zh.startsWith(u"请申请人提供医疗收费票据（发票）原件或医疗电子票据。"_s),
                 qPrintable(invoice.zh));
        QVERIFY2(
            invoice.en.startsWith(u"Ask for Original medical receipts (invoices) or electronic medical receipts."_s),
            qPrintable(invoice.en));
        QVERIFY(hints.contains(u"material:idCard/missing"_s));
        QVERIFY2(hints.value(u"material:idCard/missing"_s)
                     .zh.startsWith(u"请申请人提供参保人居民身份证或社会保障卡原件。"_s),
                 qPrintable(hints.value(u"material:idCard/missing"_s).zh));
    }

    void aBadIdNumberIsReportedByItsValidator()
    {
        const PreReviewReport report =
            reviewOf(changed(completeApplication(), u"fields.applicantId"_s, u"110101198503129354"_s));
        QCOMPARE(report.findings.size(), 1);
        const Finding &finding = report.findings.first();
        QVERIFY2(finding.ruleId.startsWith(u"field:applicantId/citizen-id."_s), qPrintable(finding.ruleId));
        QCOMPARE(finding.severity, Severity::Blocking);
        QVERIFY(finding.message.en.contains(u"Citizen ID number"_s));
        QVERIFY(finding.message.zh.contains(u"身份证号码"_s));
    }

    void everyProblemIsReportedAtOnceMostSeriousFirst()
    {
        QJsonObject application = completeApplication();
        application = changed(application, u"fields.applicantName"_s, QJsonValue());
        application = changed(application, u"materials.invoice"_s, QJsonValue());
        application = changed(application, u"fields.eventDate"_s, QJsonValue());
        application = changed(application, u"materials.idCard.fields.validUntil"_s, u"2020-01-01"_s);
        const PreReviewReport report = reviewOf(application);
        QCOMPARE(report.count(Severity::Blocking), 3);
        QCOMPARE(report.count(Severity::Warning), 1);
        QCOMPARE(report.findings.last().severity, Severity::Warning);
        QCOMPARE(report.blocking().size(), 3);
    }

    void aBundleReviewsEveryItemOnOneForm()
    {
        QJsonObject application = completeApplication();
        application.insert(u"item"_s, u"bundle.test"_s);
        application = changed(application, u"fields.postalCode"_s, u"100010"_s);
        application = changed(application, u"materials.form"_s, QJsonObject{{u"state"_s, u"received"_s}});
        QVERIFY2(reviewOf(application, u"bundle.test"_s).findings.isEmpty(),
                 qPrintable(ruleIds(reviewOf(application, u"bundle.test"_s)).join(u", "_s)));
        // The registration item wants a mobile for notices; the allowance needs it anyway.
        application = changed(application, u"materials.idCard.state"_s, u"e_licence"_s);
        QCOMPARE(ruleIds(reviewOf(application, u"bundle.test"_s)),
                 QStringList{u"material:idCard/e-licence-not-accepted"_s});
    }

    void comparesNamesAsPeopleReadThem()
    {
        // Full-width letters and stray spaces are the same name.
        QJsonObject application = changed(completeApplication(), u"fields.applicantName"_s, u"Ｗａｎｇ Yangli"_s);
        application = changed(application, u"materials.idCard.fields.name"_s, u"wang yangli"_s);
        QVERIFY(reviewOf(application).findings.isEmpty());
    }

    void longNumbersCompareDigitByDigit()
    {
        // Twins' ID numbers differ in the last digits only: as doubles they
        // would be equal.
        const QByteArray catalogueJson = R"({"format": "casedesk-catalogue", "formatVersion": 1, "version": "t",
          "items": [{"code": "t.sale", "name": {"zh": "买卖", "en": "Sale"}, "department": {"zh": "部", "en": "Dept"},
            "applicantType": "person", "legalLimitDays": 5, "promisedLimitDays": 5,
            "fields": [{"id": "seller", "type": "citizen-id", "label": {"zh": "卖方", "en": "Seller"}},
                       {"id": "buyer", "type": "citizen-id", "label": {"zh": "买方", "en": "Buyer"}},
                       {"id": "validUntil", "type": "text", "label": {"zh": "有效期", "en": "Valid until"}}],
            "materials": [{"id": "card", "name": {"zh": "身份证", "en": "ID card"}, "recognizedFields": ["idNumber"]}],
            "rules": [{"id": "different-people", "type": "compare", "target": "field:seller", "op": "not-equals",
                       "right": "field:buyer"},
                      {"id": "card-matches", "type": "compare", "target": "material:card.idNumber", "op": "equals",
                       "right": "field:seller"},
                      {"id": "valid", "type": "not-expired", "target": "field:validUntil"}]}]})";
        auto catalogue = CatalogueLoader::fromJson(catalogueJson, u"inline.json"_s);
        QVERIFY2(catalogue, qPrintable(catalogue ? QString() : catalogue.error().message));
        const PreReviewEngine engine(*catalogue->form(u"t.sale"_s));
        auto application = Application::fromJson(QJsonDocument::fromJson(R"({"item": "t.sale",
            "fields": {"seller": "110101198503129003", "buyer": "110101198503129011", "validUntil": "长期"},
            "materials": {"card": {"state": "received", "fields": {"idNumber": "110101198503129011"}}}})")
                                                     .object());
        QVERIFY(application);
        // Different people, so no finding for the first rule; the card is the
        // buyer's, not the seller's: a finding; 长期 never expires.
        QCOMPARE(ruleIds(engine.review(*application, reviewDay)), QStringList{u"t.sale/card-matches"_s});
    }

    void malformedApplicationsAreRefused()
    {
        QVERIFY(!Application::fromJson(QJsonObject{}));
        QVERIFY(!Application::fromJson(QJsonObject{{u"item"_s, u"x"_s}, {u"fields"_s, QJsonArray{}}}));
        QVERIFY(!Application::fromJson(QJsonObject{
            {u"item"_s, u"x"_s}, {u"materials"_s, QJsonObject{{u"idCard"_s, QJsonObject{{u"state"_s, u"lost"_s}}}}}}));
    }

    void reportsAsJson()
    {
        const PreReviewReport report = reviewOf(changed(completeApplication(), u"materials.invoice"_s, QJsonValue()));
        const QJsonObject json = report.toJson();
        QCOMPARE(json[u"blocksAcceptance"_s].toBool(), true);
        QCOMPARE(json[u"counts"_s][u"block"_s].toInt(), 1);
        const QJsonObject finding = json[u"findings"_s].toArray().first().toObject();
        QCOMPARE(finding[u"rule"_s].toString(), u"material:invoice/missing"_s);
        QCOMPARE(finding[u"target"_s][u"kind"_s].toString(), u"material"_s);
        QVERIFY(!finding[u"message"_s][u"zh"_s].toString().isEmpty());
        QVERIFY(!finding[u"hint"_s][u"en"_s].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreReviewEngine)
#include "test_pre_review_engine.moc"
