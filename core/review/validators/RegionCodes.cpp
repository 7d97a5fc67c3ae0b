#include "RegionCodes.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

bool isSixDigits(QStringView code)
{
    if (code.size() != 6)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

const RegionCodes &RegionCodes::gbt2260()
{
    static const RegionCodes codes = [] {
        QFile file(u":/regions/gb2260.tsv"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("casedesk: the compiled-in GB/T 2260 region list is missing");
            return RegionCodes();
        }
        return fromTsv(QString::fromUtf8(file.readAll()));
    }();
    return codes;
}

RegionCodes RegionCodes::fromTsv(QStringView text)
{
    RegionCodes codes;
    for (const QStringView line : text.tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const qsizetype tab = trimmed.indexOf(u'\t');
        if (tab < 0)
            continue;
        const QStringView code = trimmed.left(tab).trimmed();
        const QStringView name = trimmed.mid(tab + 1).trimmed();
        if (isSixDigits(code) && !name.isEmpty())
            codes.m_names.insert(code.toString(), name.toString());
    }
    return codes;
}

bool RegionCodes::contains(QStringView code) const
{
    return isSixDigits(code) && m_names.contains(code.toString());
}

bool RegionCodes::containsProvince(QStringView code) const
{
    if (code.size() < 2)
        return false;
    return contains(code.left(2).toString() + u"0000"_s);
}

QString RegionCodes::name(QStringView code) const
{
    return isSixDigits(code) ? m_names.value(code.toString()) : QString();
}

QString RegionCodes::fullName(QStringView code) const
{
    if (!isSixDigits(code) || !containsProvince(code))
        return QString();
    // Municipalities (北京市) have no prefecture row and counties directly
    // under a province (济源市, 419001) none either; join what is listed.
    const QString province = code.left(2).toString() + u"0000"_s;
    const QString prefecture = code.left(4).toString() + u"00"_s;
    const QString county = code.toString();
    QString result = m_names.value(province);
    if (prefecture != province)
        result += m_names.value(prefecture);
    if (county != prefecture)
        result += m_names.value(county);
    return result;
}

} // namespace casedesk
