#include "AuditLog.h"

#include "common/TimeOrderedId.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr qsizetype maximumUserLength = 64;
constexpr qsizetype maximumActionLength = 64;
constexpr qsizetype maximumObjectLength = 200;
constexpr qsizetype maximumDetailsLength = 4000;
// verify() looks for the place a moved record was written at among this
// many sequence numbers at most (each try is one SHA-256 of a few hundred bytes).
constexpr qint64 maximumSequenceSearch = 2'000'000;

const QString recordColumns = u"sequence, recorded_at, user_id, action, object, result, details, previous_hash, hash"_s;

QString canonicalTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s) : QString();
}

bool isLowerHexSha256(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

bool isActionName(const QString &action)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9]*([.-][a-z0-9]+)*$"_s);
    return action.size() <= maximumActionLength && pattern.match(action).hasMatch();
}

// A run of 11 or more digits (a mobile, ID or bank card number), or 17
// digits and an X (a citizen ID), standing on its own once ids are set
// aside: the last group of a UUID or the start of a digest may be all digits.
bool looksLikePersonalData(QString text)
{
    static const QRegularExpression ids(
        u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32,}"_s);
    static const QRegularExpression pattern(u"(?<![0-9A-Za-z])([0-9]{11,}|[0-9]{17}[Xx])(?![0-9A-Za-z])"_s);
    text.replace(ids, u"id"_s);
    return pattern.match(text).hasMatch();
}

AuditRecord recordFrom(const QSqlQuery &query)
{
    AuditRecord record;
    record.sequence = query.value(0).toLongLong();
    record.timeUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
    record.userId = query.value(2).toString();
    record.action = query.value(3).toString();
    record.object = query.value(4).toString();
    record.result = auditResultFromName(query.value(5).toString()).value_or(AuditResult::Failed);
    record.details = query.value(6).toString();
    record.previousHash = query.value(7).toString();
    record.hash = query.value(8).toString();
    // The time and the result are hashed in their canonical spelling; one
    // stored otherwise (an unknown result, say) was changed, and so matches
    // no hash: verify() reports the record as edited.
    if (query.value(1).toString() != canonicalTime(record.timeUtc)
        || query.value(5).toString() != auditResultName(record.result))
        record.hash.clear();
    return record;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditLog", text);
}

AuditBreak breakAt(AuditBreak::Kind kind, qint64 position, const QString &explanation)
{
    return AuditBreak{kind, position, explanation};
}

} // namespace

QString auditResultName(AuditResult result)
{
    switch (result) {
    case AuditResult::Succeeded: return u"succeeded"_s;
    case AuditResult::Refused: return u"refused"_s;
    case AuditResult::Failed: return u"failed"_s;
    }
    return QString();
}

std::optional<AuditResult> auditResultFromName(QStringView name)
{
    for (AuditResult result : {AuditResult::Succeeded, AuditResult::Refused, AuditResult::Failed}) {
        if (auditResultName(result) == name)
            return result;
    }
    return std::nullopt;
}

QString auditBreakKindName(AuditBreak::Kind kind)
{
    switch (kind) {
    case AuditBreak::Kind::Edited: return u"edited"_s;
    case AuditBreak::Kind::Deleted: return u"deleted"_s;
    case AuditBreak::Kind::Inserted: return u"inserted"_s;
    case AuditBreak::Kind::Reordered: return u"reordered"_s;
    }
    return QString();
}

QByteArray AuditRecord::canonicalForm() const
{
    // A fixed header, then each field as "<UTF-8 byte length>:<bytes>\n" in
    // a fixed order: no field's content can be mistaken for another's.
    QByteArray form = "CDAUDIT1\n";
    const auto field = [&form](const QString &value) {
        const QByteArray bytes = value.toUtf8();
        form += QByteArray::number(bytes.size());
        form += ':';
        form += bytes;
        form += '\n';
    };
    field(QString::number(sequence));
    field(canonicalTime(timeUtc));
    field(userId);
    field(action);
    field(object);
    field(auditResultName(result));
    field(details);
    field(previousHash);
    return form;
}

