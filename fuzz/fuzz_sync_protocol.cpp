// The JSON of the platform API (core/sync/Protocol), both ways: what the
// platform decodes from a workstation (requests, op batches, op payloads,
// audit records) and what a workstation decodes from the platform (op
// results, pages of changes, receipt blocks, sign-in answers, document
// progress, problems). Every decoder reads every input, so a seed is one
// plain JSON body. Whatever a decoder accepts must encode to JSON that it
// accepts again, unchanged: otherwise one side would send what the other
// refuses.
#include "FuzzTarget.h"
#include "security/AuditLog.h"
#include "sync/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace casedesk;
using namespace casedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

QJsonObject snapshotJson(const CaseSnapshot &snapshot)
{
    return QJsonObject{{u"case"_s, toJson(snapshot.caseRecord)}, {u"applicant"_s, toJson(snapshot.applicant)}};
}

// An op's payload, read as casedesk-platform reads it before applying the op.
void decodePayload(OpKind kind, const QJsonObject &payload)
{
    switch (kind) {
    case OpKind::CaseCreate:
        if (auto snapshot = createPayloadFromJson(payload)) {
            auto again = createPayloadFromJson(snapshotJson(*snapshot));
            CASEDESK_FUZZ_EXPECT(again && snapshotJson(*again) == snapshotJson(*snapshot));
        }
        break;
    case OpKind::CaseTransition: (void)transitionPayloadFromJson(payload); break;
    case OpKind::CaseMaterial: (void)materialPayloadFromJson(payload); break;
    case OpKind::CaseNote: (void)notePayloadFromJson(payload); break;
    case OpKind::CaseRating:
        if (auto rating = ratingPayloadFromJson(payload)) {
            auto again = ratingPayloadFromJson(toJson(*rating));
            CASEDESK_FUZZ_EXPECT(again && toJson(*again) == toJson(*rating));
        }
        break;
    case OpKind::CaseReassign:
        if (auto reassign = reassignPayloadFromJson(payload)) {
            auto again = reassignPayloadFromJson(toJson(*reassign));
            CASEDESK_FUZZ_EXPECT(again && toJson(*again) == toJson(*reassign));
        }
        break;
    case OpKind::CaseFollowUp:
        if (auto followUp = followUpPayloadFromJson(payload)) {
            auto again = followUpPayloadFromJson(toJson(*followUp));
            CASEDESK_FUZZ_EXPECT(again && toJson(*again) == toJson(*followUp));
        }
        break;
    case OpKind::AuditAppend:
        if (auto record = auditRecordFromJson(payload)) {
            auto again = auditRecordFromJson(toJson(*record));
            CASEDESK_FUZZ_EXPECT(again && toJson(*again) == toJson(*record));
        }
        break;
    }
}

void decodeRequests(const QByteArray &body, const QJsonObject &object)
{
    if (auto batch = decodeOpBatch(body)) {
        CASEDESK_FUZZ_EXPECT(batch->ops.size() <= maximumOpsPerBatch);
        for (const Op &op : std::as_const(batch->ops))
            decodePayload(op.kind, op.payload);
        const QByteArray encoded = encode(*batch);
        auto again = decodeOpBatch(encoded);
        CASEDESK_FUZZ_EXPECT(again && encode(*again) == encoded);
    }
    // A payload on its own, as a seed may hold one.
    for (OpKind kind : allOpKinds())
        decodePayload(kind, object);

    if (auto login = decodeLoginRequest(body))
        CASEDESK_FUZZ_EXPECT(!login->username.isEmpty() && !login->workstationId.isEmpty());
    (void)decodeRefreshRequest(body);
    if (auto request = decodeReceiptBlockRequest(body))
        CASEDESK_FUZZ_EXPECT(request->size >= 1 && request->size <= 1000);
    if (auto announcement = decodeDocumentAnnouncement(body))
        CASEDESK_FUZZ_EXPECT(announcement->size >= 1 && !announcement->mediaType.isEmpty());
}

// The ops a workstation would have sent for these results: the op ids the
// results name, the cases their conflicts carry, so that decoding gets past
// the check that results answer the ops in order.
QList<Op> opsAnswered(const QJsonObject &object)
{
    QList<Op> sent;
    const QJsonArray results = object.value(u"results"_s).toArray();
    for (const QJsonValue &result : results) {
        Op op;
        op.opId = result[u"opId"_s].toString();
        op.caseId = result[u"current"_s][u"case"_s][u"id"_s].toString();
        sent.append(op);
    }
    return sent;
}

void decodeAnswers(const QByteArray &body, const QJsonObject &object)
{
    const QList<Op> sent = opsAnswered(object);
    if (auto results = decodeOpResults(body, sent)) {
        CASEDESK_FUZZ_EXPECT(results->size() == sent.size());
        const QByteArray encoded = encode(*results);
        auto again = decodeOpResults(encoded, sent);
        CASEDESK_FUZZ_EXPECT(again && encode(*again) == encoded);
    }
    for (qint64 after : {qint64(0), qint64(1000)}) {
        if (auto page = decodeChangesPage(body, after)) {
            CASEDESK_FUZZ_EXPECT(page->next >= after && page->changes.size() <= maximumChangesPerPage);
            const QByteArray encoded = encode(*page);
            auto again = decodeChangesPage(encoded, after);
            CASEDESK_FUZZ_EXPECT(again && encode(*again) == encoded);
        }
    }
    if (auto block = decodeReceiptBlock(body)) {
        CASEDESK_FUZZ_EXPECT(block->first <= block->last && block->last - block->first < 1000);
        const QByteArray encoded = encode(*block);
        auto again = decodeReceiptBlock(encoded);
        CASEDESK_FUZZ_EXPECT(again && encode(*again) == encoded);
    }
    if (auto login = decodeLoginResult(body)) {
        const QByteArray encoded = encode(*login);
        auto again = decodeLoginResult(encoded);
        CASEDESK_FUZZ_EXPECT(again && encode(*again) == encoded);
    }
    if (auto progress = decodeDocumentProgress(body)) {
        CASEDESK_FUZZ_EXPECT(progress->size >= 0 && progress->received >= 0);
        const QByteArray encoded = encode(*progress);
        auto again = decodeDocumentProgress(encoded);
        CASEDESK_FUZZ_EXPECT(again && encode(*again) == encoded);
    }
    const Problem problem = decodeProblem(400, body);
    CASEDESK_FUZZ_EXPECT(problem.status == 400 && problem.code.size() <= 64);

    // A case or an applicant on its own, as the platform's store reads them.
    if (auto c = caseFromJson(object)) {
        auto again = caseFromJson(toJson(*c));
        CASEDESK_FUZZ_EXPECT(again && toJson(*again) == toJson(*c));
    }
    if (auto applicant = applicantFromJson(object)) {
        auto again = applicantFromJson(toJson(*applicant));
        CASEDESK_FUZZ_EXPECT(again && toJson(*again) == toJson(*applicant));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::input(data, size);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    decodeRequests(body, object);
    decodeAnswers(body, object);
    return 0;
}
