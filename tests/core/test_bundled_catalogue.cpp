// The catalogue compiled into CaseDesk: the items a hall needs, every item
// with a complete application that passes, every rule with an application
// that trips exactly it — all run through the real pre-review engine.
#include "catalogue/CatalogueLoader.h"
#include "review/CatalogueExampleCheck.h"

#include <QSet>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestBundledCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto catalogue = CatalogueLoader::bundled();
        QVERIFY2(catalogue, qPrintable(catalogue ? QString() : catalogue.error().message));
        m_catalogue = *catalogue;
    }

    void holdsTheHighFrequencyItems()
    {
        QVERIFY(m_catalogue.items().size() >= 12);
        for (const QString &code :
             {u"bdc.transfer"_s, u"gjj.withdrawal"_s, u"yb.reimbursement"_s, u"sb.pension-certification"_s,
              u"ga.hukou-transfer"_s, u"ny.machinery-subsidy"_s, u"ny.land-transfer-filing"_s, u"sc.annual-report"_s})
            QVERIFY2(m_catalogue.item(code), qPrintable(code));
        for (const QString &code : {u"bundle.business-startup"_s, u"bundle.newborn"_s})
            QVERIFY2(m_catalogue.bundle(code), qPrintable(code));
        QVERIFY(m_catalogue.bundle(u"bundle.business-startup"_s)->itemCodes.size() >= 6);
    }

    void everyFormMergesAndKeepsItsPromise()
    {
        QStringList codes;
        for (const ServiceItem &item : m_catalogue.items())
            codes << item.code;
        for (const Bundle &bundle : m_catalogue.bundles())
            codes << bundle.code;
        for (const QString &code : std::as_const(codes)) {
            auto form = m_catalogue.form(code);
            QVERIFY2(form, qPrintable(code));
            QVERIFY2(form->promisedLimitDays <= form->legalLimitDays, qPrintable(code));
            QVERIFY2(!form->fields.isEmpty() && !form->materials.isEmpty(), qPrintable(code));
        }
    }

    void aBundleAsksSharedFieldsOnce()
    {
        auto bundle = m_catalogue.form(u"bundle.business-startup"_s);
        QVERIFY(bundle);
        qsizetype askedByItems = 0;
        for (const QString &itemCode : std::as_const(bundle->itemCodes))
            askedByItems += m_catalogue.item(itemCode)->fields.size();
        QSet<QString> ids;
        for (const FieldDefinition &field : std::as_const(bundle->fields)) {
            QVERIFY2(!ids.contains(field.id), qPrintable(field.id));
            ids.insert(field.id);
        }
        // The items share facts (company name, legal representative, …).
        QVERIFY2(
            bundle->fields.size() < askedByItems,
            qPrintable(u"%1 fields in the bundle, %2 over its items"_s.arg(bundle->fields.size()).arg(askedByItems)));
    }

    void everyItemHasACompleteExampleAndEveryRuleAFailingOne()
    {
        QSet<QString> complete;
        QSet<QString> exercised;
        for (const CatalogueExample &example : m_catalogue.examples()) {
            if (example.expectedRuleIds.isEmpty())
                complete.insert(example.formCode);
            for (const QString &rule : example.expectedRuleIds)
                exercised.insert(rule);
        }
        for (const ServiceItem &item : m_catalogue.items()) {
            QVERIFY2(complete.contains(item.code), qPrintable(u"no complete example for "_s + item.code));
            for (const RuleDefinition &rule : item.rules) {
                const QString id = item.code + u'/' + rule.id;
                QVERIFY2(exercised.contains(id), qPrintable(u"no example trips "_s + id));
            }
        }
        for (const Bundle &bundle : m_catalogue.bundles())
            QVERIFY2(complete.contains(bundle.code), qPrintable(u"no complete example for "_s + bundle.code));
    }

    void everyExampleBehavesAsExpected()
    {
        const QList<ExampleOutcome> outcomes = checkCatalogueExamples(m_catalogue);
        QVERIFY(!outcomes.isEmpty());
        QStringList failures;
        for (const ExampleOutcome &outcome : outcomes) {
            if (!outcome.passed())
                failures << u"%1 \"%2\": missing [%3] unexpected [%4] %5"_s.arg(
                    outcome.example.formCode, outcome.example.name, outcome.missing.join(u", "_s),
                    outcome.unexpected.join(u", "_s), outcome.error);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void everyTextIsInBothLanguages()
    {
        for (const ServiceItem &item : m_catalogue.items()) {
            QVERIFY(!item.name.zh.isEmpty() && !item.name.en.isEmpty());
            for (const FieldDefinition &field : item.fields)
                QVERIFY2(!field.label.zh.isEmpty() && field.label.zh != field.label.en, qPrintable(field.id));
            for (const MaterialDefinition &material : item.materials)
                QVERIFY2(!material.name.zh.isEmpty() && material.name.zh != material.name.en, qPrintable(material.id));
        }
    }

private:
    Catalogue m_catalogue;
};

QTEST_GUILESS_MAIN(TestBundledCatalogue)
#include "test_bundled_catalogue.moc"
