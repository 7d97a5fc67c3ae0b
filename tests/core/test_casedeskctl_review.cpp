// The pre-review verbs of casedeskctl, as scripts use them: exit codes and
// output. No profile and no keyring needed.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CASEDESK_TEST_DATA "/") + QString::fromLatin1(name);
}

} // namespace

#define QVERIFY_EXIT(command, expected)                                                                                \
    do {                                                                                                               \
        const ProcessResult checked_ = (command);                                                                      \
        QVERIFY2(checked_.exitCode == (expected) && !checked_.crashed, qPrintable(diagnostics(checked_)));             \
    } while (false)

class TestCasedeskctlReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validateAnswersWithExitCodeAndReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addRow("GB 11643 example") << u"id"_s << u"11010519491231002X"_s << 0 << u"11010519491231002X"_s;
        QTest::addRow("lower-case x normalised") << u"id"_s << u"11010519491231002x"_s << 0 << u"11010519491231002X"_s;
        QTest::addRow("wrong check digit")
            << u"id"_s << u"110105194912310021"_s << 1 << u"citizen-id.check-character"_s;
        QTest::addRow("credit code") << u"uscc"_s << u"91440300708461136T"_s << 0 << u"91440300708461136T"_s;
        QTest::addRow("credit code with I") << u"uscc"_s << u"9144030070846113IT"_s << 1 << u"credit-code."_s;
        QTest::addRow("mobile with +86") << u"mobile"_s << u"+86 139 1234 5678"_s << 0 << u"13912345678"_s;
        QTest::addRow("mobile too short") << u"mobile"_s << u"1391234567"_s << 1 << u"mobile."_s;
        QTest::addRow("bank card") << u"bankcard"_s << u"6222 0202 0011 2233 446"_s << 0 << u"6222020200112233446"_s;
        QTest::addRow("bank card Luhn") << u"bankcard"_s << u"6222020200112233449"_s << 1 << u"bank-card.check-digit"_s;
    }

    void validateAnswersWithExitCodeAndReason()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const ProcessResult result = runCasedeskctl({u"validate"_s, kind, value});
        QVERIFY2(result.exitCode == exitCode, qPrintable(diagnostics(result)));
        QVERIFY2(result.out.contains(says), qPrintable(diagnostics(result)));
    }

    void validateRefusesUnknownKinds()
    {
        QVERIFY_EXIT(runCasedeskctl({u"validate"_s, u"passport"_s, u"E12345678"_s}), 2);
        QVERIFY_EXIT(runCasedeskctl({u"validate"_s, u"id"_s}), 2);
    }

    void deadlineCountsWorkingDays()
    {
        // Accepted on the eve of the 2025 Spring Festival: 1-28 to 2-4 off, 2-8 worked.
        const ProcessResult result = runCasedeskctl({u"deadline"_s, u"--from"_s, u"2025-01-27"_s, u"--days"_s, u"5"_s});
        QVERIFY_EXIT(result, 0);
        QCOMPARE(result.out.trimmed(), u"2025-02-10"_s);
        QVERIFY_EXIT(runCasedeskctl({u"deadline"_s, u"--from"_s, u"2025-13-01"_s, u"--days"_s, u"5"_s}), 2);
        const ProcessResult uncovered =
            runCasedeskctl({u"deadline"_s, u"--from"_s, u"2030-03-01"_s, u"--days"_s, u"5"_s});
        QVERIFY_EXIT(uncovered, 1);
        QVERIFY(uncovered.err.contains(u"2030"_s));
    }

    void reviewPrintsFindingsAsJson()
    {
        QTemporaryDir dir;
        const QJsonObject application{
            {u"item"_s, u"test.allowance"_s},
            {u"fields"_s,
             QJsonObject{{u"applicantName"_s, u"王样例"_s},
                         {u"applicantId"_s, u"110101198503129353"_s},
                         {u"mobile"_s, u"19900001234"_s},
                         {u"reason"_s, u"other"_s},
                         {u"amount"_s, u"120.50"_s},
                         {u"eventDate"_s, u"2026-11-01"_s}}},
            {u"materials"_s,
             QJsonObject{{u"idCard"_s,
                          QJsonObject{{u"state"_s, u"received"_s},
                                      {u"fields"_s,
                                       QJsonObject{{u"name"_s, u"王样例"_s}, {u"validUntil"_s, u"2036-01-01"_s}}}}},
                         {u"explanation"_s, QJsonObject{{u"state"_s, u"received"_s}}}}},
        };
        const QString path = dir.filePath(u"application.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(application).toJson());
        file.close();
        const QStringList common{u"--catalogue"_s, dataFile("catalogues/minimal.json"), u"--date"_s, u"2026-11-28"_s};
        const ProcessResult blocked = runCasedeskctl(QStringList{u"review"_s, path} + common);
        QVERIFY_EXIT(blocked, 1); // the invoice is missing
        const QJsonObject report = QJsonDocument::fromJson(blocked.out.toUtf8()).object();
        QCOMPARE(report[u"blocksAcceptance"_s].toBool(), true);
        const QJsonArray findings = report[u"findings"_s].toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first()[u"rule"_s].toString(), u"material:invoice/missing"_s);
        QVERIFY(!findings.first()[u"message"_s][u"zh"_s].toString().isEmpty());

        QJsonObject complete = application;
        QJsonObject materials = complete[u"materials"_s].toObject();
        materials.insert(u"invoice"_s,
                         QJsonObject{{u"state"_s, u"received"_s}, {u"fields"_s, QJsonObject{{u"amount"_s, u"200"_s}}}});
        complete.insert(u"materials"_s, materials);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(complete).toJson());
        file.close();
        const ProcessResult passes = runCasedeskctl(QStringList{u"review"_s, path} + common);
        QVERIFY_EXIT(passes, 0);
        QCOMPARE(QJsonDocument::fromJson(passes.out.toUtf8())[u"findings"_s].toArray().size(), 0);
    }

    void reviewRefusesMalformedInput()
    {
        QVERIFY_EXIT(runCasedeskctl({u"review"_s, dataFile("catalogues/not-json.txt")}), 2);
        QVERIFY_EXIT(runCasedeskctl({u"review"_s, dataFile("no-such-application.json")}), 2);
    }

    void catalogueCheckNamesTheProblem()
    {
        QVERIFY_EXIT(runCasedeskctl({u"catalogue"_s, u"check"_s, dataFile("catalogues/minimal.json")}), 0);
        const ProcessResult broken =
            runCasedeskctl({u"catalogue"_s, u"check"_s, dataFile("catalogues/unknown-rule-type.json")});
        QVERIFY_EXIT(broken, 1);
        QVERIFY(broken.err.contains(u"item test.allowance, rule adult"_s));
        QVERIFY_EXIT(runCasedeskctl({u"catalogue"_s, u"verify"_s, dataFile("catalogues/minimal.json")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCasedeskctlReview)
#include "test_casedeskctl_review.moc"
