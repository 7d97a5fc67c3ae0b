#include "RatingStore.h"

#include "common/LogCategories.h"
#include "common/TimeOrderedId.h"
#include "storage/SqlValues.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

QString timeText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

// The day a follow-up is due: working days on the hall's calendar from the
// rating's day in Beijing time; a week of calendar days where the calendar
// does not reach, so that a rating is never lost to a missing calendar year.
QDate followUpDue(const WorkingDayCalendar *calendar, const QDateTime &ratedUtc)
{
    const QDate day = ratedUtc.toTimeZone(QTimeZone(8 * 3600)).date();
    if (calendar) {
        if (auto due = calendar->addWorkingDays(day, RatingStore::followUpWorkingDays))
            return *due;
    }
    qCWarning(lcVault) << "no working-day calendar covers" << day << "; a bad rating's follow-up is due in a week";
    return day.addDays(7);
}

// "INSERT" or "INSERT OR IGNORE" (a rating the platform sends again).
bool insertRating(QSqlQuery &query, const QString &insert, const Rating &rating)
{
    query.prepare(insert
                  + u" INTO ratings (id, case_id, level, reason, counter_id, staff_id, rated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(rating.id), QVariant(rating.caseId), QVariant(ratingLevelName(rating.level)),
                                  textOrNull(rating.reason), textOrNull(rating.counterId), textOrNull(rating.staffId),
                                  QVariant(timeText(rating.ratedUtc))})
        query.addBindValue(value);
    return query.exec();
}

bool insertFollowUp(QSqlQuery &query, const QString &insert, const FollowUp &followUp)
{
    query.prepare(insert + u" INTO follow_ups (id, rating_id, case_id, opened_at, due_date) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(followUp.id);
    query.addBindValue(followUp.ratingId);
    query.addBindValue(followUp.caseId);
    query.addBindValue(timeText(followUp.openedUtc));
    query.addBindValue(followUp.dueDate.toString(Qt::ISODate));
    return query.exec();
}

} // namespace

RatingStore::RatingStore(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

Expected<RatingOutcome> RatingStore::submit(const NewRating &input, const WorkingDayCalendar &calendar)
{
    const QString action = QCoreApplication::translate("RatingStore", "Recording the rating");
    const QString reason = input.reason.trimmed();
    if (reason.size() > maximumRatingReasonLength)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RatingStore",
                                        "The reason is %1 characters long; at most %2 can be kept. Please shorten it.")
                .arg(reason.size())
                .arg(maximumRatingReasonLength));

    RatingOutcome outcome;
    Rating &rating = outcome.rating;
    rating.id = newTimeOrderedId();
    rating.caseId = input.caseId;
    rating.level = input.level;
    rating.reason = reason;
    rating.counterId = input.counterId;
    rating.staffId = input.staffId;
    const QDateTime at = input.ratedUtc.isValid() ? input.ratedUtc.toUTC() : QDateTime::currentDateTimeUtc();
    rating.ratedUtc = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);

    if (!m_database.transaction())
        return m_mapError(m_database.lastError(), action);
    QSqlQuery query(m_database);
    auto fail = [&](const Error &error) {
        query.finish();
        m_database.rollback();
        return error;
    };

    query.prepare(u"SELECT c.receipt_number, c.item_code, (SELECT count(*) FROM ratings r WHERE r.case_id = c.id) "
                  "FROM cases c WHERE c.id = ?"_s);
    query.addBindValue(rating.caseId);
    if (!query.exec())
        return fail(m_mapError(query.lastError(), action));
    if (!query.next())
        return fail(Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RatingStore", "There is no case %1 in this workstation's cache to rate.")
                .arg(rating.caseId)));
    const QString receiptNumber = query.value(0).toString();
    const QString itemCode = query.value(1).toString();
    if (query.value(2).toInt() > 0)
        return fail(Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RatingStore", "This case has been rated already; a case is rated once.")));

    if (!insertRating(query, u"INSERT"_s, rating))
        return fail(m_mapError(query.lastError(), action));

    const bool bad = isBadRating(rating.level);
    const QDate due = bad ? followUpDue(&calendar, rating.ratedUtc) : QDate();
    // Commutes: the platform applies it whatever the case's revision.
    const protocol::RatingPayload payload{
        ratingLevelName(rating.level), rating.reason, rating.counterId, rating.staffId, rating.ratedUtc, due};
    query.prepare(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                  "VALUES (?, ?, ?, ?, 0, ?)"_s);
    query.addBindValue(rating.id);
    query.addBindValue(rating.caseId);
    query.addBindValue(protocol::opKindName(protocol::OpKind::CaseRating));
    query.addBindValue(QString::fromUtf8(QJsonDocument(protocol::toJson(payload)).toJson(QJsonDocument::Compact)));
    query.addBindValue(rating.ratedUtc);
    if (!query.exec())
        return fail(m_mapError(query.lastError(), action));

    if (bad) {
        FollowUp followUp;
        followUp.id = newTimeOrderedId();
        followUp.ratingId = rating.id;
        followUp.caseId = rating.caseId;
        followUp.receiptNumber = receiptNumber;
        followUp.itemCode = itemCode;
        followUp.level = rating.level;
        followUp.reason = rating.reason;
        followUp.counterId = rating.counterId;
        followUp.staffId = rating.staffId;
        followUp.openedUtc = rating.ratedUtc;
        followUp.dueDate = due;
        if (!insertFollowUp(query, u"INSERT"_s, followUp))
            return fail(m_mapError(query.lastError(), action));
        outcome.followUp = followUp;
    }
    query.finish();
    if (!m_database.commit())
        return fail(m_mapError(m_database.lastError(), action));
    return outcome;
}

