#include "Masking.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace casedesk::masking {

namespace {

QString stars(qsizetype count)
{
    return QString(std::max<qsizetype>(count, 0), u'*');
}

// Keeps `head` characters at the start and `tail` at the end; a value too
// short to keep both is starred whole, so nothing leaks from short input.
QString keepEnds(const QString &value, qsizetype head, qsizetype tail)
{
    if (value.size() <= head + tail)
        return stars(value.size());
    return value.left(head) + stars(value.size() - head - tail) + value.right(tail);
}

QString digitsOnly(const QString &value)
{
    QString digits;
    for (QChar c : value) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

QString citizenId(const QString &number)
{
    return keepEnds(number.trimmed(), 6, 4);
}

QString mobile(const QString &number)
{
    QString digits = digitsOnly(number);
    if (digits.size() > 11 && digits.startsWith(u"86"_s))
        digits = digits.right(11);
    return keepEnds(digits, 3, 4);
}

QString landline(const QString &number)
{
    QString trimmed = number.trimmed();
    if (trimmed.startsWith(u'(') || trimmed.startsWith(u'（'))
        trimmed = trimmed.mid(1);
    const qsizetype separator = trimmed.indexOf(QRegularExpression(u"[-\\s)）]"_s));
    if (trimmed.startsWith(u'0') && separator > 0) {
        const QString area = trimmed.left(separator);
        const QString local = digitsOnly(trimmed.mid(separator));
        return area + u'-' + keepEnds(local, 0, 4);
    }
    return keepEnds(digitsOnly(trimmed), 0, 4);
}

QString bankCard(const QString &number)
{
    return keepEnds(digitsOnly(number), 0, 4);
}

QString personName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    // The compound surnames in common use (复姓).
    static const QStringList compound{u"欧阳"_s, u"司马"_s, u"上官"_s, u"诸葛"_s, u"东方"_s, u"皇甫"_s,
                                      u"尉迟"_s, u"公孙"_s, u"慕容"_s, u"长孙"_s, u"宇文"_s, u"司徒"_s,
                                      u"夏侯"_s, u"令狐"_s, u"端木"_s, u"独孤"_s, u"南宫"_s, u"西门"_s};
    qsizetype surname = 1;
    for (const QString &candidate : compound) {
        if (trimmed.startsWith(candidate) && trimmed.size() > candidate.size()) {
            surname = candidate.size();
            break;
        }
    }
    if (trimmed.size() <= 1)
        return stars(1);
    return trimmed.left(surname) + stars(trimmed.size() - surname);
}

QString applicantName(const QString &name, Applicant::Kind kind)
{
    return kind == Applicant::Kind::Company ? name.trimmed() : personName(name);
}

QString address(const QString &address)
{
    const QString trimmed = address.trimmed();
    // Keep up to the district or county; failing that, the city; failing
    // that, a third of the text. Markers count only near the start, where
    // administrative divisions are written.
    const QStringView head = QStringView(trimmed).left(15);
    qsizetype keep = -1;
    for (const QChar marker : {u'区', u'县', u'旗'}) {
        const qsizetype at = head.indexOf(marker);
        if (at >= 0 && (keep < 0 || at + 1 < keep))
            keep = at + 1;
    }
    if (keep < 0) {
        const qsizetype city = head.indexOf(u'市');
        keep = city >= 0 ? city + 1 : std::min<qsizetype>(trimmed.size() / 3, 6);
    }
    return trimmed.left(keep) + stars(trimmed.size() - keep);
}

} // namespace casedesk::masking
