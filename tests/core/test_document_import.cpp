#include "documents/DocumentImport.h"
#include "documents/DocumentSniffer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(CASEDESK_TEST_DATA) + u"/documents/"_s + name;
}

QByteArray readSample(const QString &name)
{
    QFile file(sample(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDocumentImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("PNG") << u"sample.png"_s << u"image/png"_s;
        QTest::newRow("JPEG") << u"sample.jpg"_s << u"image/jpeg"_s;
        QTest::newRow("TIFF, little-endian") << u"sample-le.tif"_s << u"image/tiff"_s;
        QTest::newRow("TIFF, big-endian") << u"sample-be.tif"_s << u"image/tiff"_s;
        QTest::newRow("TIFF, two pages") << u"two-pages.tif"_s << u"image/tiff"_s;
        QTest::newRow("PDF") << u"two-pages.pdf"_s << u"application/pdf"_s;
        // Sound containers whose contents do not decode: the UI's
        // DocumentDecoder refuses them (tests/gui/test_document_viewer.cpp).
        QTest::newRow("PNG, damaged pixels") << u"corrupt-pixels.png"_s << u"image/png"_s;
        QTest::newRow("PDF, no objects") << u"corrupt.pdf"_s << u"application/pdf"_s;
    }

    void importsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, mediaType);
        auto imported = DocumentImport().readFile(sample(file));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->mediaType, mediaType);
        QCOMPARE(imported->fileName, file);
        QCOMPARE(imported->bytes, readSample(file));
        QCOMPARE(mediaTypeName(imported->format), mediaType);
    }

    void theBytesDecideNotTheName()
    {
        QTemporaryDir dir;
        const QString disguised = dir.filePath(u"scan.pdf"_s);
        QVERIFY(QFile::copy(sample(u"sample.png"_s), disguised));
        auto imported = DocumentImport().readFile(disguised);
        QVERIFY(imported);
        QCOMPARE(imported->mediaType, u"image/png"_s);
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("text renamed .png")
            << u"not-an-image.png"_s << ErrorCode::InvalidArgument << u"not a PNG, JPEG, TIFF or PDF"_s;
        QTest::newRow("truncated PNG") << u"truncated.png"_s << ErrorCode::Corrupt << u"cut off"_s;
        QTest::newRow("JPEG, garbage after the header")
            << u"garbage-after-header.jpg"_s << ErrorCode::Corrupt << u"damaged"_s;
        QTest::newRow("truncated JPEG") << u"truncated.jpg"_s << ErrorCode::Corrupt << u"cut off"_s;
        QTest::newRow("TIFF, directory beyond the end") << u"broken-ifd.tif"_s << ErrorCode::Corrupt << u"cut off"_s;
        QTest::newRow("truncated PDF") << u"truncated.pdf"_s << ErrorCode::Corrupt << u"cut off"_s;
    }

    void refusesBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        QFETCH(QString, says);
        auto imported = DocumentImport().readFile(sample(file));
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, code);
        QVERIFY2(imported.error().message.contains(file), qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
    }

    void refusesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.png"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto imported = DocumentImport().readFile(path);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::InvalidArgument);
        QVERIFY(imported.error().message.contains(u"empty.png"_s));
        QVERIFY(imported.error().message.contains(u"empty"_s));
    }

    void refusesAnOversizedFileWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge-scan.png"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(readSample(u"sample.png"_s)) > 0);
        // Sparse: the test needs the size, not 50 MiB of disk.
        QVERIFY(file.resize(DocumentImport::defaultMaximumSize + 1));
        file.close();
        auto imported = DocumentImport().readFile(path);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::InvalidArgument);
        QVERIFY(imported.error().message.contains(u"huge-scan.png"_s));
        QVERIFY2(imported.error().message.contains(QLocale().formattedDataSize(DocumentImport::defaultMaximumSize)),
                 qPrintable(imported.error().message));

        // Exactly at the limit is fine.
        const QByteArray png = readSample(u"sample.png"_s);
        QVERIFY(DocumentImport(png.size()).check(png, u"sample.png"_s));
        QVERIFY(!DocumentImport(png.size() - 1).check(png, u"sample.png"_s));
    }

    void refusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        auto folder = DocumentImport().readFile(dir.path());
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, ErrorCode::InvalidArgument);
        auto missing = DocumentImport().readFile(dir.filePath(u"gone.pdf"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::Io);
        QVERIFY(missing.error().message.contains(u"gone.pdf"_s));
    }

    // A document cut anywhere is never taken for a whole one.
    void everyPrefixIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : {u"sample.png"_s, u"sample.jpg"_s, u"two-pages.pdf"_s})
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyPrefixIsRefused()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readSample(file);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(sniffDocument(bytes).verdict, SniffResult::Verdict::Recognised);
        // A PDF is whole once its %%EOF is; the line break after it is optional.
        const qsizetype whole = file.endsWith(u".pdf"_s) ? bytes.lastIndexOf("%%EOF") + 5 : bytes.size();
        for (qsizetype length = 1; length < whole; ++length) {
            const SniffResult sniffed = sniffDocument(QByteArrayView(bytes).first(length));
            if (sniffed.verdict == SniffResult::Verdict::Recognised)
                QFAIL(qPrintable(u"%1 cut to %2 bytes passed"_s.arg(file).arg(length)));
        }
    }

    // Hostile input: every single damaged byte is read safely (the
    // sanitizer build checks the bounds) and a PNG notices it by its CRCs.
    void damagedBytesAreReadSafely_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : {u"sample.png"_s, u"sample.jpg"_s, u"sample-le.tif"_s, u"sample-be.tif"_s,
                                    u"two-pages.tif"_s, u"two-pages.pdf"_s})
            QTest::newRow(qPrintable(file)) << file;
    }

    void damagedBytesAreReadSafely()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readSample(file);
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            for (char value : {'\x00', '\xff', '\x7f'}) {
                QByteArray damaged = bytes;
                if (damaged[at] == value)
                    continue;
                damaged[at] = value;
                const SniffResult sniffed = sniffDocument(damaged);
                if (file.endsWith(u".png"_s) && sniffed.verdict == SniffResult::Verdict::Recognised)
                    QFAIL(qPrintable(u"byte %1 set to %2 passed"_s.arg(at).arg(int(value))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDocumentImport)
#include "test_document_import.moc"
