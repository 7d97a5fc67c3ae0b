// Time-based one-time codes, checked against RFC 6238's own test vectors
// (Appendix B, HMAC-SHA1), and the window of steps a code is taken in.
#include "security/OneTimeCode.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

SecureBytes rfcSecret()
{
    static const char ascii[] = "12345678901234567890";
    return SecureBytes(ascii, sizeof(ascii) - 1);
}

QDateTime at(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
}

} // namespace

class TestOneTimeCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("eightDigits");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }

    void matchesRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QString, eightDigits);
        const SecureBytes secret = rfcSecret();
        const qint64 step = onetimecode::stepAt(at(time));
        QCOMPARE(step, time / 30);
        QCOMPARE(onetimecode::codeAt(secret, step, 8), eightDigits);
        // Six digits are the last six, leading zeros kept.
        QCOMPARE(onetimecode::codeAt(secret, step), eightDigits.right(6));
    }

    void aCodeIsTakenAroundItsStepOnly()
    {
        const SecureBytes secret = rfcSecret();
        const QDateTime now = at(1234567890);
        const qint64 step = onetimecode::stepAt(now);
        for (qint64 offset : {-1, 0, 1}) {
            const QString code = onetimecode::codeAt(secret, step + offset);
            QCOMPARE(onetimecode::matchingStep(secret, code, now), std::optional<qint64>(step + offset));
        }
        for (qint64 offset : {-3, -2, 2, 3})
            QVERIFY(!onetimecode::matchingStep(secret, onetimecode::codeAt(secret, step + offset), now));
        // Another token's secret gives other codes.
        static const char other[] = "abcdefghijabcdefghij";
        QVERIFY(!onetimecode::matchingStep(SecureBytes(other, 20), onetimecode::codeAt(secret, step), now));
    }

    void malformedCodesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("five digits") << u"28708"_s;
        QTest::newRow("seven digits") << u"2870820"_s;
        QTest::newRow("a letter") << u"28708a"_s;
        QTest::newRow("a space") << u"287 82"_s;
        QTest::newRow("full-width digits") << u"２８７０８２"_s;
    }

    void malformedCodesAreRefused()
    {
        QFETCH(QString, code);
        QVERIFY(!onetimecode::isWellFormed(code));
        QVERIFY(!onetimecode::matchingStep(rfcSecret(), code, at(59)));
    }

    void secretsAreWrittenInBase32()
    {
        // RFC 4648, section 10, without the padding authenticator apps do not want.
        const auto base32 = [](const char *text) {
            return onetimecode::base32(SecureBytes(text, std::strlen(text)));
        };
        QCOMPARE(base32(""), QString());
        QCOMPARE(base32("f"), u"MY"_s);
        QCOMPARE(base32("fo"), u"MZXQ"_s);
        QCOMPARE(base32("foo"), u"MZXW6"_s);
        QCOMPARE(base32("foob"), u"MZXW6YQ"_s);
        QCOMPARE(base32("fooba"), u"MZXW6YTB"_s);
        QCOMPARE(base32("foobar"), u"MZXW6YTBOI"_s);
    }

    void aNewSecretIsRandomAndEnrolsThroughAUri()
    {
        const SecureBytes first = onetimecode::newSecret();
        const SecureBytes second = onetimecode::newSecret();
        QCOMPARE(first.size(), std::size_t(20));
        QVERIFY(onetimecode::base32(first) != onetimecode::base32(second));
        const QString uri = onetimecode::provisioningUri(first, u"staff.li"_s, u"CaseDesk"_s);
        QCOMPARE(
            uri,
            u"otpauth://totp/CaseDesk%3Astaff.li?secret=%1&issuer=CaseDesk&algorithm=SHA1&digits=6&period=30"_s.arg(
                onetimecode::base32(first)));
    }
};

QTEST_GUILESS_MAIN(TestOneTimeCode)
#include "test_one_time_code.moc"
