#include "ReceiptPrinter.h"

#include "DocumentHtml.h"
#include "DocumentRenderer.h"
#include "QrCodeTextObject.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

LocalizedText text(const char *source, const QStringList &args = {})
{
    return DocumentHtml::translated(source, args);
}

LocalizedText workingDays(int days)
{
    if (days == 1)
        return text(QT_TRANSLATE_NOOP("PrintedDocument", "1 working day"));
    return text(QT_TRANSLATE_NOOP("PrintedDocument", "%1 working days"), {QString::number(days)});
}

LocalizedText howReceived(const ReceivedMaterial &material)
{
    switch (material.how) {
    case ReceivedMaterial::How::ELicence: return text(QT_TRANSLATE_NOOP("PrintedDocument", "Electronic licence"));
    case ReceivedMaterial::How::Waived: return text(QT_TRANSLATE_NOOP("PrintedDocument", "Waived"));
    case ReceivedMaterial::How::Received: break;
    }
    switch (material.form) {
    case ReceivedMaterial::Form::Original: return text(QT_TRANSLATE_NOOP("PrintedDocument", "Original"));
    case ReceivedMaterial::Form::Copy: return text(QT_TRANSLATE_NOOP("PrintedDocument", "Copy"));
    case ReceivedMaterial::Form::OriginalAndCopy:
        return text(QT_TRANSLATE_NOOP("PrintedDocument", "Original and copy"));
    }
    return {};
}

// How a material was received; a waiver gives its reason once, in the
// language the clerk wrote it in.
QString howReceivedCell(const DocumentHtml &html, const ReceivedMaterial &material)
{
    QString cell = html.inlineText(howReceived(material));
    const QString reason = material.waiverReason.trimmed();
    if (material.how == ReceivedMaterial::How::Waived && !reason.isEmpty())
        cell += u"<br/>%1"_s.arg(html.labelled(text(QT_TRANSLATE_NOOP("PrintedDocument", "Reason")), reason));
    return cell;
}

QString qrCode(const DocumentHtml &html, const AcceptanceReceipt &receipt)
{
    const QString caption = html.text(text(QT_TRANSLATE_NOOP("PrintedDocument", "Scan for the receipt number")));
    return u"<img src=\"%1\" width=\"96\" height=\"96\"/><p align=\"right\" class=\"small\">%2</p>"_s.arg(
        QrCodeTextObject::source(receipt.receiptNumber), caption);
}

QString numberLine(const DocumentHtml &html, const AcceptanceReceipt &receipt)
{
    const QString label = html.inlineText(text(QT_TRANSLATE_NOOP("PrintedDocument", "Receipt No.")));
    return u"<p style=\"margin-top: 6px\"><span class=\"section\">%1</span>&nbsp;&nbsp;"
           "<span class=\"number\">%2</span></p>"_s.arg(label, DocumentHtml::escaped(receipt.receiptNumber));
}

QString detailsTable(const DocumentHtml &html, const AcceptanceReceipt &receipt)
{
    const auto label = [&html](const char *source) {
        return html.labelCell(text(source));
    };
    const auto value = [&html](const QString &content, int span = 1) {
        return html.valueCell(content, span);
    };
    QString rows = html.applicantRow(receipt.applicantName, receipt.applicantIdMasked);
    rows += u"<tr>"_s + label(QT_TRANSLATE_NOOP("PrintedDocument", "Service applied for"))
        + value(html.service(receipt.formName, receipt.itemNames), 3) + u"</tr>"_s;
    rows += u"<tr>"_s + label(QT_TRANSLATE_NOOP("PrintedDocument", "Counter"))
        + value(DocumentHtml::escaped(receipt.counter)) + label(QT_TRANSLATE_NOOP("PrintedDocument", "Accepted by"))
        + value(DocumentHtml::escaped(receipt.staffId)) + u"</tr>"_s;
    rows += u"<tr>"_s + label(QT_TRANSLATE_NOOP("PrintedDocument", "Accepted at"))
        + value(html.text(DocumentHtml::beijingTime(receipt.acceptedUtc)), 3) + u"</tr>"_s;
    rows += u"<tr>"_s + label(QT_TRANSLATE_NOOP("PrintedDocument", "Promised time limit"))
        + value(html.text(workingDays(receipt.promisedWorkingDays)))
        + label(QT_TRANSLATE_NOOP("PrintedDocument", "Promised completion date"))
        + value(u"<span class=\"emphasis\">%1</span>"_s.arg(html.text(DocumentHtml::date(receipt.dueDate))))
        + u"</tr>"_s;
    return html.grid(rows, 3, u"margin-top: 10px"_s);
}

