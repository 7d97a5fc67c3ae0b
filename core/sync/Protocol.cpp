#include "Protocol.h"

#include "feedback/Rating.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace casedesk::protocol {

namespace {

constexpr qsizetype maximumTextLength = 4000;
constexpr qsizetype maximumFormBytes = 256 * 1024;

Error invalid(const QString &what)
{
    return Error::make(ErrorCode::InvalidArgument,
                       QCoreApplication::translate("Protocol", "The platform's message is malformed: %1").arg(what));
}

// Reads members of one JSON object with their types checked; the first
// problem sticks and is reported with the member's path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) { }

    QString text(const char *key, bool required = true, qsizetype maximum = maximumTextLength)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, u"missing"_s);
            return QString();
        }
        if (!value.isString()) {
            fail(key, u"not a string"_s);
            return QString();
        }
        const QString result = value.toString();
        if (result.size() > maximum)
            fail(key, u"longer than %1 characters"_s.arg(maximum));
        return result;
    }

    QString id(const char *key, bool required = true)
    {
        const QString result = text(key, required, 64);
        if (!result.isEmpty() && !isUuid(result))
            fail(key, u"not a UUID"_s);
        return result;
    }

    qint64 integer(const char *key, qint64 minimum, qint64 maximum, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() && !required)
            return minimum;
        // JSON numbers are doubles: whole numbers up to 2^53 are exact. The
        // range is checked before the conversion, which is undefined for a
        // double beyond qint64 (1e300, say: found by fuzz_sync_protocol).
        Q_ASSERT(minimum >= -(qint64(1) << 53) && maximum <= (qint64(1) << 53));
        const double number = value.toDouble();
        if (!value.isDouble() || !(number >= double(minimum) && number <= double(maximum))
            || number != std::trunc(number)) {
            fail(key, u"not a whole number from %1 to %2"_s.arg(minimum).arg(maximum));
            return minimum;
        }
        return qint64(number);
    }

    // Not required: false when absent.
    bool boolean(const char *key, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (!required && value.isUndefined())
            return false;
        if (!value.isBool())
            fail(key, u"not true or false"_s);
        return value.toBool();
    }

    QDateTime time(const char *key, bool required = true)
    {
        const QString value = text(key, required, 40);
        if (value.isEmpty())
            return QDateTime();
        const QDateTime result = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!result.isValid())
            fail(key, u"not an ISO 8601 time"_s);
        return result.toUTC();
    }

    QDate date(const char *key)
    {
        const QString value = text(key, false, 10);
        if (value.isEmpty())
            return QDate();
        const QDate result = QDate::fromString(value, Qt::ISODate);
        if (!result.isValid())
            fail(key, u"not a date"_s);
        return result;
    }

    QJsonObject object(const char *key, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() && !required)
            return QJsonObject();
        if (!value.isObject())
            fail(key, u"not an object"_s);
        return value.toObject();
    }

    QJsonArray array(const char *key, qsizetype maximum)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (!value.isArray()) {
            fail(key, u"not an array"_s);
            return QJsonArray();
        }
        if (value.toArray().size() > maximum)
            fail(key, u"more than %1 entries"_s.arg(maximum));
        return value.toArray();
    }

    void fail(const char *key, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = u"%1.%2: %3"_s.arg(m_path, QLatin1StringView(key), why);
    }
    // A nested reader's error, already worded as one: not wrapped again.
    void failWith(const Error &error)
    {
        if (m_error.isEmpty()) {
            m_error = error.message;
            m_nested = true;
        }
    }

    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return m_nested ? Error::make(ErrorCode::InvalidArgument, m_error) : invalid(m_error); }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
    bool m_nested = false;
};

