#include "review/validators/RegionCodes.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestRegionCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedListIsComplete()
    {
        const RegionCodes &codes = RegionCodes::gbt2260();
        // 34 provinces, 333 prefectures and 2842 counties (see gb2260.tsv).
        QCOMPARE(codes.size(), 3209);
    }

    void allProvincesAreListed()
    {
        const QStringList provinces{u"11"_s, u"12"_s, u"13"_s, u"14"_s, u"15"_s, u"21"_s, u"22"_s, u"23"_s, u"31"_s,
                                    u"32"_s, u"33"_s, u"34"_s, u"35"_s, u"36"_s, u"37"_s, u"41"_s, u"42"_s, u"43"_s,
                                    u"44"_s, u"45"_s, u"46"_s, u"50"_s, u"51"_s, u"52"_s, u"53"_s, u"54"_s, u"61"_s,
                                    u"62"_s, u"63"_s, u"64"_s, u"65"_s, u"71"_s, u"81"_s, u"82"_s};
        QCOMPARE(provinces.size(), 34);
        const RegionCodes &codes = RegionCodes::gbt2260();
        for (const QString &province : provinces) {
            QVERIFY2(codes.containsProvince(province + u"0101"_s), qPrintable(province));
            QVERIFY2(!codes.name(province + u"0000"_s).isEmpty(), qPrintable(province));
        }
        QCOMPARE(codes.name(u"710000"), u"台湾省"_s);
        QCOMPARE(codes.name(u"810000"), u"香港特别行政区"_s);
        QCOMPARE(codes.name(u"820000"), u"澳门特别行政区"_s);
        for (const QString &unused : {u"00"_s, u"10"_s, u"16"_s, u"24"_s, u"72"_s, u"83"_s, u"99"_s})
            QVERIFY2(!codes.containsProvince(unused + u"0000"_s), qPrintable(unused));
    }

    void names_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fullName");
        QTest::addRow("district of a municipality") << u"110105"_s << u"朝阳区"_s << u"北京市朝阳区"_s;
        QTest::addRow("county of a prefecture") << u"440305"_s << u"南山区"_s << u"广东省深圳市南山区"_s;
        QTest::addRow("prefecture") << u"440300"_s << u"深圳市"_s << u"广东省深圳市"_s;
        QTest::addRow("province") << u"440000"_s << u"广东省"_s << u"广东省"_s;
        QTest::addRow("county under the province") << u"429004"_s << u"仙桃市"_s << u"湖北省仙桃市"_s;
        QTest::addRow("recoded in 2021") << u"330113"_s << u"临平区"_s << u"浙江省杭州市临平区"_s;
        QTest::addRow("city since 2023") << u"540481"_s << u"米林市"_s << u"西藏自治区林芝市米林市"_s;
        QTest::addRow("abolished in 2021") << u"330103"_s << QString() << u"浙江省杭州市"_s;
        QTest::addRow("unknown province") << u"990101"_s << QString() << QString();
        QTest::addRow("not six digits") << u"11010"_s << QString() << QString();
        QTest::addRow("letters") << u"11010X"_s << QString() << QString();
    }

    void names()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, fullName);
        const RegionCodes &codes = RegionCodes::gbt2260();
        QCOMPARE(codes.contains(code), !name.isEmpty());
        QCOMPARE(codes.name(code), name);
        QCOMPARE(codes.fullName(code), fullName);
    }

    void groupingRowsAreNotDivisions()
    {
        const RegionCodes &codes = RegionCodes::gbt2260();
        QVERIFY(!codes.contains(u"110100")); // 市辖区
        QVERIFY(!codes.contains(u"429000")); // 省直辖县级行政区划
    }

    void readsTabSeparatedText()
    {
        const RegionCodes codes = RegionCodes::fromTsv(u"# comment\n"
                                                       u"\n"
                                                       u"110000\t北京市\r\n"
                                                       u"110101\t东城区\n"
                                                       u"1101\t too short\n"
                                                       u"11010A\tletters\n"
                                                       u"110102 without a tab\n"
                                                       u"110103\t\n");
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes.fullName(u"110101"), u"北京市东城区"_s);
    }
};

QTEST_GUILESS_MAIN(TestRegionCodes)
#include "test_region_codes.moc"
