#pragma once

#include "PlatformOptions.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// One line per request in casedesk.platform.request: method, path, status,
// duration, size, request id. Never a body, a header value, a token, a name
// or an ID number; of the query only the numbers that page through changes
// and documents, which say nothing about a person.
class RequestLog
{
public:
    struct Entry {
        QByteArray method;
        QString path; // without the query
        QString pagingQuery; // "after=…&limit=…" or "offset=…", already filtered
        int status = 0;
        double durationMs = 0;
        qint64 responseBytes = 0;
        QString requestId;
    };

    explicit RequestLog(LogFormat format) : m_format(format) { }

    void write(const Entry &entry) const;
    QString format(const Entry &entry) const;

private:
    LogFormat m_format;
};

} // namespace casedesk
