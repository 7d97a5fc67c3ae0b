#include "PlatformStore.h"

#include "CaseOpEvaluator.h"
#include "PlatformLog.h"
#include "PlatformSchema.h"
#include "common/TimeOrderedId.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlValues.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// pg_advisory_xact_lock key for migrations and seeding ("CDKP").
constexpr qint64 schemaLockKey = 0x43444B50;
// Receipt numbers are printed with 6 digits.
constexpr qint64 lastReceiptNumber = 999999;

// Rolls back unless committed, so no early return leaves a transaction open.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database) : m_database(std::move(database)) { }
    ~Transaction() { rollback(); }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin()
    {
        m_open = m_database.transaction();
        return m_open;
    }
    bool commit()
    {
        if (!m_database.commit())
            return false;
        m_open = false;
        return true;
    }
    void rollback()
    {
        if (m_open) {
            m_database.rollback();
            m_open = false;
        }
    }

private:
    QSqlDatabase m_database;
    bool m_open = false;
};

// Prepares, binds and runs one statement.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

qint64 milliseconds(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QDateTime fromMilliseconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A string as a JSON value, quoted and escaped.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A change's snapshot as stored and as the pull feed carries it, put
// together from the case and applicant JSON the cases table has just been
// given, rather than written out once more.
QString snapshotJson(const QString &caseJson, const QString &applicantJson)
{
    return u"{\"case\":"_s + caseJson + u",\"applicant\":"_s + applicantJson + u'}';
}

QString snapshotJson(const protocol::CaseSnapshot &snapshot)
{
    return snapshotJson(compactJson(protocol::toJson(snapshot.caseRecord)),
                        compactJson(protocol::toJson(snapshot.applicant)));
}

Expected<protocol::CaseSnapshot> snapshotFrom(const QString &caseJson, const QString &applicantJson)
{
    auto c = protocol::caseFromJson(QJsonDocument::fromJson(caseJson.toUtf8()).object());
    if (!c)
        return c.error();
    auto a = protocol::applicantFromJson(QJsonDocument::fromJson(applicantJson.toUtf8()).object());
    if (!a)
        return a.error();
    return protocol::CaseSnapshot{*c, *a};
}

UserRecord userFrom(const QSqlQuery &query, int first)
{
    UserRecord user;
    user.id = query.value(first).toString();
    user.hallId = query.value(first + 1).toString();
    user.name = query.value(first + 2).toString();
    user.roles = query.value(first + 3).toString().split(u',', Qt::SkipEmptyParts);
    user.counterId = query.value(first + 4).toString();
    return user;
}

} // namespace

PlatformStore::PlatformStore(DatabaseLocation location) : m_location(std::move(location))
{
    static QAtomicInteger<quint32> connections;
    m_connectionName = u"casedesk-platform-%1"_s.arg(connections.fetchAndAddRelaxed(1));
}

PlatformStore::~PlatformStore()
{
    m_statements.clear();
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<PlatformStore>> PlatformStore::open(const DatabaseLocation &location)
{
    std::unique_ptr<PlatformStore> store(new PlatformStore(location));
    if (auto opened = store->openConnection(); !opened)
        return opened.error();
    return store;
}

Expected<void> PlatformStore::openConnection()
{
    if (!m_database.isValid()) {
        if (isPostgresql()) {
            if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
                return Error::make(ErrorCode::Sql,
                                   u"Qt's PostgreSQL driver (QPSQL) is not installed; on Debian "
                                   "install libqt6sql6-psql."_s);
            m_database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
            m_database.setHostName(m_location.host);
            m_database.setPort(m_location.port);
            m_database.setUserName(m_location.user);
            m_database.setPassword(m_location.password);
            m_database.setDatabaseName(m_location.databaseName);
            m_database.setConnectOptions(u"connect_timeout=10;application_name=casedesk-platform"_s);
        } else {
            SqlCipherDriver::registerDriver();
            m_database = QSqlDatabase::addDatabase(QLatin1StringView(SqlCipherDriver::driverName), m_connectionName);
            m_database.setDatabaseName(m_location.path);
            m_database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        }
    }
    if (!m_database.open())
        return Error::make(
            ErrorCode::Busy,
            u"Cannot open the database %1: %2"_s.arg(m_location.describe(), m_database.lastError().text()));
    QSqlQuery query(m_database);
    const QStringList setup = isPostgresql()
        // NOTICEs ("relation already exists, skipping") would go to stderr.
        ? QStringList{u"SET client_min_messages = warning"_s}
        // WAL: readers never wait for the writer; NORMAL is durable
        // across a process crash, which is what a reference platform needs.
        : QStringList{u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s};
    for (const QString &statement : setup) {
        if (!query.exec(statement))
            return sqlError(query.lastError(), u"Setting up the connection"_s);
    }
    m_broken = false;
    qCInfo(lcPlatform) << "database open:" << m_location.describe();
    return {};
}

Error PlatformStore::sqlError(const QSqlError &error, const QString &action)
{
    const QString code = error.nativeErrorCode();
    bool busy = false;
    if (isPostgresql()) {
        // No SQLSTATE at all: libpq lost the server. Class 08: connection;
        // 57P: the server shuts down; 53: out of resources; 40: retry.
        const bool lost = code.isEmpty() || code.startsWith(u"08") || code.startsWith(u"57P")
            || error.type() == QSqlError::ConnectionError;
        if (lost)
            m_broken = true;
        busy = lost || code.startsWith(u"53") || code.startsWith(u"40");
    } else {
        const int primary = code.toInt() & 0xff;
        busy = primary == 5 || primary == 6; // SQLITE_BUSY, SQLITE_LOCKED
    }
    qCWarning(lcPlatform).noquote() << action << "failed:" << error.text() << "(" << code << ")";
    return Error::make(busy ? ErrorCode::Busy : ErrorCode::Sql, u"%1: %2"_s.arg(action, error.text()));
}

bool PlatformStore::isUniqueViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isPostgresql())
        return code == u"23505";
    const int extended = code.toInt();
    return extended == 1555 || extended == 2067; // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
}

