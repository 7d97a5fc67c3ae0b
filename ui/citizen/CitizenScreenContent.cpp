#include "CitizenScreenContent.h"

#include "domain/calendar/Deadline.h"
#include "security/Masking.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

QString joinedItems(const LocalizedText &formName, const QList<LocalizedText> &itemNames)
{
    if (itemNames.size() <= 1)
        return formName.in(QLocale());
    QStringList names;
    for (const LocalizedText &name : itemNames)
        names << name.in(QLocale());
    return u"%1（%2）"_s.arg(formName.in(QLocale()), names.join(u"、"_s));
}

} // namespace

CitizenScreenContent citizenContent(const IntakeSession &session, const WorkingDayCalendar &calendar, QDate today)
{
    CitizenScreenContent content;
    const Applicant &applicant = session.applicant();
    const ApplicationForm *form = session.form();
    if (!form && applicant.idNumber.isEmpty() && applicant.name.isEmpty())
        return content;
    content.stage = CitizenScreenContent::Stage::Intake;
    content.applicantName = masking::applicantName(applicant.name.trimmed(), applicant.kind);
    content.applicantId = applicant.idNumber.isEmpty() ? QString() : masking::citizenId(applicant.idNumber);
    if (!form)
        return content;
    content.itemName = joinedItems(form->name, form->itemNames);
    for (const MaterialDefinition &material : form->materials) {
        const MaterialState state = session.material(material.id).state;
        const QString name = material.name.in(QLocale());
        if (state == MaterialState::Received || state == MaterialState::ELicence)
            content.received << name;
        else if (state == MaterialState::Missing && material.required)
            content.missing << name;
    }
    content.promisedWorkingDays = form->promisedLimitDays;
    if (auto deadline = Deadline::promise(calendar, today, form->promisedLimitDays))
        content.promisedDate = deadline->due;
    return content;
}

CitizenScreenContent citizenContent(const AcceptanceReceipt &receipt)
{
    CitizenScreenContent content;
    content.stage = CitizenScreenContent::Stage::Accepted;
    content.applicantName = masking::applicantName(receipt.applicantName, receipt.applicantKind);
    content.applicantId = masking::citizenId(receipt.applicantIdMasked);
    content.itemName = joinedItems(receipt.formName, receipt.itemNames);
    for (const ReceivedMaterial &material : receipt.materials) {
        if (material.how != ReceivedMaterial::How::Waived)
            content.received << material.name.in(QLocale());
    }
    content.promisedDate = receipt.dueDate;
    content.promisedWorkingDays = receipt.promisedWorkingDays;
    content.receiptNumber = receipt.receiptNumber;
    content.caseId = receipt.caseId;
    return content;
}

CitizenScreenContent citizenContent(const CorrectionNotice &notice)
{
    CitizenScreenContent content;
    content.stage = CitizenScreenContent::Stage::NoticeIssued;
    content.applicantName = masking::applicantName(notice.applicantName, notice.applicantKind);
    content.applicantId = masking::citizenId(notice.applicantIdMasked);
    content.itemName = joinedItems(notice.formName, notice.itemNames);
    for (const CorrectionNoticeEntry &entry : notice.entries)
        content.toCorrect << QCoreApplication::translate("CitizenScreen", "%1: %2")
                                 .arg(entry.what.in(QLocale()), entry.remedy.in(QLocale()));
    content.caseId = notice.caseId;
    return content;
}

} // namespace casedesk
