#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace casedesk {

// One answer of the platform API, before it goes on the wire.
struct ApiResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, QByteArray body);
    static ApiResponse empty(int status);
    // RFC 9457 problem details with one of the contract's stable codes.
    static ApiResponse problem(int status, const QString &code, const QString &title, const QString &detail,
                               const QJsonObject &extensions = {});

    ApiResponse &withHeader(QByteArray name, QByteArray value);
};

} // namespace casedesk
