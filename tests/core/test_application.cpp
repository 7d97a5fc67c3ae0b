// An application as pre-review reads it (core/review/Application): the form's
// values become texts, whatever JSON scalar they were written as.
#include "review/Application.h"

#include <QJsonDocument>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestApplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalarsBecomeTexts_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("text") << QByteArray(R"("120.50")") << u"120.50"_s;
        QTest::addRow("whole number") << QByteArray("42") << u"42"_s;
        QTest::addRow("negative whole number") << QByteArray("-3") << u"-3"_s;
        QTest::addRow("fraction") << QByteArray("0.5") << u"0.5"_s;
        QTest::addRow("whole beyond 2^53") << QByteArray("1e18") << u"1000000000000000000"_s;
        // Found by reading after fuzz_sync_protocol's find: converting a
        // double beyond qint64 is undefined; the sanitize preset aborts on it.
        QTest::addRow("beyond qint64") << QByteArray("1e300") << u"1e+300"_s;
        QTest::addRow("beyond qint64, negative") << QByteArray("-1e300") << u"-1e+300"_s;
        QTest::addRow("2^63, just beyond") << QByteArray("9223372036854775808") << u"9.22337203685478e+18"_s;
        QTest::addRow("true") << QByteArray("true") << u"true"_s;
    }

    void scalarsBecomeTexts()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, text);
        const QJsonDocument json = QJsonDocument::fromJson(
            R"({"item": "test.allowance", "fields": {"amount": )" + value
            + R"(}, "materials": {"invoice": {"state": "received", "fields": {"amount": )" + value + "}}}}");
        QVERIFY(json.isObject());
        auto application = Application::fromJson(json.object());
        QVERIFY2(application, qPrintable(application ? QString() : application.error().message));
        QCOMPARE(application->fields.value(u"amount"_s), text);
        QCOMPARE(application->materials.value(u"invoice"_s).facts.value(u"amount"_s), text);
    }

    void nestedValuesAreRefused()
    {
        auto application = Application::fromJson(
            QJsonDocument::fromJson(R"({"item": "test.allowance", "fields": {"amount": [1]}})").object());
        QVERIFY(!application);
        QVERIFY(application.error().message.contains(u"amount"_s));
    }
};

QTEST_GUILESS_MAIN(TestApplication)
#include "test_application.moc"
