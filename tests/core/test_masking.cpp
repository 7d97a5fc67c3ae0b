#include "security/Masking.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::addRow("ID: first 6, last 4") << u"id"_s << u"11010519491231002X"_s << u"110105********002X"_s;
        QTest::addRow("ID: short input starred whole") << u"id"_s << u"1234567890"_s << u"**********"_s;
        QTest::addRow("mobile: 3 and 4") << u"mobile"_s << u"13912345678"_s << u"139****5678"_s;
        QTest::addRow("mobile with +86 and spaces") << u"mobile"_s << u"+86 139 1234 5678"_s << u"139****5678"_s;
        QTest::addRow("landline keeps the area code") << u"landline"_s << u"010-62345678"_s << u"010-****5678"_s;
        QTest::addRow("landline in brackets") << u"landline"_s << u"(0755)86012345"_s << u"0755-****2345"_s;
        QTest::addRow("bank card: last 4") << u"bankcard"_s << u"6222 0202 0011 2233 449"_s << u"***************3449"_s;
        QTest::addRow("name: surname only") << u"name"_s << u"王样例"_s << u"王**"_s;
        QTest::addRow("compound surname") << u"name"_s << u"欧阳测试"_s << u"欧阳**"_s;
        QTest::addRow("one-character name") << u"name"_s << u"王"_s << u"*"_s;
        QTest::addRow("applicant: a person's name masked") << u"person"_s << u"欧阳测试"_s << u"欧阳**"_s;
        QTest::addRow("applicant: a company's name whole")
            << u"company"_s << u" 样例科技有限公司 "_s << u"样例科技有限公司"_s;
        QTest::addRow("address down to the district")
            << u"address"_s << u"北京市东城区东华门街道正义路2号"_s << u"北京市东城区**********"_s;
        QTest::addRow("address in a county")
            << u"address"_s << u"浙江省杭州市淳安县千岛湖镇1号"_s << u"浙江省杭州市淳安县******"_s;
    }

    void masks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QString actual;
        if (kind == u"id")
            actual = masking::citizenId(input);
        else if (kind == u"mobile")
            actual = masking::mobile(input);
        else if (kind == u"landline")
            actual = masking::landline(input);
        else if (kind == u"bankcard")
            actual = masking::bankCard(input);
        else if (kind == u"name")
            actual = masking::personName(input);
        else if (kind == u"person")
            actual = masking::applicantName(input, Applicant::Kind::Person);
        else if (kind == u"company")
            actual = masking::applicantName(input, Applicant::Kind::Company);
        else
            actual = masking::address(input);
        QCOMPARE(actual, masked);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "test_masking.moc"
