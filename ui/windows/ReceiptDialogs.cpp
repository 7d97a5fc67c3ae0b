#include "ReceiptDialogs.h"

#include "printing/CorrectionNoticePrinter.h"
#include "printing/DocumentRenderer.h"
#include "printing/ReceiptPrinter.h"
#include "security/Masking.h"
#include "widgets/ShortcutText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// The printed language follows the counter's: a Chinese counter prints
// Chinese; otherwise both, since the applicant reads Chinese.
PrintLanguage defaultLanguage()
{
    return QLocale().language() == QLocale::Chinese ? PrintLanguage::Chinese : PrintLanguage::Bilingual;
}

} // namespace

PrintOutcomeDialog::PrintOutcomeDialog(const QString &title, const QString &summaryHtml, DocumentFor documentFor,
                                       const QString &suggestedFileName, QWidget *parent)
    : QDialog(parent),
      m_documentFor(std::move(documentFor)),
      m_suggestedFileName(suggestedFileName),
      m_language(new QComboBox(this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_save(new QPushButton(tr("&Save as PDF…"), this)),
      m_status(new QLabel(this))
{
    setObjectName(u"outcomeDialog"_s);
    setWindowTitle(title);

    auto *summary = new QLabel(summaryHtml, this);
    summary->setObjectName(u"outcomeText"_s);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    summary->setWordWrap(true);

    m_language->setObjectName(u"printLanguage"_s);
    m_language->addItem(tr("Chinese"), int(PrintLanguage::Chinese));
    m_language->addItem(tr("Chinese and English"), int(PrintLanguage::Bilingual));
    m_language->addItem(tr("English"), int(PrintLanguage::English));
    m_language->setAccessibleName(tr("Printed language"));
    describe(m_language, tr("The language the paper is printed in"));
    setLanguage(defaultLanguage());
    auto *languageRow = new QFormLayout;
    languageRow->addRow(tr("Printed &language:"), m_language);

    // Shortcuts after the text: a text with '&' replaces the shortcut.
    m_print->setObjectName(u"printButton"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(withShortcut(tr("Print on the counter's printer"), QKeySequence::Print));
    m_print->setDefault(true);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(withShortcut(tr("Save as a PDF file to send or archive"), QKeySequence::Save));

    m_status->setObjectName(u"printStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setToolTip(withShortcut(tr("Close"), QKeySequence(Qt::Key_Escape)));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PrintOutcomeDialog::print);
    connect(m_save, &QPushButton::clicked, this, &PrintOutcomeDialog::saveAsPdf);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(languageRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_language, m_print);
    setTabOrder(m_print, m_save);
    m_print->setFocus();
}

PrintLanguage PrintOutcomeDialog::language() const
{
    return PrintLanguage(m_language->currentData().toInt());
}

void PrintOutcomeDialog::setLanguage(PrintLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

bool PrintOutcomeDialog::printTo(QPrinter *printer)
{
    const Expected<void> printed = DocumentRenderer::print(m_documentFor(language()), printer);
    if (!printed) {
        reportFailure(printed.error().message);
        return false;
    }
    const QString destination =
        printer->outputFileName().isEmpty() ? printer->printerName() : printer->outputFileName();
    m_status->setText(tr("Sent to %1.").arg(destination));
    Q_EMIT this->printed(destination, !printer->outputFileName().isEmpty());
    return true;
}

bool PrintOutcomeDialog::saveTo(const QString &path)
{
    const Expected<void> written = DocumentRenderer::writePdf(m_documentFor(language()), path);
    if (!written) {
        reportFailure(written.error().message);
        return false;
    }
    m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT printed(path, true);
    return true;
}

void PrintOutcomeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentRenderer::pageLayout());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
}

void PrintOutcomeDialog::saveAsPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir(folder).filePath(m_suggestedFileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    saveTo(path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

void PrintOutcomeDialog::reportFailure(const QString &message)
{
    m_status->setText(tr("Not printed: %1").arg(message));
    QMessageBox::warning(this, tr("Printing failed"),
                         tr("%1\n\nThe case is saved; try again or choose another printer or folder.").arg(message));
}

std::unique_ptr<PrintOutcomeDialog> receiptDialog(const AcceptanceReceipt &receipt, QWidget *parent)
{
    const QLocale locale;
    const QString html =
        PrintOutcomeDialog::tr("<h2>Accepted: %1</h2><p>%2 — %3</p><p>Promised by %4 (%n working day(s)).</p>", nullptr,
                               receipt.promisedWorkingDays)
            .arg(receipt.receiptNumber.toHtmlEscaped(),
                 masking::applicantName(receipt.applicantName, receipt.applicantKind).toHtmlEscaped(),
                 receipt.formName.in(locale).toHtmlEscaped(), locale.toString(receipt.dueDate, QLocale::LongFormat));
    return std::make_unique<PrintOutcomeDialog>(
        PrintOutcomeDialog::tr("Acceptance receipt"), html,
        [receipt](PrintLanguage language) { return ReceiptPrinter::document(receipt, language); },
        receipt.receiptNumber + u".pdf"_s, parent);
}

std::unique_ptr<PrintOutcomeDialog> correctionNoticeDialog(const CorrectionNotice &notice, QWidget *parent)
{
    const QLocale locale;
    QString list;
    for (const CorrectionNoticeEntry &entry : notice.entries)
        list += u"<li><b>%1</b>: %2 → %3</li>"_s.arg(entry.what.in(locale).toHtmlEscaped(),
                                                     entry.problem.in(locale).toHtmlEscaped(),
                                                     entry.remedy.in(locale).toHtmlEscaped());
    const QString html = PrintOutcomeDialog::tr("<h2>One-time correction notice %1</h2><p>%2 — %3</p><ol>%4</ol>")
                             .arg(notice.noticeNumber.toHtmlEscaped(),
                                  masking::applicantName(notice.applicantName, notice.applicantKind).toHtmlEscaped(),
                                  notice.formName.in(locale).toHtmlEscaped(), list);
    return std::make_unique<PrintOutcomeDialog>(
        PrintOutcomeDialog::tr("One-time correction notice"), html,
        [notice](PrintLanguage language) { return CorrectionNoticePrinter::document(notice, language); },
        notice.noticeNumber + u".pdf"_s, parent);
}

} // namespace casedesk
