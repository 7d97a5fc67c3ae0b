#pragma once

#include "PreReviewReport.h"
#include "catalogue/CatalogueModel.h"
#include "domain/Applicant.h"

#include <QDate>

namespace casedesk {

// Who, where and when a notice is issued; the applicant's ID number is kept
// masked on the notice.
struct NoticeContext {
    QString caseId;
    LocalizedText hallName;
    QString counter;
    QString staffId;
    QString applicantName;
    QString applicantIdNumber;
    QDate issuedOn;
    Applicant::Kind applicantKind = Applicant::Kind::Person;
};

struct CorrectionNoticeEntry {
    QString ruleId;
    LocalizedText what; // the field or material concerned
    LocalizedText problem; // what is wrong
    LocalizedText remedy; // what to bring or correct
};

// The one-time correction notice (一次性告知书): every blocking finding of a
// pre-review at once, with how to put it right, so the applicant comes back
// only once. Structured data; the UI prints it.
struct CorrectionNotice {
    QString noticeNumber;
    QString caseId;
    LocalizedText hallName;
    QString counter;
    QString staffId;
    QString applicantName;
    // A company's name and credit code are not personal data: shown whole.
    Applicant::Kind applicantKind = Applicant::Kind::Person;
    QString applicantIdMasked;
    QString formCode;
    LocalizedText formName;
    QList<LocalizedText> itemNames;
    QDate issuedOn;
    QList<CorrectionNoticeEntry> entries;

    // Issues the notice for a report; entries are its blocking findings, in
    // the report's order, each problem once (a bundle's items may share one).
    static CorrectionNotice issue(const PreReviewReport &report, const ApplicationForm &form,
                                  const NoticeContext &context);
    QJsonObject toJson() const;
};

} // namespace casedesk
