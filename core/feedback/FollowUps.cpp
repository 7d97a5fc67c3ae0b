#include "FollowUps.h"

#include "common/TimeOrderedId.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const auto followUpColumns =
    u"f.id, f.rating_id, f.case_id, c.receipt_number, c.item_code, r.level, r.reason, r.counter_id, r.staff_id, "
    "f.opened_at, f.due_date, f.closed_at, f.closed_by, f.closing_note "
    "FROM follow_ups f JOIN ratings r ON r.id = f.rating_id JOIN cases c ON c.id = f.case_id"_s;

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

FollowUp followUpFrom(const QSqlQuery &query)
{
    FollowUp f;
    f.id = query.value(0).toString();
    f.ratingId = query.value(1).toString();
    f.caseId = query.value(2).toString();
    f.receiptNumber = query.value(3).toString();
    f.itemCode = query.value(4).toString();
    f.level = ratingLevelFromName(query.value(5).toString()).value_or(RatingLevel::Dissatisfied);
    f.reason = query.value(6).toString();
    f.counterId = query.value(7).toString();
    f.staffId = query.value(8).toString();
    f.openedUtc = timeFrom(query.value(9));
    f.dueDate = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    f.closedUtc = timeFrom(query.value(11));
    f.closedBy = query.value(12).toString();
    f.closingNote = query.value(13).toString();
    return f;
}

} // namespace

FollowUpStore::FollowUpStore(QSqlDatabase database, SqlErrorMapper mapError, PermissionGuard guard)
    : m_database(std::move(database)), m_mapError(std::move(mapError)), m_guard(std::move(guard))
{ }

Expected<QList<FollowUp>> FollowUpStore::open() const
{
    if (auto allowed = m_guard.require(Permission::ViewHallCases, u"follow-ups"_s); !allowed)
        return allowed.error();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT %1 WHERE f.closed_at IS NULL ORDER BY f.due_date, f.opened_at, f.id"_s.arg(followUpColumns)))
        return m_mapError(query.lastError(),
                          QCoreApplication::translate("FollowUpStore", "Reading the follow-ups of bad ratings"));
    QList<FollowUp> followUps;
    while (query.next())
        followUps.append(followUpFrom(query));
    return followUps;
}

Expected<FollowUp> FollowUpStore::load(const QString &followUpId) const
{
    if (auto allowed = m_guard.require(Permission::ViewHallCases, u"follow-up:%1"_s.arg(followUpId)); !allowed)
        return allowed.error();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 WHERE f.id = ?"_s.arg(followUpColumns));
    query.addBindValue(followUpId);
    if (!query.exec())
        return m_mapError(query.lastError(),
                          QCoreApplication::translate("FollowUpStore", "Reading the follow-up of a bad rating"));
    if (!query.next())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("FollowUpStore", "There is no follow-up %1.").arg(followUpId));
    return followUpFrom(query);
}

Expected<FollowUp> FollowUpStore::close(const QString &followUpId, const QString &note, const QDateTime &atUtc)
{
    const QString object = u"follow-up:%1"_s.arg(followUpId);
    if (auto allowed = m_guard.require(Permission::FollowUpRating, object); !allowed)
        return allowed.error();
    const QString text = note.trimmed();
    if (text.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("FollowUpStore",
                                                       "Say what was done about the bad rating before closing "
                                                       "its follow-up."));
    if (text.size() > maximumFollowUpNoteLength)
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("FollowUpStore",
                                                       "The note is %1 characters long; at most %2 can be kept. "
                                                       "Please shorten it.")
                               .arg(text.size())
                               .arg(maximumFollowUpNoteLength));
    auto current = load(followUpId);
    if (!current)
        return current.error();
    if (!current->isOpen())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("FollowUpStore",
                                                       "This follow-up was closed already by %1; nothing was changed.")
                               .arg(current->closedBy));

    const QString action = QCoreApplication::translate("FollowUpStore", "Closing the follow-up of a bad rating");
    const QDateTime at = atUtc.isValid() ? atUtc.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime closed = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    if (!m_database.transaction())
        return m_mapError(m_database.lastError(), action);
    QSqlQuery query(m_database);
    auto fail = [&](const Error &error) {
        query.finish();
        m_database.rollback();
        return error;
    };
    // "closed_at IS NULL": a supervisor elsewhere on this vault cannot close it twice.
    query.prepare(u"UPDATE follow_ups SET closed_at = ?, closed_by = ?, closing_note = ? "
                  "WHERE id = ? AND closed_at IS NULL"_s);
    query.addBindValue(closed.toString(Qt::ISODateWithMs));
    query.addBindValue(m_guard.actor().userId);
    query.addBindValue(text);
    query.addBindValue(followUpId);
    if (!query.exec())
        return fail(m_mapError(query.lastError(), action));
    if (query.numRowsAffected() != 1)
        return fail(Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("FollowUpStore", "This follow-up was closed meanwhile; nothing was changed.")));
    // The other desks of the hall learn of it through the platform.
    const protocol::FollowUpPayload payload{current->ratingId, text, m_guard.actor().userId, closed};
    query.prepare(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                  "VALUES (?, ?, ?, ?, 0, ?)"_s);
    query.addBindValue(newTimeOrderedId());
    query.addBindValue(current->caseId);
    query.addBindValue(protocol::opKindName(protocol::OpKind::CaseFollowUp));
    query.addBindValue(QString::fromUtf8(QJsonDocument(protocol::toJson(payload)).toJson(QJsonDocument::Compact)));
    query.addBindValue(closed);
    if (!query.exec())
        return fail(m_mapError(query.lastError(), action));
    query.finish();
    // The note may hold anything a supervisor types: the audit record keeps
    // only which follow-up, which case and that it was closed on time or not.
    AuditLog log = m_guard.auditLog();
    auto recorded = log.appendInTransaction(
        AuditEntry{m_guard.actor().userId, auditaction::followUpRating, object, AuditResult::Succeeded,
                   QJsonObject{{u"case"_s, current->caseId},
                               {u"onTime"_s, closed.toTimeZone(QTimeZone(8 * 3600)).date() <= current->dueDate}},
                   closed});
    if (!recorded)
        return fail(recorded.error());
    if (!m_database.commit())
        return fail(m_mapError(m_database.lastError(), action));

    FollowUp done = *current;
    done.closedUtc = closed;
    done.closedBy = m_guard.actor().userId;
    done.closingNote = text;
    return done;
}

} // namespace casedesk