Expected<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    if (body.size() > maximumBodySize)
        return invalid(u"%1 is larger than %2 bytes"_s.arg(what).arg(maximumBodySize));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(u"%1 is not JSON: %2"_s.arg(what, error.errorString()));
    if (!document.isObject())
        return invalid(u"%1 is not a JSON object"_s.arg(what));
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString opKindName(OpKind kind)
{
    switch (kind) {
    case OpKind::CaseCreate: return u"case.create"_s;
    case OpKind::CaseTransition: return u"case.transition"_s;
    case OpKind::CaseMaterial: return u"case.material"_s;
    case OpKind::CaseNote: return u"case.note"_s;
    case OpKind::AuditAppend: return u"audit.append"_s;
    case OpKind::CaseRating: return u"case.rating"_s;
    case OpKind::CaseReassign: return u"case.reassign"_s;
    case OpKind::CaseFollowUp: return u"case.follow-up"_s;
    }
    return QString();
}

QList<OpKind> allOpKinds()
{
    return {OpKind::CaseCreate,  OpKind::CaseTransition, OpKind::CaseMaterial, OpKind::CaseNote,
            OpKind::AuditAppend, OpKind::CaseRating,     OpKind::CaseReassign, OpKind::CaseFollowUp};
}

std::optional<OpKind> opKindFromName(QStringView name)
{
    for (OpKind kind : allOpKinds()) {
        if (opKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool commutes(OpKind kind)
{
    // A follow-up's closing is checked against the rating, not the case.
    return kind == OpKind::CaseMaterial || kind == OpKind::CaseNote || kind == OpKind::CaseRating
        || kind == OpKind::CaseFollowUp;
}

QString opStatusName(OpStatus status)
{
    switch (status) {
    case OpStatus::Applied: return u"applied"_s;
    case OpStatus::Duplicate: return u"duplicate"_s;
    case OpStatus::Conflict: return u"conflict"_s;
    case OpStatus::Rejected: return u"rejected"_s;
    }
    return QString();
}

QString ReceiptBlock::number(qint64 n) const
{
    return prefix + u"%1"_s.arg(n, 6, 10, QChar(u'0'));
}

namespace {

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

} // namespace

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text.at(i) != u'-' : !isLowerHex(text.at(i)))
            return false;
    }
    return true;
}

bool isSha256(QStringView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), isLowerHex);
}

QJsonObject toJson(const Case &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"receiptNumber"_s, c.receiptNumber},
        {u"applicantId"_s, c.applicantId},
        {u"itemCode"_s, c.itemCode},
        {u"state"_s, caseStateName(c.state)},
        {u"hallId"_s, c.hallId},
        {u"counterId"_s, c.counterId},
        {u"staffId"_s, c.staffId},
        {u"form"_s, c.form},
        {u"createdAt"_s, timeText(c.createdUtc)},
        {u"updatedAt"_s, timeText(c.updatedUtc)},
        {u"acceptedAt"_s, timeText(c.acceptedUtc)},
        {u"dueDate"_s, c.dueDate.isValid() ? c.dueDate.toString(Qt::ISODate) : QString()},
        {u"revision"_s, double(c.revision)},
        {u"correctionNoticeGiven"_s, c.correctionNoticeGiven},
    };
}

QJsonObject toJson(const Applicant &a)
{
    return QJsonObject{
        {u"id"_s, a.id},         {u"kind"_s, a.kind == Applicant::Kind::Person ? u"person"_s : u"company"_s},
        {u"name"_s, a.name},     {u"idNumber"_s, a.idNumber},
        {u"mobile"_s, a.mobile}, {u"address"_s, a.address},
    };
}

