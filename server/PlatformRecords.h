#pragma once

#include "security/SignInThrottle.h"

#include "keys/SecureBytes.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// The plain records PlatformStore reads and writes.
namespace casedesk {

struct CounterRecord {
    QString id; // W01
    QString name;
};

struct HallRecord {
    QString id;
    QString name;
    // Receipt numbers read <prefix>-<year>-<counter>-<number>, e.g. TH-2026-W01-001201.
    QString receiptPrefix;
    QList<CounterRecord> counters;
};

struct UserRecord {
    QString id;
    QString hallId;
    QString name;
    QStringList roles;
    QString counterId;
};

// A user as sign-in sees it: with the PBKDF2 hash of the password and, when
// the account has a second factor, the secret of its one-time codes.
struct UserCredentials {
    UserRecord user;
    QString passwordHash;
    bool active = true;
    // Null: the password alone signs in. Shared, not copied: the bytes exist
    // once, in wiped memory, however often the record is copied.
    std::shared_ptr<const SecureBytes> oneTimeSecret{};
    // Wrong passwords and one-time codes in a row, for the wait they earn.
    SignInFailures failures{};
};

// What a bearer token stands for.
struct PlatformSession {
    UserRecord user;
    QString workstationId;
    QDateTime expiresUtc;
};

// A new pair of tokens, as their hashes: the tokens themselves are never stored.
struct NewSession {
    QString tokenHash;
    QString refreshHash;
    QString userId;
    QString workstationId;
    QDateTime expiresUtc;
    QDateTime refreshExpiresUtc;
};

// Who sent an op, for the record.
struct OpOrigin {
    QString workstationId;
    QString userId;
    QStringList roles; // the pushing user's, as the platform knows them
};

// A whole hall written in one go (TrainingHall, tests).
struct HallSeed {
    HallRecord hall;
    QList<UserCredentials> users;
    QList<protocol::CaseSnapshot> cases;
    // The first receipt number blocks may hand out: above every number the seeded cases use.
    qint64 nextReceiptNumber = 1;
};

struct ReceiptReservation {
    QString hallId;
    QString counterId;
    QString workstationId;
    QString userId;
    int size = 0;
};

struct ChunkOutcome {
    enum class Kind {
        Stored,
        UnknownDocument,
        OffsetMismatch, // progress.received says where to go on
        BeyondSize,
        DigestMismatch, // the upload was discarded
    };
    Kind kind = Kind::Stored;
    protocol::DocumentProgress progress;
};

struct AnnounceOutcome {
    enum class Kind {
        Announced,
        // The document is complete under this digest with another size:
        // those bytes cannot have that digest.
        SizeMismatch,
    };
    Kind kind = Kind::Announced;
    protocol::DocumentProgress progress;
};

// A document as the platform holds it (core/storage has its own StoredDocument:
// one name for two types in one program would break the one-definition rule).
struct PlatformDocument {
    QString mediaType;
    protocol::DocumentProgress progress;
    QByteArray content; // only once complete
};

// A citizen's rating of a case as the platform received it (case.rating).
struct PlatformRating {
    QString opId;
    QString caseId;
    protocol::RatingPayload rating;
    QDateTime receivedUtc;
};

} // namespace casedesk
