#pragma once

#include <QLoggingCategory>

// One category per subsystem, so IT staff can turn on exactly what they need
// (QT_LOGGING_RULES="casedesk.storage.debug=true"). Never log keys or personal data.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcKeys)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
