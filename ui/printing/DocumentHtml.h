#pragma once

#include "PrintLanguage.h"
#include "common/LocalizedText.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casedesk {

// The common parts of CaseDesk's printed documents as HTML for
// QTextDocument: the style sheet, the heading, labelled table cells, the
// seal, dates, and each text in the document's language(s). Text passed in
// is escaped here, so a name like "A&B <Ltd>" prints as written.
class DocumentHtml
{
public:
    explicit DocumentHtml(PrintLanguage language) : m_language(language) { }

    PrintLanguage language() const { return m_language; }

    // Chinese, English, or Chinese with the English on a line beneath in
    // smaller type.
    QString text(const LocalizedText &text) const;
    // The same on one line: 受理编号 Receipt No.
    QString inlineText(const LocalizedText &text) const;
    // The first language only: Chinese, or English when printing English
    // alone; for a text whose English would only repeat it.
    QString primary(const LocalizedText &text) const;
    // Without markup, for the title and the page footer.
    QString plain(const LocalizedText &text) const;
    // A label and a value that is the same in every language (a number, a
    // reason as the clerk wrote it), the value given once: 理由 Reason：…
    QString labelled(const LocalizedText &label, const QString &value) const;
    QString plainLabelled(const LocalizedText &label, const QString &value) const;

    // A whole document around `body`.
    QString page(const QString &body) const;
    // The hall's name over the document's title; `aside` (a QR code) at the
    // right, level with them.
    QString heading(const LocalizedText &hall, const LocalizedText &title, const QString &aside = {}) const;
    // A section title above a table.
    QString section(const LocalizedText &title) const;
    // A label cell of a form-like table; width in percent of the table.
    QString labelCell(const LocalizedText &label, int widthPercent = 0, Qt::Alignment alignment = Qt::AlignLeft) const;
    QString valueCell(const QString &html, int columnSpan = 1, int widthPercent = 0) const;
    // A ruled table of `rows`, the width of the page.
    QString grid(const QString &rows, int cellPadding, const QString &style = {}) const;
    // The table row naming the applicant. The ID number is masked here
    // (again): a caller that passed the full number still prints a masked one.
    QString applicantRow(const QString &name, const QString &idNumber) const;
    // The service applied for; a bundle (一件事) lists its items, numbered.
    QString service(const LocalizedText &name, const QList<LocalizedText> &items) const;
    // Where the hall puts its seal (盖章), with the date.
    QString seal(const LocalizedText &hall, const QDate &date) const;

    // In each language's long form: 2026年12月7日星期一, Monday, December 7, 2026.
    static LocalizedText date(const QDate &date);
    // Beijing time (UTC+8, no daylight saving since 1991) whatever the
    // counter PC's time zone.
    static LocalizedText beijingTime(const QDateTime &moment);
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }

    // A text of the printed documents, Chinese from translations/ (context
    // "PrintedDocument", marked with QT_TRANSLATE_NOOP).
    static LocalizedText translated(const char *source, const QStringList &args = {});
    static LocalizedText translated(const char *source, const QList<LocalizedText> &args);

private:
    PrintLanguage m_language;
};

} // namespace casedesk
