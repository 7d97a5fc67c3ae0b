#pragma once

#include "FollowUps.h"
#include "Rating.h"
#include "common/Expected.h"
#include "domain/calendar/WorkingDayCalendar.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

namespace protocol {
struct RatingRecord;
}

// What the citizen chose on the rating pad.
struct NewRating {
    QString caseId;
    RatingLevel level = RatingLevel::VerySatisfied;
    QString reason;
    QString counterId;
    QString staffId;
    QDateTime ratedUtc; // now, when not valid
};

struct RatingOutcome {
    Rating rating;
    std::optional<FollowUp> followUp; // a bad rating's
};

// Ratings in the vault. A rating, its "case.rating" op for the platform and,
// for a bad rating, its follow-up are written in one transaction.
class RatingStore
{
public:
    // Working days a bad rating's follow-up is due in.
    static constexpr int followUpWorkingDays = 5;

    // Any connection with the vault schema; Vault::ratingStore() gives the vault's.
    RatingStore(QSqlDatabase database, SqlErrorMapper mapError);

    // One rating per case: a second, a rating of an unknown case or an
    // overlong reason is refused and changes nothing. The follow-up is due
    // followUpWorkingDays working days after the rating's day in Beijing time.
    Expected<RatingOutcome> submit(const NewRating &rating, const WorkingDayCalendar &calendar);
    Expected<std::optional<Rating>> ratingOf(const QString &caseId) const;

    // A rating from the platform's pull feed, in the caller's transaction
    // (SyncStore's page): stored once, a bad one's follow-up opened with the
    // due day the rating carries, and closed as the platform closed it.
    // The case must be in the vault.
    Expected<void> recordFromPlatform(const QString &caseId, const protocol::RatingRecord &record);

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