Expected<void> PlatformStore::reconnectIfBroken()
{
    if (!m_broken && m_database.isOpen())
        return {};
    qCWarning(lcPlatform) << "reconnecting to the database";
    m_statements.clear();
    m_database.close();
    return openConnection();
}

Expected<void> PlatformStore::ping()
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT 1"_s) || !query.next())
        return sqlError(query.lastError(), u"Checking the database"_s);
    return {};
}

Expected<void> PlatformStore::lockSchema(const QString &action)
{
    if (!isPostgresql())
        return {};
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT pg_advisory_xact_lock(?)"_s, {schemaLockKey}))
        return sqlError(query.lastError(), action);
    return {};
}

Expected<bool> PlatformStore::lockHall(const QString &hallId, const QString &action)
{
    QSqlQuery query(m_database);
    const QString sql =
        isPostgresql() ? u"SELECT id FROM halls WHERE id = ? FOR UPDATE"_s : u"SELECT id FROM halls WHERE id = ?"_s;
    if (!run(query, sql, {hallId}))
        return sqlError(query.lastError(), action);
    return query.next();
}

Expected<int> PlatformStore::migrate()
{
    const QList<Migration> migrations = platformMigrations(m_location.kind);
    const int latest = migrations.last().version;
    int applied = 0;
    for (const Migration &migration : migrations) {
        auto ran = applyMigrationStep(migration, latest);
        if (!ran)
            return ran.error();
        if (*ran)
            ++applied;
    }
    return applied;
}

Expected<bool> PlatformStore::applyMigrationStep(const Migration &migration, int latest)
{
    const QString action = u"Schema migration %1 (%2)"_s.arg(migration.version).arg(migration.description);
    Transaction transaction(m_database);
    if (!transaction.begin())
        return sqlError(m_database.lastError(), action);
    // Instances that start together take turns; the later ones find the step done.
    if (auto locked = lockSchema(action); !locked)
        return locked.error();
    QSqlQuery query(m_database);
    if (!query.exec(uR"(CREATE TABLE IF NOT EXISTS schema_version (
                          version INTEGER PRIMARY KEY,
                          description TEXT NOT NULL,
                          applied_at BIGINT NOT NULL))"_s))
        return sqlError(query.lastError(), action);
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM schema_version"_s) || !query.next())
        return sqlError(query.lastError(), action);
    const int current = query.value(0).toInt();
    if (current > latest)
        return Error::make(ErrorCode::NewerSchema,
                           u"The database has schema version %1; this casedesk-platform knows %2. Run a newer "
                           "casedesk-platform; the database was not touched."_s.arg(current)
                               .arg(latest));
    if (current >= migration.version) {
        query.finish();
        transaction.rollback();
        return false;
    }
    for (const QString &statement : migration.statements) {
        if (!query.exec(statement))
            return sqlError(query.lastError(), action);
    }
    if (!run(query, u"INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"_s,
             {migration.version, migration.description, QDateTime::currentMSecsSinceEpoch()}))
        return sqlError(query.lastError(), action);
    query.finish();
    if (!transaction.commit())
        return sqlError(m_database.lastError(), action);
    qCInfo(lcPlatform) << "applied schema migration" << migration.version;
    return true;
}

Expected<bool> PlatformStore::seedHall(const HallSeed &seed, bool onlyIntoEmptyDatabase)
{
    const QString action = u"Seeding hall %1"_s.arg(seed.hall.id);
    Transaction transaction(m_database);
    if (!transaction.begin())
        return sqlError(m_database.lastError(), action);
    if (auto locked = lockSchema(action); !locked)
        return locked.error();
    QSqlQuery query(m_database);
    const bool checked = onlyIntoEmptyDatabase
        ? run(query, u"SELECT count(*) FROM halls"_s)
        : run(query, u"SELECT count(*) FROM halls WHERE id = ?"_s, {seed.hall.id});
    if (!checked || !query.next())
        return sqlError(query.lastError(), action);
    if (query.value(0).toLongLong() > 0)
        return false;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!run(query,
             u"INSERT INTO halls (id, name, receipt_prefix, next_receipt_number, created_at) VALUES (?, ?, ?, ?, ?)"_s,
             {seed.hall.id, seed.hall.name, seed.hall.receiptPrefix, seed.nextReceiptNumber, now}))
        return sqlError(query.lastError(), action);
    for (const CounterRecord &counter : seed.hall.counters) {
        if (!run(query, u"INSERT INTO counters (hall_id, id, name) VALUES (?, ?, ?)"_s,
                 {seed.hall.id, counter.id, counter.name}))
            return sqlError(query.lastError(), action);
    }
    for (const UserCredentials &entry : seed.users) {
        const UserRecord &user = entry.user;
        if (!run(query,
                 u"INSERT INTO users (id, hall_id, name, password_hash, roles, counter_id, active, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {user.id, seed.hall.id, user.name, entry.passwordHash, user.roles.join(u','),
                  textOrNull(user.counterId), entry.active ? 1 : 0, now}))
            return sqlError(query.lastError(), action);
        if (entry.oneTimeSecret) {
            if (auto enrolled = enrolSecondFactor(user.id, *entry.oneTimeSecret); !enrolled)
                return enrolled.error();
        }
    }
    query.finish();
    for (const protocol::CaseSnapshot &snapshot : seed.cases) {
        if (auto written = writeCase(snapshot, std::nullopt, action); !written)
            return written.error();
    }
    if (!transaction.commit())
        return sqlError(m_database.lastError(), action);
    qCInfo(lcPlatform) << "seeded hall" << seed.hall.id << "with" << seed.users.size() << "users and"
                       << seed.cases.size() << "cases";
    return true;
}

