#include "documents/DocumentDecoder.h"
#include "documents/DocumentPages.h"
#include "documents/DocumentViewer.h"
#include "documents/FileDropTarget.h"

#include <QAction>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray readSample(const QString &name)
{
    QFile file(QStringLiteral(CASEDESK_TEST_DATA) + u"/documents/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 180 && qGreen(pixel) < 80 && qBlue(pixel) < 80;
}

bool isBlue(QRgb pixel)
{
    return qBlue(pixel) > 180 && qRed(pixel) < 80 && qGreen(pixel) < 80;
}

int countPixels(const QImage &image, bool (*matches)(QRgb))
{
    int found = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            found += matches(image.pixel(x, y)) ? 1 : 0;
    }
    return found;
}

} // namespace

class TestDocumentViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_viewer = std::make_unique<DocumentViewer>();
        // Narrow enough that the 64-pixel scan fits its width below the
        // largest zoom.
        m_viewer->resize(400, 400);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
        QCOMPARE(m_viewer->width(), 400); // the toolbar fits a narrow panel
    }

    void cleanup() { m_viewer.reset(); }

    void showsAPngFittedToTheWidth()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"sample.png"_s), u"image/png"_s, u"sample.png"_s));
        QCOMPARE(label(u"pageLabel"_s)->text(), u"Page 1 of 1"_s);
        QVERIFY(m_viewer->fitsWidth());
        const QPixmap shown = pixmap();
        QVERIFY(!shown.isNull());
        // 64 × 40 pixels, drawn as wide as the view allows.
        QVERIFY2(shown.width() > 300 && shown.width() < 400, qPrintable(QString::number(shown.width())));
        QVERIFY(m_viewer->zoom() < DocumentViewer::maximumZoom);
        QVERIFY(qAbs(shown.height() - shown.width() * 40 / 64) <= 1);
        QVERIFY(!action(u"nextPageAction"_s)->isEnabled());
        QVERIFY(!action(u"previousPageAction"_s)->isEnabled());
        QVERIFY(!label(u"documentProblem"_s)->isVisible());
    }

    void zoomChangesTheSize()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"sample.png"_s), u"image/png"_s, u"sample.png"_s));
        const int fitted = pixmap().width();
        m_viewer->zoomIn();
        QVERIFY(!m_viewer->fitsWidth());
        QVERIFY(qAbs(pixmap().width() - fitted * 1.25) <= 1);
        m_viewer->zoomOut();
        m_viewer->zoomOut();
        QVERIFY(qAbs(pixmap().width() - fitted / 1.25) <= 1);
        QVERIFY(label(u"zoomLabel"_s)->text().contains(QString::number(qRound(m_viewer->zoom() * 100))));
        for (int i = 0; i < 40; ++i)
            m_viewer->zoomOut();
        QCOMPARE(m_viewer->zoom(), DocumentViewer::minimumZoom);
        QVERIFY(!action(u"zoomOutAction"_s)->isEnabled());
        m_viewer->fitWidth();
        QCOMPARE(pixmap().width(), fitted);
    }

    void rotationTurnsThePage()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"sample.png"_s), u"image/png"_s, u"sample.png"_s));
        m_viewer->zoomIn(); // a fixed zoom, so that only the turn changes the size
        const QSize before = pixmap().size();
        // The red mark sits in the top-left corner of the scan.
        QVERIFY(isRed(pixmap().toImage().pixel(2, 2)));
        m_viewer->rotate();
        QCOMPARE(m_viewer->rotation(), 90);
        const QImage turned = pixmap().toImage();
        QCOMPARE(turned.size(), before.transposed());
        // A quarter turn clockwise takes it to the top-right corner.
        QVERIFY(isRed(turned.pixel(turned.width() - 3, 2)));
        QVERIFY(!isRed(turned.pixel(2, 2)));
        m_viewer->rotate();
        m_viewer->rotate();
        m_viewer->rotate();
        QCOMPARE(m_viewer->rotation(), 0);
        QCOMPARE(pixmap().size(), before);
    }

    void pagesThroughATwoPagePdf()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"two-pages.pdf"_s), u"application/pdf"_s, u"two-pages.pdf"_s));
        QCOMPARE(m_viewer->pageCount(), 2);
        QCOMPARE(label(u"pageLabel"_s)->text(), u"Page 1 of 2"_s);
        // Page 1 is landscape with a red box, page 2 portrait with a blue one.
        QImage shown = pixmap().toImage();
        QVERIFY(shown.width() > shown.height());
        QVERIFY(countPixels(shown, isRed) > 100);
        QCOMPARE(countPixels(shown, isBlue), 0);
        QVERIFY(!action(u"previousPageAction"_s)->isEnabled());

        m_viewer->nextPage();
        QCOMPARE(m_viewer->currentPage(), 1);
        QCOMPARE(label(u"pageLabel"_s)->text(), u"Page 2 of 2"_s);
        shown = pixmap().toImage();
        QVERIFY(shown.height() > shown.width());
        QVERIFY(countPixels(shown, isBlue) > 100);
        QCOMPARE(countPixels(shown, isRed), 0);
        QVERIFY(!action(u"nextPageAction"_s)->isEnabled());
        m_viewer->nextPage(); // past the end: nothing happens
        QCOMPARE(m_viewer->currentPage(), 1);

        m_viewer->previousPage();
        QCOMPARE(label(u"pageLabel"_s)->text(), u"Page 1 of 2"_s);
        QVERIFY(pixmap().toImage().width() > pixmap().toImage().height());
    }

    void drawsAPdfAtTheZoomedResolution()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"two-pages.pdf"_s), u"application/pdf"_s, u"two-pages.pdf"_s));
        m_viewer->fitWidth();
        m_viewer->zoomOut();
        const double scale = m_viewer->zoom();
        // 200 pt wide at 96 dpi and the zoom.
        QVERIFY(qAbs(pixmap().width() - 200.0 / 72.0 * 96.0 * scale) <= 1.5);
    }

    // Found by fuzz_document_decoder: a PDF may declare a page of any size
    // and Poppler draws whatever it is asked for, so a 1.5 GB bitmap was
    // allocated for the first page's check alone.
    void drawsAHugePageWithinTheBound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<QPointF>("redAt"); // as fractions of the page
        QTest::addColumn<QPointF>("whiteAt");
        // 60,000 pt square, 80,000 pixels square at 100 %: a red lower-left quarter.
        QTest::newRow("PDF page 21 m square")
            << u"huge-page.pdf"_s << u"application/pdf"_s << qreal(1.0) << QPointF(0.25, 0.75) << QPointF(0.75, 0.25);
        // 64 × 40 at 50,000 %: a red top-left corner, 16 × 10.
        QTest::newRow("scan at 50,000 %")
            << u"sample.png"_s << u"image/png"_s << qreal(500.0) << QPointF(0.1, 0.1) << QPointF(0.9, 0.9);
    }

    void drawsAHugePageWithinTheBound()
    {
        QFETCH(QString, file);
        QFETCH(QString, mediaType);
        QFETCH(qreal, scale);
        QFETCH(QPointF, redAt);
        QFETCH(QPointF, whiteAt);
        const QByteArray bytes = readSample(file);
        auto checked = DocumentDecoder::check(bytes, mediaType, file);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        auto pages = DocumentPages::open(bytes, mediaType, file);
        QVERIFY(pages);
        const QSizeF asked = (*pages)->size(0) * scale;
        QVERIFY(asked.width() * asked.height() > 10 * DocumentPages::maximumRenderedPixels);

        const QImage drawn = (*pages)->render(0, scale, 1.0);
        QVERIFY(!drawn.isNull());
        const qreal pixels = qreal(drawn.width()) * drawn.height();
        QVERIFY2(pixels <= DocumentPages::maximumRenderedPixels, qPrintable(QString::number(pixels)));
        // As large as the bound allows, in the page's proportions.
        QVERIFY2(pixels > 0.95 * DocumentPages::maximumRenderedPixels, qPrintable(QString::number(pixels)));
        QVERIFY(qAbs(drawn.width() / asked.width() - drawn.height() / asked.height()) < 0.001);
        const auto at = [&](QPointF fraction) {
            return drawn.pixel(int(fraction.x() * drawn.width()), int(fraction.y() * drawn.height()));
        };
        QVERIFY(isRed(at(redAt)));
        QVERIFY(!isRed(at(whiteAt)));
    }

    void showsAHugePageAtTheZoomItDrew()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"huge-page.pdf"_s), u"application/pdf"_s, u"huge-page.pdf"_s));
        // Fitting 80,000 pixels to 400 asks for the smallest zoom, 10 %,
        // which is still 64 million pixels: drawn smaller, and said so.
        const QPixmap shown = pixmap();
        QVERIFY(qreal(shown.width()) * shown.height() <= DocumentPages::maximumRenderedPixels);
        QVERIFY(m_viewer->zoom() < DocumentViewer::minimumZoom);
        QVERIFY(qAbs(shown.width() - 60000.0 / 72.0 * 96.0 * m_viewer->zoom()) <= 1.5);
        QCOMPARE(label(u"zoomLabel"_s)->text(), u"%1 %"_s.arg(qRound(m_viewer->zoom() * 100)));
    }

    void pagesThroughAMultiPageTiff()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"two-pages.tif"_s), u"image/tiff"_s, u"two-pages.tif"_s));
        QCOMPARE(label(u"pageLabel"_s)->text(), u"Page 1 of 2"_s);
        QVERIFY(pixmap().width() > pixmap().height());
        m_viewer->nextPage();
        QCOMPARE(label(u"pageLabel"_s)->text(), u"Page 2 of 2"_s);
        QVERIFY(pixmap().height() > pixmap().width());
    }

    void showsEveryAcceptedFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("PNG") << u"sample.png"_s << u"image/png"_s;
        QTest::newRow("JPEG") << u"sample.jpg"_s << u"image/jpeg"_s;
        QTest::newRow("TIFF, little-endian") << u"sample-le.tif"_s << u"image/tiff"_s;
        QTest::newRow("TIFF, big-endian") << u"sample-be.tif"_s << u"image/tiff"_s;
        QTest::newRow("PDF") << u"two-pages.pdf"_s << u"application/pdf"_s;
    }

    void showsEveryAcceptedFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, mediaType);
        const QByteArray bytes = readSample(file);
        auto checked = DocumentDecoder::check(bytes, mediaType, file);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QVERIFY(m_viewer->setDocument(bytes, mediaType, file));
        QVERIFY(!pixmap().isNull());
    }

    void keyboardReachesEverything()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"two-pages.pdf"_s), u"application/pdf"_s, u"two-pages.pdf"_s));
        m_viewer->activateWindow();
        m_viewer->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused && (focused == m_viewer.get() || m_viewer->isAncestorOf(focused)));

        QTest::keyClick(focused, Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 1);
        QTest::keyClick(focused, Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), 0);

        const int fitted = pixmap().width();
        QTest::keyClick(focused, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(!m_viewer->fitsWidth());
        QVERIFY(pixmap().width() > fitted);
        QTest::keyClick(focused, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(focused, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(pixmap().width() < fitted);
        QTest::keyClick(focused, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(m_viewer->fitsWidth());
        QCOMPARE(pixmap().width(), fitted);
        QTest::keyClick(focused, Qt::Key_R);
        QCOMPARE(m_viewer->rotation(), 90);

        // Every control is a focusable button that names its shortcut.
        const std::pair<const char *, QKeySequence> shortcuts[] = {
            {"zoomInButton", QKeySequence(Qt::CTRL | Qt::Key_Plus)},
            {"zoomOutButton", QKeySequence(Qt::CTRL | Qt::Key_Minus)},
            {"fitWidthButton", QKeySequence(Qt::CTRL | Qt::Key_0)},
            {"rotateButton", QKeySequence(Qt::Key_R)},
            {"previousPageButton", QKeySequence(Qt::Key_PageUp)},
            {"nextPageButton", QKeySequence(Qt::Key_PageDown)},
        };
        for (const auto &[name, shortcut] : shortcuts) {
            auto *button = m_viewer->findChild<QToolButton *>(QString::fromLatin1(name));
            QVERIFY2(button, name);
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
            QVERIFY2(button->toolTip().contains(shortcut.toString(QKeySequence::NativeText)),
                     qPrintable(button->toolTip()));
            QVERIFY(button->toolTip().startsWith(button->accessibleName()));
            QVERIFY(!button->accessibleName().isEmpty());
        }
    }

    void refusesACorruptPdfAndKeepsWhatWasShown()
    {
        QVERIFY(m_viewer->setDocument(readSample(u"sample.png"_s), u"image/png"_s, u"sample.png"_s));
        m_viewer->rotate();
        const QImage before = pixmap().toImage();
        QSignalSpy changed(m_viewer.get(), &DocumentViewer::viewChanged);

        const QByteArray corrupt = readSample(u"corrupt.pdf"_s);
        auto checked = DocumentDecoder::check(corrupt, u"application/pdf"_s, u"corrupt.pdf"_s);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::Corrupt);
        QVERIFY(checked.error().message.contains(u"corrupt.pdf"_s));

        auto shown = m_viewer->setDocument(corrupt, u"application/pdf"_s, u"corrupt.pdf"_s);
        QVERIFY(!shown);
        QLabel *problem = label(u"documentProblem"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), shown.error().message);
        QVERIFY(problem->text().contains(u"corrupt.pdf"_s));
        QCOMPARE(pixmap().toImage(), before);
        QCOMPARE(label(u"pageLabel"_s)->text(), u"Page 1 of 1"_s);
        QCOMPARE(m_viewer->rotation(), 90);
        QCOMPARE(changed.count(), 0);

        // The next good document clears the message.
        QVERIFY(m_viewer->setDocument(readSample(u"two-pages.pdf"_s), u"application/pdf"_s, u"two-pages.pdf"_s));
        QVERIFY(!problem->isVisible());
    }

    void refusesAnImageWhoseDataIsDamaged()
    {
        // Its chunks and CRCs are sound, so the core import lets it through;
        // only decoding finds that the pixel data is not a zlib stream.
        const QByteArray damaged = readSample(u"corrupt-pixels.png"_s);
        auto checked = DocumentDecoder::check(damaged, u"image/png"_s, u"corrupt-pixels.png"_s);
        QVERIFY(!checked);
        QVERIFY(checked.error().message.contains(u"corrupt-pixels.png"_s));
        QVERIFY(!m_viewer->setDocument(damaged, u"image/png"_s, u"corrupt-pixels.png"_s));
        QVERIFY(!m_viewer->hasDocument());
        QVERIFY(label(u"documentProblem"_s)->isVisible());

        auto unknown = DocumentDecoder::check(readSample(u"sample.png"_s), u"image/gif"_s, u"sample.png"_s);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"image/gif"_s));
    }

    void takesDroppedFilesOnly()
    {
        QWidget intake;
        auto *target = new FileDropTarget(&intake);
        QVERIFY(intake.acceptDrops());
        QSignalSpy dropped(target, &FileDropTarget::filesDropped);

        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(u"/home/clerk/scans/id-front.png"_s),
                       QUrl::fromLocalFile(u"/home/clerk/scans/id-back.png"_s)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction | Qt::MoveAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&intake, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction | Qt::MoveAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&intake, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().first().toStringList(),
                 (QStringList{u"/home/clerk/scans/id-front.png"_s, u"/home/clerk/scans/id-back.png"_s}));

        QMimeData mixed;
        mixed.setUrls(
            {QUrl::fromLocalFile(u"/home/clerk/scans/id-front.png"_s), QUrl(u"https://example.org/scan.png"_s)});
        QDragEnterEvent mixedEnter(QPoint(5, 5), Qt::CopyAction, &mixed, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&intake, &mixedEnter);
        QVERIFY(!mixedEnter.isAccepted());
        QMimeData text;
        text.setText(u"/home/clerk/scans/id-front.png"_s);
        QDropEvent textDrop(QPointF(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&intake, &textDrop);
        QVERIFY(!textDrop.isAccepted());
        QCOMPARE(dropped.count(), 1);
    }

private:
    QLabel *label(const QString &name) const
    {
        auto *found = m_viewer->findChild<QLabel *>(name);
        if (!found)
            qFatal("no label %s", qPrintable(name));
        return found;
    }

    QAction *action(const QString &name) const
    {
        auto *found = m_viewer->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    QPixmap pixmap() const { return label(u"documentView"_s)->pixmap(); }

    std::unique_ptr<DocumentViewer> m_viewer;
};

QTEST_MAIN(TestDocumentViewer)
#include "test_document_viewer.moc"
