#include "RequestLog.h"

#include "PlatformLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casedesk {

QString RequestLog::format(const Entry &entry) const
{
    const QString target = entry.pagingQuery.isEmpty() ? entry.path : entry.path + u'?' + entry.pagingQuery;
    if (m_format == LogFormat::Json) {
        const QJsonObject line{
            {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"level"_s, u"info"_s},
            {u"category"_s, QString::fromLatin1(lcPlatformRequest().categoryName())},
            {u"method"_s, QString::fromLatin1(entry.method)},
            {u"path"_s, target},
            {u"status"_s, entry.status},
            {u"durationMs"_s, qRound(entry.durationMs * 10) / 10.0},
            {u"bytes"_s, double(entry.responseBytes)},
            {u"requestId"_s, entry.requestId},
        };
        return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }
    return u"%1 %2 %3 %4 ms %5 B id=%6"_s.arg(QString::fromLatin1(entry.method), target)
        .arg(entry.status)
        .arg(entry.durationMs, 0, 'f', 1)
        .arg(entry.responseBytes)
        .arg(entry.requestId);
}

void RequestLog::write(const Entry &entry) const
{
    qCInfo(lcPlatformRequest).noquote() << format(entry);
}

} // namespace casedesk
