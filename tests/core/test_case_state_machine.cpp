#include "domain/CaseStateMachine.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(casedesk::CaseState)
Q_DECLARE_METATYPE(casedesk::CaseEvent)

class TestCaseStateMachine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allowedTransitions_data()
    {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<CaseEvent>("event");
        QTest::addColumn<CaseState>("to");
        QTest::addRow("draft is pre-reviewed") << CaseState::Draft << CaseEvent::PreReview << CaseState::PreReviewed;
        QTest::addRow("pre-reviewed is accepted") << CaseState::PreReviewed << CaseEvent::Accept << CaseState::Accepted;
        QTest::addRow("a correction notice")
            << CaseState::PreReviewed << CaseEvent::IssueCorrection << CaseState::CorrectionIssued;
        QTest::addRow("the applicant comes back")
            << CaseState::CorrectionIssued << CaseEvent::Resubmit << CaseState::Resubmitted;
        QTest::addRow("resubmitted is accepted") << CaseState::Resubmitted << CaseEvent::Accept << CaseState::Accepted;
        QTest::addRow("a second notice") << CaseState::Resubmitted << CaseEvent::IssueCorrection
                                         << CaseState::CorrectionIssued;
        QTest::addRow("processing starts")
            << CaseState::Accepted << CaseEvent::StartProcessing << CaseState::InProgress;
        QTest::addRow("completed") << CaseState::InProgress << CaseEvent::Complete << CaseState::Completed;
        QTest::addRow("rejected") << CaseState::InProgress << CaseEvent::Reject << CaseState::Rejected;
        QTest::addRow("withdrawn from a draft") << CaseState::Draft << CaseEvent::Withdraw << CaseState::Withdrawn;
        QTest::addRow("withdrawn while processed")
            << CaseState::InProgress << CaseEvent::Withdraw << CaseState::Withdrawn;
    }

    void allowedTransitions()
    {
        QFETCH(CaseState, from);
        QFETCH(CaseEvent, event);
        QFETCH(CaseState, to);
        auto next = CaseStateMachine::next(from, event);
        QVERIFY(next);
        QCOMPARE(*next, to);
        QVERIFY(CaseStateMachine::allowedEvents(from).contains(event));
    }

    void illegalTransitionsAreNamed_data()
    {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<CaseEvent>("event");
        QTest::addRow("accept a draft unreviewed") << CaseState::Draft << CaseEvent::Accept;
        QTest::addRow("accept after a correction notice") << CaseState::CorrectionIssued << CaseEvent::Accept;
        QTest::addRow("complete before processing") << CaseState::Accepted << CaseEvent::Complete;
        QTest::addRow("reject at the counter") << CaseState::PreReviewed << CaseEvent::Reject;
        QTest::addRow("reopen a completed case") << CaseState::Completed << CaseEvent::StartProcessing;
        QTest::addRow("withdraw a completed case") << CaseState::Completed << CaseEvent::Withdraw;
        QTest::addRow("withdraw twice") << CaseState::Withdrawn << CaseEvent::Withdraw;
        QTest::addRow("accept twice") << CaseState::Accepted << CaseEvent::Accept;
    }

    void illegalTransitionsAreNamed()
    {
        QFETCH(CaseState, from);
        QFETCH(CaseEvent, event);
        auto next = CaseStateMachine::next(from, event);
        QVERIFY(!next);
        QCOMPARE(next.error().code, ErrorCode::InvalidArgument);
        QVERIFY(next.error().message.contains(caseStateName(from)));
        QVERIFY(next.error().message.contains(caseEventName(event)));
    }

    void finalStatesAllowNothing()
    {
        for (CaseState state : {CaseState::Completed, CaseState::Rejected, CaseState::Withdrawn}) {
            QVERIFY(CaseStateMachine::isFinal(state));
            QVERIFY(CaseStateMachine::allowedEvents(state).isEmpty());
        }
        QVERIFY(!CaseStateMachine::isFinal(CaseState::Accepted));
    }

    void namesRoundTrip()
    {
        for (CaseEvent event :
             {CaseEvent::PreReview, CaseEvent::IssueCorrection, CaseEvent::Resubmit, CaseEvent::Accept,
              CaseEvent::StartProcessing, CaseEvent::Complete, CaseEvent::Reject, CaseEvent::Withdraw})
            QCOMPARE(caseEventFromName(caseEventName(event)), event);
        QCOMPARE(caseEventFromName(u"explode"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCaseStateMachine)
#include "test_case_state_machine.moc"
