#pragma once

#include "HallBoard.h"
#include "common/Expected.h"
#include "security/Permissions.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace casedesk {

// A period's report leaving the workstation, as CSV (here) or PDF (the UI's
// printing): export needs Permission::Export; a refusal is recorded, and so
// is each file written (the period and the format, never the path's
// contents).
class PeriodReport
{
public:
    PeriodReport(PeriodFigures figures, BoardQueue queue);

    const PeriodFigures &figures() const { return m_figures; }
    const BoardQueue &queue() const { return m_queue; }

    // "report:period:2026-11-01..2026-11-30", the audit log's object.
    QString auditObject() const;
    // A percentage with one decimal ("87.5%"), or "—" when there is nothing
    // to divide by.
    static QString percent(const std::optional<double> &rate);

    // UTF-8 with a byte order mark, so that Excel opens the Chinese as
    // Chinese; RFC 4180 quoting, CRLF line ends. One row per day and a
    // total, then the open queue by state, each named by stateTitle (the
    // UI's translated titles; the stored names without it).
    QByteArray csv(const std::function<QString(CaseState)> &stateTitle = caseStateName) const;

    // Whether the guard's user may export; a refusal is recorded.
    Expected<void> authorize(const PermissionGuard &guard) const;
    // A file written, in the audit log.
    Expected<void> recordExport(const PermissionGuard &guard, const QString &format) const;
    // authorize(), the CSV written whole or not at all, recordExport().
    Expected<void> writeCsv(const PermissionGuard &guard, const QString &path,
                            const std::function<QString(CaseState)> &stateTitle = caseStateName) const;

private:
    PeriodFigures m_figures;
    BoardQueue m_queue;
};

} // namespace casedesk
