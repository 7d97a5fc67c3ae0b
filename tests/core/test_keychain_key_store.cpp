// Runs against a real GNOME Keyring in a private D-Bus session
// (tests/support/with-private-keyring).
#include "keys/Crypto.h"
#include "keys/KeychainKeyStore.h"

#include <QTest>
#include <QUuid>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestKeychainKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretServiceAnswers()
    {
        QVERIFY2(KeychainKeyStore::isAvailable(),
                 "no secret service: is this running under tests/support/with-private-keyring?");
    }

    void storesLoadsAndForgets()
    {
        KeychainKeyStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto key = crypto::randomBytes(32);
        QVERIFY(key);
        auto stored = store.store(*key, KeySlot::Current);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        auto loaded = store.load(KeySlot::Current);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QVERIFY(loaded->equals(*key));
        QVERIFY(store.forget(KeySlot::Current));
        auto gone = store.load(KeySlot::Current);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::KeyNotFound);
    }

    void slotsAndProfilesAreSeparate()
    {
        const QString profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainKeyStore store(profile);
        KeychainKeyStore other(QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto current = crypto::randomBytes(32);
        auto pending = crypto::randomBytes(32);
        QVERIFY(store.store(*current, KeySlot::Current));
        QVERIFY(store.store(*pending, KeySlot::Pending));
        QVERIFY(store.load(KeySlot::Current)->equals(*current));
        QVERIFY(store.load(KeySlot::Pending)->equals(*pending));
        QCOMPARE(other.load(KeySlot::Current).error().code, ErrorCode::KeyNotFound);
        QVERIFY(KeychainKeyStore(profile).load(KeySlot::Current)->equals(*current));
    }

    void forgettingAMissingEntryIsFine()
    {
        KeychainKeyStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(store.forget(KeySlot::Pending));
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyStore)
#include "test_keychain_key_store.moc"
