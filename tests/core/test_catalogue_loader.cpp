#include "catalogue/CatalogueLoader.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CASEDESK_TEST_DATA "/catalogues/") + QString::fromLatin1(name);
}

} // namespace

class TestCatalogueLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAWellFormedCatalogue()
    {
        auto catalogue = CatalogueLoader::fromFile(dataFile("minimal.json"));
        QVERIFY2(catalogue, qPrintable(catalogue ? QString() : catalogue.error().message));
        QCOMPARE(catalogue->version(), u"test-1"_s);
        QCOMPARE(catalogue->items().size(), 2);
        QCOMPARE(catalogue->bundles().size(), 1);
        const ServiceItem *item = catalogue->item(u"test.allowance"_s);
        QVERIFY(item);
        QCOMPARE(item->name.zh, u"测试津贴申领"_s);
        QCOMPARE(item->promisedLimitDays, 5);
        QCOMPARE(item->fields.size(), 7);
        QCOMPARE(item->materials.size(), 4);
        QCOMPARE(item->rules.size(), 12);
        QCOMPARE(catalogue->examples().size(), 2);
        QCOMPARE(catalogue->examples().at(1).expectedRuleIds, QStringList{u"test.allowance/name-matches-id-card"_s});
    }

    void aBundleAsksEachFieldAndMaterialOnce()
    {
        auto catalogue = CatalogueLoader::fromFile(dataFile("minimal.json"));
        QVERIFY(catalogue);
        auto form = catalogue->form(u"bundle.test"_s);
        QVERIFY2(form, qPrintable(form ? QString() : form.error().message));
        QCOMPARE(form->itemCodes, (QStringList{u"test.allowance"_s, u"test.registration"_s}));
        QStringList fieldIds;
        for (const FieldDefinition &field : std::as_const(form->fields))
            fieldIds << field.id;
        // applicantName and mobile are asked by both items: once each.
        QCOMPARE(fieldIds,
                 (QStringList{u"applicantName"_s, u"applicantId"_s, u"mobile"_s, u"reason"_s, u"amount"_s,
                              u"eventDate"_s, u"reference"_s, u"postalCode"_s}));
        QCOMPARE(fieldIds.count(u"mobile"_s), 1);
        QStringList materialIds;
        for (const MaterialDefinition &material : std::as_const(form->materials))
            materialIds << material.id;
        QCOMPARE(materialIds, (QStringList{u"idCard"_s, u"invoice"_s, u"diagnosis"_s, u"explanation"_s, u"form"_s}));
        // One item accepts an e-licence for the ID card, the other does not: the form does not.
        QVERIFY(!form->material(u"idCard"_s)->eLicenceAccepted);
        QVERIFY(form->material(u"idCard"_s)->recognizedFields.contains(u"idNumber"_s));
        QCOMPARE(form->rules.size(), 13);
        QVERIFY(std::any_of(form->rules.cbegin(), form->rules.cend(), [](const RuleDefinition &rule) {
            return rule.id == u"test.registration/mobile-for-notices";
        }));
        QCOMPARE(form->applicantType, ApplicantType::Either);
        QCOMPARE(form->promisedLimitDays, 8);
    }

    void anUnknownCodeIsNamed()
    {
        auto catalogue = CatalogueLoader::fromFile(dataFile("minimal.json"));
        auto form = catalogue->form(u"no.such-item"_s);
        QVERIFY(!form);
        QVERIFY(form.error().message.contains(u"no.such-item"_s));
    }

    void refusesBrokenCatalogues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions");
        QTest::addRow("unknown rule type") << dataFile("unknown-rule-type.json")
                                           << QStringList{u"item test.allowance"_s, u"rule adult"_s, u"age-over"_s};
        QTest::addRow("dangling reference") << dataFile("dangling-reference.json")
                                            << QStringList{u"rule name-matches-id-card"_s, u"field:applicantNme"_s};
        QTest::addRow("bad pattern") << dataFile("bad-pattern.json")
                                     << QStringList{u"rule reference-format"_s, u"regular expression"_s};
        QTest::addRow("bundle field conflict")
            << dataFile("bundle-field-conflict.json") << QStringList{u"bundle.test"_s, u"mobile"_s};
        QTest::addRow("promise beyond legal limit")
            << dataFile("promise-beyond-legal.json") << QStringList{u"item test.allowance"_s, u"30"_s};
        QTest::addRow("missing English") << dataFile("missing-english.json")
                                         << QStringList{u"item test.allowance"_s, u"English"_s};
        QTest::addRow("future format") << dataFile("future-format.json") << QStringList{u"format version 1"_s};
        QTest::addRow("bundle with unknown item")
            << dataFile("bundle-unknown-item.json") << QStringList{u"bundle.test"_s, u"test.nothing"_s};
        QTest::addRow("example expects unknown rule")
            << dataFile("example-unknown-rule.json") << QStringList{u"no-such-rule"_s};
        QTest::addRow("duplicate rule id")
            << dataFile("duplicate-rule-id.json") << QStringList{u"rule name-matches-id-card"_s, u"twice"_s};
        QTest::addRow("age rule on a text field")
            << dataFile("age-rule-on-text.json") << QStringList{u"rule adult"_s, u"citizen-id"_s};
        QTest::addRow("truncated") << dataFile("truncated.json") << QStringList{u"not valid JSON"_s};
        QTest::addRow("not JSON") << dataFile("not-json.txt") << QStringList{u"not valid JSON"_s};
        QTest::addRow("array") << dataFile("array.json") << QStringList{u"JSON object"_s};
        QTest::addRow("missing file") << dataFile("no-such-file.json") << QStringList{u"no-such-file.json"_s};
    }

    void refusesBrokenCatalogues()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        auto catalogue = CatalogueLoader::fromFile(file);
        QVERIFY(!catalogue);
        const QString message = catalogue.error().message;
        QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
        for (const QString &mention : mentions)
            QVERIFY2(message.contains(mention), qPrintable(u"\"%1\" not in: %2"_s.arg(mention, message)));
    }

    void reportsEveryProblemAtOnce()
    {
        QByteArray json = R"({"format": "casedesk-catalogue", "formatVersion": 1, "version": "x", "items": [
            {"code": "a.one", "name": {"zh": "一", "en": "One"}, "department": {"zh": "部", "en": "Dept"},
             "applicantType": "person", "legalLimitDays": 5, "promisedLimitDays": 5,
             "fields": [{"id": "f", "type": "text", "label": {"zh": "字段", "en": "Field"}}],
             "rules": [{"id": "r1", "type": "nonsense", "target": "field:f"},
                       {"id": "r2", "type": "required", "target": "field:g"}]}]})";
        auto catalogue = CatalogueLoader::fromJson(json, u"inline.json"_s);
        QVERIFY(!catalogue);
        QVERIFY(catalogue.error().message.contains(u"rule r1"_s));
        QVERIFY(catalogue.error().message.contains(u"rule r2"_s));
        QCOMPARE(catalogue.error().code, ErrorCode::Corrupt);
    }

    void refusesAHugeFile()
    {
        const QByteArray huge(int(CatalogueLoader::maximumSize) + 1, ' ');
        auto catalogue = CatalogueLoader::fromJson(huge, u"huge.json"_s);
        QVERIFY(!catalogue);
        QVERIFY(catalogue.error().message.contains(u"too large"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueLoader)
#include "test_catalogue_loader.moc"