Expected<std::optional<UserCredentials>> PlatformStore::credentials(const QString &userId)
{
    QSqlQuery query(m_database);
    if (!run(query,
             u"SELECT id, hall_id, name, roles, counter_id, password_hash, active, totp_secret, failed_sign_ins, "
             "last_failed_sign_in FROM users WHERE id = ?"_s,
             {userId}))
        return sqlError(query.lastError(), u"Looking up a user"_s);
    if (!query.next())
        return std::optional<UserCredentials>();
    UserCredentials found{userFrom(query, 0), query.value(5).toString(), query.value(6).toInt() != 0};
    found.failures.consecutive = query.value(8).toInt();
    if (!query.isNull(9))
        found.failures.lastFailureUtc = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
    const bool secondFactor = !query.isNull(7);
    QString hexText = query.value(7).toString();
    // The result's copy of the hex goes first, so that the wipe below reaches it
    // (see enrolSecondFactor).
    query.clear();
    if (secondFactor) {
        // A malformed secret decodes short or empty, and no code matches an
        // empty one: the account stays shut rather than falling back to the
        // password alone.
        QByteArray hex = hexText.toLatin1();
        QByteArray bytes = QByteArray::fromHex(hex);
        found.oneTimeSecret = std::make_shared<const SecureBytes>(SecureBytes::takeFrom(bytes));
        wipeByteArray(hex);
    }
    wipeString(hexText);
    return std::optional<UserCredentials>(std::move(found));
}

Expected<bool> PlatformStore::enrolSecondFactor(const QString &userId, const SecureBytes &secret)
{
    QString hex = QString::fromLatin1(secret.toHex().view());
    std::optional<QSqlQuery> query(std::in_place, m_database);
    const bool ran =
        run(*query, u"UPDATE users SET totp_secret = ?, totp_last_step = NULL WHERE id = ?"_s, {hex, userId});
    const QSqlError error = query->lastError();
    const bool enrolled = ran && query->numRowsAffected() > 0;
    // The query's bound copy goes first: a QString still shared would be
    // detached by the wipe, and the wipe would miss the bytes.
    query.reset();
    wipeString(hex);
    if (!ran)
        return sqlError(error, u"Enrolling a second factor"_s);
    return enrolled;
}

Expected<bool> PlatformStore::acceptOneTimeStep(const QString &userId, qint64 step)
{
    QSqlQuery query(m_database);
    if (!run(query,
             u"UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)"_s,
             {step, userId, step}))
        return sqlError(query.lastError(), u"Accepting a one-time code"_s);
    return query.numRowsAffected() > 0;
}

Expected<void> PlatformStore::recordSignInFailure(const QString &userId, const QDateTime &nowUtc)
{
    // One statement: failures sent to two instances at once both count.
    QSqlQuery query(m_database);
    if (!run(query, u"UPDATE users SET failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in = ? WHERE id = ?"_s,
             {milliseconds(nowUtc), userId}))
        return sqlError(query.lastError(), u"Counting a failed sign-in"_s);
    return {};
}

Expected<void> PlatformStore::clearSignInFailures(const QString &userId)
{
    QSqlQuery query(m_database);
    if (!run(
            query,
            u"UPDATE users SET failed_sign_ins = 0, last_failed_sign_in = NULL WHERE id = ? AND failed_sign_ins <> 0"_s,
            {userId}))
        return sqlError(query.lastError(), u"Clearing failed sign-ins"_s);
    return {};
}

Expected<void> PlatformStore::createSession(const NewSession &session)
{
    QSqlQuery query(m_database);
    if (!run(query,
             u"INSERT INTO tokens (token_hash, refresh_hash, user_id, workstation_id, expires_at, "
             "refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
             {session.tokenHash, session.refreshHash, session.userId, session.workstationId,
              milliseconds(session.expiresUtc), milliseconds(session.refreshExpiresUtc),
              QDateTime::currentMSecsSinceEpoch()}))
        return sqlError(query.lastError(), u"Starting a session"_s);
    return {};
}

Expected<std::optional<PlatformSession>> PlatformStore::session(const QString &tokenHash)
{
    QSqlQuery query(m_database);
    if (!run(query,
             u"SELECT u.id, u.hall_id, u.name, u.roles, u.counter_id, t.workstation_id, t.expires_at "
             "FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND u.active = 1"_s,
             {tokenHash}))
        return sqlError(query.lastError(), u"Checking a token"_s);
    if (!query.next())
        return std::optional<PlatformSession>();
    return std::optional<PlatformSession>(
        PlatformSession{userFrom(query, 0), query.value(5).toString(), fromMilliseconds(query.value(6).toLongLong())});
}

Expected<std::optional<UserRecord>> PlatformStore::rotateRefreshToken(const QString &refreshHash,
                                                                      const NewSession &next)
{
    const QString action = u"Refreshing a token"_s;
    Transaction transaction(m_database);
    if (!transaction.begin())
        return sqlError(m_database.lastError(), action);
    QSqlQuery query(m_database);
    // FOR UPDATE: of two instances refreshing with one token, the second
    // waits and then finds it used.
    const QString sql = u"SELECT u.id, u.hall_id, u.name, u.roles, u.counter_id, t.workstation_id, "
                        "t.refresh_expires_at FROM tokens t JOIN users u ON u.id = t.user_id "
                        "WHERE t.refresh_hash = ? AND u.active = 1"_s
        + (isPostgresql() ? u" FOR UPDATE OF t"_s : QString());
    if (!run(query, sql, {refreshHash}))
        return sqlError(query.lastError(), action);
    if (!query.next() || query.value(6).toLongLong() <= QDateTime::currentMSecsSinceEpoch())
        return std::optional<UserRecord>();
    const UserRecord user = userFrom(query, 0);
    NewSession session = next;
    session.userId = user.id;
    session.workstationId = query.value(5).toString();
    if (!run(query, u"UPDATE tokens SET refresh_hash = NULL WHERE refresh_hash = ?"_s, {refreshHash}))
        return sqlError(query.lastError(), action);
    query.finish();
    if (auto created = createSession(session); !created)
        return created.error();
    if (!transaction.commit())
        return sqlError(m_database.lastError(), action);
    return std::optional<UserRecord>(user);
}

Expected<bool> PlatformStore::endSession(const QString &tokenHash)
{
    QSqlQuery query(m_database);
    if (!run(query, u"DELETE FROM tokens WHERE token_hash = ?"_s, {tokenHash}))
        return sqlError(query.lastError(), u"Ending a session"_s);
    return query.numRowsAffected() > 0;
}

