#pragma once

#include "CaseState.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace casedesk {

// A case as the counter keeps it: one application by one applicant for one
// service item (or a bundle).
struct Case {
    QString id;
    QString receiptNumber;
    QString applicantId;
    QString itemCode;
    CaseState state = CaseState::Draft;
    QString hallId;
    QString counterId;
    QString staffId;
    QJsonObject form;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime acceptedUtc;
    QDate dueDate;
    qint64 revision = 1;
    // Ever given a one-time correction notice (一次性告知), wherever: the
    // state moves on after a resubmission, the hall's notice rate must not.
    bool correctionNoticeGiven = false;
};

} // namespace casedesk
