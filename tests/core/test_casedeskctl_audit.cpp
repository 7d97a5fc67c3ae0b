// `casedeskctl verify` checks the audit chain and names the record where it
// breaks, as IT staff and scripts see it: exit code and output. The profile's
// key is sealed with a passphrase, so no keyring is needed.
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const char passphrase[] = "the audit test passphrase";

} // namespace

class TestCasedeskctlAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifyNamesTheBrokenRecord_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<QString>("fault");
        QTest::addRow("intact") << QString() << QString();
        QTest::addRow("edited") << u"UPDATE audit_log SET user_id = 'staff.wang' WHERE sequence = 3"_s
                                << u"fault: audit log, record 3 edited"_s;
        QTest::addRow("deleted") << u"DELETE FROM audit_log WHERE sequence = 2"_s
                                 << u"fault: audit log, record 2 deleted"_s;
        QTest::addRow("reordered") << u"UPDATE audit_log SET sequence = -sequence WHERE sequence IN (4, 5);"
                                      "UPDATE audit_log SET sequence = 9 + sequence WHERE sequence < 0"_s
                                   << u"fault: audit log, record 4 reordered"_s;
    }

    void verifyNamesTheBrokenRecord()
    {
        QFETCH(QString, tampering);
        QFETCH(QString, fault);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Profile profile(dir.path());
        {
            PassphraseKeyStore keys(profile.keyFilePath(), secret(passphrase));
            auto vault = Vault::create(profile, keys, Profile::newProfileId());
            QVERIFY(vault);
            AuditLog log = (*vault)->auditLog();
            for (int i = 1; i <= 5; ++i)
                QVERIFY(log.append(AuditEntry{u"staff.li"_s,
                                              u"case.open"_s,
                                              u"case:0193a5c1-7e2f-7abc-8def-%1"_s.arg(i, 12, 10, QChar(u'0')),
                                              AuditResult::Succeeded,
                                              {},
                                              {}}));
            if (!tampering.isEmpty()) {
                // Someone with the key, at the database itself.
                QSqlQuery query((*vault)->database());
                for (const QString &sql :
                     {u"DROP TRIGGER audit_log_no_update"_s, u"DROP TRIGGER audit_log_no_delete"_s})
                    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
                for (const QString &sql : tampering.split(u';'))
                    QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
            }
        }

        const QByteArray input = QByteArray(passphrase) + '\n';
        const ProcessResult verify =
            runCasedeskctl({u"--profile"_s, dir.path(), u"--passphrase-stdin"_s, u"verify"_s}, input);
        QVERIFY2(!verify.crashed, qPrintable(diagnostics(verify)));
        if (fault.isEmpty()) {
            QVERIFY2(verify.exitCode == 0, qPrintable(diagnostics(verify)));
            QVERIFY2(verify.out.contains(u"ok: audit chain of 5 record"_s), qPrintable(diagnostics(verify)));
            return;
        }
        QVERIFY2(verify.exitCode == 1, qPrintable(diagnostics(verify)));
        QVERIFY2(verify.out.contains(fault), qPrintable(diagnostics(verify)));
        QVERIFY2(verify.err.contains(u"1 fault"_s), qPrintable(diagnostics(verify)));
    }
};

QTEST_GUILESS_MAIN(TestCasedeskctlAudit)
#include "test_casedeskctl_audit.moc"