QString AuditRecord::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalForm(), QCryptographicHash::Sha256).toHex());
}

QJsonObject toJson(const AuditRecord &record)
{
    return QJsonObject{
        {u"sequence"_s, double(record.sequence)},
        {u"time"_s, canonicalTime(record.timeUtc)},
        {u"user"_s, record.userId},
        {u"action"_s, record.action},
        {u"object"_s, record.object},
        {u"result"_s, auditResultName(record.result)},
        {u"details"_s, record.details},
        {u"previousHash"_s, record.previousHash},
        {u"hash"_s, record.hash},
    };
}

Expected<AuditRecord> auditRecordFromJson(const QJsonObject &json)
{
    QString problem;
    const auto fail = [&problem](const QString &member, const QString &why) {
        if (problem.isEmpty())
            problem = u"audit record.%1: %2"_s.arg(member, why);
    };
    const auto text = [&](const QString &member, qsizetype maximum, bool required) {
        const QJsonValue value = json.value(member);
        if (!value.isString()) {
            fail(member, u"not a string"_s);
            return QString();
        }
        const QString result = value.toString();
        if (required && result.isEmpty())
            fail(member, u"empty"_s);
        if (result.size() > maximum)
            fail(member, u"longer than %1 characters"_s.arg(maximum));
        return result;
    };

    AuditRecord record;
    const QJsonValue sequence = json.value(u"sequence"_s);
    const double number = sequence.toDouble(-1);
    // JSON numbers are doubles: whole numbers up to 2^53 are exact.
    if (!sequence.isDouble() || number < 1 || number > 9007199254740992.0 || number != double(qint64(number)))
        fail(u"sequence"_s, u"not a whole number from 1"_s);
    else
        record.sequence = qint64(number);
    const QString time = text(u"time"_s, 24, true);
    record.timeUtc = QDateTime::fromString(time, Qt::ISODateWithMs).toUTC();
    if (problem.isEmpty() && (!record.timeUtc.isValid() || canonicalTime(record.timeUtc) != time))
        fail(u"time"_s, u"not a UTC time of the form 2026-01-27T08:15:00.000Z"_s);
    record.userId = text(u"user"_s, maximumUserLength, true);
    record.action = text(u"action"_s, maximumActionLength, true);
    if (problem.isEmpty() && !isActionName(record.action))
        fail(u"action"_s, u"not an action name"_s);
    record.object = text(u"object"_s, maximumObjectLength, false);
    const QString result = text(u"result"_s, 16, true);
    if (const auto parsed = auditResultFromName(result))
        record.result = *parsed;
    else
        fail(u"result"_s, u"unknown result"_s);
    record.details = text(u"details"_s, maximumDetailsLength, false);
    record.previousHash = text(u"previousHash"_s, 64, true);
    if (problem.isEmpty() && !isLowerHexSha256(record.previousHash))
        fail(u"previousHash"_s, u"not a lower-case hex SHA-256"_s);
    record.hash = text(u"hash"_s, 64, true);
    if (problem.isEmpty() && !isLowerHexSha256(record.hash))
        fail(u"hash"_s, u"not a lower-case hex SHA-256"_s);
    if (!problem.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, problem);
    return record;
}

