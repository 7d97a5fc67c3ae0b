#pragma once

#include "Permissions.h"
#include "common/LocalizedText.h"

#include <QJsonObject>
#include <QStringList>

namespace casedesk {

// Who is at the counter, as the platform described them at sign-in.
struct SignedInUser {
    QString id;
    QString name;
    QStringList roles;
    QString hallId;
    LocalizedText hallName;
    QString counterId;

    // What core checks for this user (Permissions.h).
    Actor actor() const { return Actor::fromRoleNames(id, roles, hallId, counterId); }

    QJsonObject toJson() const;
    static SignedInUser fromJson(const QJsonObject &json);
};

} // namespace casedesk
