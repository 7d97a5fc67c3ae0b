#include "ApiResponse.h"

#include "sync/Protocol.h"

namespace casedesk {

ApiResponse ApiResponse::json(int status, QByteArray body)
{
    return ApiResponse{status, "application/json", std::move(body), {}};
}

ApiResponse ApiResponse::empty(int status)
{
    return ApiResponse{status, {}, {}, {}};
}

ApiResponse ApiResponse::problem(int status, const QString &code, const QString &title, const QString &detail,
                                 const QJsonObject &extensions)
{
    const protocol::Problem problem{status, code, title, detail};
    return ApiResponse{status,
                       "application/problem+json",
                       extensions.isEmpty() ? protocol::encode(problem) : protocol::encode(problem, extensions),
                       {}};
}

ApiResponse &ApiResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

} // namespace casedesk
