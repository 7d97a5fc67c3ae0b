#include "CorrectionNoticePrinter.h"

#include "DocumentHtml.h"
#include "DocumentRenderer.h"

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

LocalizedText text(const char *source, const QStringList &args = {})
{
    return DocumentHtml::translated(source, args);
}

QString opening(const DocumentHtml &html, const CorrectionNotice &notice)
{
    const QString number = html.labelled(text(QT_TRANSLATE_NOOP("PrintedDocument", "Notice No.")), notice.noticeNumber);
    const LocalizedText name{notice.applicantName, notice.applicantName};
    const LocalizedText salutation =
        DocumentHtml::translated(QT_TRANSLATE_NOOP("PrintedDocument", "Dear %1:"), QList<LocalizedText>{name});
    const QString count = QString::number(notice.entries.size());
    const LocalizedText letter = DocumentHtml::translated(
        QT_TRANSLATE_NOOP("PrintedDocument",
                          "The counter has pre-reviewed your application for %1. %2 item(s) must still be "
                          "corrected or brought; all of them are listed below, at once."),
        QList<LocalizedText>{notice.formName, LocalizedText{count, count}});
    // The name would only repeat in English. A Chinese letter's body starts
    // two ideographic spaces in, kept by pre-wrap (QTextDocument does not
    // scale text-indent to the printer).
    const LocalizedText indented{u"\u3000\u3000"_s + letter.zh, letter.en};
    return u"<p align=\"right\" class=\"small\" style=\"margin-top: 8px\">%1</p>"
           "<p style=\"margin-top: 4px\">%2</p><p style=\"white-space: pre-wrap\">%3</p>"_s.arg(
               number, html.primary(salutation), html.text(indented));
}

QString detailsTable(const DocumentHtml &html, const CorrectionNotice &notice)
{
    const auto label = [&html](const char *source) {
        return html.labelCell(text(source));
    };
    const auto value = [&html](const QString &content, int span = 1) {
        return html.valueCell(content, span);
    };
    QString rows = html.applicantRow(notice.applicantName, notice.applicantIdMasked);
    rows += u"<tr>"_s + label(QT_TRANSLATE_NOOP("PrintedDocument", "Service applied for"))
        + value(html.service(notice.formName, notice.itemNames), 3) + u"</tr>"_s;
    rows += u"<tr>"_s + label(QT_TRANSLATE_NOOP("PrintedDocument", "Counter"))
        + value(DocumentHtml::escaped(notice.counter)) + label(QT_TRANSLATE_NOOP("PrintedDocument", "Issued by"))
        + value(DocumentHtml::escaped(notice.staffId)) + u"</tr>"_s;
    rows += u"<tr>"_s + label(QT_TRANSLATE_NOOP("PrintedDocument", "Date issued"))
        + value(html.text(DocumentHtml::date(notice.issuedOn)), 3) + u"</tr>"_s;
    return html.grid(rows, 3, u"margin-top: 10px"_s);
}

QString entriesTable(const DocumentHtml &html, const CorrectionNotice &notice)
{
    // The header row repeats on every page a long notice runs to.
    QString rows = u"<thead><tr>"_s;
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "No.")), 7, Qt::AlignHCenter);
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "Concerning")), 22);
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "Problem")), 35);
    rows += html.labelCell(text(QT_TRANSLATE_NOOP("PrintedDocument", "What to bring or correct")));
    rows += u"</tr></thead>"_s;
    for (qsizetype i = 0; i < notice.entries.size(); ++i) {
        const CorrectionNoticeEntry &entry = notice.entries.at(i);
        rows += u"<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            QString::number(i + 1), html.text(entry.what), html.text(entry.problem), html.text(entry.remedy));
    }
    return html.section(text(QT_TRANSLATE_NOOP("PrintedDocument", "To correct or bring"))) + html.grid(rows, 2);
}

QString allAtOnce(const DocumentHtml &html)
{
    const LocalizedText line =
        text(QT_TRANSLATE_NOOP("PrintedDocument",
                               "Please bring everything listed above at once when you come back to the counter. "
                               "Nothing beyond this notice will be asked of you for this application."));
    return html.grid(u"<tr><td><p class=\"emphasis\">%1</p></td></tr>"_s.arg(html.text(line)), 8,
                     u"margin-top: 12px"_s);
}

QString signatures(const DocumentHtml &html, const CorrectionNotice &notice)
{
    const QString received = html.inlineText(text(QT_TRANSLATE_NOOP("PrintedDocument", "Received by the applicant")));
    const QString date = html.inlineText(text(QT_TRANSLATE_NOOP("PrintedDocument", "Date")));
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 26px\"><tr>"
           "<td width=\"55%\">%1 ____________________</td><td>%2 ________________</td>"
           "</tr></table>"_s.arg(received, date)
        + html.seal(notice.hallName, notice.issuedOn);
}

} // namespace

PrintedDocument CorrectionNoticePrinter::document(const CorrectionNotice &notice, PrintLanguage language)
{
    const DocumentHtml html(language);
    const LocalizedText title = text(QT_TRANSLATE_NOOP("PrintedDocument", "One-time correction notice"));
    QString body = html.heading(notice.hallName, title);
    body += opening(html, notice);
    body += detailsTable(html, notice);
    body += entriesTable(html, notice);
    body += allAtOnce(html);
    body += signatures(html, notice);
    return PrintedDocument{
        html.plain(title) + u' ' + notice.noticeNumber, html.page(body),
        html.plainLabelled(text(QT_TRANSLATE_NOOP("PrintedDocument", "Notice No.")), notice.noticeNumber), language};
}

Expected<void> CorrectionNoticePrinter::writePdf(const CorrectionNotice &notice, const QString &path,
                                                 PrintLanguage language)
{
    return DocumentRenderer::writePdf(document(notice, language), path);
}

Expected<void> CorrectionNoticePrinter::print(const CorrectionNotice &notice, QPrinter *printer, PrintLanguage language)
{
    return DocumentRenderer::print(document(notice, language), printer);
}

} // namespace casedesk