Expected<Case> caseFromJson(const QJsonObject &json)
{
    Reader read(json, u"case"_s);
    Case c;
    c.id = read.id("id");
    c.receiptNumber = read.text("receiptNumber", false, 64);
    c.applicantId = read.id("applicantId");
    c.itemCode = read.text("itemCode", true, 64);
    const QString state = read.text("state", true, 32);
    if (const auto parsed = caseStateFromName(state))
        c.state = *parsed;
    else if (!state.isEmpty())
        read.fail("state", u"unknown state \"%1\""_s.arg(state));
    c.hallId = read.text("hallId", true, 64);
    c.counterId = read.text("counterId", false, 64);
    c.staffId = read.text("staffId", false, 64);
    c.form = read.object("form", false);
    if (QJsonDocument(c.form).toJson(QJsonDocument::Compact).size() > maximumFormBytes)
        read.fail("form", u"larger than %1 bytes"_s.arg(maximumFormBytes));
    c.createdUtc = read.time("createdAt");
    c.updatedUtc = read.time("updatedAt", false);
    c.acceptedUtc = read.time("acceptedAt", false);
    c.dueDate = read.date("dueDate");
    c.revision = read.integer("revision", 0, std::numeric_limits<int>::max(), false);
    // Absent from a case recorded before it was in the contract.
    c.correctionNoticeGiven = read.boolean("correctionNoticeGiven", false);
    if (!read.ok())
        return read.error();
    return c;
}

Expected<Applicant> applicantFromJson(const QJsonObject &json)
{
    Reader read(json, u"applicant"_s);
    Applicant a;
    a.id = read.id("id");
    const QString kind = read.text("kind", true, 16);
    if (kind == u"company")
        a.kind = Applicant::Kind::Company;
    else if (kind != u"person")
        read.fail("kind", u"neither person nor company"_s);
    a.name = read.text("name", true, 200);
    a.idNumber = read.text("idNumber", true, 32);
    a.mobile = read.text("mobile", false, 32);
    a.address = read.text("address", false, 400);
    if (!read.ok())
        return read.error();
    return a;
}

QJsonObject toJson(const Op &op)
{
    return QJsonObject{
        {u"opId"_s, op.opId},
        {u"caseId"_s, op.caseId},
        {u"kind"_s, opKindName(op.kind)},
        {u"baseRev"_s, double(op.baseRev)},
        {u"createdAt"_s, timeText(op.createdUtc)},
        {u"payload"_s, op.payload},
    };
}

Expected<Op> opFromJson(const QJsonObject &json)
{
    Reader read(json, u"op"_s);
    Op op;
    op.opId = read.id("opId");
    const QString kind = read.text("kind", true, 32);
    if (const auto parsed = opKindFromName(kind))
        op.kind = *parsed;
    else
        read.fail("kind", u"unknown op kind \"%1\""_s.arg(kind));
    // An audit record belongs to the workstation's chain, not to a case.
    const bool aboutACase = op.kind != OpKind::AuditAppend;
    op.caseId = read.id("caseId", aboutACase);
    if (!aboutACase && !op.caseId.isEmpty())
        read.fail("caseId", u"not empty for an audit record"_s);
    op.baseRev = read.integer("baseRev", 0, std::numeric_limits<int>::max());
    op.createdUtc = read.time("createdAt");
    op.payload = read.object("payload");
    if (!read.ok())
        return read.error();
    return op;
}

QByteArray encode(const OpBatch &batch)
{
    QJsonArray ops;
    for (const Op &op : batch.ops)
        ops.append(toJson(op));
    return compact(QJsonObject{{u"workstationId"_s, batch.workstationId}, {u"ops"_s, ops}});
}

Expected<OpBatch> decodeOpBatch(const QByteArray &body)
{
    auto object = parseObject(body, u"the batch"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"batch"_s);
    OpBatch batch;
    batch.workstationId = read.text("workstationId", true, 64);
    const QJsonArray ops = read.array("ops", maximumOpsPerBatch);
    for (const QJsonValue &value : ops) {
        auto op = opFromJson(value.toObject());
        if (!op) {
            read.failWith(op.error());
            break;
        }
        batch.ops.append(*op);
    }
    if (!read.ok())
        return read.error();
    return batch;
}

