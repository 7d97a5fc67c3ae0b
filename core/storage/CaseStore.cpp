#include "CaseStore.h"

#include "SqlValues.h"
#include "common/TimeOrderedId.h"
#include "sync/Protocol.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// What the platform needs to create the case: the API's own JSON of the
// case and its applicant (docs/platform-api.md, case.create).
QJsonObject createPayload(const NewCase &entry)
{
    return QJsonObject{{u"case"_s, protocol::toJson(entry.caseRecord)},
                       {u"applicant"_s, protocol::toJson(entry.applicant)}};
}

} // namespace

CaseStore::CaseStore(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

Expected<void> CaseStore::insertNew(const QList<NewCase> &batch, const QString &actor)
{
    QSqlDatabase db = m_database;
    const QString action = QCoreApplication::translate("CaseStore", "Saving %n case(s)", nullptr, int(batch.size()));
    if (!db.transaction())
        return m_mapError(db.lastError(), action);

    QSqlQuery applicant(db);
    QSqlQuery caseRow(db);
    QSqlQuery event(db);
    QSqlQuery outbox(db);
    auto fail = [&](const QSqlError &error) {
        const Error mapped = m_mapError(error, action);
        for (QSqlQuery *query : {&applicant, &caseRow, &event, &outbox})
            query->finish();
        db.rollback();
        return mapped;
    };
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&applicant,
         u"INSERT INTO applicants (id, kind, name, id_number, id_tail, mobile, address, created_at, "
         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&caseRow,
         // The applicant's name, ID tail and kind are copied onto the case
         // for the case list (migrations 4 and 10), written here.
         u"INSERT INTO cases (id, receipt_number, applicant_id, item_code, state, hall_id, counter_id, "
         "staff_id, form_json, created_at, updated_at, accepted_at, due_date, revision, applicant_name, "
         "applicant_id_tail, applicant_kind, correction_notice_given) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&event,
         u"INSERT INTO case_events (case_id, kind, from_state, to_state, actor, at) "
         "VALUES (?, 'created', NULL, ?, ?, ?)"_s},
        {&outbox,
         u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
         "VALUES (?, ?, 'case.create', ?, 0, ?)"_s},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return fail(query->lastError());
    }

    for (const NewCase &entry : batch) {
        const Applicant &a = entry.applicant;
        const Case &c = entry.caseRecord;
        applicant.addBindValue(a.id);
        applicant.addBindValue(applicantKindName(a.kind));
        applicant.addBindValue(a.name);
        applicant.addBindValue(a.idNumber);
        applicant.addBindValue(a.idNumber.right(4));
        applicant.addBindValue(textOrNull(a.mobile));
        applicant.addBindValue(textOrNull(a.address));
        applicant.addBindValue(c.createdUtc);
        applicant.addBindValue(c.createdUtc);
        if (!applicant.exec())
            return fail(applicant.lastError());

        caseRow.addBindValue(c.id);
        caseRow.addBindValue(textOrNull(c.receiptNumber));
        caseRow.addBindValue(a.id);
        caseRow.addBindValue(c.itemCode);
        caseRow.addBindValue(caseStateName(c.state));
        caseRow.addBindValue(c.hallId);
        caseRow.addBindValue(textOrNull(c.counterId));
        caseRow.addBindValue(textOrNull(c.staffId));
        caseRow.addBindValue(compactJson(c.form));
        caseRow.addBindValue(c.createdUtc);
        caseRow.addBindValue(c.updatedUtc.isValid() ? c.updatedUtc : c.createdUtc);
        caseRow.addBindValue(c.acceptedUtc);
        caseRow.addBindValue(c.dueDate.isValid() ? QVariant(c.dueDate) : QVariant(QMetaType(QMetaType::QString)));
        caseRow.addBindValue(c.revision);
        caseRow.addBindValue(a.name);
        caseRow.addBindValue(a.idNumber.right(4));
        caseRow.addBindValue(applicantKindName(a.kind));
        caseRow.addBindValue(c.correctionNoticeGiven ? 1 : 0);
        if (!caseRow.exec())
            return fail(caseRow.lastError());

        event.addBindValue(c.id);
        event.addBindValue(caseStateName(c.state));
        event.addBindValue(actor);
        event.addBindValue(c.createdUtc);
        if (!event.exec())
            return fail(event.lastError());

        outbox.addBindValue(newTimeOrderedId());
        outbox.addBindValue(c.id);
        outbox.addBindValue(compactJson(createPayload(entry)));
        outbox.addBindValue(QDateTime::currentDateTimeUtc());
        if (!outbox.exec())
            return fail(outbox.lastError());
    }
    for (QSqlQuery *query : {&applicant, &caseRow, &event, &outbox})
        query->finish();
    if (!db.commit())
        return fail(db.lastError());
    return {};
}

