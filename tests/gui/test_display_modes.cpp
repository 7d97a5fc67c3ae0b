// The elderly-assist counter's display modes: large text (body at least
// 18 pt, controls at least 48 px, nothing elided, cut or overlapping on a
// 1366×768 screen) and high contrast (7:1 for every text colour the
// application draws, a focus ring that shows).
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

namespace {

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return u"%1 %2 \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                 text.left(40));
}

// Whether the widget shows on screen: visible, and inside its window.
bool shown(const QWidget *widget)
{
    return widget->isVisible() && !widget->isWindow() && widget->width() > 0 && widget->height() > 0;
}

// Scroll bars and the scroll areas' own parts are the style's business.
bool styleInternal(const QWidget *widget)
{
    return qobject_cast<const QScrollBar *>(widget) || widget->objectName().startsWith(u"qt_");
}

// Everything a person would read or press in a window, checked for large
// text. Returns the problems found, one line each.
QStringList largeTextProblems(QWidget *window)
{
    QStringList problems;
    if (window->width() > 1366 || window->height() > 768)
        problems << u"%1 is %2×%3, larger than the screen (it needs at least %4×%5)"_s.arg(describe(window))
                        .arg(window->width())
                        .arg(window->height())
                        .arg(window->minimumSizeHint().width())
                        .arg(window->minimumSizeHint().height());
    const qreal body = CounterDisplay::largeBodyPoints;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!shown(widget) || styleInternal(widget))
            continue;
        const bool readable = qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QGroupBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (readable && widget->font().pointSizeF() < body - 0.01)
            problems << u"%1: %2 pt"_s.arg(describe(widget)).arg(widget->font().pointSizeF());
        const bool control = qobject_cast<QPushButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget);
        if (control && widget->height() < CounterDisplay::largeControlHeight)
            problems << u"%1: %2 px high"_s.arg(describe(widget)).arg(widget->height());
        // Nothing elided or cut: each widget has at least the room it asks for.
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            const bool fits = label->wordWrap()
                ? label->heightForWidth(label->width()) <= label->height() + 1
                : label->sizeHint().width() <= label->width() + 1 && label->sizeHint().height() <= label->height() + 1;
            if (!fits)
                problems << u"%1: cut (%2×%3 for %4×%5)"_s.arg(describe(label))
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->sizeHint().width())
                                .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                       : label->sizeHint().height());
        }
        if (control && !qobject_cast<QLineEdit *>(widget)
            && (widget->sizeHint().width() > widget->width() + 1
                || widget->minimumSizeHint().height() > widget->height() + 1))
            problems << u"%1: cut (%2×%3 for %4×%5)"_s.arg(describe(widget))
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(widget->sizeHint().width())
                            .arg(widget->minimumSizeHint().height());
    }
    // Nothing cut at the side: no form scrolls sideways, and everything
    // lies within its window.
    for (QWidget *widget : widgets) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget);
            area && shown(area) && area->horizontalScrollBar()->isVisible()) {
            QString widest;
            int most = 0;
            for (QWidget *inside : area->findChildren<QWidget *>()) {
                if (shown(inside) && !styleInternal(inside) && inside->minimumSizeHint().width() > most
                    && !inside->findChild<QWidget *>()) {
                    most = inside->minimumSizeHint().width();
                    widest = describe(inside);
                }
            }
            problems << u"%1 scrolls sideways: %2 needs %3 px of %4"_s.arg(describe(area), widest)
                            .arg(most)
                            .arg(area->viewport()->width());
        }
        if (!shown(widget) || styleInternal(widget))
            continue;
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (inWindow.left() < 0 || inWindow.right() > window->width())
            problems << u"%1: beyond the window's side"_s.arg(describe(widget));
        // A combo box shows its current choice whole.
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.currentText = combo->currentText();
            const QRect field =
                combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            if (combo->fontMetrics().horizontalAdvance(combo->currentText()) > field.width())
                problems << u"%1: \"%2\" does not fit in %3 px"_s.arg(describe(combo), combo->currentText())
                                .arg(field.width());
        }
        // A finding's words all show: its row is as high as its text needs.
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                const QRect row = tree->visualItemRect(*it);
                if (row.isEmpty())
                    continue;
                const QFontMetrics metrics((*it)->font(0));
                // The delegate's text margins, as QStyledItemDelegate paints.
                const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
                const int needed =
                    metrics
                        .boundingRect(QRect(0, 0, row.width() - 2 * margin, 100000), Qt::TextWordWrap, (*it)->text(0))
                        .height();
                if (needed > row.height())
                    problems << u"finding \"%1\" (%4 of %5 wide): %2 px high for %3"_s.arg((*it)->text(0).left(40))
                                    .arg(row.height())
                                    .arg(needed)
                                    .arg(row.width())
                                    .arg(tree->viewport()->width());
            }
        }
        // A mnemonic '&' shows as itself when the label has no buddy.
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && !label->buddy() && label->textFormat() != Qt::RichText && label->text().contains(u'&'))
            problems << u"%1: shows a stray &"_s.arg(describe(label));
    }
    // Nothing overlapping: siblings laid out side by side never meet.
    for (QWidget *parent : widgets + QList<QWidget *>{window}) {
        QList<QWidget *> siblings;
        for (QObject *child : parent->children()) {
            auto *widget = qobject_cast<QWidget *>(child);
            if (widget && shown(widget) && !styleInternal(widget))
                siblings << widget;
        }
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            for (qsizetype j = i + 1; j < siblings.size(); ++j) {
                if (siblings[i]->geometry().intersects(siblings[j]->geometry()))
                    problems << u"%1 overlaps %2"_s.arg(describe(siblings[i]), describe(siblings[j]));
            }
        }
    }
    return problems;
}

} // namespace

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
