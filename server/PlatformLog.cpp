#include "PlatformLog.h"

Q_LOGGING_CATEGORY(lcPlatform, "casedesk.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatformRequest, "casedesk.platform.request", QtInfoMsg)

#include <atomic>
#include <cstring>

namespace casedesk {

namespace {

std::atomic<QLoggingCategory::CategoryFilter> previousFilter{nullptr};

void withoutHeaderDumps(QLoggingCategory *category)
{
    if (const QLoggingCategory::CategoryFilter previous = previousFilter.load())
        previous(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void keepHeadersOutOfLogs()
{
    static std::atomic<bool> installed{false};
    if (installed.exchange(true))
        return;
    previousFilter.store(QLoggingCategory::installFilter(withoutHeaderDumps));
}

} // namespace casedesk
