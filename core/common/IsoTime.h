#pragma once

#include <QDateTime>
#include <QString>

namespace casedesk {

// The instant as UTC ISO 8601 with milliseconds, "2026-11-30T01:02:03.456Z":
// what when.toUTC().toString(Qt::ISODateWithMs) gives, for a valid time.
// The vault stores every time so, several per row it writes; Qt's own
// formatting cost about a microsecond each, most of it in time-zone and
// locale-independent date arithmetic done here directly. Years outside
// 1000–9999 go through Qt.
QString isoUtcText(const QDateTime &when);

} // namespace casedesk