AuditLog::AuditLog(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

Expected<AuditRecord> AuditLog::append(const AuditEntry &entry)
{
    QSqlDatabase db = m_database;
    const QString action =
        QCoreApplication::translate("AuditLog", "Recording \"%1\" in the audit log").arg(entry.action);
    if (!db.transaction())
        return m_mapError(db.lastError(), action);
    auto appended = appendInTransaction(entry);
    if (!appended) {
        db.rollback();
        return appended;
    }
    if (!db.commit()) {
        const Error error = m_mapError(db.lastError(), action);
        db.rollback();
        return error;
    }
    return appended;
}

Expected<AuditRecord> AuditLog::appendInTransaction(const AuditEntry &entry)
{
    const QString action =
        QCoreApplication::translate("AuditLog", "Recording \"%1\" in the audit log").arg(entry.action);
    const auto refused = [&action](const QString &why) {
        return Error::make(ErrorCode::InvalidArgument, u"%1: %2"_s.arg(action, why));
    };
    const QString details = entry.details.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    if (entry.userId.isEmpty() || entry.userId.size() > maximumUserLength)
        return refused(translated(QT_TRANSLATE_NOOP("AuditLog", "a record names the user who acted.")));
    if (!isActionName(entry.action))
        return refused(translated(QT_TRANSLATE_NOOP("AuditLog", "the action is not a name of lower-case words.")));
    if (entry.object.size() > maximumObjectLength || details.size() > maximumDetailsLength)
        return refused(
            translated(QT_TRANSLATE_NOOP("AuditLog", "the object or the details are too long for an audit record.")));
    if (looksLikePersonalData(entry.object) || looksLikePersonalData(details))
        return refused(translated(QT_TRANSLATE_NOOP("AuditLog",
                                                    "audit records name objects by their ids and hold no personal "
                                                    "data such as ID, mobile or bank card numbers.")));

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // After a removed tail the next record must not reuse its numbers:
    // sqlite_sequence remembers the highest ever issued.
    if (!query.exec(u"SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), "
                    "coalesce((SELECT hash FROM audit_log ORDER BY sequence DESC LIMIT 1), '')"_s)
        || !query.next())
        return m_mapError(query.lastError(), action);
    AuditRecord record;
    record.sequence = query.value(0).toLongLong() + 1;
    const QString last = query.value(1).toString();
    query.finish();
    record.previousHash = last.isEmpty() ? genesisHash() : last;
    const QDateTime at = entry.atUtc.isValid() ? entry.atUtc.toUTC() : QDateTime::currentDateTimeUtc();
    // Whole milliseconds, as the canonical form writes them.
    record.timeUtc = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    record.userId = entry.userId;
    record.action = entry.action;
    record.object = entry.object;
    record.result = entry.result;
    record.details = details;
    record.hash = record.computeHash();

    query.prepare(u"INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(recordColumns));
    for (const QVariant &value :
         {QVariant(record.sequence), QVariant(canonicalTime(record.timeUtc)), QVariant(record.userId),
          QVariant(record.action), QVariant(record.object), QVariant(auditResultName(record.result)),
          QVariant(record.details), QVariant(record.previousHash), QVariant(record.hash)})
        query.addBindValue(value);
    if (!query.exec())
        return m_mapError(query.lastError(), action);

    // Queued for the platform with the record, in chain order.
    query.prepare(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                  "VALUES (?, NULL, ?, ?, 0, ?)"_s);
    query.addBindValue(newTimeOrderedId());
    query.addBindValue(protocol::opKindName(protocol::OpKind::AuditAppend));
    query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact)));
    query.addBindValue(record.timeUtc);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    query.finish();
    return record;
}

Expected<qint64> AuditLog::count() const
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT count(*) FROM audit_log"_s) || !query.next())
        return m_mapError(query.lastError(), translated(QT_TRANSLATE_NOOP("AuditLog", "Reading the audit log")));
    return query.value(0).toLongLong();
}

Expected<QList<AuditRecord>> AuditLog::records(qint64 from, int limit) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM audit_log WHERE sequence >= ? ORDER BY sequence LIMIT ?"_s.arg(recordColumns));
    query.addBindValue(from);
    query.addBindValue(limit);
    if (!query.exec())
        return m_mapError(query.lastError(), translated(QT_TRANSLATE_NOOP("AuditLog", "Reading the audit log")));
    QList<AuditRecord> result;
    while (query.next())
        result.append(recordFrom(query));
    return result;
}

Expected<qint64> AuditLog::highestIssued() const
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)"_s)
        || !query.next())
        return m_mapError(query.lastError(), translated(QT_TRANSLATE_NOOP("AuditLog", "Verifying the audit log")));
    return query.value(0).toLongLong();
}

