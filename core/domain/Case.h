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
};

} // namespace casedesk
