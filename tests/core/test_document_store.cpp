#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/DocumentStore.h"
#include "storage/Vault.h"
#include "sync/Protocol.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestDocumentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("document store tests"));
        auto vault = Vault::create(profile, *m_keyStore, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        SyntheticCases synthetic(11);
        m_case = synthetic.next();
        QVERIFY(m_vault->caseStore().insertNew({m_case}, u"staff.li"_s));
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void theSameBytesAreStoredOnce()
    {
        DocumentStore store = documents();
        const QByteArray scan = "\x89PNG pretend scan of an ID card";
        auto first = store.add(scan, u"image/png"_s);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(*first, QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));
        auto second = store.add(scan, u"image/png"_s);
        QVERIFY(second);
        QCOMPARE(*second, *first);
        QCOMPARE(count(u"documents"_s), 1);

        auto other = store.add(scan + "!", u"image/png"_s);
        QVERIFY(other);
        QVERIFY(*other != *first);
        QCOMPARE(count(u"documents"_s), 2);

        QCOMPARE(store.content(*first).value(), scan);
        const StoredDocument loaded = store.load(*first).value();
        QCOMPARE(loaded.mediaType, u"image/png"_s);
        QVERIFY(loaded.createdUtc.isValid());
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT size, upload_complete FROM documents WHERE sha256 = '%1'"_s.arg(*first)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), scan.size());
        QCOMPARE(query.value(1).toInt(), 0); // waits for the sync engine
    }

    void refusesEmptyContentAndUnknownDigests()
    {
        DocumentStore store = documents();
        auto empty = store.add({}, u"image/png"_s);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!store.add("bytes", QString()));
        QCOMPARE(count(u"documents"_s), 0);
        auto missing = store.content(QString(64, u'0'));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::InvalidArgument);
    }

    void attachWritesTheMaterialAndItsOpTogether()
    {
        DocumentStore store = documents();
        const QString sha256 = store.add("scan of the household register", u"image/jpeg"_s).value();
        const int eventsBefore = count(u"case_events"_s);
        const int opsBefore = count(u"outbox"_s);
        auto attached = store.attach(m_case.caseRecord.id, u"hukou"_s, sha256, u"staff.wang"_s);
        QVERIFY2(attached, qPrintable(attached ? QString() : attached.error().message));

        const QList<CaseMaterial> materials = store.materials(m_case.caseRecord.id).value();
        QCOMPARE(materials.size(), 1);
        QCOMPARE(materials[0].materialCode, u"hukou"_s);
        QCOMPARE(materials[0].state, MaterialState::Received);
        QCOMPARE(materials[0].documentSha256, sha256);
        QVERIFY(materials[0].updatedUtc.isValid());

        QCOMPARE(count(u"outbox"_s), opsBefore + 1);
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT op_id, case_id, kind, payload, base_rev FROM outbox ORDER BY seq DESC LIMIT 1"_s));
        QVERIFY(query.next());
        const QString opId = query.value(0).toString();
        QVERIFY(protocol::isUuid(opId));
        QCOMPARE(opId.at(14), u'7'); // UUID version 7, time-ordered
        QCOMPARE(query.value(1).toString(), m_case.caseRecord.id);
        QCOMPARE(query.value(2).toString(), u"case.material"_s);
        QCOMPARE(query.value(4).toLongLong(), m_case.caseRecord.revision);
        const QJsonObject payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        QCOMPARE(payload.keys(), (QStringList{u"documentSha256"_s, u"materialCode"_s, u"note"_s, u"state"_s}));
        // What the platform will read of it.
        auto decoded = protocol::materialPayloadFromJson(payload);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->materialCode, u"hukou"_s);
        QCOMPARE(decoded->state, u"received"_s);
        QCOMPARE(decoded->documentSha256, sha256);

        // The case's history says who; the revision counts only
        // non-commuting changes (docs/platform-api.md).
        QCOMPARE(count(u"case_events"_s), eventsBefore + 1);
        QVERIFY(query.exec(u"SELECT kind, actor FROM case_events ORDER BY id DESC LIMIT 1"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"material"_s);
        QCOMPARE(query.value(1).toString(), u"staff.wang"_s);
        QCOMPARE(m_vault->caseStore().load(m_case.caseRecord.id)->revision, m_case.caseRecord.revision);
    }

    void attachWritesNothingWithoutTheCaseOrTheDocument()
    {
        DocumentStore store = documents();
        const QString sha256 = store.add("scan", u"image/png"_s).value();
        const Snapshot before = snapshot();

        auto noCase = store.attach(u"0193a5c1-7e2f-7abc-8def-0123456789ab"_s, u"hukou"_s, sha256, u"staff.wang"_s);
        QVERIFY(!noCase);
        QCOMPARE(noCase.error().code, ErrorCode::InvalidArgument);
        QVERIFY(noCase.error().message.contains(u"0193a5c1-7e2f-7abc-8def-0123456789ab"_s));
        QCOMPARE(snapshot(), before);

        auto noDocument = store.attach(m_case.caseRecord.id, u"hukou"_s, QString(64, u'a'), u"staff.wang"_s);
        QVERIFY(!noDocument);
        QCOMPARE(snapshot(), before);

        QVERIFY(!store.attach(m_case.caseRecord.id, u"hukou"_s, u"not a digest"_s, u"staff.wang"_s));
        QVERIFY(!store.attach(m_case.caseRecord.id, QString(), sha256, u"staff.wang"_s));
        QVERIFY(!store.attach(m_case.caseRecord.id, u"hukou"_s, sha256, QString()));
        QCOMPARE(snapshot(), before);
    }

    void aFailingOpLeavesTheMaterialUnchanged()
    {
        DocumentStore store = documents();
        const QString sha256 = store.add("scan", u"image/png"_s).value();
        const Snapshot before = snapshot();
        // The outbox insert fails after the material row was written: the
        // transaction must take the material row back with it.
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse_ops BEFORE INSERT ON outbox "
                           "BEGIN SELECT RAISE(ABORT, 'outbox refused by the test'); END"_s));
        auto attached = store.attach(m_case.caseRecord.id, u"hukou"_s, sha256, u"staff.wang"_s);
        QVERIFY(!attached);
        QCOMPARE(attached.error().code, ErrorCode::Sql);
        QCOMPARE(snapshot(), before);
        QVERIFY(query.exec(u"DROP TRIGGER refuse_ops"_s));
        QVERIFY(store.attach(m_case.caseRecord.id, u"hukou"_s, sha256, u"staff.wang"_s));
        QCOMPARE(count(u"case_materials"_s), 1);
    }

    void attachNewStoresNoOrphanWhenRefused()
    {
        DocumentStore store = documents();
        const QByteArray scan = "scan of a marriage certificate";
        auto refused = store.attachNew(u"0193a5c1-7e2f-7abc-8def-0123456789ab"_s, u"marriage"_s, scan, u"image/png"_s,
                                       u"staff.wang"_s);
        QVERIFY(!refused);
        QCOMPARE(count(u"documents"_s), 0);

        auto attached = store.attachNew(m_case.caseRecord.id, u"marriage"_s, scan, u"image/png"_s, u"staff.wang"_s);
        QVERIFY(attached);
        QCOMPARE(store.content(*attached).value(), scan);
        QCOMPARE(store.materials(m_case.caseRecord.id)->first().documentSha256, *attached);
    }

    void waivingNeedsAReason()
    {
        DocumentStore store = documents();
        const Snapshot before = snapshot();
        auto withoutReason =
            store.setMaterialState(m_case.caseRecord.id, u"photo"_s, MaterialState::Waived, u"  "_s, u"staff.wang"_s);
        QVERIFY(!withoutReason);
        QCOMPARE(withoutReason.error().code, ErrorCode::InvalidArgument);
        QVERIFY(withoutReason.error().message.contains(u"reason"_s));
        QCOMPARE(snapshot(), before);

        QVERIFY(store.setMaterialState(m_case.caseRecord.id, u"photo"_s, MaterialState::Waived, u"本人到场，现场拍照"_s,
                                       u"staff.wang"_s));
        const CaseMaterial material = store.materials(m_case.caseRecord.id)->first();
        QCOMPARE(material.state, MaterialState::Waived);
        QCOMPARE(material.note, u"本人到场，现场拍照"_s);
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT payload FROM outbox WHERE kind = 'case.material'"_s) && query.next());
        const QJsonObject payload = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        QCOMPARE(payload[u"state"_s].toString(), u"waived"_s);
        QCOMPARE(payload[u"note"_s].toString(), u"本人到场，现场拍照"_s);
        QCOMPARE(payload[u"documentSha256"_s].toString(), QString());
    }

    void statesOtherThanReceivedDetachTheDocument()
    {
        DocumentStore store = documents();
        const QString id = m_case.caseRecord.id;
        const QString sha256 = store.add("scan of a business licence", u"application/pdf"_s).value();
        QVERIFY(store.attach(id, u"licence"_s, sha256, u"staff.wang"_s));
        // Received again, with a note: the scan stays attached.
        QVERIFY(store.setMaterialState(id, u"licence"_s, MaterialState::Received, u"original seen"_s, u"staff.wang"_s));
        QCOMPARE(store.materials(id)->first().documentSha256, sha256);
        QCOMPARE(store.materials(id)->first().note, u"original seen"_s);
        // Verified as an e-licence instead: the scan is no longer the material.
        QVERIFY(store.setMaterialState(id, u"licence"_s, MaterialState::ELicence, {}, u"staff.wang"_s));
        QCOMPARE(store.materials(id)->first().state, MaterialState::ELicence);
        QVERIFY(store.materials(id)->first().documentSha256.isEmpty());
        QVERIFY(store.setMaterialState(id, u"licence"_s, MaterialState::Missing, {}, u"staff.wang"_s));
        QCOMPARE(store.materials(id)->first().state, MaterialState::Missing);
        QCOMPARE(count(u"case_materials"_s), 1);
        QCOMPARE(count(u"outbox WHERE kind = 'case.material'"_s), 4);
        // The document itself stays: another case may use it, and it may
        // still be on its way to the platform.
        QCOMPARE(count(u"documents"_s), 1);
    }

private:
    struct Snapshot {
        int materials = 0;
        int events = 0;
        int ops = 0;
        int documents = 0;
        bool operator==(const Snapshot &) const = default;
    };

    DocumentStore documents() const
    {
        return DocumentStore(m_vault->database(), [this](const QSqlError &error, const QString &action) {
            return m_vault->errorFrom(error, action);
        });
    }

    int count(const QString &table) const { return int(rowCount(m_vault->database(), table)); }

    Snapshot snapshot() const
    {
        return {count(u"case_materials"_s), count(u"case_events"_s), count(u"outbox"_s), count(u"documents"_s)};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
    NewCase m_case;
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "test_document_store.moc"
