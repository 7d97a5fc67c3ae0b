#include "TestSupport.h"
#include "keys/Crypto.h"
#include "keys/PassphraseKeyStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestPassphraseKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesAndLoadsBothSlots()
    {
        QTemporaryDir dir;
        PassphraseKeyStore store(dir.filePath(u"vault.key"_s), secret("a long passphrase"));
        auto current = crypto::randomBytes(32);
        auto pending = crypto::randomBytes(32);
        QVERIFY(store.store(*current, KeySlot::Current));
        QVERIFY(store.store(*pending, KeySlot::Pending));
        auto loadedCurrent = store.load(KeySlot::Current);
        auto loadedPending = store.load(KeySlot::Pending);
        QVERIFY(loadedCurrent && loadedPending);
        QVERIFY(loadedCurrent->equals(*current));
        QVERIFY(loadedPending->equals(*pending));
        QVERIFY(QFile::exists(dir.filePath(u"vault.key.pending"_s)));
    }

    void keyFileIsPrivateAndSealed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vault.key"_s);
        PassphraseKeyStore store(path, secret("a long passphrase"));
        auto key = crypto::randomBytes(32);
        QVERIFY(store.store(*key, KeySlot::Current));
        QCOMPARE(
            QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(QByteArray(key->constChar(), 32)));
    }

    void wrongPassphraseIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vault.key"_s);
        auto key = crypto::randomBytes(32);
        QVERIFY(PassphraseKeyStore(path, secret("a long passphrase")).store(*key, KeySlot::Current));
        auto loaded = PassphraseKeyStore(path, secret("another passphrase")).load(KeySlot::Current);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::WrongPassphrase);
    }

    void missingAndOversizedFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vault.key"_s);
        PassphraseKeyStore store(path, secret("a long passphrase"));
        auto missing = store.load(KeySlot::Current);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::KeyNotFound);

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100000, 'x'));
        file.close();
        auto huge = store.load(KeySlot::Current);
        QVERIFY(!huge);
        QCOMPARE(huge.error().code, ErrorCode::Corrupt);
    }

    void forgetRemovesOnlyItsSlot()
    {
        QTemporaryDir dir;
        PassphraseKeyStore store(dir.filePath(u"vault.key"_s), secret("a long passphrase"));
        auto key = crypto::randomBytes(32);
        QVERIFY(store.store(*key, KeySlot::Current));
        QVERIFY(store.store(*key, KeySlot::Pending));
        QVERIFY(store.forget(KeySlot::Pending));
        QVERIFY(store.forget(KeySlot::Pending)); // nothing there: still fine
        QCOMPARE(store.load(KeySlot::Pending).error().code, ErrorCode::KeyNotFound);
        QVERIFY(store.load(KeySlot::Current));
    }

    void readOnlyDirectoryFailsWithAMessage()
    {
        if (::geteuid() == 0)
            QSKIP("root writes through directory permissions; test_casedeskctl covers read-only profiles as nobody");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        PassphraseKeyStore store(dir.filePath(u"vault.key"_s), secret("a long passphrase"));
        auto key = crypto::randomBytes(32);
        auto stored = store.store(*key, KeySlot::Current);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!stored);
        QVERIFY(stored.error().message.contains(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestPassphraseKeyStore)
#include "test_passphrase_key_store.moc"