Expected<bool> AuditLog::laterRecordFollows(const QString &previousHash, qint64 afterSequence) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT 1 FROM audit_log WHERE previous_hash = ? AND sequence > ? LIMIT 1"_s);
    query.addBindValue(previousHash);
    query.addBindValue(afterSequence);
    if (!query.exec())
        return m_mapError(query.lastError(), translated(QT_TRANSLATE_NOOP("AuditLog", "Verifying the audit log")));
    return query.next();
}

Expected<std::optional<qint64>> AuditLog::writtenAs(const AuditRecord &record, qint64 position) const
{
    // The sequence number under which the record's stored hash was made.
    AuditRecord probe = record;
    const auto matches = [&probe, &record](qint64 candidate) {
        probe.sequence = candidate;
        return candidate != record.sequence && probe.computeHash() == record.hash;
    };
    QList<qint64> likely{position - 1, position + 1, record.sequence - 1, record.sequence + 1};
    if (record.previousHash == genesisHash()) {
        likely.prepend(1);
    } else {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        query.prepare(u"SELECT sequence FROM audit_log WHERE hash = ?"_s);
        query.addBindValue(record.previousHash);
        if (!query.exec())
            return m_mapError(query.lastError(), translated(QT_TRANSLATE_NOOP("AuditLog", "Verifying the audit log")));
        while (query.next())
            likely.prepend(query.value(0).toLongLong() + 1);
    }
    for (qint64 candidate : std::as_const(likely)) {
        if (candidate >= 1 && matches(candidate))
            return std::optional<qint64>(candidate);
    }
    auto highest = highestIssued();
    if (!highest)
        return highest.error();
    const qint64 bound = std::min(std::max({*highest, record.sequence, position}) + 2, maximumSequenceSearch);
    for (qint64 candidate = 1; candidate <= bound; ++candidate) {
        if (matches(candidate))
            return std::optional<qint64>(candidate);
    }
    return std::optional<qint64>();
}

Expected<AuditBreak> AuditLog::diagnose(const AuditRecord &record, qint64 position, const QString &expectedPrevious,
                                        const std::optional<QString> &beforePrevious,
                                        const std::optional<AuditRecord> &next) const
{
    using Kind = AuditBreak::Kind;
    const bool selfConsistent = record.computeHash() == record.hash;
    const bool linked = record.previousHash == expectedPrevious;
    // The record before this one was slipped in: this one is chained to the
    // record before that.
    const bool linksPastPrevious = !linked && beforePrevious && record.previousHash == *beforePrevious;
    const auto inserted = [](qint64 at) {
        return breakAt(Kind::Inserted, at,
                       QCoreApplication::translate("AuditLog",
                                                   "Audit record %1 was never appended: it was put into the chain "
                                                   "afterwards.")
                           .arg(at));
    };
    // A record is missing here, unless the one that belongs here turns up later.
    const auto missingOrMoved = [&](qint64 writtenAt) -> Expected<AuditBreak> {
        auto follows = laterRecordFollows(expectedPrevious, record.sequence);
        if (!follows)
            return follows.error();
        if (*follows)
            return breakAt(Kind::Reordered, position,
                           QCoreApplication::translate("AuditLog",
                                                       "Audit record %1 is out of order: the record here was written "
                                                       "as record %2, and record %1 stands further on.")
                               .arg(position)
                               .arg(writtenAt));
        return breakAt(Kind::Deleted, position,
                       QCoreApplication::translate("AuditLog",
                                                   "Audit record %1 was deleted: the chain goes on with the record "
                                                   "written as %2.")
                           .arg(position)
                           .arg(writtenAt));
    };

    if (selfConsistent) {
        if (linksPastPrevious)
            return inserted(position - 1);
        if (record.sequence > position)
            return missingOrMoved(record.sequence);
        if (!linked && next && next->previousHash == expectedPrevious)
            return inserted(position);
        if (!linked && position > 1)
            return breakAt(Kind::Edited, position - 1,
                           QCoreApplication::translate("AuditLog",
                                                       "Audit record %1 was changed and given a new hash: record %2 "
                                                       "holds another hash for it.")
                               .arg(position - 1)
                               .arg(position));
        if (!linked)
            return breakAt(
                Kind::Edited, position,
                translated(QT_TRANSLATE_NOOP("AuditLog", "Audit record 1 was changed: it does not start the chain.")));
        return breakAt(Kind::Reordered, position,
                       QCoreApplication::translate("AuditLog", "Audit record %1 carries the number %2.")
                           .arg(position)
                           .arg(record.sequence));
    }

    auto written = writtenAs(record, position);
    if (!written)
        return written.error();
    if (*written) {
        const qint64 original = **written;
        if (original > position)
            return missingOrMoved(original);
        if (original < position) {
            if (linksPastPrevious)
                return inserted(position - 1);
            return breakAt(Kind::Reordered, position,
                           QCoreApplication::translate("AuditLog",
                                                       "Audit record %1 is out of order: the record here was written "
                                                       "as record %2.")
                               .arg(position)
                               .arg(original));
        }
        return breakAt(Kind::Edited, position,
                       QCoreApplication::translate("AuditLog", "The number of audit record %1 was changed to %2.")
                           .arg(position)
                           .arg(record.sequence));
    }
    if (!linked && next && next->previousHash == expectedPrevious)
        return inserted(position);
    return breakAt(Kind::Edited, position,
                   QCoreApplication::translate("AuditLog",
                                               "Audit record %1 was changed after it was written: it no longer "
                                               "matches its hash.")
                       .arg(position));
}