Expected<void> PlatformStore::pruneSessions(const QDateTime &now)
{
    QSqlQuery query(m_database);
    const qint64 ms = milliseconds(now);
    if (!run(query, u"DELETE FROM tokens WHERE refresh_expires_at < ? AND expires_at < ?"_s, {ms, ms}))
        return sqlError(query.lastError(), u"Removing expired sessions"_s);
    return {};
}

bool PlatformStore::runPrepared(std::shared_ptr<QSqlQuery> &query, const QString &sql, const QVariantList &values)
{
    query = m_statements.value(sql);
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_database);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return false;
        m_statements.insert(sql, query);
    }
    for (const QVariant &value : values)
        query->addBindValue(value);
    return query->exec();
}

Expected<std::optional<protocol::CaseSnapshot>> PlatformStore::loadCase(const QString &caseId, const QString &action)
{
    std::shared_ptr<QSqlQuery> query;
    if (!runPrepared(query, u"SELECT case_json, applicant_json FROM cases WHERE id = ?"_s, {caseId}))
        return sqlError(query->lastError(), action);
    if (!query->next())
        return std::optional<protocol::CaseSnapshot>();
    const QString caseJson = query->value(0).toString();
    const QString applicantJson = query->value(1).toString();
    query->finish();
    auto snapshot = snapshotFrom(caseJson, applicantJson);
    if (!snapshot)
        return Error::make(ErrorCode::Corrupt,
                           u"%1: the stored case %2 is unreadable: %3"_s.arg(action, caseId, snapshot.error().message));
    return std::optional<protocol::CaseSnapshot>(*snapshot);
}

Expected<std::optional<protocol::CaseSnapshot>> PlatformStore::caseSnapshot(const QString &caseId)
{
    return loadCase(caseId, u"Reading a case"_s);
}

Expected<void> PlatformStore::writeCase(const protocol::CaseSnapshot &snapshot, std::optional<qint64> previousRevision,
                                        const QString &action)
{
    const Case &c = snapshot.caseRecord;
    const QString caseJson = compactJson(protocol::toJson(c));
    const QString applicantJson = compactJson(protocol::toJson(snapshot.applicant));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::shared_ptr<QSqlQuery> query;
    if (previousRevision) {
        if (!runPrepared(query,
                         u"UPDATE cases SET revision = ?, state = ?, case_json = ?, applicant_json = ?, updated_at = ? "
                         "WHERE id = ? AND revision = ?"_s,
                         {c.revision, caseStateName(c.state), caseJson, applicantJson, now, c.id, *previousRevision}))
            return sqlError(query->lastError(), action);
        // The hall lock makes this impossible; should it ever happen, the
        // transaction must not go on to record a change that did not happen.
        if (query->numRowsAffected() != 1)
            return Error::make(ErrorCode::Sql,
                               u"%1: case %2 is no longer at revision %3"_s.arg(action, c.id).arg(*previousRevision));
    } else if (!runPrepared(
                   query,
                   u"INSERT INTO cases (id, hall_id, revision, state, applicant_id, case_json, applicant_json, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {c.id, c.hallId, c.revision, caseStateName(c.state), c.applicantId, caseJson, applicantJson, now})) {
        return sqlError(query->lastError(), action);
    }
    return appendChange(c, snapshotJson(caseJson, applicantJson), nullptr, action);
}

Expected<void> PlatformStore::appendChange(const Case &c, const QString &snapshot, const protocol::RatingRecord *rating,
                                           const QString &action)
{
    std::shared_ptr<QSqlQuery> query;
    if (!runPrepared(
            query,
            u"INSERT INTO changes (hall_id, case_id, revision, snapshot, rating, committed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            {c.hallId, c.id, c.revision, snapshot,
             rating ? QVariant(compactJson(protocol::toJson(*rating))) : QVariant(QMetaType(QMetaType::QString)),
             QDateTime::currentMSecsSinceEpoch()}))
        return sqlError(query->lastError(), action);
    return {};
}

Expected<std::optional<protocol::RatingRecord>>
PlatformStore::loadRating(const QString &ratingId, const QString &caseId, const QString &hallId, const QString &action)
{
    std::shared_ptr<QSqlQuery> query;
    if (!runPrepared(query,
                     u"SELECT level, reason, counter_id, staff_id, rated_at, follow_up_due, closed_at, closed_by, "
                     "closing_note FROM case_ratings WHERE op_id = ? AND case_id = ? AND hall_id = ?"_s,
                     {ratingId, caseId, hallId}))
        return sqlError(query->lastError(), action);
    if (!query->next())
        return std::optional<protocol::RatingRecord>();
    protocol::RatingRecord record;
    record.id = ratingId;
    record.rating.level = query->value(0).toString();
    record.rating.reason = query->value(1).toString();
    record.rating.counterId = query->value(2).toString();
    record.rating.staffId = query->value(3).toString();
    record.rating.at = fromMilliseconds(query->value(4).toLongLong());
    record.rating.followUpDue = QDate::fromString(query->value(5).toString(), Qt::ISODate);
    if (!query->value(6).isNull())
        record.closed = protocol::FollowUpPayload{ratingId, query->value(8).toString(), query->value(7).toString(),
                                                  fromMilliseconds(query->value(6).toLongLong())};
    query->finish();
    return std::optional<protocol::RatingRecord>(record);
}

Expected<std::optional<AuditRecord>> PlatformStore::lastAuditRecord(const QString &workstationId)
{
    const QString action = u"Reading the audit chain of workstation %1"_s.arg(workstationId);
    std::shared_ptr<QSqlQuery> query;
    if (!runPrepared(query,
                     u"SELECT record FROM audit_records WHERE workstation_id = ? ORDER BY sequence DESC LIMIT 1"_s,
                     {workstationId}))
        return sqlError(query->lastError(), action);
    if (!query->next())
        return std::optional<AuditRecord>();
    const QString json = query->value(0).toString();
    query->finish();
    auto record = auditRecordFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    if (!record)
        return Error::make(ErrorCode::Corrupt, u"%1: %2"_s.arg(action, record.error().message));
    return std::optional<AuditRecord>(*record);
}

