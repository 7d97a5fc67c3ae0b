#include "PlatformLog.h"

Q_LOGGING_CATEGORY(lcPlatform, "casedesk.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatformRequest, "casedesk.platform.request", QtInfoMsg)
