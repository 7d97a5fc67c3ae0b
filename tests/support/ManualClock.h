#pragma once

#include "common/Clock.h"

#include <chrono>

namespace casedesk {

// A clock that moves only when a test moves it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime startUtc = QDateTime(QDate(2026, 2, 16), QTime(9, 0), Qt::UTC))
        : m_now(std::move(startUtc))
    { }

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }

private:
    QDateTime m_now;
};

} // namespace casedesk
