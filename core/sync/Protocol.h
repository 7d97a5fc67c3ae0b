#pragma once

#include "common/Expected.h"
#include "domain/Applicant.h"
#include "domain/Case.h"
#include "domain/CaseStateMachine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The JSON of the platform API (docs/platform-api.md), read and written in one
// place for both sides: the workstation's sync engine and casedesk-platform.
// Every reader is strict — wrong types, missing members, oversized or absurd
// values are refused with an error, never half-applied — because what comes
// over the network may be corrupt or hostile.
namespace casedesk::protocol {

inline constexpr int apiVersion = 1;
inline constexpr int maximumOpsPerBatch = 500;
inline constexpr int maximumChangesPerPage = 1000;
// A page of changes with more after it names the next page's cursor in this
// header as well as in its body, so that a client can ask for the next page
// before it has read this one.
inline constexpr char nextCursorHeader[] = "CaseDesk-Next-Cursor";
inline constexpr qint64 maximumBodySize = 8 * 1024 * 1024;
inline constexpr qint64 maximumChunkSize = 1024 * 1024;

// AuditAppend carries one record of the workstation's audit chain
// (core/security/AuditLog) and no case: its caseId is empty. CaseRating
// carries the citizen's rating of a case (core/feedback/RatingStore).
// CaseReassign hands an open case to another staff member or counter
// (core/supervision/SupervisorActions).
enum class OpKind {
    CaseCreate,
    CaseTransition,
    CaseMaterial,
    CaseNote,
    AuditAppend,
    CaseRating,
    CaseReassign,
    CaseFollowUp
};
QList<OpKind> allOpKinds();
QString opKindName(OpKind kind);
std::optional<OpKind> opKindFromName(QStringView name);
// Commuting ops apply whatever the case's revision; the others only on the
// revision they were made on.
bool commutes(OpKind kind);

struct Op {
    QString opId;
    QString caseId;
    OpKind kind = OpKind::CaseCreate;
    qint64 baseRev = 0;
    QDateTime createdUtc;
    QJsonObject payload;
};

struct OpBatch {
    QString workstationId;
    QList<Op> ops;
};

enum class OpStatus { Applied, Duplicate, Conflict, Rejected };
QString opStatusName(OpStatus status);

struct CaseSnapshot {
    Case caseRecord;
    Applicant applicant;
};

struct OpResult {
    QString opId;
    OpStatus status = OpStatus::Applied;
    qint64 revision = 0;
    std::optional<CaseSnapshot> current; // Conflict
    QString reasonCode; // Rejected
    QString reasonMessage;
};

// case.rating: the op's id is the rating's.
struct RatingPayload {
    QString level; // ratingLevelName(): "very-satisfied" … "very-dissatisfied"
    QString reason;
    QString counterId;
    QString staffId;
    QDateTime at;
    // A bad rating's follow-up is due on this day: set once, by the
    // workstation that took the rating, on its hall calendar, so that every
    // desk shows the same day.
    QDate followUpDue = QDate();
};

// case.follow-up: a supervisor closed the follow-up of a bad rating
// (差评整改). The first closing the platform applies stands; a later one is a
// conflict, kept on its workstation's "needs attention" list.
struct FollowUpPayload {
    QString ratingId; // the id of the rating's case.rating op
    QString note; // what was done
    QString closedBy;
    QDateTime at;
};

// A rating as the pull feed carries it, with its follow-up's closing once
// there is one.
struct RatingRecord {
    QString id;
    RatingPayload rating;
    std::optional<FollowUpPayload> closed;
};

struct Change {
    qint64 seq = 0;
    CaseSnapshot snapshot;
    // A citizen's rating of the case, when that is what changed (the case
    // itself is the same): every counter of the hall gets it, and the
    // supervisor's desk its follow-up.
    std::optional<RatingRecord> rating = std::nullopt;
};

struct ChangesPage {
    QList<Change> changes;
    qint64 next = 0;
    bool hasMore = false;
};

struct ReceiptBlock {
    QString blockId;
    QString prefix;
    qint64 first = 0;
    qint64 last = 0;

