#pragma once

#include "domain/calendar/WorkingDayCalendar.h"
#include "intake/IntakeSession.h"
#include "review/AcceptanceReceipt.h"
#include "review/CorrectionNotice.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace casedesk {

// What the citizen across the counter sees of the intake, in plain words and
// with personal data masked (脱敏): never a name beyond the surname, never an
// ID number beyond its first six and last four characters. Computed without
// widgets, so that tests can check every word.
struct CitizenScreenContent {
    enum class Stage {
        Waiting, // no intake at this counter
        Intake, // an application is being taken in
        Accepted, // accepted: the receipt number and the promised date
        NoticeIssued, // a one-time correction notice: what to bring
    };
    Stage stage = Stage::Waiting;
    QString applicantName; // masked
    QString applicantId; // masked
    QString itemName; // the service item (or bundle) in the UI language
    QStringList received; // materials received, as electronic licences too
    QStringList missing; // required materials still missing
    QStringList toCorrect; // a notice's entries: what and how to put right
    QDate promisedDate; // while taking in: the date if accepted today
    int promisedWorkingDays = 0;
    QString receiptNumber; // Accepted
    QString caseId; // the case to rate, once recorded

    bool operator==(const CitizenScreenContent &) const = default;
};

// The intake as it stands on `today`.
CitizenScreenContent citizenContent(const IntakeSession &session, const WorkingDayCalendar &calendar, QDate today);
// The end of an intake.
CitizenScreenContent citizenContent(const AcceptanceReceipt &receipt);
CitizenScreenContent citizenContent(const CorrectionNotice &notice);

} // namespace casedesk
