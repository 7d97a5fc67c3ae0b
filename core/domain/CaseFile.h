#pragma once

#include "Applicant.h"
#include "Case.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// One entry of a case's history as the vault keeps it: the case created, a
// state change (its kind is the CaseEvent's name), a material set, a sync
// conflict settled.
struct CaseEventRecord {
    qint64 id = 0;
    QString kind;
    std::optional<CaseState> from;
    std::optional<CaseState> to;
    QString actor;
    QDateTime atUtc;
    QString reason;
    // For a state change: event, from, to, actor, at, reason, receiptNumber,
    // dueDate and "details" (the pre-review report, a supervisor's override,
    // the correction notice).
    QJsonObject payload;
};

// What the counter sees of one case: the case, its applicant and its
// history, oldest event first.
struct CaseFile {
    Case caseRecord;
    Applicant applicant;
    QList<CaseEventRecord> events;
};

} // namespace casedesk
