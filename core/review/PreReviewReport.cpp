#include "PreReviewReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casedesk {

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {u"rule"_s, ruleId},
        {u"reason"_s, reason},
        {u"severity"_s, severityName(severity)},
        {u"target"_s,
         QJsonObject{{u"kind"_s, targetKind == TargetKind::Field ? u"field"_s : u"material"_s},
                     {u"id"_s, targetId},
                     {u"label"_s, targetLabel.toJson()}}},
        {u"message"_s, message.toJson()},
        {u"hint"_s, hint.toJson()},
    };
}

bool PreReviewReport::blocksAcceptance() const
{
    return count(Severity::Blocking) > 0;
}

qsizetype PreReviewReport::count(Severity severity) const
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [severity](const Finding &finding) { return finding.severity == severity; });
}

QList<Finding> PreReviewReport::blocking() const
{
    QList<Finding> result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
                 [](const Finding &finding) { return finding.severity == Severity::Blocking; });
    return result;
}

QJsonObject PreReviewReport::toJson() const
{
    QJsonArray list;
    for (const Finding &finding : findings)
        list.append(finding.toJson());
    return QJsonObject{
        {u"item"_s, formCode},
        {u"reviewDate"_s, reviewDate.toString(Qt::ISODate)},
        {u"blocksAcceptance"_s, blocksAcceptance()},
        {u"counts"_s,
         QJsonObject{{u"block"_s, double(count(Severity::Blocking))},
                     {u"warning"_s, double(count(Severity::Warning))},
                     {u"info"_s, double(count(Severity::Info))}}},
        {u"findings"_s, list},
    };
}

} // namespace casedesk
