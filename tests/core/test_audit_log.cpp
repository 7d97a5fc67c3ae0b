// The audit chain in a real vault: appended records verify; the triggers
// refuse changes; and a record edited, deleted, inserted or moved through a
// raw connection with the triggers dropped is found at its position.
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "security/AuditLog.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int recordCount = 6;

AuditEntry entry(int i)
{
    return AuditEntry{i % 2 ? u"staff.li"_s : u"staff.zhao"_s,
                      i % 3 ? QString(auditaction::caseOpen) : QString(auditaction::accept),
                      u"case:0193a5c1-7e2f-7abc-8def-%1"_s.arg(i, 12, 10, QChar(u'0')),
                      i == 4 ? AuditResult::Refused : AuditResult::Succeeded,
                      QJsonObject{{u"receiptNumber"_s, u"TH-2026-W01-%1"_s.arg(500 + i, 6, 10, QChar(u'0'))}},
                      QDateTime(QDate(2026, 1, 27), QTime(8, i), Qt::UTC)};
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("audit log tests"));
        auto vault = Vault::create(profile, *m_keyStore, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
    }

    void cleanup()
    {
        if (!m_raw.isEmpty())
            Vault::closeConnection(m_raw);
        m_raw.clear();
        m_vault.reset();
        m_dir.reset();
    }

    void anEmptyLogVerifies()
    {
        auto verified = m_vault->auditLog().verify();
        QVERIFY(verified);
        QVERIFY(verified->intact());
        QCOMPARE(verified->records, 0);
    }

    void appendedRecordsFormAChainThatVerifies()
    {
        AuditLog log = m_vault->auditLog();
        QList<AuditRecord> appended;
        for (int i = 1; i <= recordCount; ++i) {
            auto record = log.append(entry(i));
            QVERIFY2(record, qPrintable(record ? QString() : record.error().message));
            appended << *record;
        }
        QCOMPARE(appended.first().sequence, 1);
        QCOMPARE(appended.first().previousHash, AuditLog::genesisHash());
        for (int i = 1; i < recordCount; ++i) {
            QCOMPARE(appended.at(i).sequence, i + 1);
            QCOMPARE(appended.at(i).previousHash, appended.at(i - 1).hash);
        }
        QCOMPARE(appended.at(3).result, AuditResult::Refused);
        QCOMPARE(appended.at(0).timeUtc, QDateTime(QDate(2026, 1, 27), QTime(8, 1), Qt::UTC));

        auto stored = log.records(1, 100);
        QVERIFY(stored);
        QCOMPARE(stored->size(), recordCount);
        for (int i = 0; i < recordCount; ++i) {
            QCOMPARE(stored->at(i).hash, appended.at(i).hash);
            QCOMPARE(stored->at(i).computeHash(), stored->at(i).hash);
            QCOMPARE(stored->at(i).details,
                     u"{\"receiptNumber\":\"TH-2026-W01-%1\"}"_s.arg(501 + i, 6, 10, QChar(u'0')));
        }
        auto verified = log.verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->firstBreak ? verified->firstBreak->explanation : QString()));
        QCOMPARE(verified->records, recordCount);
    }

    void eachRecordIsQueuedForThePlatformInChainOrder()
    {
        AuditLog log = m_vault->auditLog();
        QList<AuditRecord> appended;
        for (int i = 1; i <= 3; ++i)
            appended << log.append(entry(i)).value();
        auto ops = m_vault->syncStore().pendingOps(10);
        QVERIFY(ops);
        QCOMPARE(ops->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const protocol::Op &op = ops->at(i);
            QCOMPARE(op.kind, protocol::OpKind::AuditAppend);
            QVERIFY(op.caseId.isEmpty());
            auto carried = auditRecordFromJson(op.payload);
            QVERIFY2(carried, qPrintable(carried ? QString() : carried.error().message));
            QCOMPARE(carried->sequence, appended.at(i).sequence);
            QCOMPARE(carried->hash, appended.at(i).hash);
            QCOMPARE(carried->computeHash(), appended.at(i).hash);
        }
        // What the sync engine sends is what the platform reads.
        auto decoded = protocol::decodeOpBatch(protocol::encode(protocol::OpBatch{u"ws-1"_s, *ops}));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->ops.at(2).kind, protocol::OpKind::AuditAppend);
        QCOMPARE(decoded->ops.at(2).payload, ops->at(2).payload);
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM outbox WHERE kind = 'audit.append' AND case_id IS NULL"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    void theCanonicalFormIsTheDocumentedOne()
    {
        // docs/security.md, "Canonical form", shows this record.
        AuditRecord record;
        record.sequence = 1;
        record.timeUtc = QDateTime(QDate(2026, 1, 27), QTime(8, 15), Qt::UTC);
        record.userId = u"staff.li"_s;
        record.action = u"case.accept"_s;
        record.object = u"case:0193a5c1-7e2f-7abc-8def-000000000001"_s;
        record.result = AuditResult::Succeeded;
        record.details = u"{\"receiptNumber\":\"TH-2026-W01-000501\"}"_s;
        record.previousHash = AuditLog::genesisHash();
        const QByteArray expected = "CDAUDIT1\n"
                                    "1:1\n"
                                    "24:2026-01-27T08:15:00.000Z\n"
                                    "8:staff.li\n"
                                    "11:case.accept\n"
                                    "41:case:0193a5c1-7e2f-7abc-8def-000000000001\n"
                                    "9:succeeded\n"
                                    "38:{\"receiptNumber\":\"TH-2026-W01-000501\"}\n"
                                    "64:0000000000000000000000000000000000000000000000000000000000000000\n";
        QCOMPARE(record.canonicalForm(), expected);
        QCOMPARE(record.computeHash(), u"cff6c3d53467b244e12f764ed6ac10821dee01cf6befe86b2ad27599a4ac1e67"_s);

        // Every field counts.
        AuditRecord other = record;
        other.result = AuditResult::Refused;
        QVERIFY(other.computeHash() != record.computeHash());
        other = record;
        other.sequence = 2;
        QVERIFY(other.computeHash() != record.computeHash());
        other = record;
        other.timeUtc = other.timeUtc.addMSecs(1);
        QVERIFY(other.computeHash() != record.computeHash());
        // The length prefixes keep a character from moving between fields.
        other = record;
        other.userId = u"staff.lic"_s;
        other.action = u"ase.accept"_s;
        QVERIFY(other.computeHash() != record.computeHash());
    }

    void theTriggersRefuseChangesAndOutOfChainInserts()
    {
        AuditLog log = m_vault->auditLog();
        for (int i = 1; i <= 3; ++i)
            QVERIFY(log.append(entry(i)));
        QSqlQuery query(m_vault->database());
        QVERIFY(!query.exec(u"UPDATE audit_log SET object = 'case:other' WHERE sequence = 2"_s));
        QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(u"DELETE FROM audit_log WHERE sequence = 3"_s));
        QVERIFY(query.lastError().text().contains(u"append-only"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));

        const QString last = log.records(3, 1).value().first().hash;
        const auto insert = [&](qint64 sequence, const QString &previous) {
            return query.exec(u"INSERT INTO audit_log (sequence, recorded_at, user_id, action, object, result, "
                              "details, previous_hash, hash) VALUES (%1, '2026-01-27T09:00:00.000Z', 'intruder', "
                              "'case.open', '', 'succeeded', '', '%2', '%3')"_s.arg(sequence)
                                  .arg(previous, QString(64, u'a')));
        };
        QVERIFY(!insert(2, last)); // inside the chain
        QVERIFY(!insert(5, last)); // a gap
        QVERIFY(!insert(4, AuditLog::genesisHash())); // not chained to the last record
        QVERIFY(query.lastError().text().contains(u"append-only"_s));

        auto verified = log.verify();
        QVERIFY(verified && verified->intact());
        QCOMPARE(verified->records, 3);
    }

    void personalDataIsRefused_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QJsonObject>("details");
        QTest::addRow("citizen ID in details") << u"case:1"_s << QJsonObject{{u"id"_s, u"11010519491231002X"_s}};
        QTest::addRow("mobile in details") << u"case:1"_s << QJsonObject{{u"note"_s, u"call 13912345678"_s}};
        QTest::addRow("bank card in details") << u"case:1"_s << QJsonObject{{u"card"_s, u"6222020200112233446"_s}};
        QTest::addRow("citizen ID as object") << u"applicant:110105194912310021"_s << QJsonObject{};
    }

    void personalDataIsRefused()
    {
        QFETCH(QString, object);
        QFETCH(QJsonObject, details);
        AuditLog log = m_vault->auditLog();
        auto refused =
            log.append(AuditEntry{u"staff.li"_s, u"case.open"_s, object, AuditResult::Succeeded, details, {}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"personal data"_s), qPrintable(refused.error().message));
        QCOMPARE(log.count().value(), 0);
        QCOMPARE(m_vault->syncStore().pendingOpCount().value(), 0);
        // Ids, receipt numbers and times are fine.
        QVERIFY(log.append(entry(1)));
    }

    void aBrokenChainIsFoundAtItsPosition_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("kind");
        QTest::addRow("edited") << u"edit"_s << 3 << u"edited"_s;
        QTest::addRow("edited, hash rewritten") << u"edit-rehash"_s << 3 << u"edited"_s;
        QTest::addRow("edited first") << u"edit-first"_s << 1 << u"edited"_s;
        QTest::addRow("edited, result unknown") << u"edit-result"_s << 4 << u"edited"_s;
        QTest::addRow("deleted") << u"delete"_s << 3 << u"deleted"_s;
        QTest::addRow("deleted, renumbered") << u"delete-renumber"_s << 3 << u"deleted"_s;
        QTest::addRow("deleted at the end") << u"delete-tail"_s << 5 << u"deleted"_s;
        QTest::addRow("inserted, chained") << u"insert-chained"_s << 3 << u"inserted"_s;
        QTest::addRow("inserted, unchained") << u"insert-unchained"_s << 3 << u"inserted"_s;
        QTest::addRow("reordered, swapped") << u"swap"_s << 3 << u"reordered"_s;
        QTest::addRow("reordered, moved later") << u"move-later"_s << 2 << u"reordered"_s;
    }

    void aBrokenChainIsFoundAtItsPosition()
    {
        QFETCH(QString, tampering);
        QFETCH(int, position);
        QFETCH(QString, kind);
        AuditLog log = m_vault->auditLog();
        for (int i = 1; i <= recordCount; ++i)
            QVERIFY(log.append(entry(i)));
        QVERIFY(log.verify()->intact());

        tamper(tampering);
        if (QTest::currentTestFailed())
            return;

        auto verified = log.verify();
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QVERIFY2(verified->firstBreak, "the tampering went unnoticed");
        const AuditBreak &found = *verified->firstBreak;
        QVERIFY2(found.position == position && auditBreakKindName(found.kind) == kind,
                 qPrintable(u"found %1 at %2: %3"_s.arg(auditBreakKindName(found.kind))
                                .arg(found.position)
                                .arg(found.explanation)));
        QVERIFY2(found.explanation.contains(QString::number(position)), qPrintable(found.explanation));
    }

    void recordsAfterARemovedTailDoNotReuseItsNumbers()
    {
        AuditLog log = m_vault->auditLog();
        for (int i = 1; i <= recordCount; ++i)
            QVERIFY(log.append(entry(i)));
        tamper(u"delete-tail"_s);
        if (QTest::currentTestFailed())
            return;
        auto next = log.append(entry(7));
        QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
        QCOMPARE(next->sequence, recordCount + 1);
        auto verified = log.verify();
        QVERIFY(verified && verified->firstBreak);
        QCOMPARE(verified->firstBreak->kind, AuditBreak::Kind::Deleted);
        QCOMPARE(verified->firstBreak->position, 5);
    }

