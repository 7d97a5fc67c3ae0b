// The elderly-assist counter's display modes: large text (body at least
// 18 pt, controls at least 48 px, nothing elided, cut or overlapping on a
// 1366×768 screen) and high contrast (7:1 for every text colour the
// application draws, a focus ring that shows).
#include "LargeTextCheck.h"
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "theme/CounterDisplay.h"
#include "windows/DraftsDialog.h"
#include "windows/MainWindow.h"
#include "windows/ReceiptDialogs.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestDisplayModes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        const Profile profile(m_dir.filePath(u"profile"_s));
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("display tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
        m_display = std::make_unique<CounterDisplay>();
    }

    void cleanup() { m_display->apply({}); }

    void theContrastRatioIsWcags()
    {
        QCOMPARE(qRound(CounterDisplay::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(CounterDisplay::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QCOMPARE(CounterDisplay::contrast(Qt::white, Qt::white), 1.0);
    }

    void everyTextColourKeepsSevenToOneInHighContrast()
    {
        m_display->apply({false, true});
        const auto pairs = m_display->colourPairs();
        QVERIFY(pairs.size() >= 24);
        for (const CounterDisplay::ColourPair &pair : pairs) {
            const qreal ratio = CounterDisplay::contrast(pair.text, pair.background);
            QVERIFY2(ratio >= 7.0,
                     qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(pair.what, pair.text.name(), pair.background.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }

    void theFocusRingShowsInHighContrast()
    {
        m_display->apply({false, true});
        QWidget window;
        auto *first = new QLineEdit(&window);
        auto *second = new QLineEdit(&window);
        second->move(0, 60);
        window.resize(300, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        const QImage focused = first->grab().toImage();
        const QImage unfocused = second->grab().toImage();
        // The ring is drawn in the focus colour, which no unfocused field shows.
        const auto hasRing = [](const QImage &image) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, image.height() / 2).blue() > 0xb0
                    && image.pixelColor(x, image.height() / 2).red() < 0x30)
                    return true;
            }
            return false;
        };
        QVERIFY(hasRing(focused));
        QVERIFY(!hasRing(unfocused));
    }

    void theModeIsKeptAndTheStandardModeComesBack()
    {
        const qreal standard = QApplication::font().pointSizeF();
        m_display->choose({true, false});
        QCOMPARE(QApplication::font().pointSizeF(), CounterDisplay::largeBodyPoints);
        QCOMPARE(CounterDisplay::saved(), (DisplayMode{true, false}));
        m_display->choose({});
        QCOMPARE(QApplication::font().pointSizeF(), standard);
        QCOMPARE(CounterDisplay::saved(), DisplayMode{});
    }

    void theKeyboardSwitchesTheModeAtOnce()
    {
        WorkstationServices services{
            m_catalogue, m_calendar, m_vault->caseQuery(), m_vault->caseStore(), m_vault->syncStore(), {}, true};
        MainWindow window(services, {});
        window.setCounterDisplay(m_display.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.windowHandle(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_display->mode().largeText);
        QVERIFY(window.largeTextAction()->isChecked());
        QTest::keyClick(window.windowHandle(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_display->mode().highContrast);
        QTest::keyClick(window.windowHandle(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!m_display->mode().largeText);
        QVERIFY(m_display->mode().highContrast);
    }

    void theIntakeFitsA1366By768ScreenInLargeText_data()
    {
        QTest::addColumn<QString>("item");
        QTest::newRow("business start-up bundle") << u"bundle.business-startup"_s;
        QTest::newRow("newborn bundle") << u"bundle.newborn"_s;
        QTest::newRow("real-estate transfer") << u"bdc.transfer"_s;
    }

    void theIntakeFitsA1366By768ScreenInLargeText()
    {
        QFETCH(QString, item);
        m_display->apply({true, true});
        auto *window = new IntakeWindow(newSession(), m_catalogue);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->setGeometry(0, 0, 1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->chooseItem(item));
        settle(window);
        if (const QString folder = qEnvironmentVariable("CASEDESK_SCREENSHOTS"); !folder.isEmpty())
            window->grab().save(u"%1/intake-large-%2.png"_s.arg(folder, item));
        const QStringList problems = largeTextProblems(window);
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), "see the warnings above");
        delete window;
    }

    void theCountersOtherScreensFitInLargeText()
    {
        m_display->apply({true, true});
        WorkstationServices services{
            m_catalogue, m_calendar, m_vault->caseQuery(), m_vault->caseStore(), m_vault->syncStore(), {}, true};
        MainWindow main(services, {});
        main.setGeometry(0, 0, 1366, 768);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        settle(&main);
        QStringList problems = largeTextProblems(&main);

        AcceptanceReceipt receipt;
        receipt.receiptNumber = u"TH-2026-W01-000501"_s;
        receipt.applicantName = u"王样例"_s;
        receipt.formName = {u"住房公积金提取"_s, u"Housing provident fund withdrawal"_s};
        receipt.promisedWorkingDays = 3;
        receipt.dueDate = QDate(2026, 12, 3);
        auto outcome = receiptDialog(receipt, nullptr);
        outcome->show();
        QVERIFY(QTest::qWaitForWindowExposed(outcome.get()));
        problems += largeTextProblems(outcome.get());

        DraftsDialog drafts(m_vault->draftStore(), m_catalogue, u"staff.li"_s);
        drafts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&drafts));
        problems += largeTextProblems(&drafts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
    }

private:
    // Lets the layouts take in the new rows and fonts, as they would
    // between two keystrokes.
    static void settle(QWidget *window)
    {
        for (int round = 0; round < 5; ++round) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            if (window->layout())
                window->layout()->activate();
        }
        // Pre-review runs a moment after a change: let it show its findings.
        QTest::qWait(300);
        QCoreApplication::processEvents();
    }

    std::unique_ptr<IntakeSession> newSession()
    {
        return std::make_unique<IntakeSession>(
            m_catalogue, m_calendar, m_vault->caseStore(), m_vault->syncStore(), m_vault->draftStore(),
            m_vault->documentStore(),
            IntakeContext{
                u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    std::unique_ptr<CounterDisplay> m_display;
};

QTEST_MAIN(TestDisplayModes)
#include "test_display_modes.moc"
