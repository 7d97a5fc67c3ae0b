#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/Crypto.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/CaseStore.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const char passphrase[] = "counter seven passphrase";

std::unique_ptr<PassphraseKeyStore> storeFor(const Profile &profile, const char *text = passphrase)
{
    return std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret(text));
}

bool opensWithRawKey(const QString &path, const SecureBytes &key)
{
    const QString name = u"raw-key-probe"_s;
    bool opened = false;
    {
        auto *driver = new SqlCipherDriver;
        driver->setRawKey(key.clone());
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLCIPHER_NO_CREATE"_s);
        opened = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAnEncryptedVaultThatReopens()
    {
        QTemporaryDir dir;
        const Profile profile(dir.filePath(u"profile"_s));
        {
            auto store = storeFor(profile);
            auto vault = Vault::create(profile, *store, Profile::newProfileId());
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            QCOMPARE((*vault)->schemaVersion(), latestSchemaVersion());
        }
        QFile file(profile.databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16) != QByteArray("SQLite format 3\0", 16));
        file.close();

        auto store = storeFor(profile);
        auto vault = Vault::open(profile, *store);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QSqlQuery query((*vault)->database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY((*vault)->checkIntegrity()->isEmpty());
        QVERIFY((*vault)->cipherVersion().startsWith(u"3.4"_s));
    }

    void createRefusesAnExistingProfile()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        auto store = storeFor(profile);
        QVERIFY(Vault::create(profile, *store, Profile::newProfileId()));
        const QByteArray before = fileSha256(profile.databasePath());
        auto again = Vault::create(profile, *store, Profile::newProfileId());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::ProfileExists);
        QCOMPARE(fileSha256(profile.databasePath()), before);
    }

    void openWithoutAProfileSaysSo()
    {
        QTemporaryDir dir;
        const Profile profile(dir.filePath(u"nothing-here"_s));
        auto store = storeFor(profile);
        auto vault = Vault::open(profile, *store);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::ProfileMissing);
        QVERIFY(vault.error().message.contains(u"casedeskctl init"_s));
    }

    void aWrongPassphraseLeavesTheFileUnchanged()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        QVERIFY(Vault::create(profile, *storeFor(profile), Profile::newProfileId()));
        const QByteArray before = fileSha256(profile.databasePath());
        auto vault = Vault::open(profile, *storeFor(profile, "not the passphrase"));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(fileSha256(profile.databasePath()), before);
    }

    void aKeyOfAnotherProfileIsAWrongKey()
    {
        QTemporaryDir dir;
        const Profile first(dir.filePath(u"first"_s));
        const Profile second(dir.filePath(u"second"_s));
        QVERIFY(Vault::create(first, *storeFor(first), Profile::newProfileId()));
        QVERIFY(Vault::create(second, *storeFor(second), Profile::newProfileId()));
        QFile::remove(second.keyFilePath());
        QVERIFY(QFile::copy(first.keyFilePath(), second.keyFilePath()));
        const QByteArray before = fileSha256(second.databasePath());
        auto vault = Vault::open(second, *storeFor(second));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::WrongKey);
        QCOMPARE(fileSha256(second.databasePath()), before);
    }

    void refusesFilesThatAreNotCaseDeskDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("empty file") << QByteArray();
        QTest::addRow("text") << QByteArray("name,id\n张三,110101199003070000\n");
        QTest::addRow("short garbage") << QByteArray(100, '\x5a');
        QByteArray random(8192, '\0');
        for (qsizetype i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::addRow("page-sized garbage") << random;
        QTest::addRow("plain SQLite") << QByteArray(); // made in the test body
    }

    void refusesFilesThatAreNotCaseDeskDatabases()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const Profile profile(dir.path());
        QVERIFY(Vault::create(profile, *storeFor(profile), Profile::newProfileId()));
        QFile::remove(profile.databasePath());
        if (QByteArrayView(QTest::currentDataTag()) == "plain SQLite") {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            db.setDatabaseName(profile.databasePath());
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE cases (id TEXT)"_s);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"plain"_s);
        } else {
            QFile file(profile.databasePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileSha256(profile.databasePath());
        auto vault = Vault::open(profile, *storeFor(profile));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::NotACaseDeskDatabase);
        QVERIFY(vault.error().message.contains(u"not a CaseDesk database"_s));
        QCOMPARE(fileSha256(profile.databasePath()), before);
    }

    void refusesANewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        {
            auto vault = Vault::create(profile, *storeFor(profile), Profile::newProfileId());
            QVERIFY(vault);
            QSqlQuery query((*vault)->database());
            QVERIFY(query.exec(u"INSERT INTO schema_version VALUES (%1, 'future', '2030-01-01T00:00:00Z')"_s.arg(
                latestSchemaVersion() + 7)));
        }
        const QByteArray before = fileSha256(profile.databasePath());
        auto vault = Vault::open(profile, *storeFor(profile));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::NewerSchema);
        QVERIFY(vault.error().message.contains(QString::number(latestSchemaVersion() + 7)));
        QVERIFY(vault.error().message.contains(QString::number(latestSchemaVersion())));
        QCOMPARE(fileSha256(profile.databasePath()), before);
        QVERIFY(!QFile::exists(profile.databasePath() + u"-wal"_s));
    }

    void rekeyReplacesTheKeyAndKeepsTheData()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        auto store = storeFor(profile);
        QVERIFY(Vault::create(profile, *store, Profile::newProfileId()));
        auto oldKey = store->load(KeySlot::Current);
        QVERIFY(oldKey);
        SyntheticCases synthetic(7);
        const NewCase entry = synthetic.next();
        {
            auto vault = Vault::open(profile, *store);
            QVERIFY(vault);
            QVERIFY((*vault)->caseStore().insertNew({entry}, u"test"_s));
            auto rekeyed = (*vault)->rekey(*store);
            QVERIFY2(rekeyed, qPrintable(rekeyed ? QString() : rekeyed.error().message));
            QVERIFY((*vault)->caseStore().containsCase(entry.caseRecord.id).value());
        }
        auto newKey = store->load(KeySlot::Current);
        QVERIFY(newKey);
        QVERIFY(!newKey->equals(*oldKey));
        QCOMPARE(store->load(KeySlot::Pending).error().code, ErrorCode::KeyNotFound);
        QVERIFY(!opensWithRawKey(profile.databasePath(), *oldKey));
        QVERIFY(opensWithRawKey(profile.databasePath(), *newKey));
        auto vault = Vault::open(profile, *store);
        QVERIFY(vault);
        QVERIFY((*vault)->caseStore().containsCase(entry.caseRecord.id).value());
        QSqlQuery query((*vault)->database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
    }

    // The process died after the database was re-encrypted but before the
    // new key reached profile.json and the Current slot.
    void completesARotationInterruptedAfterTheRekey()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        auto store = storeFor(profile);
        auto newKey = crypto::randomBytes(32);
        {
            auto vault = Vault::create(profile, *store, Profile::newProfileId());
            QVERIFY(vault);
            QVERIFY(store->store(*newKey, KeySlot::Pending));
            auto *driver = static_cast<SqlCipherDriver *>((*vault)->database().driver());
            QVERIFY(driver->rekey(*newKey));
        }
        auto vault = Vault::open(profile, *store);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QVERIFY(store->load(KeySlot::Current)->equals(*newKey));
        QCOMPARE(store->load(KeySlot::Pending).error().code, ErrorCode::KeyNotFound);
        QCOMPARE(profile.readMetadata()->keyCheck, Profile::keyCheckFor(*newKey));
    }

    // The process died after saving the pending key, before the rekey.
    void dropsAPendingKeyTheDatabaseNeverUsed()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        auto store = storeFor(profile);
        QVERIFY(Vault::create(profile, *store, Profile::newProfileId()));
        auto oldKey = store->load(KeySlot::Current);
        QVERIFY(store->store(*crypto::randomBytes(32), KeySlot::Pending));
        auto vault = Vault::open(profile, *store);
        QVERIFY(vault);
        QVERIFY(store->load(KeySlot::Current)->equals(*oldKey));
        QCOMPARE(store->load(KeySlot::Pending).error().code, ErrorCode::KeyNotFound);
    }

    void openingWithTheWrongKindOfStoreIsRefused()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        QVERIFY(Vault::create(profile, *storeFor(profile), Profile::newProfileId()));
        auto metadata = profile.readMetadata();
        metadata->keyStore = KeyStore::Kind::Keychain;
        QVERIFY(profile.writeMetadata(*metadata));
        auto vault = Vault::open(profile, *storeFor(profile));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::InvalidArgument);
    }

    void damagedProfileMetadataIsReported()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        QVERIFY(Vault::create(profile, *storeFor(profile), Profile::newProfileId()));
        QFile file(profile.metadataPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        auto vault = Vault::open(profile, *storeFor(profile));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::Corrupt);
        QVERIFY(vault.error().message.contains(u"profile.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "test_vault.moc"
