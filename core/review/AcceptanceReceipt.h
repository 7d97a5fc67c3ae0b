#pragma once

#include "common/LocalizedText.h"
#include "domain/Applicant.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace casedesk {

// One material as the receipt lists it.
struct ReceivedMaterial {
    LocalizedText name;
    enum class Form { Original, Copy, OriginalAndCopy } form = Form::Original;
    int copies = 0;
    enum class How { Received, ELicence, Waived } how = How::Received;
    QString waiverReason;
};

// The acceptance receipt (受理回执) handed to the applicant: what was
// accepted, by whom, and when it will be done. Structured data; the UI
// prints it (with a QR code of the receipt number). The applicant's ID
// number is kept masked.
struct AcceptanceReceipt {
    QString receiptNumber;
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
    QDateTime acceptedUtc;
    int promisedWorkingDays = 0;
    QDate dueDate;
    QList<ReceivedMaterial> materials;
    // Where to ask: the hall's telephone, shown on the receipt.
    QString enquiryPhone;

    QJsonObject toJson() const;
};

} // namespace casedesk
