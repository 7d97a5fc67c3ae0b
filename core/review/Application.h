#pragma once

#include "common/Expected.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace casedesk {

enum class MaterialState { Missing, Received, ELicence, Waived };

QString materialStateName(MaterialState state);

// What the applicant brought for one material, and what the clerk (later
// OCR) read off it: name, ID number, valid-until date, ….
struct MaterialSubmission {
    MaterialState state = MaterialState::Missing;
    QHash<QString, QString> facts;
    QString waiverReason;
};

// An application as pre-review sees it: the form's values and the
// materials' states. JSON form in docs/catalogue.md ("Applications").
struct Application {
    QString formCode;
    QHash<QString, QString> fields;
    QHash<QString, MaterialSubmission> materials;

    QString field(const QString &id) const { return fields.value(id).trimmed(); }

    static Expected<Application> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace casedesk
