#include "SignedInUser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casedesk {

QJsonObject SignedInUser::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"roles"_s, QJsonArray::fromStringList(roles)},
                       {u"hallId"_s, hallId},
                       {u"hallName"_s, hallName.toJson()},
                       {u"counterId"_s, counterId}};
}

SignedInUser SignedInUser::fromJson(const QJsonObject &json)
{
    SignedInUser user;
    user.id = json.value(u"id"_s).toString();
    user.name = json.value(u"name"_s).toString();
    for (const QJsonValue &role : json.value(u"roles"_s).toArray())
        user.roles << role.toString();
    user.hallId = json.value(u"hallId"_s).toString();
    user.hallName = LocalizedText::fromJson(json.value(u"hallName"_s));
    user.counterId = json.value(u"counterId"_s).toString();
    return user;
}

} // namespace casedesk
