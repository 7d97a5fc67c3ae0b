#include "TrainingHall.h"

#include "PasswordHash.h"
#include "PlatformStore.h"
#include "domain/CaseStateMachine.h"
#include "domain/SyntheticCases.h"

#include <QMap>
#include <QQueue>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr CaseState allStates[] = {CaseState::Draft,       CaseState::PreReviewed, CaseState::CorrectionIssued,
                                   CaseState::Resubmitted, CaseState::Accepted,    CaseState::InProgress,
                                   CaseState::Completed,   CaseState::Rejected,    CaseState::Withdrawn};
static_assert(std::size(allStates) == TrainingHall::stateCount);

// The shortest way through the state machine from a new case to a state:
// the transitions a counter would have made to get it there.
QList<CaseEvent> pathTo(CaseState target)
{
    QMap<CaseState, QList<CaseEvent>> paths{{CaseState::Draft, {}}};
    QQueue<CaseState> queue;
    queue.enqueue(CaseState::Draft);
    while (!queue.isEmpty()) {
        const CaseState state = queue.dequeue();
        if (state == target)
            return paths.value(state);
        for (CaseEvent event : CaseStateMachine::allowedEvents(state)) {
            const auto next = CaseStateMachine::next(state, event);
            if (next && !paths.contains(*next)) {
                paths.insert(*next, paths.value(state) + QList<CaseEvent>{event});
                queue.enqueue(*next);
            }
        }
    }
    return {};
}

} // namespace

QString TrainingHall::hallId()
{
    return u"TRAINING-HALL"_s;
}

QString TrainingHall::password()
{
    return u"training"_s;
}

QStringList TrainingHall::counterIds()
{
    return {u"W01"_s, u"W02"_s, u"W03"_s};
}

QList<UserRecord> TrainingHall::staff()
{
    const QString hall = hallId();
    const QStringList windowStaff{u"window-staff"_s};
    return {
        {u"staff.li"_s, hall, u"李样例"_s, windowStaff, u"W01"_s},
        {u"staff.wang"_s, hall, u"王样例"_s, windowStaff, u"W02"_s},
        {u"staff.zhang"_s, hall, u"张样例"_s, windowStaff, u"W03"_s},
        // The elderly-assist counter is W03's second shift.
        {u"staff.chen"_s, hall, u"陈样例"_s, windowStaff, u"W03"_s},
        {u"staff.zhao"_s, hall, u"赵样例"_s, {u"supervisor"_s}, QString()},
        {u"staff.sun"_s, hall, u"孙样例"_s, {u"it-admin"_s}, QString()},
    };
}

Expected<HallSeed> TrainingHall::build(int caseCount, quint32 seed)
{
    HallSeed hall;
    hall.hall = {hallId(), u"培训大厅（样例）"_s, u"TH"_s, {}};
    const QStringList counters = counterIds();
    for (qsizetype i = 0; i < counters.size(); ++i)
        hall.hall.counters.append({counters.at(i), u"%1号窗口"_s.arg(i + 1)});
    // Everyone's password is the published "training", so one hash (and one
    // salt) serves them all: each PBKDF2 run takes a good fraction of a
    // second, and training mode seeds while the user waits for the window.
    auto hash = PasswordHash::make(password());
    if (!hash)
        return hash.error();
    for (const UserRecord &user : staff())
        hall.users.append({user, *hash, true});

    // The way to each state, worked out once rather than for every case.
    QList<QList<CaseEvent>> paths;
    for (CaseState state : allStates)
        paths.append(pathTo(state));
    const QList<UserRecord> people = staff();

    SyntheticCases synthetic(seed, hallId());
    qint64 receiptNumber = 1;
    hall.cases.reserve(caseCount);
    for (int i = 0; i < caseCount; ++i) {
        const NewCase generated = synthetic.next();
        protocol::CaseSnapshot snapshot{generated.caseRecord, generated.applicant};
        Case &c = snapshot.caseRecord;
        c.counterId = counters.at(i % counters.size());
        c.staffId = people.at(i % counters.size()).id;
        c.state = CaseState::Draft;
        c.receiptNumber.clear();
        c.acceptedUtc = QDateTime();
        c.dueDate = QDate();
        c.correctionNoticeGiven = false;
        c.revision = 1;
        // Ten minutes per step at the counter.
        QDateTime at = c.createdUtc;
        for (CaseEvent event : std::as_const(paths.at(i % paths.size()))) {
            auto next = CaseStateMachine::next(c.state, event);
            if (!next)
                return next.error();
            at = at.addSecs(600);
            QString number;
            if (event == CaseEvent::Accept) {
                // As a workstation would have: a number of the hall's series,
                // year in China Standard Time.
                const int year = at.addSecs(8 * 3600).date().year();
                number = u"TH-%1-%2-%3"_s.arg(year).arg(c.counterId).arg(receiptNumber++, 6, 10, QChar(u'0'));
            }
            CaseStateMachine::record(c, event, *next, at, number, at.date().addDays(20));
        }
        c.updatedUtc = at;
        hall.cases.append(snapshot);
    }
    hall.nextReceiptNumber = receiptNumber;
    return hall;
}

Expected<bool> TrainingHall::seed(PlatformStore &store, int caseCount)
{
    // Building the hall (a password hash, thousands of cases) and writing it
    // take about half a second: not on every start.
    auto halls = store.countRows(u"halls"_s);
    if (!halls)
        return halls.error();
    if (*halls > 0)
        return false;
    auto hall = build(caseCount);
    if (!hall)
        return hall.error();
    return store.seedHall(*hall, true);
}

} // namespace casedesk