QByteArray encode(const QList<OpResult> &results)
{
    QJsonArray list;
    for (const OpResult &result : results) {
        QJsonObject json{{u"opId"_s, result.opId}, {u"status"_s, opStatusName(result.status)}};
        if (result.status != OpStatus::Rejected)
            json.insert(u"revision"_s, double(result.revision));
        if (result.current)
            json.insert(u"current"_s,
                        QJsonObject{{u"case"_s, toJson(result.current->caseRecord)},
                                    {u"applicant"_s, toJson(result.current->applicant)}});
        if (result.status == OpStatus::Rejected)
            json.insert(u"reason"_s, QJsonObject{{u"code"_s, result.reasonCode}, {u"message"_s, result.reasonMessage}});
        list.append(json);
    }
    return compact(QJsonObject{{u"results"_s, list}});
}

namespace {

Expected<CaseSnapshot> snapshotFromJson(const QJsonObject &json)
{
    Reader read(json, u"snapshot"_s);
    const QJsonObject caseJson = read.object("case");
    const QJsonObject applicantJson = read.object("applicant");
    // Say that "case" is not an object, rather than that its id is missing.
    if (!read.ok())
        return read.error();
    auto c = caseFromJson(caseJson);
    if (!c)
        return c.error();
    auto a = applicantFromJson(applicantJson);
    if (!a)
        return a.error();
    if (c->applicantId != a->id)
        return invalid(u"the case's applicant is not the applicant sent with it"_s);
    return CaseSnapshot{*c, *a};
}

} // namespace

Expected<QList<OpResult>> decodeOpResults(const QByteArray &body, const QList<Op> &sent)
{
    auto object = parseObject(body, u"the op results"_s);
    if (!object)
        return object.error();
    Reader top(*object, u"results"_s);
    const QJsonArray list = top.array("results", maximumOpsPerBatch);
    if (!top.ok())
        return top.error();
    if (list.size() != sent.size())
        return invalid(u"%1 results for %2 ops"_s.arg(list.size()).arg(sent.size()));
    QList<OpResult> results;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Reader read(list.at(i).toObject(), u"results[%1]"_s.arg(i));
        OpResult result;
        result.opId = read.id("opId");
        if (read.ok() && result.opId != sent.at(i).opId)
            read.fail("opId", u"does not match the op sent in this place"_s);
        const QString status = read.text("status", true, 16);
        if (status == u"applied")
            result.status = OpStatus::Applied;
        else if (status == u"duplicate")
            result.status = OpStatus::Duplicate;
        else if (status == u"conflict")
            result.status = OpStatus::Conflict;
        else if (status == u"rejected")
            result.status = OpStatus::Rejected;
        else
            read.fail("status", u"unknown status \"%1\""_s.arg(status));
        if (result.status != OpStatus::Rejected)
            result.revision = read.integer("revision", 0, std::numeric_limits<int>::max());
        if (result.status == OpStatus::Conflict) {
            auto current = snapshotFromJson(read.object("current"));
            if (!current)
                read.failWith(current.error());
            else if (current->caseRecord.id != sent.at(i).caseId)
                read.fail("current", u"is another case"_s);
            else
                result.current = *current;
        }
        if (result.status == OpStatus::Rejected) {
            Reader reason(read.object("reason"), u"reason"_s);
            result.reasonCode = reason.text("code", true, 64);
            result.reasonMessage = reason.text("message", false);
            if (!reason.ok())
                read.failWith(reason.error());
        }
        if (!read.ok())
            return read.error();
        results.append(result);
    }
    return results;
}

