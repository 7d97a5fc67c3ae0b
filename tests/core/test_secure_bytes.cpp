#include "keys/SecureBytes.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestSecureBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsACopyOfTheBytes()
    {
        const char raw[] = {'\x00', '\x7f', '\xff', 'k'};
        SecureBytes bytes(raw, sizeof raw);
        QCOMPARE(bytes.size(), sizeof raw);
        QCOMPARE(bytes.view(), QByteArrayView(raw, sizeof raw));
    }

    void takeFromWipesTheSource()
    {
        QByteArray source("hunter2-passphrase");
        SecureBytes taken = SecureBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(taken.view(), QByteArrayView("hunter2-passphrase"));
    }

    void wipeByteArrayZeroesTheBufferInPlace()
    {
        QByteArray secret("top secret");
        secret.detach();
        const char *buffer = secret.constData();
        const qsizetype size = secret.size();
        wipeByteArray(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.constData(), buffer); // same allocation, so we can look at it
        for (qsizetype i = 0; i < size; ++i)
            QCOMPARE(buffer[i], '\0');
    }

    void wipeStringZeroesTheBufferInPlace()
    {
        QString secret = u"口令 passphrase"_s;
        secret.detach();
        const QChar *buffer = secret.constData();
        const qsizetype size = secret.size();
        wipeString(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.constData(), buffer);
        for (qsizetype i = 0; i < size; ++i)
            QCOMPARE(buffer[i].unicode(), char16_t(0));
    }

    void hexIsLowerCase()
    {
        const char raw[] = {'\x01', '\xab', '\xff'};
        SecureBytes bytes(raw, sizeof raw);
        QCOMPARE(bytes.toHex().view(), QByteArrayView("01abff"));
    }

    void equalsComparesContentAndSize()
    {
        QVERIFY(SecureBytes("abc", 3).equals(SecureBytes("abc", 3)));
        QVERIFY(!SecureBytes("abc", 3).equals(SecureBytes("abd", 3)));
        QVERIFY(!SecureBytes("abc", 3).equals(SecureBytes("ab", 2)));
        QVERIFY(SecureBytes().equals(SecureBytes()));
    }

    void moveLeavesTheSourceEmpty()
    {
        SecureBytes first("key", 3);
        SecureBytes second = std::move(first);
        QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
        QCOMPARE(second.view(), QByteArrayView("key"));
        SecureBytes third;
        third = std::move(second);
        QVERIFY(second.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(third.view(), QByteArrayView("key"));
    }

    void truncateDropsTheTail()
    {
        SecureBytes bytes("abcdef", 6);
        bytes.truncate(2);
        QCOMPARE(bytes.view(), QByteArrayView("ab"));
        bytes.truncate(10);
        QCOMPARE(bytes.size(), std::size_t(2));
    }

    void wipeEmpties()
    {
        SecureBytes bytes("abc", 3);
        bytes.wipe();
        QVERIFY(bytes.isEmpty());
        QCOMPARE(bytes.data(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "test_secure_bytes.moc"