Expected<PlatformStore::OpStep> PlatformStore::applyAuditOpInBatch(const QString &hallId, const protocol::Op &op,
                                                                   const OpOrigin &origin, const QString &action)
{
    auto answer = [&op](protocol::OpStatus status, qint64 revision) {
        protocol::OpResult result;
        result.opId = op.opId;
        result.status = status;
        result.revision = revision;
        return OpStep{result, false, {}};
    };
    auto rejected = [&op](const QString &code, const QString &message) {
        protocol::OpResult result;
        result.opId = op.opId;
        result.status = protocol::OpStatus::Rejected;
        result.reasonCode = code;
        result.reasonMessage = message;
        return OpStep{result, false, {}};
    };

    auto stored = storedRevision(op.opId, action);
    if (!stored)
        return stored.error();
    if (*stored)
        return answer(protocol::OpStatus::Duplicate, **stored);

    // Rejections write nothing: the op's savepoint rolls back.
    auto record = auditRecordFromJson(op.payload);
    if (!record)
        return rejected(u"invalid-payload"_s, record.error().message);
    if (origin.workstationId.isEmpty())
        return rejected(u"invalid-payload"_s, u"An audit record needs the workstation id of its batch."_s);
    if (record->computeHash() != record->hash)
        return rejected(
            u"audit-hash-mismatch"_s,
            u"Audit record %1 does not match its hash: it was changed after it was written."_s.arg(record->sequence));
    auto last = lastAuditRecord(origin.workstationId);
    if (!last)
        return last.error();
    const qint64 expectedSequence = *last ? (*last)->sequence + 1 : 1;
    const QString expectedPrevious = *last ? (*last)->hash : AuditLog::genesisHash();
    if (record->sequence != expectedSequence || record->previousHash != expectedPrevious) {
        if (!*last)
            return rejected(u"audit-chain-break"_s,
                            u"The platform holds no audit record from workstation %1 yet: its chain begins with "
                            "record 1, not %2."_s.arg(origin.workstationId)
                                .arg(record->sequence));
        return rejected(
            u"audit-chain-break"_s,
            u"Audit record %1 does not continue the chain of workstation %2: the platform's last record "
            "from it is record %3 with hash %4, and this record follows record %5 with hash %6."_s.arg(record->sequence)
                .arg(origin.workstationId)
                .arg((*last)->sequence)
                .arg((*last)->hash.left(16))
                .arg(record->sequence - 1)
                .arg(record->previousHash.left(16)));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    OpStep step = answer(protocol::OpStatus::Applied, record->sequence);
    std::shared_ptr<QSqlQuery> query;
    if (!runPrepared(query,
                     u"INSERT INTO applied_ops (op_id, hall_id, case_id, kind, status, revision, result, "
                     "workstation_id, user_id, created_at, applied_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {op.opId, hallId, protocol::opKindName(op.kind), protocol::opStatusName(step.result.status),
                      step.result.revision, QString::fromUtf8(protocol::encode(QList<protocol::OpResult>{step.result})),
                      origin.workstationId, origin.userId, milliseconds(op.createdUtc), now})) {
        // The same op id through another instance at the same moment.
        if (isUniqueViolation(query->lastError()))
            return OpStep{step.result, false, query->lastError()};
        return sqlError(query->lastError(), action);
    }
    if (!runPrepared(query,
                     u"INSERT INTO audit_records (workstation_id, sequence, hall_id, op_id, user_id, action, result, "
                     "recorded_at, record, hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {origin.workstationId, record->sequence, hallId, op.opId, record->userId, record->action,
                      auditResultName(record->result), milliseconds(record->timeUtc), compactJson(toJson(*record)),
                      record->hash, now})) {
        // Another instance stored this workstation's next record first: the
        // retry sees the chain as it now stands.
        if (isUniqueViolation(query->lastError()))
            return Error::make(ErrorCode::Busy, u"%1: the audit chain moved on meanwhile"_s.arg(action));
        return sqlError(query->lastError(), action);
    }
    step.keep = true;
    return step;
}

Expected<std::optional<qint64>> PlatformStore::storedRevision(const QString &opId, const QString &action)
{
    std::shared_ptr<QSqlQuery> query;
    if (!runPrepared(query, u"SELECT revision FROM applied_ops WHERE op_id = ?"_s, {opId}))
        return sqlError(query->lastError(), action);
    std::optional<qint64> revision;
    if (query->next())
        revision = query->value(0).toLongLong();
    query->finish();
    return revision;
}

Expected<protocol::OpResult> PlatformStore::applyOp(const QString &hallId, const protocol::Op &op,
                                                    const OpOrigin &origin)
{
    auto results = applyOps(hallId, {op}, origin);
    if (!results)
        return results.error();
    return results->first();
}

Expected<QList<protocol::OpResult>> PlatformStore::applyOps(const QString &hallId, const QList<protocol::Op> &ops,
                                                            const OpOrigin &origin)
{
    QList<protocol::OpResult> results;
    if (ops.isEmpty())
        return results;
    results.reserve(ops.size());
    const QString action =
        ops.size() == 1 ? u"Applying op %1"_s.arg(ops.first().opId) : u"Applying a batch of %1 ops"_s.arg(ops.size());
    Transaction transaction(m_database);
    if (!transaction.begin())
        return sqlError(m_database.lastError(), action);
    auto hall = lockHall(hallId, action);
    if (!hall)
        return hall.error();
    if (!*hall)
        return Error::make(ErrorCode::InvalidArgument, u"%1: there is no hall %2"_s.arg(action, hallId));

    QSqlQuery savepoint(m_database);
    auto mark = [&](const QString &statement, const QString &opAction) -> Expected<void> {
        if (!savepoint.exec(statement))
            return sqlError(savepoint.lastError(), opAction);
        return {};
    };
    for (const protocol::Op &op : ops) {
        const QString opAction = u"Applying op %1"_s.arg(op.opId);
        // Each op in its own savepoint: what it wrote goes when it is not
        // applied, and the ops before it stay.
        if (auto marked = mark(u"SAVEPOINT op"_s, opAction); !marked)
            return marked.error();
        auto step = op.kind == protocol::OpKind::AuditAppend ? applyAuditOpInBatch(hallId, op, origin, opAction)
                                                             : applyCaseOpInBatch(hallId, op, origin, opAction);
        if (!step)
            return step.error(); // the whole batch rolls back; its retry finds none of it
        if (!step->keep) {
            if (auto undone = mark(u"ROLLBACK TO SAVEPOINT op"_s, opAction); !undone)
                return undone.error();
        }
        if (auto released = mark(u"RELEASE SAVEPOINT op"_s, opAction); !released)
            return released.error();
        if (step->race.isValid()) {
            // The same op id came in through another hall's lock (another
            // instance) at the same moment: the key decided, the other one
            // applied it. It is committed, so this statement sees it.
            auto again = storedRevision(op.opId, opAction);
            if (!again)
                return again.error();
            if (!*again)
                return sqlError(step->race, opAction);
            protocol::OpResult duplicate;
            duplicate.opId = op.opId;
            duplicate.status = protocol::OpStatus::Duplicate;
            duplicate.revision = **again;
            results.append(duplicate);
            continue;
        }
        results.append(step->result);
    }
    if (!transaction.commit())
        return sqlError(m_database.lastError(), action);
    return results;
}

