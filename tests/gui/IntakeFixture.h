#pragma once

#include "TestWorkstation.h"
#include "intake/IntakeSession.h"

#include <memory>
#include <optional>

namespace casedesk {
class IntakeWindow;
}

namespace casedesk::test {

// What the intake window's tests stand on: a real encrypted vault in a
// temporary folder with a block of receipt numbers, the bundled catalogue and
// calendar, and intake windows for staff.li at counter W01 over them.
class IntakeFixture
{
public:
    // Fails the running test when the vault cannot be made.
    void setUp(const char *passphrase);

    Vault &vault() const { return m_station->vault(); }
    const Catalogue &catalogue() const { return m_station->catalogue(); }
    const WorkingDayCalendar &calendar() const { return m_station->calendar(); }

    std::unique_ptr<IntakeSession> newSession() const;
    // A window deleted when it closes, its day 2026-11-28.
    IntakeWindow *openIntake() const;
    // Documents stored in the vault, to prove a refused file stored nothing.
    qint64 documentCount() const;
    // The draft saved for a case, if one is.
    std::optional<Draft> savedDraft(const QString &caseId) const;

private:
    std::unique_ptr<TestWorkstation> m_station;
};

} // namespace casedesk::test
