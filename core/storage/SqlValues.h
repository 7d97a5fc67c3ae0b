#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace casedesk {

// Values as the databases' statements bind them (the vault's and the
// platform's).

// NULL for an empty text: Qt 6 binds an empty QString as '' rather than NULL.
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// NULL for a time that is not set.
inline QVariant timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(when) : QVariant(QMetaType::fromType<QDateTime>());
}

// A JSON object as the text columns hold it.
inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace casedesk