QByteArray encode(const ChangesPage &page)
{
    QJsonArray changes;
    for (const Change &change : page.changes) {
        QJsonObject json{{u"seq"_s, double(change.seq)},
                         {u"caseId"_s, change.snapshot.caseRecord.id},
                         {u"revision"_s, double(change.snapshot.caseRecord.revision)},
                         {u"case"_s, toJson(change.snapshot.caseRecord)},
                         {u"applicant"_s, toJson(change.snapshot.applicant)}};
        if (change.rating)
            json.insert(u"rating"_s, toJson(*change.rating));
        changes.append(json);
    }
    return compact(
        QJsonObject{{u"changes"_s, changes}, {u"next"_s, QString::number(page.next)}, {u"hasMore"_s, page.hasMore}});
}

Expected<ChangesPage> decodeChangesPage(const QByteArray &body, qint64 after)
{
    auto object = parseObject(body, u"the page of changes"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"page"_s);
    ChangesPage page;
    const QJsonArray changes = read.array("changes", maximumChangesPerPage);
    bool numeric = false;
    page.next = read.text("next", true, 20).toLongLong(&numeric);
    if (read.ok() && (!numeric || page.next < 0))
        read.fail("next", u"not a cursor"_s);
    page.hasMore = read.boolean("hasMore");
    if (!read.ok())
        return read.error();
    if (page.next < after)
        return invalid(u"the cursor went backwards, from %1 to %2"_s.arg(after).arg(page.next));
    qint64 previous = after;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject json = changes.at(i).toObject();
        Reader entry(json, u"changes[%1]"_s.arg(i));
        Change change;
        change.seq = entry.integer("seq", 1, std::numeric_limits<qint64>::max() >> 11);
        if (entry.ok() && (change.seq <= previous || change.seq > page.next))
            entry.fail("seq", u"out of order (after %1, next %2)"_s.arg(previous).arg(page.next));
        auto snapshot = snapshotFromJson(json);
        if (!snapshot)
            entry.failWith(snapshot.error());
        else
            change.snapshot = *snapshot;
        const QJsonObject rating = entry.object("rating", false);
        if (entry.ok() && json.contains(u"rating"_s)) {
            if (auto record = ratingRecordFromJson(rating))
                change.rating = *record;
            else
                entry.failWith(record.error());
        }
        if (!entry.ok())
            return entry.error();
        previous = change.seq;
        page.changes.append(change);
    }
    return page;
}

QByteArray encode(const ReceiptBlock &block)
{
    return compact(QJsonObject{{u"blockId"_s, block.blockId},
                               {u"prefix"_s, block.prefix},
                               {u"first"_s, double(block.first)},
                               {u"last"_s, double(block.last)}});
}

Expected<ReceiptBlock> decodeReceiptBlock(const QByteArray &body)
{
    auto object = parseObject(body, u"the receipt block"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"block"_s);
    ReceiptBlock block;
    block.blockId = read.id("blockId");
    block.prefix = read.text("prefix", true, 32);
    block.first = read.integer("first", 0, 999999);
    block.last = read.integer("last", 0, 999999);
    if (read.ok() && (block.last < block.first || block.last - block.first >= 1000))
        read.fail("last", u"not a block of 1 to 1000 numbers"_s);
    if (!read.ok())
        return read.error();
    return block;
}

QByteArray encode(const LoginResult &login)
{
    return compact(QJsonObject{
        {u"token"_s, login.token},
        {u"expiresAt"_s, timeText(login.expiresUtc)},
        {u"refreshToken"_s, login.refreshToken},
        {u"user"_s,
         QJsonObject{{u"id"_s, login.userId},
                     {u"name"_s, login.userName},
                     {u"roles"_s, QJsonArray::fromStringList(login.roles)},
                     {u"hallId"_s, login.hallId},
                     {u"counterId"_s, login.counterId}}},
        {u"secondFactor"_s, login.secondFactor},
    });
}