Expected<PlatformStore::OpStep> PlatformStore::applyCaseOpInBatch(const QString &hallId, const protocol::Op &op,
                                                                  const OpOrigin &origin, const QString &action)
{
    auto stored = storedRevision(op.opId, action);
    if (!stored)
        return stored.error();
    if (*stored) {
        protocol::OpResult result;
        result.opId = op.opId;
        result.status = protocol::OpStatus::Duplicate;
        result.revision = **stored;
        return OpStep{result, false, {}};
    }

    auto current = loadCase(op.caseId, action);
    if (!current)
        return current.error();
    const std::optional<OpOutcome> refused = CaseOpEvaluator::refusedFor(origin.userId, origin.roles, op);
    OpOutcome outcome = refused ? *refused : CaseOpEvaluator::evaluate(hallId, *current, op);
    if (outcome.result.status == protocol::OpStatus::Applied && outcome.followUp) {
        auto rating = loadRating(outcome.followUp->ratingId, op.caseId, hallId, action);
        if (!rating)
            return rating.error();
        outcome = CaseOpEvaluator::settleFollowUp(**current, op, *outcome.followUp, *rating);
    }
    if (outcome.result.status != protocol::OpStatus::Applied)
        return OpStep{outcome.result, false, {}}; // the savepoint rolls back: nothing was written

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        std::shared_ptr<QSqlQuery> query;
        const bool inserted = runPrepared(
            query,
            u"INSERT INTO applied_ops (op_id, hall_id, case_id, kind, status, revision, result, workstation_id, "
            "user_id, created_at, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {op.opId, hallId, op.caseId, protocol::opKindName(op.kind), protocol::opStatusName(outcome.result.status),
             outcome.result.revision, QString::fromUtf8(protocol::encode(QList<protocol::OpResult>{outcome.result})),
             origin.workstationId, origin.userId, milliseconds(op.createdUtc), now});
        if (!inserted) {
            if (isUniqueViolation(query->lastError()))
                return OpStep{outcome.result, false, query->lastError()};
            return sqlError(query->lastError(), action);
        }
        if (outcome.material) {
            const protocol::MaterialPayload &m = *outcome.material;
            if (!runPrepared(query,
                             u"INSERT INTO case_materials (op_id, case_id, material_code, state, document_sha256, "
                             "note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                             {op.opId, op.caseId, m.materialCode, m.state, textOrNull(m.documentSha256),
                              textOrNull(m.note), now}))
                return sqlError(query->lastError(), action);
        }
        if (outcome.note) {
            const protocol::NotePayload &n = *outcome.note;
            if (!runPrepared(query,
                             u"INSERT INTO case_notes (op_id, case_id, text, actor, noted_at) VALUES (?, ?, ?, ?, ?)"_s,
                             {op.opId, op.caseId, n.text, textOrNull(n.actor),
                              milliseconds(n.at.isValid() ? n.at : op.createdUtc)}))
                return sqlError(query->lastError(), action);
        }
        if (outcome.rating) {
            const protocol::RatingPayload &r = *outcome.rating;
            if (!runPrepared(query,
                             u"INSERT INTO case_ratings (op_id, hall_id, case_id, level, reason, counter_id, staff_id, "
                             "rated_at, follow_up_due, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {op.opId, hallId, op.caseId, r.level, textOrNull(r.reason), textOrNull(r.counterId),
                              textOrNull(r.staffId), milliseconds(r.at),
                              textOrNull(r.followUpDue.isValid() ? r.followUpDue.toString(Qt::ISODate) : QString()),
                              now}))
                return sqlError(query->lastError(), action);
            // Every counter of the hall gets it, the supervisor's desk its follow-up.
            const protocol::RatingRecord record{op.opId, r, std::nullopt};
            if (auto appended = appendChange((*current)->caseRecord, snapshotJson(**current), &record, action);
                !appended)
                return appended.error();
        }
        if (outcome.closedRating) {
            const protocol::FollowUpPayload &closed = *outcome.closedRating->closed;
            if (!runPrepared(query,
                             u"UPDATE case_ratings SET closed_at = ?, closed_by = ?, closing_note = ? "
                             "WHERE op_id = ? AND closed_at IS NULL"_s,
                             {milliseconds(closed.at), closed.closedBy, closed.note, closed.ratingId}))
                return sqlError(query->lastError(), action);
            if (auto appended =
                    appendChange((*current)->caseRecord, snapshotJson(**current), &*outcome.closedRating, action);
                !appended)
                return appended.error();
        }
    }
    if (outcome.updated) {
        const std::optional<qint64> previous =
            *current ? std::optional<qint64>((*current)->caseRecord.revision) : std::nullopt;
        if (auto written = writeCase(*outcome.updated, previous, action); !written)
            return written.error();
    }
    return OpStep{outcome.result, true, {}};
}