namespace {

Case caseFromQuery(const QSqlQuery &query)
{
    Case c;
    c.id = query.value(0).toString();
    c.receiptNumber = query.value(1).toString();
    c.applicantId = query.value(2).toString();
    c.itemCode = query.value(3).toString();
    c.state = caseStateFromName(query.value(4).toString()).value_or(CaseState::Draft);
    c.hallId = query.value(5).toString();
    c.counterId = query.value(6).toString();
    c.staffId = query.value(7).toString();
    c.form = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    c.createdUtc = query.value(9).toDateTime();
    c.updatedUtc = query.value(10).toDateTime();
    c.acceptedUtc = query.value(11).toDateTime();
    c.dueDate = QDate::fromString(query.value(12).toString(), Qt::ISODate);
    c.revision = query.value(13).toLongLong();
    c.correctionNoticeGiven = query.value(14).toBool();
    return c;
}

const QString caseColumns = u"id, receipt_number, applicant_id, item_code, state, hall_id, counter_id, staff_id, "
                            "form_json, created_at, updated_at, accepted_at, due_date, revision, "
                            "correction_notice_given"_s;

} // namespace

Expected<Case> CaseStore::load(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT %1 FROM cases WHERE id = ?"_s.arg(caseColumns));
    query.addBindValue(caseId);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseStore", "Looking up a case"));
    if (!query.next())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("CaseStore", "There is no case %1.").arg(caseId));
    return caseFromQuery(query);
}

namespace {

QString transitionAction(const CaseTransition &transition)
{
    return QCoreApplication::translate("CaseStore", "Recording \"%1\" for case %2")
        .arg(caseEventName(transition.event), transition.caseId);
}

} // namespace

