#include "review/validators/PhoneNumber.h"

#include "ValidationChecks.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsMobileNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // 13800138000 is China Mobile's published service number.
        QTest::addRow("plain") << u"13800138000"_s << u"13800138000"_s;
        QTest::addRow("grouped with spaces") << u"138 0013 8000"_s << u"13800138000"_s;
        QTest::addRow("grouped with hyphens") << u"138-0013-8000"_s << u"13800138000"_s;
        QTest::addRow("+86") << u"+86 138 0013 8000"_s << u"13800138000"_s;
        QTest::addRow("+86 joined") << u"+8613800138000"_s << u"13800138000"_s;
        QTest::addRow("(+86)") << u"(+86) 13800138000"_s << u"13800138000"_s;
        QTest::addRow("0086") << u"0086-13800138000"_s << u"13800138000"_s;
        QTest::addRow("bare 86") << u"86 13800138000"_s << u"13800138000"_s;
        QTest::addRow("full width") << u"＋８６　１３８００１３８０００"_s << u"13800138000"_s;
        QTest::addRow("19x block") << u"19912345678"_s << u"19912345678"_s;
    }

    void acceptsMobileNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation result = validateMobileNumber(input);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QCOMPARE(result.normalized, normalized);
    }

    void rejectsMobileNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << u" "_s << u"mobile.empty"_s;
        QTest::addRow("letter") << u"1380013800O"_s << u"mobile.characters"_s;
        QTest::addRow("plus inside") << u"138+0013800"_s << u"mobile.characters"_s;
        QTest::addRow("Hong Kong") << u"+852 9123 4567"_s << u"mobile.country-code"_s;
        QTest::addRow("10 digits") << u"1380013800"_s << u"mobile.length"_s;
        QTest::addRow("12 digits") << u"138001380001"_s << u"mobile.length"_s;
        QTest::addRow("+86 and 10 digits") << u"+86 1380013800"_s << u"mobile.length"_s;
        QTest::addRow("12x") << u"12345678901"_s << u"mobile.prefix"_s;
        QTest::addRow("10x") << u"10086100861"_s << u"mobile.prefix"_s;
        QTest::addRow("landline") << u"01065123456"_s << u"mobile.prefix"_s;
    }

    void rejectsMobileNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validateMobileNumber(input);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void acceptsLandlineNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("Beijing") << u"010-65123456"_s << u"010-65123456"_s;
        QTest::addRow("joined") << u"01065123456"_s << u"010-65123456"_s;
        QTest::addRow("spaces") << u"010 6512 3456"_s << u"010-65123456"_s;
        QTest::addRow("parentheses") << u"(0755)86013388"_s << u"0755-86013388"_s;
        QTest::addRow("full-width parentheses") << u"（0755）8601 3388"_s << u"0755-86013388"_s;
        QTest::addRow("02x area") << u"021-62345678"_s << u"021-62345678"_s;
        QTest::addRow("seven-digit local number") << u"0571-8765432"_s << u"0571-8765432"_s;
        QTest::addRow("extension after 转") << u"020-87654321转123"_s << u"020-87654321-123"_s;
        QTest::addRow("extension after 分机") << u"020-87654321 分机 8"_s << u"020-87654321-8"_s;
        QTest::addRow("extension after ext.") << u"020-87654321 ext. 1234"_s << u"020-87654321-1234"_s;
        QTest::addRow("extension after a hyphen") << u"010-65123456-123"_s << u"010-65123456-123"_s;
        QTest::addRow("seven digits, a hyphen, one digit") << u"0571-8765432-9"_s << u"0571-8765432-9"_s;
        // Found by fuzz_validators: the normal form read again lost its extension.
        QTest::addRow("the fuzzer's input") << u"0108 080648ext2"_s << u"010-8080648-2"_s;
        QTest::addRow("+86 drops the 0") << u"+86 10 6512 3456"_s << u"010-65123456"_s;
        QTest::addRow("0086 keeps it") << u"0086 0755 86013388"_s << u"0755-86013388"_s;
    }

    void acceptsLandlineNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation result = validateLandlineNumber(input);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QCOMPARE(result.normalized, normalized);
        // What is stored and printed reads again as itself.
        QCOMPARE(validateLandlineNumber(normalized).normalized, normalized);
    }

    void rejectsLandlineNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QString() << u"landline.empty"_s;
        QTest::addRow("letters") << u"010-6512345a"_s << u"landline.characters"_s;
        QTest::addRow("empty extension") << u"010-65123456转"_s << u"landline.extension"_s;
        QTest::addRow("long extension") << u"010-65123456 ext 1234567"_s << u"landline.extension"_s;
        QTest::addRow("mobile") << u"138 0013 8000"_s << u"landline.is-mobile"_s;
        QTest::addRow("mobile with +86") << u"+86 13800138000"_s << u"landline.is-mobile"_s;
        QTest::addRow("no area code") << u"65123456"_s << u"landline.area-code"_s;
        QTest::addRow("international prefix") << u"00852 2123 4567"_s << u"landline.area-code"_s;
        QTest::addRow("01x other than 010") << u"011-65123456"_s << u"landline.area-code"_s;
        QTest::addRow("six-digit local number") << u"010-651234"_s << u"landline.local-number"_s;
        QTest::addRow("nine digits, no hyphen") << u"010 651234567"_s << u"landline.local-number"_s;
        QTest::addRow("local number starting 0") << u"0755-06013388"_s << u"landline.local-number"_s;
        QTest::addRow("area code alone") << u"0755"_s << u"landline.local-number"_s;
    }

    void rejectsLandlineNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validateLandlineNumber(input);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "test_phone_number.moc"
