#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcStorage, "casedesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "casedesk.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "casedesk.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "casedesk.sync", QtInfoMsg)
