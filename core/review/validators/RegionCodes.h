#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace casedesk {

// GB/T 2260 administrative division codes: two digits for the province, two
// for the prefecture, two for the county. Read-only once built.
class RegionCodes
{
public:
    // The list shipped in resources/regions/gb2260.tsv (compiled in as
    // :/regions/gb2260.tsv), read once on first use; see that file for its
    // source and what it lacks.
    static const RegionCodes &gbt2260();
    // Lines of "code<TAB>name"; empty lines and lines starting with # are
    // skipped, as is any line whose code is not six digits.
    static RegionCodes fromTsv(QStringView text);

    qsizetype size() const { return m_names.size(); }
    // Whether the six-digit code is listed.
    bool contains(QStringView code) const;
    // Whether the province of a code (its first two digits) is listed.
    bool containsProvince(QStringView code) const;
    // The division's own name (南山区), or an empty string.
    QString name(QStringView code) const;
    // Province, prefecture and county names joined (广东省深圳市南山区), the
    // levels that are listed; empty when the province is not.
    QString fullName(QStringView code) const;

private:
    QHash<QString, QString> m_names;
};

} // namespace casedesk
