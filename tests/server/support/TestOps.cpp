#include "TestOps.h"

#include "common/TimeOrderedId.h"
#include "domain/SyntheticCases.h"

using namespace Qt::StringLiterals;

namespace casedesk::test {

namespace {

protocol::Op op(const QString &caseId, protocol::OpKind kind, qint64 baseRev, QJsonObject payload)
{
    return protocol::Op{newTimeOrderedId(), caseId, kind, baseRev, QDateTime::currentDateTimeUtc(), std::move(payload)};
}

} // namespace

protocol::Op createOp(const protocol::CaseSnapshot &snapshot)
{
    return op(snapshot.caseRecord.id, protocol::OpKind::CaseCreate, 0,
              QJsonObject{{u"case"_s, protocol::toJson(snapshot.caseRecord)},
                          {u"applicant"_s, protocol::toJson(snapshot.applicant)}});
}

protocol::Op transitionOp(const QString &caseId, qint64 baseRev, CaseEvent event, CaseState from, CaseState to,
                          const QString &receiptNumber)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return op(
        caseId, protocol::OpKind::CaseTransition, baseRev,
        QJsonObject{{u"event"_s, caseEventName(event)},
                    {u"from"_s, caseStateName(from)},
                    {u"to"_s, caseStateName(to)},
                    {u"actor"_s, u"staff.li"_s},
                    {u"at"_s, now.toString(Qt::ISODateWithMs)},
                    {u"reason"_s, CaseStateMachine::needsReason(event) ? u"培训：原因"_s : QString()},
                    {u"receiptNumber"_s, receiptNumber},
                    {u"dueDate"_s, receiptNumber.isEmpty() ? QString() : now.date().addDays(20).toString(Qt::ISODate)},
                    {u"details"_s, QJsonObject{}}});
}

protocol::Op materialOp(const QString &caseId, qint64 baseRev, const QString &materialCode)
{
    return op(caseId, protocol::OpKind::CaseMaterial, baseRev,
              QJsonObject{{u"materialCode"_s, materialCode},
                          {u"state"_s, u"received"_s},
                          {u"documentSha256"_s, QString(64, u'a')},
                          {u"note"_s, QString()}});
}

protocol::Op noteOp(const QString &caseId, qint64 baseRev, const QString &text)
{
    return op(caseId, protocol::OpKind::CaseNote, baseRev,
              QJsonObject{{u"text"_s, text},
                          {u"actor"_s, u"staff.li"_s},
                          {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

protocol::Op reassignOp(const QString &caseId, qint64 baseRev, const QString &staffId, const QString &counterId)
{
    const protocol::ReassignPayload payload{staffId, counterId, u"staff.zhao"_s, u"培训：顶岗"_s,
                                            QDateTime::currentDateTimeUtc()};
    return op(caseId, protocol::OpKind::CaseReassign, baseRev, protocol::toJson(payload));
}

protocol::CaseSnapshot newCase(const QString &hallId, quint32 seed)
{
    SyntheticCases synthetic(seed, hallId);
    NewCase generated = synthetic.next();
    Case &c = generated.caseRecord;
    c.state = CaseState::Draft;
    c.receiptNumber.clear();
    c.acceptedUtc = QDateTime();
    c.dueDate = QDate();
    c.revision = 1;
    return {c, generated.applicant};
}

QByteArray batchBody(const QList<protocol::Op> &ops, const QString &workstationId)
{
    return protocol::encode(protocol::OpBatch{workstationId, ops});
}

Expected<PulledFeed> pullFeed(ApiClient &client, const QString &hallId, qint64 after)
{
    PulledFeed feed;
    feed.next = after;
    for (bool more = true; more;) {
        const ApiReply reply =
            client.get(QStringLiteral("/api/v1/halls/%1/changes?after=%2&limit=1000").arg(hallId).arg(feed.next));
        if (reply.status != 200)
            return Error::make(ErrorCode::Io,
                               QStringLiteral("changes after %1: HTTP %2 %3")
                                   .arg(feed.next)
                                   .arg(reply.status)
                                   .arg(QString::fromUtf8(reply.body.left(200))));
        auto page = protocol::decodeChangesPage(reply.body, feed.next);
        if (!page)
            return page.error();
        feed.changes += page->changes;
        feed.next = page->next;
        more = page->hasMore;
    }
    return feed;
}

} // namespace casedesk::test
