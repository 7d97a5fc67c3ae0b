// Residual data (issue 7, point 8): a counter that takes in an application,
// imports a scanned material, accepts and prints the receipt, then closes,
// leaves no file with personal data behind outside the encrypted vault: not
// in TMPDIR, not in the per-user config, data, cache or runtime folders.
// Printing to a PDF the clerk names is an export they chose, so that file is
// outside the searched folders; the print path must not leave copies.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "printing/ReceiptPrinter.h"
#include "storage/Vault.h"

#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList redirected{u"TMPDIR"_s, u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CACHE_HOME"_s};

} // namespace

class TestResidualData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid() && m_chosen.isValid());
        // From here on everything the program writes for itself lands under root.
        for (const QString &variable : redirected) {
            QVERIFY(QDir(m_root.path()).mkpath(variable));
            qputenv(qPrintable(variable), m_root.filePath(variable).toLocal8Bit());
        }
        QVERIFY(QDir(m_root.path()).mkpath(u"profile"_s));
    }

    void anIntakeWithAScanAndAPrintedReceiptLeavesNothingBehind()
    {
        const QString name = u"司徒晓蕾"_s;
        const QString idNumber = u"110101198503174277"_s; // valid in form, made up
        const QString mobile = u"13957316842"_s;
        const QString bankCard = u"6222027318459601"_s; // passes the Luhn check
        // The scan comes from outside (a stick); a slice of its bytes must
        // not turn up anywhere else.
        QFile source(QStringLiteral(CASEDESK_TEST_DATA "/documents/two-pages.pdf"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray scanBytes = source.readAll();
        const QString scanPath = m_chosen.filePath(u"id-card.pdf"_s);
        QVERIFY(QFile::copy(source.fileName(), scanPath));
        const QByteArray scanSlice = scanBytes.mid(scanBytes.size() / 2, 64);

        const Profile profile(m_root.filePath(u"profile"_s));
        {
            PassphraseKeyStore keys(profile.keyFilePath(), secret("residual data"));
            auto vault = Vault::create(profile, keys, Profile::newProfileId());
            QVERIFY(vault);
            QVERIFY((*vault)->syncStore().addReceiptBlock(
                {u"0193a5c1-7e2f-7abc-8def-00000000000b"_s, u"TH-2026-W01-"_s, 501, 600}));
            auto catalogue = CatalogueLoader::bundled();
            auto calendar = WorkingDayCalendar::bundled();
            QVERIFY(catalogue && calendar);
            auto session = std::make_unique<IntakeSession>(
                *catalogue, *calendar, (*vault)->caseStore(), (*vault)->syncStore(), (*vault)->draftStore(),
                (*vault)->documentStore(),
                IntakeContext{u"staff.li"_s, u"counter-3"_s, u"TRAINING-HALL"_s,
                              LocalizedText{u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
            auto *window = new IntakeWindow(std::move(session), *catalogue);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setToday(QDate(2026, 11, 2));
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            IntakeSession &intake = window->session();
            intake.setApplicantName(name);
            intake.setApplicantIdNumber(idNumber);
            intake.setApplicantMobile(mobile);
            QVERIFY(window->chooseItem(u"gjj.withdrawal"_s));
            intake.setField(u"bankCardNumber"_s, bankCard);
            intake.setField(u"bankName"_s, u"中国工商银行"_s);
            QVERIFY(window->importMaterial(u"idCard"_s, scanPath));
            QVERIFY(intake.document(u"idCard"_s));
            auto receipt = intake.accept(QDateTime(QDate(2026, 11, 2), QTime(2, 30), Qt::UTC),
                                         SupervisorOverride{u"staff.zhao"_s, u"residual data test"_s});
            QVERIFY2(receipt, receipt ? "" : qPrintable(receipt.error().message));

            // The clerk prints the receipt (to a PDF file they chose).
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(m_chosen.filePath(u"receipt.pdf"_s));
            auto printed = ReceiptPrinter::print(*receipt, &printer);
            QVERIFY2(printed, printed ? "" : qPrintable(printed.error().message));
            QVERIFY(QFileInfo(m_chosen.filePath(u"receipt.pdf"_s)).size() > 0);

            // The counter closes.
            QPointer<IntakeWindow> guard(window);
            window->close();
            QTRY_VERIFY(guard.isNull());
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        const QList<std::pair<QString, QByteArray>> needles{
            {u"the name"_s, name.toUtf8()},
            {u"the name (UTF-16)"_s,
             QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * qsizetype(sizeof(char16_t)))},
            {u"the ID number"_s, idNumber.toLatin1()},
            {u"the mobile number"_s, mobile.toLatin1()},
            {u"the bank card number"_s, bankCard.toLatin1()},
            {u"the scanned document"_s, scanSlice},
        };
        QStringList excluded;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            excluded << profile.databasePath() + suffix;
        QStringList hits;
        QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (excluded.contains(path))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            for (const auto &[what, bytes] : needles) {
                if (content.contains(bytes))
                    hits << u"%1: %2"_s.arg(path, what);
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(u"personal data left behind:\n"_s + hits.join(u'\n')));
    }

private:
    QTemporaryDir m_root;
    QTemporaryDir m_chosen; // the clerk's own choice of files: not searched
};

QTEST_MAIN(TestResidualData)
#include "test_residual_data.moc"
