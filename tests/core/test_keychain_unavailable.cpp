// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no secret service.
#include "keys/Crypto.h"
#include "keys/KeychainKeyStore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsUnavailableInsteadOfCrashing()
    {
        QVERIFY(!KeychainKeyStore::isAvailable());
        KeychainKeyStore store(u"no-such-profile"_s);
        auto loaded = store.load(KeySlot::Current);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::KeyStoreUnavailable);
        QVERIFY(!loaded.error().message.isEmpty());

        auto key = crypto::randomBytes(32);
        auto stored = store.store(*key, KeySlot::Current);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, ErrorCode::KeyStoreUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "test_keychain_unavailable.moc"
