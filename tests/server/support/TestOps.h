#pragma once

#include "ApiClient.h"
#include "common/Expected.h"
#include "sync/Protocol.h"

namespace casedesk::test {

// Ops as a workstation would send them, for the platform's tests.
protocol::Op createOp(const protocol::CaseSnapshot &snapshot);
protocol::Op transitionOp(const QString &caseId, qint64 baseRev, CaseEvent event, CaseState from, CaseState to,
                          const QString &receiptNumber = {});
protocol::Op materialOp(const QString &caseId, qint64 baseRev, const QString &materialCode);
protocol::Op noteOp(const QString &caseId, qint64 baseRev, const QString &text);
protocol::Op reassignOp(const QString &caseId, qint64 baseRev, const QString &staffId, const QString &counterId);
// A new synthetic case of a hall (SyntheticCases), in draft.
protocol::CaseSnapshot newCase(const QString &hallId, quint32 seed);

QByteArray batchBody(const QList<protocol::Op> &ops, const QString &workstationId = QStringLiteral("ws-test"));

// A hall's pull feed from a cursor to its end, 1,000 changes a page: the
// changes in order and the cursor after the last, or why a page failed.
struct PulledFeed {
    QList<protocol::Change> changes;
    qint64 next = 0;
};
Expected<PulledFeed> pullFeed(ApiClient &client, const QString &hallId, qint64 after = 0);

} // namespace casedesk::test
