#pragma once

#include <QLoggingCategory>

// casedesk.platform: what the platform does (start, migrations, failures);
// casedesk.platform.request: one line per request (RequestLog). Neither ever
// carries a body, a token, a password, a name or an ID number.
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcPlatformRequest)

namespace casedesk {

// Qt's own HTTP server category (qt.httpserver) prints every request with its
// headers at debug level, bearer tokens included. Keeps it at warnings and
// above whatever QT_LOGGING_RULES says (a filter sees every category after the
// rules). Idempotent; PlatformServer::start() calls it.
void keepHeadersOutOfLogs();

} // namespace casedesk
