#pragma once

#include "catalogue/Catalogue.h"
#include "domain/calendar/WorkingDayCalendar.h"
#include "keys/KeyStore.h"
#include "storage/Vault.h"

#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// What a window under test stands on: a new encrypted vault in a folder of
// its own (its key sealed with a passphrase), the bundled catalogue and
// the bundled working-day calendar. problem() says what could not be made.
class TestWorkstation
{
public:
    explicit TestWorkstation(const char *passphrase);

    QString problem() const { return m_problem; }
    // A path in the workstation's folder (settings, say).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    Vault &vault() const { return *m_vault; }
    const Catalogue &catalogue() const { return m_catalogue; }
    const WorkingDayCalendar &calendar() const { return m_calendar; }

private:
    // In this order, so that the vault closes before its key store and folder go.
    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    QString m_problem;
};

} // namespace casedesk::test
