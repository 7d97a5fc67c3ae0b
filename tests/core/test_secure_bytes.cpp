#include "keys/SecureBytes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdint>
#include <vector>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

// What the last released buffer held after wiping, as SecureBytes gave it
// back to the OS.
struct Released {
    const unsigned char *address = nullptr;
    std::vector<unsigned char> bytes;
};
Released lastReleased;

void recordRelease(const unsigned char *data, std::size_t capacity)
{
    lastReleased.address = data;
    lastReleased.bytes.assign(data, data + capacity);
}

bool allZero(const std::vector<unsigned char> &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](unsigned char b) { return b == 0; });
}

// The "Locked:" figure (kB) of the mapping that holds address, from
// /proc/self/smaps: how much of it the kernel keeps out of swap.
qint64 lockedKilobytesAt(const void *address)
{
    QFile smaps(u"/proc/self/smaps"_s);
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    const auto where = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    // readAll(): /proc files report a size of 0, so atEnd() is true at once.
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("Locked")) {
            bool ok1 = false;
            bool ok2 = false;
            const auto from = line.left(dash).toULongLong(&ok1, 16);
            const auto to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            if (ok1 && ok2) {
                inside = where >= from && where < to;
                continue;
            }
        }
        if (inside && line.startsWith("Locked:"))
            return line.mid(7).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

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

    void releaseWipesEveryByte()
    {
        SecureBytes::setReleaseObserverForTesting(recordRelease);
        const unsigned char *address = nullptr;
        {
            QByteArray source("0123456789abcdef0123456789abcdef-vault-key-material");
            SecureBytes key = SecureBytes::takeFrom(source);
            address = key.data();
            QVERIFY(!key.view().isEmpty());
        } // destroyed here
        SecureBytes::setReleaseObserverForTesting(nullptr);
        QCOMPARE(lastReleased.address, address);
        QVERIFY(lastReleased.bytes.size() >= 52);
        QVERIFY(allZero(lastReleased.bytes));
    }

    void explicitWipeAndMoveAssignmentWipe()
    {
        SecureBytes::setReleaseObserverForTesting(recordRelease);
        SecureBytes first("first secret", 12);
        const unsigned char *firstAddress = first.data();
        first = SecureBytes("second", 6); // the first buffer goes
        QCOMPARE(lastReleased.address, firstAddress);
        QVERIFY(allZero(lastReleased.bytes));
        const unsigned char *secondAddress = first.data();
        first.wipe();
        SecureBytes::setReleaseObserverForTesting(nullptr);
        QCOMPARE(lastReleased.address, secondAddress);
        QVERIFY(allZero(lastReleased.bytes));
    }

    void truncateWipesTheTailInPlace()
    {
        SecureBytes bytes("abcdef", 6);
        bytes.truncate(2);
        const unsigned char *data = bytes.data();
        for (int i = 2; i < 6; ++i) // still our allocation: it may be looked at
            QCOMPARE(int(data[i]), 0);
    }

    void eachSecretHasPagesOfItsOwn()
    {
        const auto page = std::uintptr_t(::sysconf(_SC_PAGESIZE));
        SecureBytes a("a", 1);
        SecureBytes b("b", 1);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(a.data()) % page, std::uintptr_t(0));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(b.data()) % page, std::uintptr_t(0));
        QVERIFY(a.data() != b.data());
    }

    void lockedOutOfSwapWhereAllowed()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer answers mlock() with success and locks nothing");
#endif
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_MEMLOCK, &limit), 0);
        if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < 64 * 1024)
            QSKIP("RLIMIT_MEMLOCK is below 64 KiB here: nothing can be locked");
        SecureBytes a("first key", 9);
        SecureBytes b("second key", 10);
        QVERIFY(a.isLocked());
        QVERIFY(b.isLocked());
        QVERIFY(lockedKilobytesAt(b.data()) > 0);
        // Unlocking one secret leaves the other locked.
        a.wipe();
        QVERIFY(lockedKilobytesAt(b.data()) > 0);
        QCOMPARE(b.view(), QByteArrayView("second key"));
    }

    void failingToLockIsNotFatal()
    {
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_MEMLOCK, &saved), 0);
        rlimit none = saved;
        none.rlim_cur = 0;
        QCOMPARE(::setrlimit(RLIMIT_MEMLOCK, &none), 0);
        SecureBytes bytes("unlockable", 10);
        const bool locked = bytes.isLocked();
        QCOMPARE(::setrlimit(RLIMIT_MEMLOCK, &saved), 0);
        if (::geteuid() != 0) // root may lock regardless of the limit
            QVERIFY(!locked);
        QCOMPARE(bytes.view(), QByteArrayView("unlockable"));
        SecureBytes::setReleaseObserverForTesting(recordRelease);
        bytes.wipe();
        SecureBytes::setReleaseObserverForTesting(nullptr);
        QVERIFY(allZero(lastReleased.bytes));
    }

    void jsonStringBetweenEscapesAndEncodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"training"_s;
        QTest::newRow("quotes and backslashes") << u"a\"b\\c"_s;
        QTest::newRow("control characters") << u"tab\tnew\nline\u0001"_s;
        QTest::newRow("Chinese") << u"口令密码"_s;
        QTest::newRow("beyond the BMP") << u"key\U0001F511"_s;
        QTest::newRow("empty") << QString();
    }

    void jsonStringBetweenEscapesAndEncodes()
    {
        QFETCH(QString, text);
        const SecureBytes body = jsonStringBetween("{\"password\":", text, "}");
        QJsonParseError error{};
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray(body.constChar(), qsizetype(body.size())), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(u"password"_s).toString(), text);
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
