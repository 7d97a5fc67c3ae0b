#include "common/Localization.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTimer>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aboutNamesEveryVersion()
    {
        MainWindow window({u"/tmp/profile"_s, u"system keychain"_s, 1, 12, 3},
                          {u"0.1.0"_s, QString::fromLatin1(qVersion()), u"3.4.1"_s, u"3.15.2"_s});
        window.show();
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = dialog->findChild<QLabel *>(u"aboutText"_s)->text();
            dialog->reject();
        });
        window.aboutAction()->trigger();
        QVERIFY(shown.contains(u"CaseDesk 0.1.0"_s));
        QVERIFY(shown.contains(QString::fromLatin1(qVersion())));
        QVERIFY(shown.contains(u"SQLCipher</td><td>3.4.1"_s));
        QVERIFY(shown.contains(u"SQLite</td><td>3.15.2"_s));
        QCOMPARE(window.aboutAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void showsTheVaultSummary()
    {
        MainWindow window({u"/srv/casedesk/counter-3"_s, u"system keychain"_s, 1, 1234, 56}, {});
        const QString text = window.findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY(text.contains(u"/srv/casedesk/counter-3"_s));
        QVERIFY(text.contains(u"1234"_s));
        QVERIFY(text.contains(u"56"_s));
    }

    void switchesToChineseWithoutARestart()
    {
        Localization localization;
        MainWindow window({}, {});
        QCOMPARE(window.windowTitle(), u"CaseDesk"_s);
        QVERIFY(localization.install(QLocale(QLocale::Chinese, QLocale::China)));
        QTRY_VERIFY(window.aboutAction()->text().contains(u"关于"_s)); // LanguageChange is posted
        QVERIFY(localization.install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(window.aboutAction()->text(), u"&About CaseDesk"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