Expected<AuditVerification> AuditLog::verify() const
{
    return verifyFrom(0, QString());
}

Expected<AuditVerification> AuditLog::verifyFrom(qint64 sequence, const QString &hash) const
{
    const QString action = translated(QT_TRANSLATE_NOOP("AuditLog", "Verifying the audit log"));
    AuditVerification verification;
    QString expectedPrevious = genesisHash();
    std::optional<QString> beforePrevious;
    qint64 position = 0;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (sequence > 0) {
        query.prepare(u"SELECT %1 FROM audit_log WHERE sequence = ?"_s.arg(recordColumns));
        query.addBindValue(sequence);
        if (!query.exec())
            return m_mapError(query.lastError(), action);
        if (query.next()) {
            const AuditRecord checkpoint = recordFrom(query);
            if (checkpoint.hash == hash && checkpoint.computeHash() == hash) {
                position = sequence;
                expectedPrevious = hash;
                beforePrevious = checkpoint.previousHash;
            }
        }
        query.finish();
    }
    // The whole chain: every row, whatever number it carries.
    query.prepare(position > 0 ? u"SELECT %1 FROM audit_log WHERE sequence > ? ORDER BY sequence"_s.arg(recordColumns)
                               : u"SELECT %1 FROM audit_log ORDER BY sequence"_s.arg(recordColumns));
    if (position > 0)
        query.addBindValue(position);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    while (query.next()) {
        const AuditRecord record = recordFrom(query);
        ++position;
        ++verification.walked;
        if (record.sequence == position && record.previousHash == expectedPrevious
            && record.computeHash() == record.hash) {
            beforePrevious = expectedPrevious;
            expectedPrevious = record.hash;
            continue;
        }
        std::optional<AuditRecord> next;
        if (query.next())
            next = recordFrom(query);
        query.finish();
        auto found = diagnose(record, position, expectedPrevious, beforePrevious, next);
        if (!found)
            return found.error();
        verification.firstBreak = *found;
        // Counted only here: on a big log count(*) reads every page, which
        // is what walking on from a checkpoint saves.
        auto total = count();
        if (!total)
            return total.error();
        verification.records = *total;
        return verification;
    }
    if (query.lastError().isValid())
        return m_mapError(query.lastError(), action);
    query.finish();
    verification.records = position; // every record up to here is in the chain

    // The end of the chain: records removed from the tail leave the highest
    // number ever issued behind them.
    auto highest = highestIssued();
    if (!highest)
        return highest.error();
    if (*highest > position)
        verification.firstBreak =
            breakAt(AuditBreak::Kind::Deleted, position + 1,
                    QCoreApplication::translate("AuditLog", "The last audit records, from %1 to %2, were deleted.")
                        .arg(position + 1)
                        .arg(*highest));
    return verification;
}

} // namespace casedesk
