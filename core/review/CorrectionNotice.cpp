#include "CorrectionNotice.h"

#include "security/Masking.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casedesk {

CorrectionNotice CorrectionNotice::issue(const PreReviewReport &report, const ApplicationForm &form,
                                         const NoticeContext &context)
{
    CorrectionNotice notice;
    // Traceable to the case and the day; a case may get several notices over
    // time, each on its own day.
    notice.noticeNumber =
        u"GZ-%1-%2"_s.arg(context.issuedOn.toString(u"yyyyMMdd"_s), context.caseId.right(12).toUpper());
    notice.caseId = context.caseId;
    notice.hallName = context.hallName;
    notice.counter = context.counter;
    notice.staffId = context.staffId;
    notice.applicantName = context.applicantName;
    notice.applicantKind = context.applicantKind;
    notice.applicantIdMasked = context.applicantKind == Applicant::Kind::Person
        ? masking::citizenId(context.applicantIdNumber)
        : context.applicantIdNumber;
    notice.formCode = form.code;
    notice.formName = form.name;
    notice.itemNames = form.itemNames;
    notice.issuedOn = context.issuedOn;
    for (const Finding &finding : report.findings) {
        if (finding.severity != Severity::Blocking)
            continue;
        // In a bundle several items may check the same thing; the applicant
        // is told once.
        const bool told = std::any_of(notice.entries.cbegin(), notice.entries.cend(), [&](const auto &entry) {
            return entry.what == finding.targetLabel && entry.problem == finding.message
                && entry.remedy == finding.hint;
        });
        if (!told)
            notice.entries.append({finding.ruleId, finding.targetLabel, finding.message, finding.hint});
    }
    return notice;
}

QJsonObject CorrectionNotice::toJson() const
{
    QJsonArray items;
    for (const LocalizedText &name : itemNames)
        items.append(name.toJson());
    QJsonArray list;
    for (const CorrectionNoticeEntry &entry : entries)
        list.append(QJsonObject{{u"rule"_s, entry.ruleId},
                                {u"what"_s, entry.what.toJson()},
                                {u"problem"_s, entry.problem.toJson()},
                                {u"remedy"_s, entry.remedy.toJson()}});
    return QJsonObject{
        {u"noticeNumber"_s, noticeNumber},
        {u"caseId"_s, caseId},
        {u"hall"_s, hallName.toJson()},
        {u"counter"_s, counter},
        {u"staff"_s, staffId},
        {u"applicant"_s, QJsonObject{{u"name"_s, applicantName}, {u"idNumber"_s, applicantIdMasked}}},
        {u"item"_s, QJsonObject{{u"code"_s, formCode}, {u"name"_s, formName.toJson()}, {u"items"_s, items}}},
        {u"issuedOn"_s, issuedOn.toString(Qt::ISODate)},
        {u"entries"_s, list},
    };
}

} // namespace casedesk
