#include "DocumentHtml.h"

#include "security/Masking.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr char context[] = "PrintedDocument";

const QLocale &chinese()
{
    static const QLocale locale(QLocale::Chinese, QLocale::China);
    return locale;
}

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// Serif (宋体-like) for the body as on official documents, sans (黑体-like)
// for titles and labels; Noto CJK from Debian's fonts-noto-cjk. Sizes in
// points so that print matches the paper whatever the device resolution.
const QString styleSheet = uR"(
body { font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; color: #000000; }
p { margin-top: 0; margin-bottom: 0; }
.hall { font-family: 'Noto Sans CJK SC'; font-size: 14pt; }
.title { font-family: 'Noto Sans CJK SC'; font-size: 20pt; font-weight: bold; }
.subtitle { font-size: 10pt; color: #333333; }
.section { font-family: 'Noto Sans CJK SC'; font-size: 11pt; font-weight: bold; }
.en { font-size: 7pt; color: #333333; }
.number { font-family: 'Noto Sans CJK SC'; font-size: 20pt; font-weight: bold; }
.note { font-size: 9.5pt; }
.small { font-size: 8pt; color: #333333; }
.emphasis { font-family: 'Noto Sans CJK SC'; font-weight: bold; }
table.grid { border-collapse: collapse; border-color: #000000; border-style: solid; }
th { font-family: 'Noto Sans CJK SC'; font-weight: normal; background-color: #eeeeee; }
td { vertical-align: middle; }
)"_s;

} // namespace

QString DocumentHtml::text(const LocalizedText &text) const
{
    switch (m_language) {
    case PrintLanguage::Chinese: return escaped(text.zh.isEmpty() ? text.en : text.zh);
    case PrintLanguage::English: return escaped(text.en.isEmpty() ? text.zh : text.en);
    case PrintLanguage::Bilingual: break;
    }
    if (text.en.isEmpty() || text.en == text.zh || text.zh.isEmpty())
        return escaped(text.zh.isEmpty() ? text.en : text.zh);
    return u"%1<br/><span class=\"en\">%2</span>"_s.arg(escaped(text.zh), escaped(text.en));
}

QString DocumentHtml::inlineText(const LocalizedText &text) const
{
    if (m_language != PrintLanguage::Bilingual || text.en.isEmpty() || text.en == text.zh || text.zh.isEmpty())
        return this->text(text);
    return u"%1 <span class=\"en\">%2</span>"_s.arg(escaped(text.zh), escaped(text.en));
}

QString DocumentHtml::primary(const LocalizedText &text) const
{
    if (m_language == PrintLanguage::Bilingual)
        return this->text(LocalizedText{text.zh, QString()});
    return this->text(text);
}

QString DocumentHtml::plain(const LocalizedText &text) const
{
    switch (m_language) {
    case PrintLanguage::Chinese: return text.zh.isEmpty() ? text.en : text.zh;
    case PrintLanguage::English: return text.en.isEmpty() ? text.zh : text.en;
    case PrintLanguage::Bilingual: break;
    }
    if (text.en.isEmpty() || text.en == text.zh || text.zh.isEmpty())
        return text.zh.isEmpty() ? text.en : text.zh;
    return text.zh + u' ' + text.en;
}

QString DocumentHtml::labelled(const LocalizedText &label, const QString &value) const
{
    const QString separator = m_language == PrintLanguage::English ? u": "_s : u"："_s;
    return inlineText(label) + separator + escaped(value);
}

QString DocumentHtml::plainLabelled(const LocalizedText &label, const QString &value) const
{
    const QString separator = m_language == PrintLanguage::English ? u": "_s : u"："_s;
    return plain(label) + separator + value;
}

QString DocumentHtml::page(const QString &body) const
{
    const QString lang = m_language == PrintLanguage::English ? u"en"_s : u"zh-CN"_s;
    return u"<html lang=\"%1\"><head><meta charset=\"utf-8\"/><style>%2</style></head><body>%3</body></html>"_s.arg(
        lang, styleSheet, body);
}

QString DocumentHtml::heading(const LocalizedText &hall, const LocalizedText &title, const QString &aside) const
{
    QString centre = u"<p align=\"center\" class=\"hall\">%1</p>"_s.arg(text(hall));
    centre += u"<p align=\"center\" class=\"title\" style=\"margin-top: 4px\">%1</p>"_s.arg(primary(title));
    if (m_language == PrintLanguage::Bilingual && !title.en.isEmpty())
        centre += u"<p align=\"center\" class=\"subtitle\">%1</p>"_s.arg(escaped(title.en));
    // Equal side columns keep the title centred on the page.
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"22%\"></td><td valign=\"middle\">%1</td>"
           "<td width=\"22%\" align=\"right\" valign=\"top\">%2</td></tr></table>"_s.arg(centre, aside);
}

QString DocumentHtml::section(const LocalizedText &title) const
{
    return u"<p class=\"section\" style=\"margin-top: 10px; margin-bottom: 3px\">%1</p>"_s.arg(inlineText(title));
}

QString DocumentHtml::labelCell(const LocalizedText &label, int widthPercent, Qt::Alignment alignment) const
{
    const QString align = alignment & Qt::AlignHCenter ? u"center"_s : u"left"_s;
    const QString width = widthPercent > 0 ? u" width=\"%1%\""_s.arg(widthPercent) : QString();
    return u"<th align=\"%1\" valign=\"middle\"%2>%3</th>"_s.arg(align, width, text(label));
}

QString DocumentHtml::valueCell(const QString &html, int columnSpan, int widthPercent) const
{
    QString attributes;
    if (columnSpan > 1)
        attributes += u" colspan=\"%1\""_s.arg(columnSpan);
    if (widthPercent > 0)
        attributes += u" width=\"%1%\""_s.arg(widthPercent);
    return u"<td valign=\"middle\"%1>%2</td>"_s.arg(attributes, html);
}

QString DocumentHtml::grid(const QString &rows, int cellPadding, const QString &style) const
{
    const QString styleAttribute = style.isEmpty() ? QString() : u" style=\"%1\""_s.arg(style);
    return u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\"%2>%3</table>"_s.arg(
        QString::number(cellPadding), styleAttribute, rows);
}

QString DocumentHtml::applicantRow(const QString &name, const QString &idNumber) const
{
    return u"<tr>"_s + labelCell(translated(QT_TRANSLATE_NOOP("PrintedDocument", "Applicant")), 17)
        + valueCell(escaped(name), 1, 33) + labelCell(translated(QT_TRANSLATE_NOOP("PrintedDocument", "ID number")), 17)
        + valueCell(escaped(masking::citizenId(idNumber))) + u"</tr>"_s;
}

QString DocumentHtml::service(const LocalizedText &name, const QList<LocalizedText> &items) const
{
    QString cell = u"<p class=\"emphasis\">%1</p>"_s.arg(inlineText(name));
    if (items.isEmpty() || items == QList<LocalizedText>{name})
        return cell;
    for (qsizetype i = 0; i < items.size(); ++i)
        cell += u"<p>%1. %2</p>"_s.arg(QString::number(i + 1), inlineText(items.at(i)));
    return cell;
}

QString DocumentHtml::seal(const LocalizedText &hall, const QDate &date) const
{
    const LocalizedText sealed =
        translated(QT_TRANSLATE_NOOP("PrintedDocument", "%1 (seal)"), QList<LocalizedText>{hall});
    return u"<p align=\"right\" style=\"margin-top: 14px\">%1</p><p align=\"right\" style=\"margin-top: 2px\">%2</p>"_s
        .arg(text(sealed), inlineText(DocumentHtml::date(date)));
}

LocalizedText DocumentHtml::date(const QDate &date)
{
    return LocalizedText{chinese().toString(date, QLocale::LongFormat), english().toString(date, QLocale::LongFormat)};
}

LocalizedText DocumentHtml::beijingTime(const QDateTime &moment)
{
    const QDateTime beijing = moment.toOffsetFromUtc(8 * 3600);
    const QString time = beijing.time().toString(u"HH:mm"_s);
    return translated(QT_TRANSLATE_NOOP("PrintedDocument", "%1 %2 (Beijing time)"),
                      QList<LocalizedText>{date(beijing.date()), LocalizedText{time, time}});
}

LocalizedText DocumentHtml::translated(const char *source, const QStringList &args)
{
    return LocalizedText::translated(context, source, args);
}

LocalizedText DocumentHtml::translated(const char *source, const QList<LocalizedText> &args)
{
    return LocalizedText::translated(context, source, args);
}

} // namespace casedesk
