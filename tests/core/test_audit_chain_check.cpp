// The audit chain check a workstation runs when it opens its vault, on a
// real encrypted vault: an intact chain leaves a checkpoint and the next
// check walks on from it; a record changed behind the application's back is
// found, logged without personal data, reported once and recorded, and the
// log keeps working.
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "security/AuditChainCheck.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// A distinctive object and user that must never reach a log line.
const QString secretObject = u"case:0193a5c1-7e2f-7abc-8def-00000000beef"_s;

AuditEntry entry(int i)
{
    return AuditEntry{u"staff.zhao"_s,
                      QString(auditaction::caseOpen),
                      secretObject,
                      AuditResult::Succeeded,
                      QJsonObject{{u"n"_s, i}},
                      QDateTime(QDate(2026, 1, 27), QTime(8, i % 60), Qt::UTC)};
}

QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
}

} // namespace

class TestAuditChainCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("audit check tests"));
        auto vault = Vault::create(profile, *m_keyStore, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void anEmptyLogIsIntact()
    {
        SyncStore settings = m_vault->syncStore();
        auto status = AuditChainCheck::run(m_vault->auditLog(), settings);
        QVERIFY(status);
        QVERIFY(status->intact());
        QCOMPARE(status->records, 0);
        QVERIFY(AuditChainCheck::message(*status).isEmpty());
    }

    void anIntactChainLeavesACheckpointAndTheNextCheckWalksOnFromIt()
    {
        AuditLog log = m_vault->auditLog();
        SyncStore settings = m_vault->syncStore();
        append(5);
        auto first = AuditChainCheck::run(log, settings);
        QVERIFY(first && first->intact());
        QCOMPARE(first->records, 5);
        QCOMPARE(first->walked, 5);
        const QString checkpoint = settings.setting(QString(AuditChainCheck::checkpointKey)).value();
        QCOMPARE(checkpoint, u"5:"_s + log.records(5, 1).value().constFirst().hash);

        append(3);
        auto second = AuditChainCheck::run(log, settings);
        QVERIFY(second && second->intact());
        QCOMPARE(second->records, 8);
        QCOMPARE(second->walked, 3);
        QVERIFY(settings.setting(QString(AuditChainCheck::checkpointKey)).value().startsWith(u"8:"_s));
    }

    void aBreakIsLoggedWithoutPersonalDataShownOnceAndRecorded()
    {
        AuditLog log = m_vault->auditLog();
        SyncStore settings = m_vault->syncStore();
        append(6);
        QVERIFY(AuditChainCheck::run(log, settings).value().intact()); // checkpoint at 6
        append(3); // 7, 8, 9
        editObjectOf(8);

        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        auto found = AuditChainCheck::run(log, settings);
        qInstallMessageHandler(previous);
        QVERIFY(found);
        QVERIFY(!found->intact());
        QCOMPARE(found->firstBreak->kind, AuditBreak::Kind::Edited);
        QCOMPARE(found->firstBreak->position, 8);
        QVERIFY(found->newlyBroken);
        QVERIFY(AuditChainCheck::message(*found).contains(u"tampered with"_s));
        QVERIFY(AuditChainCheck::message(*found).contains(u"8"_s));
        // Logged: the position and the kind, nothing of the record.
        const QString logged = capturedLog.join(u'\n');
        QVERIFY2(logged.contains(u"audit chain broken at record 8 (edited)"_s), qPrintable(logged));
        QVERIFY(!logged.contains(u"beef"_s));
        QVERIFY(!logged.contains(u"staff.zhao"_s));
        QVERIFY(!logged.contains(u"tampered"_s));

        // Recorded, as a record that continues the (broken) chain.
        QVERIFY(AuditChainCheck::recordBreak(log, settings, *found, u"system"_s));
        const AuditRecord recorded = log.records(10, 1).value().constFirst();
        QCOMPARE(recorded.action, QString(auditaction::auditChainBroken));
        QCOMPARE(recorded.result, AuditResult::Failed);
        const QJsonObject details = QJsonDocument::fromJson(recorded.details.toUtf8()).object();
        QCOMPARE(details.value(u"position"_s).toInt(), 8);
        QCOMPARE(details.value(u"kind"_s).toString(), u"edited"_s);

        // The next open finds the same break, but it was reported already.
        auto again = AuditChainCheck::run(log, settings);
        QVERIFY(again);
        QCOMPARE(again->firstBreak->position, 8);
        QVERIFY(!again->newlyBroken);
        QVERIFY(AuditChainCheck::recordBreak(log, settings, *again, u"system"_s));
        QCOMPARE(log.count().value(), 10); // not recorded twice

        // The counter keeps working: the log still takes records.
        QVERIFY(log.append(entry(11)));
        QCOMPARE(log.count().value(), 11);
    }

    void aChangedCheckpointRecordMeansAFullWalk()
    {
        AuditLog log = m_vault->auditLog();
        SyncStore settings = m_vault->syncStore();
        append(5);
        QVERIFY(AuditChainCheck::run(log, settings).value().intact()); // checkpoint at 5
        editObjectOf(5);
        auto found = AuditChainCheck::run(log, settings);
        QVERIFY(found);
        QVERIFY(!found->intact());
        QCOMPARE(found->firstBreak->position, 5);
        QCOMPARE(found->walked, 5);
    }

    void aDeletedTailIsFoundFromTheCheckpoint()
    {
        AuditLog log = m_vault->auditLog();
        SyncStore settings = m_vault->syncStore();
        append(4);
        QVERIFY(AuditChainCheck::run(log, settings).value().intact());
        append(3);
        {
            QSqlQuery query = rawQuery();
            QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_delete"_s));
            QVERIFY(query.exec(u"DELETE FROM audit_log WHERE sequence >= 6"_s));
        }
        closeRaw();
        auto found = AuditChainCheck::run(log, settings);
        QVERIFY(found);
        QVERIFY(!found->intact());
        QCOMPARE(found->firstBreak->kind, AuditBreak::Kind::Deleted);
        QCOMPARE(found->firstBreak->position, 6);
        QVERIFY(found->newlyBroken);
        QVERIFY(AuditChainCheck::recordBreak(log, settings, *found, u"system"_s));
    }

private:
    void append(int records)
    {
        AuditLog log = m_vault->auditLog();
        for (int i = 0; i < records; ++i) {
            auto appended = log.append(entry(i));
            QVERIFY2(appended, appended ? "" : qPrintable(appended.error().message));
        }
    }

    QSqlQuery rawQuery()
    {
        if (m_raw.isEmpty())
            m_raw = m_vault->openConnection().value();
        return QSqlQuery(QSqlDatabase::database(m_raw, false));
    }

    void closeRaw()
    {
        if (!m_raw.isEmpty())
            Vault::closeConnection(m_raw);
        m_raw.clear();
    }

    // As someone with the key could: the update trigger dropped for the
    // change and put back after it.
    void editObjectOf(qint64 sequence)
    {
        {
            QSqlQuery query = rawQuery();
            QVERIFY(query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'"_s));
            QVERIFY(query.next());
            const QString trigger = query.value(0).toString();
            QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_update"_s));
            query.prepare(u"UPDATE audit_log SET object = 'case:other' WHERE sequence = ?"_s);
            query.addBindValue(sequence);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(trigger));
        }
        closeRaw();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
    QString m_raw;
};

QTEST_GUILESS_MAIN(TestAuditChainCheck)
#include "test_audit_chain_check.moc"