Expected<EncodedChangesPage> PlatformStore::encodedChanges(const QString &hallId, qint64 after, int limit)
{
    const QString action = u"Reading changes"_s;
    std::shared_ptr<QSqlQuery> query;
    // One row more than asked tells whether there is more.
    if (!runPrepared(query,
                     u"SELECT seq, case_id, revision, snapshot, rating FROM changes WHERE hall_id = ? AND seq > ? "
                     "ORDER BY seq LIMIT ?"_s,
                     {hallId, after, limit + 1}))
        return sqlError(query->lastError(), action);
    // The snapshots and ratings are stored as the compact JSON objects the
    // page carries: they are spliced in as they are, not parsed and written
    // again (most of what a page cost the platform).
    QByteArray body = "{\"changes\":[";
    qint64 next = after;
    bool more = false;
    int count = 0;
    while (query->next()) {
        if (count == limit) {
            more = true;
            break;
        }
        const qint64 seq = query->value(0).toLongLong();
        const QByteArray snapshot = query->value(3).toString().toUtf8();
        const QByteArray rating = query->value(4).isNull() ? QByteArray() : query->value(4).toString().toUtf8();
        const auto isObject = [](const QByteArray &json) {
            return json.size() >= 2 && json.front() == '{' && json.back() == '}';
        };
        if (!isObject(snapshot) || (!rating.isEmpty() && !isObject(rating)))
            return Error::make(ErrorCode::Corrupt, u"%1: change %2 is unreadable"_s.arg(action).arg(seq));
        if (count > 0)
            body += ',';
        body += "{\"seq\":" + QByteArray::number(seq) + ",\"caseId\":" + jsonString(query->value(1).toString())
            + ",\"revision\":" + QByteArray::number(query->value(2).toLongLong()) + ',';
        if (!rating.isEmpty())
            body += "\"rating\":" + rating + ',';
        body += QByteArrayView(snapshot).sliced(1); // its members and closing brace
        next = seq;
        ++count;
    }
    query->finish();
    body += "],\"next\":\"" + QByteArray::number(next) + "\",\"hasMore\":" + (more ? "true" : "false") + '}';
    return EncodedChangesPage{body, next, more};
}

Expected<protocol::ChangesPage> PlatformStore::changes(const QString &hallId, qint64 after, int limit)
{
    auto page = encodedChanges(hallId, after, limit);
    if (!page)
        return page.error();
    return protocol::decodeChangesPage(page->body, after);
}

Expected<std::optional<protocol::ReceiptBlock>>
PlatformStore::reserveReceiptBlock(const ReceiptReservation &reservation)
{
    const QString action = u"Reserving receipt numbers"_s;
    Transaction transaction(m_database);
    if (!transaction.begin())
        return sqlError(m_database.lastError(), action);
    QSqlQuery query(m_database);
    // The counter's row is the lock: blocks are handed out one at a time per hall.
    const QString sql = u"SELECT receipt_prefix, next_receipt_number FROM halls WHERE id = ?"_s
        + (isPostgresql() ? u" FOR UPDATE"_s : QString());
    if (!run(query, sql, {reservation.hallId}))
        return sqlError(query.lastError(), action);
    if (!query.next())
        return Error::make(ErrorCode::InvalidArgument, u"%1: there is no hall %2"_s.arg(action, reservation.hallId));
    const QString hallPrefix = query.value(0).toString();
    const qint64 first = query.value(1).toLongLong();
    const qint64 last = first + reservation.size - 1;
    if (last > lastReceiptNumber)
        return std::optional<protocol::ReceiptBlock>();
    // China Standard Time (UTC+8, no daylight saving): the year on the receipt
    // is the year at the counter.
    const int year = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().year();
    const QString counter = reservation.counterId.isEmpty() ? u"W00"_s : reservation.counterId;
    protocol::ReceiptBlock block{newTimeOrderedId(), u"%1-%2-%3-"_s.arg(hallPrefix).arg(year).arg(counter), first,
                                 last};
    if (!run(query, u"UPDATE halls SET next_receipt_number = ? WHERE id = ?"_s, {last + 1, reservation.hallId}))
        return sqlError(query.lastError(), action);
    if (!run(query,
             u"INSERT INTO receipt_blocks (block_id, hall_id, workstation_id, user_id, prefix, first_number, "
             "last_number, reserved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {block.blockId, reservation.hallId, reservation.workstationId, reservation.userId, block.prefix, first,
              last, QDateTime::currentMSecsSinceEpoch()}))
        return sqlError(query.lastError(), action);
    query.finish();
    if (!transaction.commit())
        return sqlError(m_database.lastError(), action);
    return std::optional<protocol::ReceiptBlock>(block);
}

Expected<AnnounceOutcome> PlatformStore::announceDocument(const QString &sha256,
                                                          const protocol::DocumentAnnouncement &announcement)
{
    const QString action = u"Announcing a document"_s;
    // Twice at most: two instances announcing one new document at once, the
    // one whose insert loses reads the winner's row.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Transaction transaction(m_database);
        if (!transaction.begin())
            return sqlError(m_database.lastError(), action);
        QSqlQuery query(m_database);
        const QString sql = u"SELECT size, received, complete FROM documents WHERE sha256 = ?"_s
            + (isPostgresql() ? u" FOR UPDATE"_s : QString());
        if (!run(query, sql, {sha256}))
            return sqlError(query.lastError(), action);
        AnnounceOutcome outcome;
        outcome.progress.size = announcement.size;
        if (!query.next()) {
            if (!run(query,
                     u"INSERT INTO documents (sha256, size, media_type, received, complete, announced_at) "
                     "VALUES (?, ?, ?, 0, 0, ?)"_s,
                     {sha256, announcement.size, announcement.mediaType, QDateTime::currentMSecsSinceEpoch()})) {
                if (isUniqueViolation(query.lastError()) && attempt == 0)
                    continue;
                return sqlError(query.lastError(), action);
            }
        } else {
            const qint64 size = query.value(0).toLongLong();
            outcome.progress.received = query.value(1).toLongLong();
            outcome.progress.complete = query.value(2).toInt() != 0;
            if (outcome.progress.complete && size != announcement.size) {
                outcome.kind = AnnounceOutcome::Kind::SizeMismatch;
                outcome.progress.size = size;
                return outcome;
            }
            if (!outcome.progress.complete && size != announcement.size) {
                // An unfinished upload of another size cannot finish with this
                // digest; start over with the size announced now.
                if (!run(query, u"DELETE FROM document_chunks WHERE sha256 = ?"_s, {sha256})
                    || !run(query, u"UPDATE documents SET size = ?, media_type = ?, received = 0 WHERE sha256 = ?"_s,
                            {announcement.size, announcement.mediaType, sha256}))
                    return sqlError(query.lastError(), action);
                outcome.progress.received = 0;
            }
        }
        query.finish();
        if (!transaction.commit())
            return sqlError(m_database.lastError(), action);
        return outcome;
    }
    return Error::make(ErrorCode::Busy, u"%1: the document is being announced elsewhere"_s.arg(action));
}