Expected<Case> CaseStore::apply(const CaseTransition &transition)
{
    // Before the transaction: a refusal is recorded in one of its own.
    if (auto allowed = checkPermission(transition, false); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database;
    if (!db.transaction())
        return m_mapError(db.lastError(), transitionAction(transition));
    auto applied = applyInTransaction(transition);
    if (!applied) {
        db.rollback();
        return applied;
    }
    if (!db.commit()) {
        const Error error = m_mapError(db.lastError(), transitionAction(transition));
        db.rollback();
        return error;
    }
    return applied;
}

Expected<Case> CaseStore::applyInTransaction(const CaseTransition &transition)
{
    const QString action = transitionAction(transition);
    if (CaseStateMachine::needsReason(transition.event) && transition.reason.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("CaseStore", "%1: a reason is required.").arg(action));
    if (transition.event == CaseEvent::Accept && transition.receiptNumber.isEmpty())
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CaseStore", "%1: accepting needs a receipt number.").arg(action));
    if (transition.actor.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("CaseStore", "%1: who did it is not recorded.").arg(action));
    if (auto allowed = checkPermission(transition, true); !allowed)
        return allowed.error();

    QSqlQuery query(m_database);
    auto fail = [&](const Error &error) {
        query.finish();
        return error;
    };
    auto current = load(transition.caseId);
    if (!current)
        return fail(current.error());
    auto next = CaseStateMachine::next(current->state, transition.event);
    if (!next)
        return fail(next.error());

    const QDateTime at = transition.at.isValid() ? transition.at.toUTC() : QDateTime::currentDateTimeUtc();
    Case updated = *current;
    CaseStateMachine::record(updated, transition.event, *next, at, transition.receiptNumber, transition.dueDate);
    query.prepare(u"UPDATE cases SET state = ?, updated_at = ?, revision = ?, receipt_number = ?, accepted_at = ?, "
                  "due_date = ?, correction_notice_given = ? WHERE id = ? AND revision = ?"_s);
    query.addBindValue(caseStateName(updated.state));
    query.addBindValue(at);
    query.addBindValue(updated.revision);
    query.addBindValue(updated.receiptNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(updated.receiptNumber));
    query.addBindValue(updated.acceptedUtc);
    query.addBindValue(updated.dueDate.isValid() ? QVariant(updated.dueDate.toString(Qt::ISODate))
                                                 : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(updated.correctionNoticeGiven ? 1 : 0);
    query.addBindValue(updated.id);
    query.addBindValue(current->revision);
    if (!query.exec())
        return fail(m_mapError(query.lastError(), action));

    const QJsonObject payload{
        {u"event"_s, caseEventName(transition.event)},
        {u"from"_s, caseStateName(current->state)},
        {u"to"_s, caseStateName(updated.state)},
        {u"actor"_s, transition.actor},
        {u"at"_s, at.toString(Qt::ISODateWithMs)},
        {u"reason"_s, transition.reason},
        {u"receiptNumber"_s, updated.receiptNumber},
        {u"dueDate"_s, updated.dueDate.toString(Qt::ISODate)},
        {u"details"_s, transition.payload},
    };
    const QString payloadText = compactJson(payload);
    query.prepare(u"INSERT INTO case_events (case_id, kind, from_state, to_state, actor, at, reason, payload) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(updated.id), QVariant(caseEventName(transition.event)), QVariant(caseStateName(current->state)),
          QVariant(caseStateName(updated.state)), QVariant(transition.actor), QVariant(at),
          transition.reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(transition.reason),
          QVariant(payloadText)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(m_mapError(query.lastError(), action));

    query.prepare(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                  "VALUES (?, ?, 'case.transition', ?, ?, ?)"_s);
    query.addBindValue(newTimeOrderedId());
    query.addBindValue(updated.id);
    query.addBindValue(payloadText);
    query.addBindValue(current->revision);
    query.addBindValue(at);
    if (!query.exec())
        return fail(m_mapError(query.lastError(), action));
    query.finish();
    if (auto recorded = recordInAuditLog(transition); !recorded)
        return recorded.error();
    return updated;
}

Expected<CaseFile> CaseStore::loadFile(const QString &caseId) const
{
    const QString action = QCoreApplication::translate("CaseStore", "Reading case %1").arg(caseId);
    CaseFile file;
    auto loaded = load(caseId);
    if (!loaded)
        return loaded.error();
    file.caseRecord = *loaded;

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, kind, name, id_number, mobile, address FROM applicants WHERE id = ?"_s);
    query.addBindValue(file.caseRecord.applicantId);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    if (query.next()) {
        Applicant &a = file.applicant;
        a.id = query.value(0).toString();
        a.kind = applicantKindFromName(query.value(1).toString());
        a.name = query.value(2).toString();
        a.idNumber = query.value(3).toString();
        a.mobile = query.value(4).toString();
        a.address = query.value(5).toString();
    }
    query.finish();

    query.prepare(u"SELECT id, kind, from_state, to_state, actor, at, reason, payload FROM case_events "
                  "WHERE case_id = ? ORDER BY id"_s);
    query.addBindValue(caseId);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    while (query.next()) {
        CaseEventRecord event;
        event.id = query.value(0).toLongLong();
        event.kind = query.value(1).toString();
        event.from = caseStateFromName(query.value(2).toString());
        event.to = caseStateFromName(query.value(3).toString());
        event.actor = query.value(4).toString();
        event.atUtc = query.value(5).toDateTime();
        event.reason = query.value(6).toString();
        event.payload = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        file.events.append(event);
    }
    return file;
}

CaseStore CaseStore::guardedBy(PermissionGuard guard) const
{
    CaseStore guarded = *this;
    guarded.m_guard = std::move(guard);
    return guarded;
}

Expected<void> CaseStore::checkPermission(const CaseTransition &transition, bool inTransaction) const
{
    if (!m_guard || transition.event != CaseEvent::Accept)
        return {};
    if (transition.actor != m_guard->actor().userId)
        return Error::make(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("CaseStore", "%1 is signed in: a change cannot be recorded as made by %2.")
                .arg(m_guard->actor().userId, transition.actor));
    const QString object = u"case:"_s + transition.caseId;
    const auto recording =
        inTransaction ? PermissionGuard::Recording::CallersTransaction : PermissionGuard::Recording::OwnTransaction;
    if (auto allowed = m_guard->require(Permission::Accept, object, recording); !allowed)
        return allowed;
    if (transition.overriddenBy)
        return m_guard->requireOf(*transition.overriddenBy, Permission::OverrideBlockingFinding, object, recording);
    return {};
}

Expected<void> CaseStore::recordInAuditLog(const CaseTransition &transition) const
{
    if (!m_guard || transition.event != CaseEvent::Accept)
        return {};
    // In the transaction of the accept: both commit, or neither.
    AuditLog log = m_guard->auditLog();
    const QString object = u"case:"_s + transition.caseId;
    QJsonObject details{{u"receiptNumber"_s, transition.receiptNumber}};
    if (transition.overriddenBy)
        details.insert(u"overriddenBy"_s, transition.overriddenBy->userId);
    auto accepted = log.appendInTransaction(
        AuditEntry{m_guard->actor().userId, auditaction::accept, object, AuditResult::Succeeded, details, {}});
    if (!accepted)
        return accepted.error();
    if (transition.overriddenBy) {
        auto overridden = log.appendInTransaction(AuditEntry{transition.overriddenBy->userId,
                                                             auditaction::overrideFinding,
                                                             object,
                                                             AuditResult::Succeeded,
                                                             QJsonObject{{u"atCounterOf"_s, m_guard->actor().userId}},
                                                             {}});
        if (!overridden)
            return overridden.error();
    }
    return {};
}

Expected<CaseFile> CaseStore::openFile(const QString &caseId) const
{
    auto file = loadFile(caseId);
    if (!file || !m_guard)
        return file;
    const Actor &actor = m_guard->actor();
    const Case &c = file->caseRecord;
    const QString object = u"case:"_s + caseId;
    const Permission needed = c.staffId == actor.userId            ? Permission::ViewOwnCases
        : !c.counterId.isEmpty() && c.counterId == actor.counterId ? Permission::ViewCounterCases
                                                                   : Permission::ViewHallCases;
    if (auto allowed = m_guard->require(needed, object); !allowed)
        return allowed.error();
    if (auto recorded = m_guard->record(auditaction::caseOpen, object); !recorded)
        return recorded.error();
    return file;
}

Expected<void> CaseStore::authorizeReveal(const QString &caseId, const QString &field) const
{
    if (!m_guard)
        return Error::make(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("CaseStore", "Personal data is shown only to a signed-in user."));
    const QString object = u"case:"_s + caseId;
    if (auto allowed = m_guard->require(Permission::RevealPersonalData, object); !allowed)
        return allowed;
    return m_guard->record(Permission::RevealPersonalData, object, QJsonObject{{u"field"_s, field}});
}

Expected<bool> CaseStore::containsCase(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT 1 FROM cases WHERE id = ?"_s);
    query.addBindValue(caseId);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseStore", "Looking up a case"));
    return query.next();
}

Expected<VaultCounts> CaseStore::counts() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM applicants), "
                    "(SELECT count(*) FROM documents), (SELECT count(*) FROM case_events), "
                    "(SELECT count(*) FROM outbox)"_s)
        || !query.next())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseStore", "Counting the vault's contents"));
    return VaultCounts{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toLongLong(), query.value(4).toLongLong()};
}

} // namespace casedesk