    QString number(qint64 n) const;
};

struct LoginResult {
    QString token;
    QDateTime expiresUtc;
    QString refreshToken;
    QString userId;
    QString userName;
    QStringList roles;
    QString hallId;
    QString counterId;
    // The account signed in with a second factor (a one-time code) as well
    // as its password: the workstation's offline sign-in follows suit.
    bool secondFactor = false;
};

struct Problem {
    int status = 0;
    QString code;
    QString title;
    QString detail;
};

// Case and applicant as the API carries them.
QJsonObject toJson(const Case &c);
QJsonObject toJson(const Applicant &a);
Expected<Case> caseFromJson(const QJsonObject &json);
Expected<Applicant> applicantFromJson(const QJsonObject &json);

QByteArray encode(const OpBatch &batch);
Expected<OpBatch> decodeOpBatch(const QByteArray &body);
QJsonObject toJson(const Op &op);
Expected<Op> opFromJson(const QJsonObject &json);

QByteArray encode(const QList<OpResult> &results);
// The results of a batch; refused unless there is exactly one per op sent, in order.
Expected<QList<OpResult>> decodeOpResults(const QByteArray &body, const QList<Op> &sent);

QByteArray encode(const ChangesPage &page);
// A page of changes; refused when `next` goes below `after`.
Expected<ChangesPage> decodeChangesPage(const QByteArray &body, qint64 after);

QByteArray encode(const ReceiptBlock &block);
Expected<ReceiptBlock> decodeReceiptBlock(const QByteArray &body);

QByteArray encode(const LoginResult &login);
Expected<LoginResult> decodeLoginResult(const QByteArray &body);

QByteArray encode(const Problem &problem);
// A problem document, or a plain Problem{status} when the body is not one.
Problem decodeProblem(int status, const QByteArray &body);

bool isUuid(QStringView text);
bool isSha256(QStringView text);

// What the platform reads besides ops: request bodies and op payloads
// (docs/platform-api.md). Passwords and tokens are never echoed in errors.
struct LoginRequest {
    QString username;
    QString password;
    QString workstationId;
    QString oneTimeCode; // empty: none given
};

// The problem codes of a sign-in that needs, or got a wrong, second factor.
inline constexpr QLatin1StringView secondFactorRequired{"second-factor-required"};
inline constexpr QLatin1StringView secondFactorWrong{"second-factor-wrong"};
// 429 to a login: too many wrong passwords or codes in a row for the account;
// Retry-After says when the next attempt is taken.
inline constexpr QLatin1StringView signInThrottled{"sign-in-throttled"};

struct ReceiptBlockRequest {
    QString workstationId;
    int size = 0;
};

struct DocumentAnnouncement {
    qint64 size = 0;
    QString mediaType;
};

struct DocumentProgress {
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

struct TransitionPayload {
    CaseEvent event = CaseEvent::PreReview;
    CaseState from = CaseState::Draft;
    CaseState to = CaseState::Draft;
    QString actor;
    QDateTime at;
    QString reason;
    QString receiptNumber;
    QDate dueDate;
    QJsonObject details;
};

struct MaterialPayload {
    QString materialCode;
    QString state;
    QString documentSha256;
    QString note;
};

struct NotePayload {
    QString text;
    QString actor;
    QDateTime at;
};

Expected<LoginRequest> decodeLoginRequest(const QByteArray &body);
// The refresh token of POST auth/refresh.
Expected<QString> decodeRefreshRequest(const QByteArray &body);
Expected<ReceiptBlockRequest> decodeReceiptBlockRequest(const QByteArray &body);
Expected<DocumentAnnouncement> decodeDocumentAnnouncement(const QByteArray &body);
QByteArray encode(const DocumentProgress &progress);
// How much of a document the platform has: the answer to an announcement or
// a chunk, or the problem of a 409 on a chunk, which carries "received" alone.
Expected<DocumentProgress> decodeDocumentProgress(const QByteArray &body);
// case.create: the case and its applicant, which must belong together.
Expected<CaseSnapshot> createPayloadFromJson(const QJsonObject &payload);
Expected<TransitionPayload> transitionPayloadFromJson(const QJsonObject &payload);
Expected<MaterialPayload> materialPayloadFromJson(const QJsonObject &payload);
Expected<NotePayload> notePayloadFromJson(const QJsonObject &payload);
QJsonObject toJson(const RatingPayload &rating);
Expected<RatingPayload> ratingPayloadFromJson(const QJsonObject &payload);
QJsonObject toJson(const FollowUpPayload &followUp);
Expected<FollowUpPayload> followUpPayloadFromJson(const QJsonObject &payload);
QJsonObject toJson(const RatingRecord &record);
Expected<RatingRecord> ratingRecordFromJson(const QJsonObject &json);
// case.reassign: who has the case now, who decided and why.
struct ReassignPayload {
    QString staffId;
    QString counterId;
    QString actor;
    QString reason;
    QDateTime at;
};
QJsonObject toJson(const ReassignPayload &reassign);
Expected<ReassignPayload> reassignPayloadFromJson(const QJsonObject &payload);
// A problem with extension members (RFC 9457, 3.2), such as the "received"
// of a 409 on a document chunk; the standard members cannot be overridden.
QByteArray encode(const Problem &problem, const QJsonObject &extensions);

} // namespace casedesk::protocol
