#pragma once

#include "printing/PrintedDocument.h"
#include "review/AcceptanceReceipt.h"
#include "review/CorrectionNotice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace casedesk {

// What the counter sees once an intake ends: a summary of the receipt or the
// notice and the ways to hand it over on paper — print through the system's
// print dialog or save it as a PDF. Nothing is lost by closing: the case is
// already in the vault; the dialog only prints.
class PrintOutcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    using DocumentFor = std::function<PrintedDocument(PrintLanguage)>;

    PrintOutcomeDialog(const QString &title, const QString &summaryHtml, DocumentFor documentFor,
                       const QString &suggestedFileName, QWidget *parent = nullptr);

    PrintLanguage language() const;
    void setLanguage(PrintLanguage language);

    // The work behind the buttons, without the system dialogs in between.
    bool printTo(QPrinter *printer);
    bool saveTo(const QString &path);

    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    void print();
    void saveAsPdf();

Q_SIGNALS:
    // After each successful print or save: the caller records it.
    void printed(const QString &destination, bool toFile);

private:
    void reportFailure(const QString &message);

    DocumentFor m_documentFor;
    QString m_suggestedFileName;
    QComboBox *m_language;
    QPushButton *m_print;
    QPushButton *m_save;
    QLabel *m_status;
};

// The dialogs for an accepted case and for a correction notice.
std::unique_ptr<PrintOutcomeDialog> receiptDialog(const AcceptanceReceipt &receipt, QWidget *parent);
std::unique_ptr<PrintOutcomeDialog> correctionNoticeDialog(const CorrectionNotice &notice, QWidget *parent);

} // namespace casedesk