Expected<LoginResult> decodeLoginResult(const QByteArray &body)
{
    auto object = parseObject(body, u"the sign-in answer"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"login"_s);
    LoginResult login;
    login.token = read.text("token", true, 512);
    login.expiresUtc = read.time("expiresAt");
    login.refreshToken = read.text("refreshToken", true, 512);
    Reader user(read.object("user"), u"user"_s);
    login.userId = user.text("id", true, 64);
    login.userName = user.text("name", true, 200);
    const QJsonArray roles = user.array("roles", 16);
    for (const QJsonValue &role : roles)
        login.roles << role.toString();
    login.hallId = user.text("hallId", true, 64);
    login.counterId = user.text("counterId", false, 64);
    if (!user.ok())
        read.failWith(user.error());
    // Absent from a platform that has no second factor.
    login.secondFactor = read.boolean("secondFactor", false);
    if (!read.ok())
        return read.error();
    return login;
}

QByteArray encode(const Problem &problem)
{
    return compact(QJsonObject{
        {u"type"_s, u"https://casedesk.example.org/problems/"_s + problem.code},
        {u"title"_s, problem.title},
        {u"status"_s, problem.status},
        {u"code"_s, problem.code},
        {u"detail"_s, problem.detail},
    });
}

Problem decodeProblem(int status, const QByteArray &body)
{
    Problem problem{status, {}, {}, {}};
    const QJsonObject json = QJsonDocument::fromJson(body.left(64 * 1024)).object();
    problem.code = json.value(u"code"_s).toString().left(64);
    problem.title = json.value(u"title"_s).toString().left(400);
    problem.detail = json.value(u"detail"_s).toString().left(2000);
    return problem;
}

Expected<LoginRequest> decodeLoginRequest(const QByteArray &body)
{
    auto object = parseObject(body, u"the sign-in request"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"login"_s);
    LoginRequest request;
    request.username = read.text("username", true, 64);
    request.password = read.text("password", true, 1024);
    request.workstationId = read.text("workstationId", true, 64);
    request.oneTimeCode = read.text("oneTimeCode", false, 16);
    if (read.ok() && request.username.isEmpty())
        read.fail("username", u"empty"_s);
    if (read.ok() && request.workstationId.isEmpty())
        read.fail("workstationId", u"empty"_s);
    if (!read.ok())
        return read.error();
    return request;
}

Expected<QString> decodeRefreshRequest(const QByteArray &body)
{
    auto object = parseObject(body, u"the refresh request"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"refresh"_s);
    const QString token = read.text("refreshToken", true, 512);
    if (!read.ok())
        return read.error();
    return token;
}

Expected<ReceiptBlockRequest> decodeReceiptBlockRequest(const QByteArray &body)
{
    auto object = parseObject(body, u"the receipt block request"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"blockRequest"_s);
    ReceiptBlockRequest request;
    request.workstationId = read.text("workstationId", true, 64);
    if (read.ok() && request.workstationId.isEmpty())
        read.fail("workstationId", u"empty"_s);
    request.size = int(read.integer("size", 1, 1000));
    if (!read.ok())
        return read.error();
    return request;
}

Expected<DocumentAnnouncement> decodeDocumentAnnouncement(const QByteArray &body)
{
    auto object = parseObject(body, u"the document announcement"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"document"_s);
    DocumentAnnouncement announcement;
    announcement.size = read.integer("size", 1, qint64(1) << 53);
    announcement.mediaType = read.text("mediaType", true, 128);
    if (read.ok() && announcement.mediaType.isEmpty())
        read.fail("mediaType", u"empty"_s);
    if (!read.ok())
        return read.error();
    return announcement;
}

QByteArray encode(const DocumentProgress &progress)
{
    return compact(QJsonObject{{u"size"_s, double(progress.size)},
                               {u"received"_s, double(progress.received)},
                               {u"complete"_s, progress.complete}});
}

Expected<DocumentProgress> decodeDocumentProgress(const QByteArray &body)
{
    auto object = parseObject(body, u"the document progress"_s);
    if (!object)
        return object.error();
    Reader read(*object, u"progress"_s);
    DocumentProgress progress;
    progress.size = read.integer("size", 0, qint64(1) << 53, false);
    progress.received = read.integer("received", 0, qint64(1) << 53);
    progress.complete = object->value(u"complete"_s).toBool();
    if (!read.ok())
        return read.error();
    return progress;
}