QString materialsTable(const DocumentHtml &html, const AcceptanceReceipt &receipt)
{
    QString rows = u"<thead><tr>"_s;
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "No.")), 8, Qt::AlignHCenter);
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "Material")));
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "How received")), 30);
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "Copies")), 9, Qt::AlignHCenter);
    rows += u"</tr></thead>"_s;
    for (qsizetype i = 0; i < receipt.materials.size(); ++i) {
        const ReceivedMaterial &material = receipt.materials.at(i);
        const bool counted = material.how == ReceivedMaterial::How::Received && material.copies > 0;
        rows += u"<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td align=\"center\">%4</td></tr>"_s.arg(
            QString::number(i + 1), html.inlineText(material.name), howReceivedCell(html, material),
            counted ? QString::number(material.copies) : u"—"_s);
    }
    return html.section(text(QT_TRANSLATE_NOOP("PrintedDocument", "Materials received"))) + html.grid(rows, 2);
}

QString notes(const DocumentHtml &html, const AcceptanceReceipt &receipt)
{
    QStringList lines;
    lines.append(html.text(DocumentHtml::translated(
        QT_TRANSLATE_NOOP("PrintedDocument", "Your application has been accepted and will be completed by %1 (%2)."),
        QList<LocalizedText>{DocumentHtml::date(receipt.dueDate), workingDays(receipt.promisedWorkingDays)})));
    lines.append(html.text(text(QT_TRANSLATE_NOOP("PrintedDocument",
                                                  "Keep this receipt. Quote the receipt number "
                                                  "to ask about progress or to collect the result."))));
    if (!receipt.enquiryPhone.trimmed().isEmpty())
        lines.append(
            html.labelled(text(QT_TRANSLATE_NOOP("PrintedDocument", "Enquiries")), receipt.enquiryPhone.trimmed()));
    QString section = html.section(text(QT_TRANSLATE_NOOP("PrintedDocument", "Notes")));
    for (qsizetype i = 0; i < lines.size(); ++i)
        section += u"<p class=\"note\" style=\"margin-bottom: 3px\">%1. %2</p>"_s.arg(i + 1).arg(lines.at(i));
    return section;
}

} // namespace

PrintedDocument ReceiptPrinter::document(const AcceptanceReceipt &receipt, PrintLanguage language)
{
    const DocumentHtml html(language);
    const LocalizedText title = text(QT_TRANSLATE_NOOP("PrintedDocument", "Acceptance receipt"));
    QString body = html.heading(receipt.hallName, title, qrCode(html, receipt));
    body += numberLine(html, receipt);
    body += detailsTable(html, receipt);
    body += materialsTable(html, receipt);
    body += notes(html, receipt);
    body += html.seal(receipt.hallName, receipt.acceptedUtc.toOffsetFromUtc(8 * 3600).date());
    return PrintedDocument{
        html.plain(title) + u' ' + receipt.receiptNumber, html.page(body),
        html.plainLabelled(text(QT_TRANSLATE_NOOP("PrintedDocument", "Receipt No.")), receipt.receiptNumber), language};
}

Expected<void> ReceiptPrinter::writePdf(const AcceptanceReceipt &receipt, const QString &path, PrintLanguage language)
{
    if (receipt.receiptNumber.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("PrintedDocument", "The receipt has no receipt number."));
    return DocumentRenderer::writePdf(document(receipt, language), path);
}

Expected<void> ReceiptPrinter::print(const AcceptanceReceipt &receipt, QPrinter *printer, PrintLanguage language)
{
    if (receipt.receiptNumber.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("PrintedDocument", "The receipt has no receipt number."));
    return DocumentRenderer::print(document(receipt, language), printer);
}

} // namespace casedesk
