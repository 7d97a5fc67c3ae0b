// The platform API's JSON, and what the workstation refuses: corrupt, hostile
// or inconsistent answers are errors, never data.
#include "domain/SyntheticCases.h"
#include "sync/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace casedesk;
using namespace casedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

CaseSnapshot snapshot(quint32 seed)
{
    SyntheticCases synthetic(seed);
    const NewCase entry = synthetic.next();
    return CaseSnapshot{entry.caseRecord, entry.applicant};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject changeJson(qint64 seq, const CaseSnapshot &s)
{
    return QJsonObject{{u"seq"_s, double(seq)},
                       {u"caseId"_s, s.caseRecord.id},
                       {u"revision"_s, double(s.caseRecord.revision)},
                       {u"case"_s, toJson(s.caseRecord)},
                       {u"applicant"_s, toJson(s.applicant)}};
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void casesRoundTrip()
    {
        const CaseSnapshot original = snapshot(1);
        auto c = caseFromJson(toJson(original.caseRecord));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->id, original.caseRecord.id);
        QCOMPARE(c->state, original.caseRecord.state);
        QCOMPARE(c->receiptNumber, original.caseRecord.receiptNumber);
        QCOMPARE(c->createdUtc.toMSecsSinceEpoch(), original.caseRecord.createdUtc.toMSecsSinceEpoch());
        QCOMPARE(c->form, original.caseRecord.form);
        QVERIFY(!c->correctionNoticeGiven);
        Case noticed = original.caseRecord;
        noticed.correctionNoticeGiven = true;
        QVERIFY(caseFromJson(toJson(noticed))->correctionNoticeGiven);
        // A case recorded before the contract carried it was given none
        // that is known; a value that is not true or false is refused.
        QJsonObject older = toJson(noticed);
        older.remove(u"correctionNoticeGiven"_s);
        QVERIFY(!caseFromJson(older)->correctionNoticeGiven);
        QJsonObject wrong = toJson(noticed);
        wrong.insert(u"correctionNoticeGiven"_s, u"yes"_s);
        auto refused = caseFromJson(wrong);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"correctionNoticeGiven"_s), qPrintable(refused.error().message));
        auto a = applicantFromJson(toJson(original.applicant));
        QVERIFY(a);
        QCOMPARE(a->idNumber, original.applicant.idNumber);
        QCOMPARE(a->name, original.applicant.name);
    }

    void opBatchesRoundTrip()
    {
        const CaseSnapshot s = snapshot(2);
        const Op op{u"0193a5c1-7e2f-7abc-8def-0123456789ab"_s,
                    s.caseRecord.id,
                    OpKind::CaseTransition,
                    3,
                    QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC),
                    QJsonObject{{u"event"_s, u"accept"_s}}};
        auto batch = decodeOpBatch(encode(OpBatch{u"ws-1"_s, {op}}));
        QVERIFY(batch);
        QCOMPARE(batch->workstationId, u"ws-1"_s);
        QCOMPARE(batch->ops.size(), 1);
        QCOMPARE(batch->ops.first().kind, OpKind::CaseTransition);
        QCOMPARE(batch->ops.first().baseRev, 3);
        QVERIFY(!commutes(OpKind::CaseTransition));
        QVERIFY(commutes(OpKind::CaseMaterial));
    }

    void resultsMustMatchTheOpsSent()
    {
        const CaseSnapshot s = snapshot(3);
        const QList<Op> sent{{u"0193a5c1-7e2f-7abc-8def-000000000001"_s,
                              s.caseRecord.id,
                              OpKind::CaseCreate,
                              0,
                              QDateTime::currentDateTimeUtc(),
                              {}},
                             {u"0193a5c1-7e2f-7abc-8def-000000000002"_s,
                              s.caseRecord.id,
                              OpKind::CaseTransition,
                              1,
                              QDateTime::currentDateTimeUtc(),
                              {}}};
        QList<OpResult> results{{sent[0].opId, OpStatus::Applied, 1, std::nullopt, {}, {}},
                                {sent[1].opId, OpStatus::Conflict, 2, s, {}, {}}};
        auto decoded = decodeOpResults(encode(results), sent);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->at(1).status, OpStatus::Conflict);
        QVERIFY(decoded->at(1).current);
        QCOMPARE(decoded->at(1).current->caseRecord.id, s.caseRecord.id);

        QVERIFY(!decodeOpResults(encode(results.mid(0, 1)), sent)); // one result missing
        std::swap(results[0], results[1]);
        QVERIFY(!decodeOpResults(encode(results), sent)); // out of order
    }

    void hostilePagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QString>("why");
        const CaseSnapshot s = snapshot(4);
        const QJsonObject good{
            {u"changes"_s, QJsonArray{changeJson(11, s)}}, {u"next"_s, u"11"_s}, {u"hasMore"_s, false}};
        QTest::addRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << qint64(0) << u"JSON"_s;
        QTest::addRow("truncated") << json(good).left(60) << qint64(0) << u"JSON"_s;
        QTest::addRow("array") << QByteArray("[1,2,3]") << qint64(0) << u"object"_s;
        QJsonObject backwards = good;
        backwards.insert(u"next"_s, u"5"_s);
        QTest::addRow("cursor goes backwards") << json(backwards) << qint64(10) << u"backwards"_s;
        QJsonObject wrongType = good;
        wrongType.insert(u"hasMore"_s, u"yes"_s);
        QTest::addRow("wrong type") << json(wrongType) << qint64(0) << u"hasMore"_s;
        QJsonObject badCursor = good;
        badCursor.insert(u"next"_s, u"eleven"_s);
        QTest::addRow("cursor not a number") << json(badCursor) << qint64(0) << u"next"_s;
        QJsonObject seqBeyondNext = good;
        seqBeyondNext.insert(u"next"_s, u"10"_s);
        QTest::addRow("change beyond the cursor") << json(seqBeyondNext) << qint64(0) << u"seq"_s;
        QJsonObject badState = changeJson(11, s);
        QJsonObject badCase = badState[u"case"_s].toObject();
        badCase.insert(u"state"_s, u"exploded"_s);
        badState.insert(u"case"_s, badCase);
        QTest::addRow("unknown state") << json(
            QJsonObject{{u"changes"_s, QJsonArray{badState}}, {u"next"_s, u"11"_s}, {u"hasMore"_s, false}})
                                       << qint64(0) << u"state"_s;
        QJsonObject otherApplicant = changeJson(11, s);
        QJsonObject applicant = otherApplicant[u"applicant"_s].toObject();
        applicant.insert(u"id"_s, u"0193a5c1-7e2f-7abc-8def-999999999999"_s);
        otherApplicant.insert(u"applicant"_s, applicant);
        QTest::addRow("applicant of another case") << json(
            QJsonObject{{u"changes"_s, QJsonArray{otherApplicant}}, {u"next"_s, u"11"_s}, {u"hasMore"_s, false}})
                                                   << qint64(0) << u"applicant"_s;
        QJsonObject hugeName = changeJson(11, s);
        QJsonObject bigApplicant = hugeName[u"applicant"_s].toObject();
        bigApplicant.insert(u"name"_s, QString(100000, u'王'));
        hugeName.insert(u"applicant"_s, bigApplicant);
        QTest::addRow("absurd name") << json(
            QJsonObject{{u"changes"_s, QJsonArray{hugeName}}, {u"next"_s, u"11"_s}, {u"hasMore"_s, false}})
                                     << qint64(0) << u"name"_s;
        QTest::addRow("huge body") << QByteArray(maximumBodySize + 1, ' ') << qint64(0) << u"larger"_s;
    }

    void hostilePagesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, after);
        QFETCH(QString, why);
        auto page = decodeChangesPage(body, after);
        QVERIFY(!page);
        QVERIFY2(page.error().message.contains(why), qPrintable(page.error().message));
    }

    void aGoodPageIsRead()
    {
        const CaseSnapshot first = snapshot(5);
        const CaseSnapshot second = snapshot(6);
        const QByteArray body = encode(ChangesPage{{{41, first}, {42, second}}, 42, true});
        auto page = decodeChangesPage(body, 40);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page->changes.size(), 2);
        QCOMPARE(page->next, 42);
        QVERIFY(page->hasMore);
        QCOMPARE(page->changes.at(1).snapshot.caseRecord.id, second.caseRecord.id);
        QVERIFY(!page->changes.at(0).rating);
    }

    // A citizen's rating travels with the change of its case, its
    // follow-up's closing once there is one.
    void aRatingRidesOnAChange()
    {
        const QString ratingId = u"0193a5c1-7e2f-7abc-8def-0000000000a1"_s;
        const QDateTime at(QDate(2026, 9, 30), QTime(3, 0), Qt::UTC);
        RatingRecord record{ratingId,
                            {u"dissatisfied"_s, u"等了很久"_s, u"W01"_s, u"staff.li"_s, at, QDate(2026, 10, 13)},
                            FollowUpPayload{ratingId, u"已整改"_s, u"staff.zhao"_s, at.addDays(3)}};
        Change change{43, snapshot(7)};
        change.rating = record;
        const QByteArray body = encode(ChangesPage{{change}, 43, false});
        auto page = decodeChangesPage(body, 42);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QVERIFY(page->changes.first().rating);
        const RatingRecord &read = *page->changes.first().rating;
        QCOMPARE(read.id, ratingId);
        QCOMPARE(read.rating.level, u"dissatisfied"_s);
        QCOMPARE(read.rating.reason, u"等了很久"_s);
        QCOMPARE(read.rating.at, at);
        QCOMPARE(read.rating.followUpDue, QDate(2026, 10, 13));
        QVERIFY(read.closed);
        QCOMPARE(read.closed->note, u"已整改"_s);
        QCOMPARE(read.closed->closedBy, u"staff.zhao"_s);
        QCOMPARE(read.closed->at, at.addDays(3));

        // A rating that cannot be read spoils the page, as any bad change does.
        const auto refused = [&](const RatingRecord &bad, const QString &why) {
            Change spoilt{43, snapshot(7)};
            spoilt.rating = bad;
            auto decoded = decodeChangesPage(encode(ChangesPage{{spoilt}, 43, false}), 42);
            QVERIFY2(!decoded, qPrintable(why));
            QVERIFY2(decoded.error().message.contains(why), qPrintable(decoded.error().message));
        };
        RatingRecord unknownLevel = record;
        unknownLevel.rating.level = u"ecstatic"_s;
        refused(unknownLevel, u"level"_s);
        RatingRecord notAnId = record;
        notAnId.id = u"rating-1"_s;
        refused(notAnId, u"not a UUID"_s);
        RatingRecord othersClosing = record;
        othersClosing.closed->ratingId = u"0193a5c1-7e2f-7abc-8def-0000000000a2"_s;
        refused(othersClosing, u"another rating"_s);
        QJsonObject json = QJsonDocument::fromJson(body).object();
        QJsonArray changes = json.value(u"changes"_s).toArray();
        QJsonObject first = changes.first().toObject();
        first.insert(u"rating"_s, QJsonArray{first.value(u"rating"_s)});
        changes.replace(0, first);
        json.insert(u"changes"_s, changes);
        auto notAnObject = decodeChangesPage(QJsonDocument(json).toJson(), 42);
        QVERIFY(!notAnObject);
        QVERIFY2(notAnObject.error().message.contains(u"rating"_s), qPrintable(notAnObject.error().message));
    }

    void receiptBlocksAndLogins()
    {
        auto block = decodeReceiptBlock(
            encode(ReceiptBlock{u"0193a5c1-7e2f-7abc-8def-0123456789ab"_s, u"TH-2026-W01-"_s, 1201, 1300}));
        QVERIFY(block);
        QCOMPARE(block->number(1201), u"TH-2026-W01-001201"_s);
        QVERIFY(!decodeReceiptBlock(
            encode(ReceiptBlock{u"0193a5c1-7e2f-7abc-8def-0123456789ab"_s, u"X-"_s, 10, 5}))); // reversed
        QVERIFY(!decodeLoginResult(QByteArray("{\"token\": 42}")));
        const LoginResult login{u"t"_s,
                                QDateTime::currentDateTimeUtc(),
                                u"r"_s,
                                u"staff.li"_s,
                                u"李样例"_s,
                                {u"window-staff"_s},
                                u"TRAINING-HALL"_s,
                                u"W01"_s};
        auto decoded = decodeLoginResult(encode(login));
        QVERIFY(decoded);
        QCOMPARE(decoded->hallId, u"TRAINING-HALL"_s);
        QCOMPARE(decoded->roles, QStringList{u"window-staff"_s});
        QVERIFY(!decoded->secondFactor);
        LoginResult withCode = login;
        withCode.secondFactor = true;
        QVERIFY(decodeLoginResult(encode(withCode))->secondFactor);
        // A platform without second factors leaves the member out.
        QJsonObject older = QJsonDocument::fromJson(encode(withCode)).object();
        older.remove(u"secondFactor"_s);
        QVERIFY(!decodeLoginResult(QJsonDocument(older).toJson())->secondFactor);
        older.insert(u"secondFactor"_s, 1);
        QVERIFY(!decodeLoginResult(QJsonDocument(older).toJson()));

        // The one-time code is optional in the request.
        auto request = decodeLoginRequest(
            R"({"username":"staff.li","password":"training","workstationId":"ws-1","oneTimeCode":"287082"})");
        QVERIFY(request);
        QCOMPARE(request->oneTimeCode, u"287082"_s);
        request = decodeLoginRequest(R"({"username":"staff.li","password":"training","workstationId":"ws-1"})");
        QVERIFY(request);
        QVERIFY(request->oneTimeCode.isEmpty());
        QVERIFY(!decodeLoginRequest(
            R"({"username":"staff.li","password":"training","workstationId":"ws-1","oneTimeCode":287082})"));
    }

    // Found by fuzz_sync_protocol (fuzz/corpus/sync_protocol/regression-first-1e300.json):
    // a number beyond qint64 was converted before its range was checked,
    // which is undefined behaviour; the sanitize preset aborts on it.
    void numbersOutOfRangeAreRefused_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("member");
        const QByteArray uuid = "\"0193a5c1-7e2f-7abc-8def-0123456789ab\"";
        // Refused for its missing blockId, but its "first" was converted all the same.
        QTest::newRow("the fuzzer's input")
            << u"receipt-block"_s
            << QByteArray(R"({"results":"applied","changes":{},"next":1042,"hasMore":"yes","size":-1,)"
                          R"("first":1e+300,"ops":[null]})")
            << u"block.blockId"_s;
        QTest::newRow("first of a block")
            << u"receipt-block"_s << "{\"blockId\":" + uuid + R"(,"prefix":"X-","first":1e300,"last":5})"
            << u"block.first"_s;
        QTest::newRow("last of a block, negative")
            << u"receipt-block"_s << "{\"blockId\":" + uuid + R"(,"prefix":"X-","first":1,"last":-1e300})"
            << u"block.last"_s;
        QTest::newRow("first of a block, a fraction")
            << u"receipt-block"_s << "{\"blockId\":" + uuid + R"(,"prefix":"X-","first":1.5,"last":5})"
            << u"block.first"_s;
        QTest::newRow("seq of a change") << u"changes"_s
                                         << QByteArray(R"({"changes":[{"seq":1e300}],"next":"5","hasMore":false})")
                                         << u"changes[0].seq"_s;
        const QByteArray op = R"({"opId":)" + uuid + R"(,"caseId":)" + uuid
            + R"(,"kind":"case.note","baseRev":1e300,"createdAt":"2026-11-28T09:30:00.000Z","payload":{}})";
        QTest::newRow("baseRev of an op")
            << u"op-batch"_s << R"({"workstationId":"ws-1","ops":[)" + op + "]}" << u"op.baseRev"_s;
        QTest::newRow("size of a receipt block request")
            << u"receipt-block-request"_s << QByteArray(R"({"workstationId":"ws-1","size":1e300})")
            << u"blockRequest.size"_s;
        QTest::newRow("size of a document")
            << u"document"_s << QByteArray(R"({"size":1e300,"mediaType":"image/png"})") << u"document.size"_s;
        QTest::newRow("received of a document")
            << u"document-progress"_s << QByteArray(R"({"size":10,"received":1e300,"complete":false})")
            << u"progress.received"_s;
    }

    void numbersOutOfRangeAreRefused()
    {
        QFETCH(QString, decoder);
        QFETCH(QByteArray, body);
        QFETCH(QString, member);
        const auto refusal = [](const auto &decoded) {
            return decoded ? QString() : decoded.error().message;
        };
        QString message;
        if (decoder == u"receipt-block")
            message = refusal(decodeReceiptBlock(body));
        else if (decoder == u"changes")
            message = refusal(decodeChangesPage(body, 0));
        else if (decoder == u"op-batch")
            message = refusal(decodeOpBatch(body));
        else if (decoder == u"receipt-block-request")
            message = refusal(decodeReceiptBlockRequest(body));
        else if (decoder == u"document")
            message = refusal(decodeDocumentAnnouncement(body));
        else if (decoder == u"document-progress")
            message = refusal(decodeDocumentProgress(body));
        QVERIFY2(message.contains(member + u':'), qPrintable(message));
    }

    void documentProgressIsRead()
    {
        auto progress = decodeDocumentProgress(encode(DocumentProgress{300000, 131072, false}));
        QVERIFY(progress);
        QCOMPARE(progress->size, qint64(300000));
        QCOMPARE(progress->received, qint64(131072));
        QVERIFY(!progress->complete);
        // The problem of a 409 on a chunk says how much arrived, and no size.
        progress = decodeDocumentProgress(encode(Problem{409, u"offset-mismatch"_s, u"Wrong offset"_s, u"…"_s},
                                                 QJsonObject{{u"received"_s, 1048576}}));
        QVERIFY(progress);
        QCOMPARE(progress->received, qint64(1048576));
        QCOMPARE(progress->size, qint64(0));
        QVERIFY(!decodeDocumentProgress(QByteArray(R"({"size":10,"complete":true})")));
        QVERIFY(!decodeDocumentProgress(QByteArray(R"({"received":-1})")));
        QVERIFY(!decodeDocumentProgress(QByteArray(R"({"received":"10"})")));
        QVERIFY(!decodeDocumentProgress(QByteArray("<html>")));
    }

    void problemsDecodeEvenWhenBroken()
    {
        const Problem problem = decodeProblem(503, encode(Problem{503, u"unavailable"_s, u"Busy"_s, u"later"_s}));
        QCOMPARE(problem.code, u"unavailable"_s);
        const Problem garbage = decodeProblem(502, "<html>bad gateway</html>");
        QCOMPARE(garbage.status, 502);
        QVERIFY(garbage.code.isEmpty());
    }

    void identifiers()
    {
        QVERIFY(isUuid(u"0193a5c1-7e2f-7abc-8def-0123456789ab"));
        QVERIFY(!isUuid(u"0193A5C1-7E2F-7ABC-8DEF-0123456789AB"));
        QVERIFY(!isUuid(u"'; DROP TABLE cases; --"));
        QVERIFY(isSha256(QString(64, u'a')));
        QVERIFY(!isSha256(QString(63, u'a')));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "test_protocol.moc"