Expected<CaseSnapshot> createPayloadFromJson(const QJsonObject &payload)
{
    return snapshotFromJson(payload);
}

Expected<TransitionPayload> transitionPayloadFromJson(const QJsonObject &payload)
{
    Reader read(payload, u"payload"_s);
    TransitionPayload transition;
    const QString event = read.text("event", true, 32);
    if (const auto parsed = caseEventFromName(event))
        transition.event = *parsed;
    else if (read.ok())
        read.fail("event", u"unknown event \"%1\""_s.arg(event));
    const QString from = read.text("from", true, 32);
    if (const auto parsed = caseStateFromName(from))
        transition.from = *parsed;
    else if (read.ok())
        read.fail("from", u"unknown state \"%1\""_s.arg(from));
    const QString to = read.text("to", true, 32);
    if (const auto parsed = caseStateFromName(to))
        transition.to = *parsed;
    else if (read.ok())
        read.fail("to", u"unknown state \"%1\""_s.arg(to));
    transition.actor = read.text("actor", true, 64);
    transition.at = read.time("at", false);
    transition.reason = read.text("reason", false);
    transition.receiptNumber = read.text("receiptNumber", false, 64);
    transition.dueDate = read.date("dueDate");
    transition.details = read.object("details", false);
    if (QJsonDocument(transition.details).toJson(QJsonDocument::Compact).size() > maximumFormBytes)
        read.fail("details", u"larger than %1 bytes"_s.arg(maximumFormBytes));
    if (!read.ok())
        return read.error();
    return transition;
}

Expected<MaterialPayload> materialPayloadFromJson(const QJsonObject &payload)
{
    Reader read(payload, u"payload"_s);
    MaterialPayload material;
    material.materialCode = read.text("materialCode", true, 64);
    material.state = read.text("state", true, 32);
    material.documentSha256 = read.text("documentSha256", false, 64);
    if (!material.documentSha256.isEmpty() && !isSha256(material.documentSha256))
        read.fail("documentSha256", u"not a SHA-256 in lower-case hexadecimal"_s);
    material.note = read.text("note", false);
    if (read.ok() && (material.materialCode.isEmpty() || material.state.isEmpty()))
        read.fail(material.materialCode.isEmpty() ? "materialCode" : "state", u"empty"_s);
    if (!read.ok())
        return read.error();
    return material;
}

Expected<NotePayload> notePayloadFromJson(const QJsonObject &payload)
{
    Reader read(payload, u"payload"_s);
    NotePayload note;
    note.text = read.text("text", true);
    if (read.ok() && note.text.isEmpty())
        read.fail("text", u"empty"_s);
    note.actor = read.text("actor", false, 64);
    note.at = read.time("at", false);
    if (!read.ok())
        return read.error();
    return note;
}

QJsonObject toJson(const RatingPayload &rating)
{
    QJsonObject json{{u"level"_s, rating.level}, {u"at"_s, timeText(rating.at)}};
    if (!rating.reason.isEmpty())
        json.insert(u"reason"_s, rating.reason);
    if (!rating.counterId.isEmpty())
        json.insert(u"counterId"_s, rating.counterId);
    if (!rating.staffId.isEmpty())
        json.insert(u"staffId"_s, rating.staffId);
    if (rating.followUpDue.isValid())
        json.insert(u"followUpDue"_s, rating.followUpDue.toString(Qt::ISODate));
    return json;
}