Expected<void> RatingStore::recordFromPlatform(const QString &caseId, const protocol::RatingRecord &record)
{
    const QString action = QCoreApplication::translate("RatingStore", "Saving a rating another counter took");
    Rating rating;
    rating.id = record.id;
    rating.caseId = caseId;
    rating.level = ratingLevelFromName(record.rating.level).value_or(RatingLevel::VerySatisfied);
    rating.reason = record.rating.reason;
    rating.counterId = record.rating.counterId;
    rating.staffId = record.rating.staffId;
    rating.ratedUtc = record.rating.at;

    QSqlQuery query(m_database);
    // Sent again with each change to it (its follow-up closed): kept once.
    if (!insertRating(query, u"INSERT OR IGNORE"_s, rating))
        return m_mapError(query.lastError(), action);
    query.prepare(u"SELECT id FROM ratings WHERE case_id = ?"_s);
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        return m_mapError(query.lastError(), action);
    if (query.value(0).toString() != rating.id) {
        // Two counters rated the same case while apart: a case is rated
        // once here, so the first one this vault saw stays; the platform
        // keeps both.
        qCWarning(lcVault) << "case" << caseId << "was rated twice; keeping rating" << query.value(0).toString()
                           << "and leaving" << rating.id << "to the platform";
        return {};
    }
    if (!isBadRating(rating.level))
        return {};
    FollowUp followUp;
    followUp.id = newTimeOrderedId();
    followUp.ratingId = rating.id;
    followUp.caseId = caseId;
    followUp.openedUtc = rating.ratedUtc;
    followUp.dueDate =
        record.rating.followUpDue.isValid() ? record.rating.followUpDue : followUpDue(nullptr, rating.ratedUtc);
    if (!insertFollowUp(query, u"INSERT OR IGNORE"_s, followUp))
        return m_mapError(query.lastError(), action);
    if (record.closed) {
        // The platform's closing stands, also over one made here meanwhile
        // (which waits on the "needs attention" list once it is refused).
        query.prepare(u"UPDATE follow_ups SET closed_at = ?, closed_by = ?, closing_note = ? WHERE rating_id = ?"_s);
        query.addBindValue(timeText(record.closed->at));
        query.addBindValue(record.closed->closedBy);
        query.addBindValue(record.closed->note);
        query.addBindValue(rating.id);
        if (!query.exec())
            return m_mapError(query.lastError(), action);
    }
    return {};
}

Expected<std::optional<Rating>> RatingStore::ratingOf(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, level, reason, counter_id, staff_id, rated_at FROM ratings WHERE case_id = ?"_s);
    query.addBindValue(caseId);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("RatingStore", "Reading the rating"));
    if (!query.next())
        return std::optional<Rating>();
    Rating rating;
    rating.id = query.value(0).toString();
    rating.caseId = caseId;
    rating.level = ratingLevelFromName(query.value(1).toString()).value_or(RatingLevel::VerySatisfied);
    rating.reason = query.value(2).toString();
    rating.counterId = query.value(3).toString();
    rating.staffId = query.value(4).toString();
    rating.ratedUtc = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    return std::optional<Rating>(rating);
}

} // namespace casedesk
