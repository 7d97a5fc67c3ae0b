#pragma once

#include "ApiResponse.h"
#include "PlatformOptions.h"
#include "PlatformRecords.h"

#include <QStringList>

#include <optional>
#include <variant>

class QHttpServerRequest;

namespace casedesk {

class PlatformStore;
class ReferenceData;
struct Error;

// The endpoints of docs/platform-api.md: reads a request, answers it. HTTP
// plumbing (sockets, logging) is PlatformHttpServer's; storage is
// PlatformStore's; what an op does is CaseOpEvaluator's.
class PlatformApi
{
public:
    // Documents larger than this are refused when announced (413).
    static constexpr qint64 maximumDocumentSize = 256 * 1024 * 1024;

    PlatformApi(PlatformStore &store, const ReferenceData &reference, const PlatformOptions &options);

    ApiResponse handle(const QHttpServerRequest &request);

private:
    ApiResponse route(const QHttpServerRequest &request, const QStringList &parts);
    std::variant<PlatformSession, ApiResponse> authenticate(const QHttpServerRequest &request);

    ApiResponse health();
    ApiResponse login(const QByteArray &body);
    // The second factor of a sign-in whose password was right: nullopt when
    // code is the account's current one, not taken before; the refusal
    // otherwise. Wipes code.
    std::optional<ApiResponse> checkOneTimeCode(const QString &userId, const SecureBytes &secret, QString &code);
    // Counts a wrong password or code for the user, then gives `answer`.
    ApiResponse failedSignIn(const QString &userId, const QDateTime &nowUtc, ApiResponse answer);
    ApiResponse refresh(const QByteArray &body);
    ApiResponse logout(const QHttpServerRequest &request);
    ApiResponse catalogue(const QHttpServerRequest &request);
    ApiResponse calendar(const QHttpServerRequest &request, const QString &year);
    ApiResponse ops(const PlatformSession &session, const QString &hallId, const QByteArray &body);
    ApiResponse changes(const QString &hallId, const QHttpServerRequest &request);
    ApiResponse receiptBlock(const PlatformSession &session, const QString &hallId, const QByteArray &body);
    ApiResponse announceDocument(const QString &sha256, const QByteArray &body);
    ApiResponse documentChunk(const QString &sha256, const QHttpServerRequest &request);
    ApiResponse getDocument(const QString &sha256);

    static ApiResponse failure(const Error &error);

    PlatformStore &m_store;
    const ReferenceData &m_reference;
    PlatformOptions m_options;
};

} // namespace casedesk