Expected<RatingPayload> ratingPayloadFromJson(const QJsonObject &payload)
{
    Reader read(payload, u"payload"_s);
    RatingPayload rating;
    rating.level = read.text("level", true, 32);
    if (read.ok() && !ratingLevelFromName(rating.level))
        read.fail("level", u"unknown rating level \"%1\""_s.arg(rating.level));
    rating.reason = read.text("reason", false, maximumRatingReasonLength);
    rating.counterId = read.text("counterId", false, 64);
    rating.staffId = read.text("staffId", false, 64);
    rating.at = read.time("at");
    rating.followUpDue = read.date("followUpDue");
    if (!read.ok())
        return read.error();
    return rating;
}

QJsonObject toJson(const FollowUpPayload &followUp)
{
    return QJsonObject{{u"ratingId"_s, followUp.ratingId},
                       {u"note"_s, followUp.note},
                       {u"closedBy"_s, followUp.closedBy},
                       {u"at"_s, timeText(followUp.at)}};
}

Expected<FollowUpPayload> followUpPayloadFromJson(const QJsonObject &payload)
{
    Reader read(payload, u"payload"_s);
    FollowUpPayload followUp;
    followUp.ratingId = read.id("ratingId");
    followUp.note = read.text("note", true, maximumFollowUpNoteLength);
    if (read.ok() && followUp.note.trimmed().isEmpty())
        read.fail("note", u"empty"_s);
    followUp.closedBy = read.text("closedBy", true, 64);
    if (read.ok() && followUp.closedBy.isEmpty())
        read.fail("closedBy", u"empty"_s);
    followUp.at = read.time("at");
    if (!read.ok())
        return read.error();
    return followUp;
}

QJsonObject toJson(const RatingRecord &record)
{
    QJsonObject json = toJson(record.rating);
    json.insert(u"id"_s, record.id);
    if (record.closed)
        json.insert(u"closed"_s, toJson(*record.closed));
    return json;
}

Expected<RatingRecord> ratingRecordFromJson(const QJsonObject &json)
{
    Reader read(json, u"rating"_s);
    RatingRecord record;
    record.id = read.id("id");
    const QJsonObject closed = read.object("closed", false);
    if (!read.ok())
        return read.error();
    auto rating = ratingPayloadFromJson(json);
    if (!rating)
        return rating.error();
    record.rating = *rating;
    if (!closed.isEmpty()) {
        auto closing = followUpPayloadFromJson(closed);
        if (!closing)
            return closing.error();
        if (closing->ratingId != record.id)
            return invalid(u"the follow-up closed is another rating's"_s);
        record.closed = *closing;
    }
    return record;
}

QJsonObject toJson(const ReassignPayload &reassign)
{
    return QJsonObject{{u"staffId"_s, reassign.staffId},
                       {u"counterId"_s, reassign.counterId},
                       {u"actor"_s, reassign.actor},
                       {u"reason"_s, reassign.reason},
                       {u"at"_s, timeText(reassign.at)}};
}

Expected<ReassignPayload> reassignPayloadFromJson(const QJsonObject &payload)
{
    Reader read(payload, u"payload"_s);
    ReassignPayload reassign;
    reassign.staffId = read.text("staffId", false, 64);
    reassign.counterId = read.text("counterId", false, 64);
    if (read.ok() && reassign.staffId.isEmpty() && reassign.counterId.isEmpty())
        read.fail("staffId", u"neither a staff member nor a counter"_s);
    reassign.actor = read.text("actor", true, 64);
    reassign.reason = read.text("reason", true);
    if (read.ok() && reassign.reason.trimmed().isEmpty())
        read.fail("reason", u"empty"_s);
    reassign.at = read.time("at", false);
    if (!read.ok())
        return read.error();
    return reassign;
}

QByteArray encode(const Problem &problem, const QJsonObject &extensions)
{
    QJsonObject json = QJsonDocument::fromJson(encode(problem)).object();
    for (auto it = extensions.begin(); it != extensions.end(); ++it) {
        if (!json.contains(it.key()))
            json.insert(it.key(), it.value());
    }
    return compact(json);
}

} // namespace casedesk::protocol