private:
    // Changes the vault as someone with its key could: another connection,
    // the triggers dropped.
    void tamper(const QString &how)
    {
        auto name = m_vault->openConnection();
        QVERIFY(name);
        m_raw = *name;
        QSqlQuery query(QSqlDatabase::database(m_raw, false));
        const auto run = [&query](const QString &sql) {
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        };
        for (const QString &trigger :
             {u"audit_log_no_update"_s, u"audit_log_no_delete"_s, u"audit_log_append_at_end"_s})
            run(u"DROP TRIGGER "_s + trigger);
        const auto stored = [&](qint64 sequence) {
            AuditRecord record;
            query.prepare(u"SELECT sequence, recorded_at, user_id, action, object, result, details, previous_hash, "
                          "hash FROM audit_log WHERE sequence = ?"_s);
            query.addBindValue(sequence);
            if (!query.exec() || !query.next())
                return record;
            record.sequence = query.value(0).toLongLong();
            record.timeUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
            record.userId = query.value(2).toString();
            record.action = query.value(3).toString();
            record.object = query.value(4).toString();
            record.result = auditResultFromName(query.value(5).toString()).value();
            record.details = query.value(6).toString();
            record.previousHash = query.value(7).toString();
            record.hash = query.value(8).toString();
            query.finish();
            return record;
        };
        const auto insert = [&](const AuditRecord &record) {
            query.prepare(u"INSERT INTO audit_log (sequence, recorded_at, user_id, action, object, result, details, "
                          "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &value :
                 {QVariant(record.sequence), QVariant(record.timeUtc.toString(Qt::ISODateWithMs)),
                  QVariant(record.userId), QVariant(record.action), QVariant(record.object),
                  QVariant(auditResultName(record.result)), QVariant(record.details), QVariant(record.previousHash),
                  QVariant(record.hash)})
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        };
        const auto forged = [&](const QString &previous) {
            AuditRecord record;
            record.sequence = 3;
            record.timeUtc = QDateTime(QDate(2026, 1, 27), QTime(8, 2, 30), Qt::UTC);
            record.userId = u"staff.li"_s;
            record.action = u"case.open"_s;
            record.object = u"case:0193a5c1-7e2f-7abc-8def-999999999999"_s;
            record.previousHash = previous;
            record.hash = record.computeHash();
            return record;
        };

        if (how == u"edit") {
            run(u"UPDATE audit_log SET object = 'case:0193a5c1-7e2f-7abc-8def-999999999999' WHERE sequence = 3"_s);
        } else if (how == u"edit-rehash") {
            AuditRecord record = stored(3);
            record.result = AuditResult::Refused;
            run(u"UPDATE audit_log SET result = 'refused', hash = '%1' WHERE sequence = 3"_s.arg(record.computeHash()));
        } else if (how == u"edit-result") {
            run(u"UPDATE audit_log SET result = 'unknown' WHERE sequence = 4"_s);
        } else if (how == u"edit-first") {
            run(u"UPDATE audit_log SET user_id = 'staff.wang' WHERE sequence = 1"_s);
        } else if (how == u"delete") {
            run(u"DELETE FROM audit_log WHERE sequence = 3"_s);
        } else if (how == u"delete-renumber") {
            run(u"DELETE FROM audit_log WHERE sequence = 3"_s);
            run(u"UPDATE audit_log SET sequence = -sequence WHERE sequence > 3"_s);
            run(u"UPDATE audit_log SET sequence = -sequence - 1 WHERE sequence < 0"_s);
        } else if (how == u"delete-tail") {
            run(u"DELETE FROM audit_log WHERE sequence >= 5"_s);
        } else if (how == u"insert-chained" || how == u"insert-unchained") {
            const QString previous = how == u"insert-chained" ? stored(2).hash : QString(64, u'b');
            run(u"UPDATE audit_log SET sequence = -sequence WHERE sequence >= 3"_s);
            run(u"UPDATE audit_log SET sequence = 1 - sequence WHERE sequence < 0"_s);
            insert(forged(previous));
        } else if (how == u"swap") {
            run(u"UPDATE audit_log SET sequence = -3 WHERE sequence = 3"_s);
            run(u"UPDATE audit_log SET sequence = 3 WHERE sequence = 4"_s);
            run(u"UPDATE audit_log SET sequence = 4 WHERE sequence = -3"_s);
        } else if (how == u"move-later") {
            run(u"UPDATE audit_log SET sequence = -2 WHERE sequence = 2"_s);
            run(u"UPDATE audit_log SET sequence = 2 WHERE sequence = 3"_s);
            run(u"UPDATE audit_log SET sequence = 3 WHERE sequence = 4"_s);
            run(u"UPDATE audit_log SET sequence = 4 WHERE sequence = -2"_s);
        } else {
            QFAIL(qPrintable(u"no such tampering: "_s + how));
        }
        query.finish();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
    QString m_raw;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
