#include "ReceiptDialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

class OutcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    OutcomeDialog(const QString &title, const QString &html, QWidget *parent) : QDialog(parent)
    {
        setObjectName(u"outcomeDialog"_s);
        setWindowTitle(title);
        auto *text = new QLabel(html, this);
        text->setObjectName(u"outcomeText"_s);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(text);
        layout->addWidget(buttons);
    }
};

} // namespace

void showReceipt(const AcceptanceReceipt &receipt, QWidget *parent)
{
    const QLocale locale;
    const QString html =
        OutcomeDialog::tr("<h2>Accepted: %1</h2><p>%2 — %3</p><p>Promised by %4 (%n working "
                          "day(s)).</p>",
                          nullptr, receipt.promisedWorkingDays)
            .arg(receipt.receiptNumber.toHtmlEscaped(), receipt.applicantName.toHtmlEscaped(),
                 receipt.formName.in(locale).toHtmlEscaped(), locale.toString(receipt.dueDate, QLocale::LongFormat));
    OutcomeDialog dialog(OutcomeDialog::tr("Acceptance receipt"), html, parent);
    dialog.exec();
}

void showCorrectionNotice(const CorrectionNotice &notice, QWidget *parent)
{
    const QLocale locale;
    QString list;
    for (const CorrectionNoticeEntry &entry : notice.entries)
        list += u"<li><b>%1</b>: %2 → %3</li>"_s.arg(entry.what.in(locale).toHtmlEscaped(),
                                                     entry.problem.in(locale).toHtmlEscaped(),
                                                     entry.remedy.in(locale).toHtmlEscaped());
    const QString html = OutcomeDialog::tr("<h2>One-time correction notice %1</h2><p>%2 — %3</p><ol>%4</ol>")
                             .arg(notice.noticeNumber.toHtmlEscaped(), notice.applicantName.toHtmlEscaped(),
                                  notice.formName.in(locale).toHtmlEscaped(), list);
    OutcomeDialog dialog(OutcomeDialog::tr("One-time correction notice"), html, parent);
    dialog.exec();
}

} // namespace casedesk

#include "ReceiptDialogs.moc"
