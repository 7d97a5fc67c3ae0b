#pragma once

#include "Rating.h"
#include "common/Expected.h"
#include "security/Permissions.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// A bad rating to follow up (差评整改) by its due date: opened with the
// rating, in the same transaction (RatingStore), closed by a supervisor with
// a note saying what was done.
struct FollowUp {
    QString id;
    QString ratingId;
    QString caseId;
    QString receiptNumber; // the case's, empty when it has none (a correction notice)
    QString itemCode;
    RatingLevel level = RatingLevel::Dissatisfied;
    QString reason; // the citizen's, may be empty
    QString counterId;
    QString staffId; // who handled the case
    QDateTime openedUtc;
    QDate dueDate; // working days on the hall's calendar
    QDateTime closedUtc; // invalid while open
    QString closedBy;
    QString closingNote;

    bool isOpen() const { return !closedUtc.isValid(); }
};

// The supervisor's list of follow-ups, acting for one signed-in user.
// Listing needs the permission to view the whole hall's cases; closing needs
// Permission::FollowUpRating, and is recorded in the audit log in the same
// transaction (a refusal is recorded too).
class FollowUpStore
{
public:
    // Vault::followUpStore(actor) gives the vault's, guarded for the actor.
    FollowUpStore(QSqlDatabase database, SqlErrorMapper mapError, PermissionGuard guard);

    // Open follow-ups, the soonest due first (then the oldest).
    Expected<QList<FollowUp>> open() const;
    // Any follow-up, open or closed.
    Expected<FollowUp> load(const QString &followUpId) const;
    // Closes an open follow-up with what was done. An empty or overlong note,
    // an unknown or already closed follow-up is refused and changes nothing.
    Expected<FollowUp> close(const QString &followUpId, const QString &note, const QDateTime &atUtc = {});

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
    PermissionGuard m_guard;
};

} // namespace casedesk