Expected<ChunkOutcome> PlatformStore::appendDocumentChunk(const QString &sha256, qint64 offset, const QByteArray &bytes)
{
    const QString action = u"Storing a document chunk"_s;
    Transaction transaction(m_database);
    if (!transaction.begin())
        return sqlError(m_database.lastError(), action);
    QSqlQuery query(m_database);
    // The row lock orders two uploads of one document: the second sees the
    // first's progress and gets a 409 with it.
    const QString sql = u"SELECT size, received, complete FROM documents WHERE sha256 = ?"_s
        + (isPostgresql() ? u" FOR UPDATE"_s : QString());
    if (!run(query, sql, {sha256}))
        return sqlError(query.lastError(), action);
    ChunkOutcome outcome;
    if (!query.next()) {
        outcome.kind = ChunkOutcome::Kind::UnknownDocument;
        return outcome;
    }
    protocol::DocumentProgress &progress = outcome.progress;
    progress.size = query.value(0).toLongLong();
    progress.received = query.value(1).toLongLong();
    progress.complete = query.value(2).toInt() != 0;
    if (offset != progress.received || (progress.complete && !bytes.isEmpty())) {
        outcome.kind = ChunkOutcome::Kind::OffsetMismatch;
        return outcome;
    }
    if (offset + bytes.size() > progress.size) {
        outcome.kind = ChunkOutcome::Kind::BeyondSize;
        return outcome;
    }
    if (bytes.isEmpty())
        return outcome;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    progress.received = offset + bytes.size();
    if (!run(query, u"INSERT INTO document_chunks (sha256, chunk_offset, content) VALUES (?, ?, ?)"_s,
             {sha256, offset, bytes})
        || !run(query, u"UPDATE documents SET received = ? WHERE sha256 = ?"_s, {progress.received, sha256}))
        return sqlError(query.lastError(), action);

    if (progress.received == progress.size) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!run(query, u"SELECT content FROM document_chunks WHERE sha256 = ? ORDER BY chunk_offset"_s, {sha256}))
            return sqlError(query.lastError(), action);
        while (query.next())
            hash.addData(query.value(0).toByteArray());
        if (QString::fromLatin1(hash.result().toHex()) == sha256) {
            progress.complete = true;
            if (!run(query, u"UPDATE documents SET complete = 1, completed_at = ? WHERE sha256 = ?"_s, {now, sha256}))
                return sqlError(query.lastError(), action);
        } else {
            // Whatever arrived is not the document: keep none of it.
            outcome.kind = ChunkOutcome::Kind::DigestMismatch;
            progress.received = 0;
            if (!run(query, u"DELETE FROM document_chunks WHERE sha256 = ?"_s, {sha256})
                || !run(query, u"UPDATE documents SET received = 0 WHERE sha256 = ?"_s, {sha256}))
                return sqlError(query.lastError(), action);
        }
    }
    query.finish();
    if (!transaction.commit())
        return sqlError(m_database.lastError(), action);
    return outcome;
}

Expected<std::optional<PlatformDocument>> PlatformStore::document(const QString &sha256)
{
    const QString action = u"Reading a document"_s;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT media_type, size, received, complete FROM documents WHERE sha256 = ?"_s, {sha256}))
        return sqlError(query.lastError(), action);
    if (!query.next())
        return std::optional<PlatformDocument>();
    PlatformDocument document;
    document.mediaType = query.value(0).toString();
    document.progress = {query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toInt() != 0};
    if (document.progress.complete) {
        if (!run(query, u"SELECT content FROM document_chunks WHERE sha256 = ? ORDER BY chunk_offset"_s, {sha256}))
            return sqlError(query.lastError(), action);
        document.content.reserve(document.progress.size);
        while (query.next())
            document.content.append(query.value(0).toByteArray());
    }
    return std::optional<PlatformDocument>(std::move(document));
}

Expected<QList<PlatformRating>> PlatformStore::ratings(const QString &hallId)
{
    QSqlQuery query(m_database);
    if (!run(query,
             u"SELECT op_id, case_id, level, reason, counter_id, staff_id, rated_at, received_at FROM case_ratings "
             "WHERE hall_id = ? ORDER BY rated_at, op_id"_s,
             {hallId}))
        return sqlError(query.lastError(), u"Reading ratings"_s);
    QList<PlatformRating> ratings;
    while (query.next()) {
        PlatformRating r;
        r.opId = query.value(0).toString();
        r.caseId = query.value(1).toString();
        r.rating.level = query.value(2).toString();
        r.rating.reason = query.value(3).toString();
        r.rating.counterId = query.value(4).toString();
        r.rating.staffId = query.value(5).toString();
        r.rating.at = fromMilliseconds(query.value(6).toLongLong());
        r.receivedUtc = fromMilliseconds(query.value(7).toLongLong());
        ratings.append(r);
    }
    return ratings;
}

Expected<qint64> PlatformStore::countRows(const QString &table)
{
    static const QStringList tables{u"halls"_s,         u"counters"_s,       u"users"_s,     u"tokens"_s,
                                    u"cases"_s,         u"applied_ops"_s,    u"changes"_s,   u"case_materials"_s,
                                    u"case_notes"_s,    u"receipt_blocks"_s, u"documents"_s, u"document_chunks"_s,
                                    u"audit_records"_s, u"case_ratings"_s};
    if (!tables.contains(table))
        return Error::make(ErrorCode::InvalidArgument, u"No table %1"_s.arg(table));
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !query.next())
        return sqlError(query.lastError(), u"Counting %1"_s.arg(table));
    return query.value(0).toLongLong();
}

} // namespace casedesk
