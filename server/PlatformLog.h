#pragma once

#include <QLoggingCategory>

// casedesk.platform: what the platform does (start, migrations, failures);
// casedesk.platform.request: one line per request (RequestLog). Neither ever
// carries a body, a token, a password, a name or an ID number.
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcPlatformRequest)
