#include "Application.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace casedesk {

QString materialStateName(MaterialState state)
{
    switch (state) {
    case MaterialState::Missing: return u"missing"_s;
    case MaterialState::Received: return u"received"_s;
    case MaterialState::ELicence: return u"e_licence"_s;
    case MaterialState::Waived: return u"waived"_s;
    }
    return QString();
}

namespace {

std::optional<MaterialState> materialStateFromName(const QString &name)
{
    for (MaterialState state :
         {MaterialState::Missing, MaterialState::Received, MaterialState::ELicence, MaterialState::Waived}) {
        if (materialStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // In qint64's range before the conversion, which is undefined beyond
        // it (a field of 1e300, say).
        const bool whole = number >= -0x1p63 && number < 0x1p63 && number == std::trunc(number);
        return whole ? QString::number(qint64(number)) : QString::number(number, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

} // namespace

Expected<Application> Application::fromJson(const QJsonObject &json)
{
    const auto invalid = [](const QString &what) {
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("Application", "The application is malformed: %1").arg(what));
    };
    Application application;
    application.formCode = json.value(u"item"_s).toString();
    if (application.formCode.isEmpty())
        return invalid(QCoreApplication::translate("Application", "\"item\" names no item or bundle"));
    const QJsonValue fields = json.value(u"fields"_s);
    if (!fields.isUndefined() && !fields.isObject())
        return invalid(QCoreApplication::translate("Application", "\"fields\" must be an object"));
    const QJsonObject fieldObject = fields.toObject();
    for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it) {
        if (it->isObject() || it->isArray())
            return invalid(QCoreApplication::translate("Application",
                                                       "field \"%1\" must be a text, number or "
                                                       "true/false")
                               .arg(it.key()));
        application.fields.insert(it.key(), scalarText(*it));
    }
    const QJsonValue materials = json.value(u"materials"_s);
    if (!materials.isUndefined() && !materials.isObject())
        return invalid(QCoreApplication::translate("Application", "\"materials\" must be an object"));
    const QJsonObject materialObject = materials.toObject();
    for (auto it = materialObject.begin(); it != materialObject.end(); ++it) {
        const QJsonObject entry = it->toObject();
        MaterialSubmission submission;
        const auto state = materialStateFromName(entry.value(u"state"_s).toString(u"received"_s));
        if (!it->isObject() || !state)
            return invalid(QCoreApplication::translate("Application",
                                                       "material \"%1\" needs a state: missing, "
                                                       "received, e_licence or waived")
                               .arg(it.key()));
        submission.state = *state;
        submission.waiverReason = entry.value(u"reason"_s).toString();
        const QJsonObject facts = entry.value(u"fields"_s).toObject();
        for (auto fact = facts.begin(); fact != facts.end(); ++fact)
            submission.facts.insert(fact.key(), scalarText(*fact));
        application.materials.insert(it.key(), submission);
    }
    return application;
}

QJsonObject Application::toJson() const
{
    QJsonObject fieldObject;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldObject.insert(it.key(), it.value());
    QJsonObject materialObject;
    for (auto it = materials.cbegin(); it != materials.cend(); ++it) {
        QJsonObject facts;
        for (auto fact = it->facts.cbegin(); fact != it->facts.cend(); ++fact)
            facts.insert(fact.key(), fact.value());
        QJsonObject entry{{u"state"_s, materialStateName(it->state)}};
        if (!facts.isEmpty())
            entry.insert(u"fields"_s, facts);
        if (!it->waiverReason.isEmpty())
            entry.insert(u"reason"_s, it->waiverReason);
        materialObject.insert(it.key(), entry);
    }
    return QJsonObject{{u"item"_s, formCode}, {u"fields"_s, fieldObject}, {u"materials"_s, materialObject}};
}

} // namespace casedesk
