#include "TestSupport.h"
#include "keys/Crypto.h"
#include "keys/WrappedKey.h"

#include <QTest>
#include <QtEndian>

using namespace casedesk;
using namespace casedesk::test;

class TestWrappedKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto key = crypto::randomBytes(32);
        QVERIFY(key);
        m_key = std::move(key).value();
        auto blob = WrappedKey::wrap(m_key, secret("correct horse battery staple"));
        QVERIFY(blob);
        m_blob = *blob;
    }

    void unwrapsWithTheRightPassphrase()
    {
        auto key = WrappedKey::unwrap(m_blob, secret("correct horse battery staple"));
        QVERIFY(key);
        QVERIFY(key->equals(m_key));
    }

    void refusesAWrongPassphrase()
    {
        auto key = WrappedKey::unwrap(m_blob, secret("correct horse battery stapler"));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::WrongPassphrase);
    }

    void recordsAtLeast600000Iterations()
    {
        QVERIFY(m_blob.startsWith("CDKW"));
        QCOMPARE(int(m_blob.at(4)), 1);
        const quint32 iterations = qFromBigEndian<quint32>(m_blob.constData() + 6);
        QVERIFY2(iterations >= 600000, qPrintable(QString::number(iterations)));
    }

    void neverHoldsTheKeyInPlain()
    {
        QVERIFY(!m_blob.contains(QByteArray(m_key.constChar(), qsizetype(m_key.size()))));
        QVERIFY(!m_blob.contains(QByteArray(m_key.toHex().constChar(), qsizetype(m_key.toHex().size()))));
    }

    void saltsEveryWrap()
    {
        auto again = WrappedKey::wrap(m_key, secret("correct horse battery staple"));
        QVERIFY(again);
        QVERIFY(*again != m_blob);
    }

    void detectsAnyAlteredByte_data()
    {
        QTest::addColumn<int>("position");
        // Header bytes are authenticated data; the rest is ciphertext and tag.
        for (int position : {10, 20, 30, 34, 40, 60, int(m_blob.size()) - 1})
            QTest::addRow("byte %d", position) << position;
    }

    void detectsAnyAlteredByte()
    {
        QFETCH(int, position);
        QByteArray altered = m_blob;
        altered[position] = char(altered.at(position) ^ 0x01);
        auto key = WrappedKey::unwrap(altered, secret("correct horse battery staple"));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::WrongPassphrase);
    }

    void refusesMalformedBlobs_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("truncated") << m_blob.left(40);
        QTest::addRow("wrong magic") << QByteArray("XXXX") + m_blob.mid(4);
        QByteArray version = m_blob;
        version[4] = 9;
        QTest::addRow("unknown version") << version;
        QByteArray weak = m_blob;
        qToBigEndian(quint32(1000), weak.data() + 6);
        QTest::addRow("too few iterations") << weak;
        QByteArray huge = m_blob;
        qToBigEndian(quint32(0xffffffff), huge.data() + 6);
        QTest::addRow("absurd iterations") << huge;
    }

    void refusesMalformedBlobs()
    {
        QFETCH(QByteArray, blob);
        auto key = WrappedKey::unwrap(blob, secret("correct horse battery staple"));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::Corrupt);
    }

    void refusesWeakParameters()
    {
        QVERIFY(!WrappedKey::wrap(m_key, secret("pass"), 1000));
        QVERIFY(!WrappedKey::wrap(m_key, SecureBytes()));
    }

private:
    SecureBytes m_key;
    QByteArray m_blob;
};

QTEST_GUILESS_MAIN(TestWrappedKey)
#include "test_wrapped_key.moc"
