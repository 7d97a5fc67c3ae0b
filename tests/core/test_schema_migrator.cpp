#include "keys/Crypto.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

Error mapError(const QSqlError &error, const QString &action)
{
    return storageError(error, 0, action);
}

bool tableExists(QSqlDatabase db, const QString &name)
{
    return db.tables().contains(name);
}

} // namespace

class TestSchemaMigrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto *driver = new SqlCipherDriver;
        driver->setRawKey(std::move(crypto::randomBytes(32)).value());
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"migrator"_s);
        db.setDatabaseName(m_dir.filePath(u"test-%1.db"_s.arg(++m_counter)));
        QVERIFY(db.open());
    }

    void cleanup()
    {
        QSqlDatabase::database(u"migrator"_s).close();
        QSqlDatabase::removeDatabase(u"migrator"_s);
    }

    void migratesAFreshDatabaseToTheLatestSchema()
    {
        QSqlDatabase db = QSqlDatabase::database(u"migrator"_s);
        SchemaMigrator migrator(db, mapError);
        QCOMPARE(*migrator.currentVersion(), 0);
        auto applied = migrator.migrate();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(*applied, int(schemaMigrations().size()));
        QCOMPARE(*migrator.currentVersion(), latestSchemaVersion());
        for (const QString &table : {u"cases"_s, u"applicants"_s, u"documents"_s, u"case_events"_s, u"outbox"_s,
                                     u"case_materials"_s, u"schema_version"_s, u"audit_log"_s})
            QVERIFY2(tableExists(db, table), qPrintable(table));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT version, description, applied_at FROM schema_version ORDER BY version"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.value(2).toDateTime().isValid());
    }

    void migratingAgainChangesNothing()
    {
        SchemaMigrator migrator(QSqlDatabase::database(u"migrator"_s), mapError);
        QVERIFY(migrator.migrate());
        auto again = migrator.migrate();
        QVERIFY(again);
        QCOMPARE(*again, 0);
    }

    void aFailingStepRollsBackAloneAndIsNotRecorded()
    {
        QSqlDatabase db = QSqlDatabase::database(u"migrator"_s);
        const QList<Migration> steps{
            {1, u"first"_s, {u"CREATE TABLE first_step (a INTEGER)"_s}},
            {2, u"second"_s, {u"CREATE TABLE second_step (a INTEGER)"_s, u"THIS IS NOT SQL"_s}},
        };
        SchemaMigrator migrator(db, mapError, steps);
        auto result = migrator.migrate();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Sql);
        QVERIFY(result.error().message.contains(u"2"_s));
        QCOMPARE(*migrator.currentVersion(), 1);
        QVERIFY(tableExists(db, u"first_step"_s));
        QVERIFY(!tableExists(db, u"second_step"_s));
    }

    void refusesADatabaseFromANewerProgram()
    {
        QSqlDatabase db = QSqlDatabase::database(u"migrator"_s);
        SchemaMigrator migrator(db, mapError);
        QVERIFY(migrator.migrate());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01T00:00:00Z')"_s));
        auto newer = migrator.checkNotNewer();
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::NewerSchema);
        QVERIFY(newer.error().message.contains(u"99"_s));
        QVERIFY(newer.error().message.contains(QString::number(latestSchemaVersion())));
        QVERIFY(!migrator.migrate());
    }

    void migrationsAreNumberedOneAfterAnother()
    {
        const QList<Migration> &all = schemaMigrations();
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).version, int(i + 1));
        QCOMPARE(latestSchemaVersion(), int(all.size()));
    }

    // Migration 10: the applicant's kind is copied onto the cases a vault
    // already holds, and follows a changed applicant or a moved case.
    void upgradingCopiesTheApplicantsKindOntoTheCases()
    {
        QSqlDatabase db = QSqlDatabase::database(u"migrator"_s);
        QVERIFY(SchemaMigrator(db, mapError, schemaMigrations().mid(0, 9)).migrate());
        QSqlQuery query(db);
        const QString applicant =
            u"INSERT INTO applicants (id, kind, name, id_number, id_tail, created_at, updated_at) "
            "VALUES ('%1', '%2', '%3', '%4', '%5', '2026-11-01T08:00:00.000Z', "
            "'2026-11-01T08:00:00.000Z')"_s;
        QVERIFY(query.exec(applicant.arg(u"p1"_s, u"person"_s, u"王样例"_s, u"110101199001019005"_s, u"9005"_s)));
        QVERIFY(query.exec(applicant.arg(u"p2"_s, u"person"_s, u"李样例"_s, u"110101199001019013"_s, u"9013"_s)));
        QVERIFY(query.exec(
            applicant.arg(u"c1"_s, u"company"_s, u"样例科技有限公司"_s, u"91110000600037341L"_s, u"341L"_s)));
        const QString caseRow = u"INSERT INTO cases (id, applicant_id, item_code, state, hall_id, created_at, "
                                "updated_at, applicant_name, applicant_id_tail) VALUES ('%1', '%2', "
                                "'gjj.withdrawal', 'draft', 'H', '2026-11-01T08:00:00.000Z', "
                                "'2026-11-01T08:00:00.000Z', '%3', '%4')"_s;
        QVERIFY(query.exec(caseRow.arg(u"k1"_s, u"p1"_s, u"王样例"_s, u"9005"_s)));
        QVERIFY(query.exec(caseRow.arg(u"k2"_s, u"c1"_s, u"样例科技有限公司"_s, u"341L"_s)));

        auto applied = SchemaMigrator(db, mapError).migrate();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(*SchemaMigrator(db, mapError).currentVersion(), latestSchemaVersion());
        auto kindOf = [&](const QString &caseId) {
            QSqlQuery read(db);
            read.prepare(u"SELECT applicant_kind FROM cases WHERE id = ?"_s);
            read.addBindValue(caseId);
            return read.exec() && read.next() ? read.value(0).toString() : QString();
        };
        QCOMPARE(kindOf(u"k1"_s), u"person"_s);
        QCOMPARE(kindOf(u"k2"_s), u"company"_s);

        QVERIFY(query.exec(u"UPDATE applicants SET kind = 'company' WHERE id = 'p1'"_s));
        QCOMPARE(kindOf(u"k1"_s), u"company"_s);
        QVERIFY(query.exec(u"UPDATE cases SET applicant_id = 'p2' WHERE id = 'k2'"_s));
        QCOMPARE(kindOf(u"k2"_s), u"person"_s);
        // A writer that leaves the kind out gets a person, masked.
        QVERIFY(query.exec(caseRow.arg(u"k3"_s, u"c1"_s, u"样例科技有限公司"_s, u"341L"_s)));
        QCOMPARE(kindOf(u"k3"_s), u"person"_s);
        QVERIFY(!query.exec(u"UPDATE cases SET applicant_kind = 'robot' WHERE id = 'k3'"_s));
    }

    // Migration 11: a case given a correction notice before the upgrade is
    // marked, whether its notice is still open, was answered, or lies behind
    // it in its events; the board's index holds the mark.
    void upgradingMarksTheCasesGivenACorrectionNotice()
    {
        QSqlDatabase db = QSqlDatabase::database(u"migrator"_s);
        QVERIFY(SchemaMigrator(db, mapError, schemaMigrations().mid(0, 10)).migrate());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO applicants (id, kind, name, id_number, id_tail, created_at, updated_at) "
                           "VALUES ('p1', 'person', '王样例', '110101199001019005', '9005', "
                           "'2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z')"_s));
        const QString caseRow = u"INSERT INTO cases (id, applicant_id, item_code, state, hall_id, created_at, "
                                "updated_at) VALUES ('%1', 'p1', 'gjj.withdrawal', '%2', 'H', "
                                "'2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z')"_s;
        QVERIFY(query.exec(caseRow.arg(u"open-notice"_s, u"correction_issued"_s)));
        QVERIFY(query.exec(caseRow.arg(u"answered"_s, u"resubmitted"_s)));
        QVERIFY(query.exec(caseRow.arg(u"accepted-after-notice"_s, u"accepted"_s)));
        QVERIFY(query.exec(caseRow.arg(u"accepted-at-once"_s, u"accepted"_s)));
        QVERIFY(query.exec(u"INSERT INTO case_events (case_id, kind, from_state, to_state, actor, at) VALUES "
                           "('accepted-after-notice', 'issue_correction', 'pre_reviewed', 'correction_issued', "
                           "'staff.li', '2026-11-01T08:10:00.000Z')"_s));

        auto applied = SchemaMigrator(db, mapError).migrate();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QVERIFY(query.exec(u"SELECT id FROM cases INDEXED BY cases_intake WHERE created_at >= '2026-11-01' "
                           "AND correction_notice_given = 1 ORDER BY id"_s));
        QStringList marked;
        while (query.next())
            marked.append(query.value(0).toString());
        QCOMPARE(marked, (QStringList{u"accepted-after-notice"_s, u"answered"_s, u"open-notice"_s}));
        QVERIFY(!query.exec(u"UPDATE cases SET correction_notice_given = 2 WHERE id = 'answered'"_s));
        QVERIFY(!query.exec(u"SELECT 1 FROM case_events INDEXED BY case_events_kind_at"_s));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "test_schema_migrator.moc"
