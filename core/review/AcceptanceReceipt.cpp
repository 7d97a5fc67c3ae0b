#include "AcceptanceReceipt.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casedesk {

QJsonObject AcceptanceReceipt::toJson() const
{
    QJsonArray items;
    for (const LocalizedText &name : itemNames)
        items.append(name.toJson());
    QJsonArray received;
    for (const ReceivedMaterial &material : materials) {
        static const char *forms[] = {"original", "copy", "original-and-copy"};
        static const char *hows[] = {"received", "e_licence", "waived"};
        received.append(QJsonObject{{u"name"_s, material.name.toJson()},
                                    {u"form"_s, QString::fromLatin1(forms[int(material.form)])},
                                    {u"copies"_s, material.copies},
                                    {u"how"_s, QString::fromLatin1(hows[int(material.how)])},
                                    {u"waiverReason"_s, material.waiverReason}});
    }
    return QJsonObject{
        {u"receiptNumber"_s, receiptNumber},
        {u"caseId"_s, caseId},
        {u"hall"_s, hallName.toJson()},
        {u"counter"_s, counter},
        {u"staff"_s, staffId},
        {u"applicant"_s, QJsonObject{{u"name"_s, applicantName}, {u"idNumber"_s, applicantIdMasked}}},
        {u"item"_s, QJsonObject{{u"code"_s, formCode}, {u"name"_s, formName.toJson()}, {u"items"_s, items}}},
        {u"acceptedAt"_s, acceptedUtc.toString(Qt::ISODate)},
        {u"promisedWorkingDays"_s, promisedWorkingDays},
        {u"dueDate"_s, dueDate.toString(Qt::ISODate)},
        {u"materials"_s, received},
        {u"enquiryPhone"_s, enquiryPhone},
    };
}

} // namespace casedesk
