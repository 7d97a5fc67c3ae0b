#pragma once

// A small hall with known dates for the supervisor's board, its actions and
// the desk: "today" is Friday 27 November 2026 (Beijing time), the next
// working day Monday 30 November. Cases (Beijing days in brackets):
//
//   A accepted     W01 staff.li    due 11-20 → overdue, -5 working days   created 11-10
//   B in progress  W02 staff.wang  due 11-26 → overdue, -1                created 11-12
//   C accepted     W01 staff.li    due 11-27 → at risk, 0                 created 11-23, accepted
//   D in progress  W03 staff.zhang due 11-30 → at risk, 1                 created 11-23, accepted
//   E accepted     W01 staff.li    due 12-10 → on track, 9                created 11-25 (01:30, 11-24 UTC)
//   F draft        W02 staff.wang                                        created 11-25
//   G correction issued W01 staff.li (notice 11-25)                       created 11-25
//   L accepted     W02 staff.wang  due 12-21 → on track, after a correction notice, created 11-26
//   H completed 11-25, due 11-26 → in time                                created 11-02
//   I completed 11-26 (23:59), due 11-24 → late                           created 11-03
//   J rejected 11-27 (00:30), due 11-30 → in time                         created 11-04
//   K withdrawn                   W03                                     created 11-27
//
// Period 11-23..11-27: intake 2, 0, 3, 1, 1 (7); accepted 2, 0, 1, 1, 0 (4);
// corrected 0, 0, 1, 1, 0 (2); concluded 0, 0, 1, 1, 1 (3), in time 2.
#include "domain/SyntheticCases.h"
#include "storage/Vault.h"

#include <QHash>
#include <QTest>

namespace casedesk::test {

inline const QDate hallToday(2026, 11, 27);

inline QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// The seeded cases by letter, their ids.
struct SeededHall {
    QHash<QChar, QString> ids;
    QString id(char letter) const { return ids.value(QChar::fromLatin1(letter)); }
};

inline SeededHall seedHall(Vault &vault)
{
    using namespace Qt::StringLiterals;
    SyntheticCases synthetic(20261127, u"TRAINING-HALL"_s);
    SeededHall hall;
    int receipt = 100;
    struct Spec {
        char letter;
        CaseState state;
        QString counter;
        QString staff;
        QDateTime created;
        QDateTime updated;
        QDate due;
    };
    const QDate none;
    const Spec specs[] = {
        {'A', CaseState::Accepted, u"W01"_s, u"staff.li"_s, utc(11, 10, 2), utc(11, 10, 3), QDate(2026, 11, 20)},
        {'B', CaseState::InProgress, u"W02"_s, u"staff.wang"_s, utc(11, 12, 2), utc(11, 13, 2), QDate(2026, 11, 26)},
        {'C', CaseState::Accepted, u"W01"_s, u"staff.li"_s, utc(11, 23, 2), utc(11, 23, 2, 10), QDate(2026, 11, 27)},
        {'D', CaseState::InProgress, u"W03"_s, u"staff.zhang"_s, utc(11, 23, 3), utc(11, 24, 3), QDate(2026, 11, 30)},
        {'E', CaseState::Accepted, u"W01"_s, u"staff.li"_s, utc(11, 24, 17, 30), utc(11, 24, 17, 40),
         QDate(2026, 12, 10)},
        {'F', CaseState::Draft, u"W02"_s, u"staff.wang"_s, utc(11, 25, 2), utc(11, 25, 2), none},
        {'G', CaseState::PreReviewed, u"W01"_s, u"staff.li"_s, utc(11, 25, 3), utc(11, 25, 3), none},
        {'L', CaseState::PreReviewed, u"W02"_s, u"staff.wang"_s, utc(11, 26, 2), utc(11, 26, 2), none},
        {'H', CaseState::Completed, u"W01"_s, u"staff.li"_s, utc(11, 2, 2), utc(11, 25, 2), QDate(2026, 11, 26)},
        {'I', CaseState::Completed, u"W02"_s, u"staff.wang"_s, utc(11, 3, 2), utc(11, 26, 15, 59), QDate(2026, 11, 24)},
        {'J', CaseState::Rejected, u"W03"_s, u"staff.zhang"_s, utc(11, 4, 2), utc(11, 26, 16, 30), QDate(2026, 11, 30)},
        {'K', CaseState::Withdrawn, u"W03"_s, u"staff.zhang"_s, utc(11, 27, 1), utc(11, 27, 1), none},
    };
    QList<NewCase> batch;
    for (const Spec &spec : specs) {
        NewCase entry = synthetic.next();
        Case &c = entry.caseRecord;
        c.state = spec.state;
        c.itemCode = spec.letter == 'A' || spec.letter == 'C' ? u"GA-001"_s : u"RS-002"_s;
        c.counterId = spec.counter;
        c.staffId = spec.staff;
        c.createdUtc = spec.created;
        c.updatedUtc = spec.updated;
        c.dueDate = spec.due;
        c.receiptNumber.clear();
        c.acceptedUtc = QDateTime();
        if (hasReceiptNumber(spec.state) && spec.state != CaseState::Withdrawn) {
            c.receiptNumber = u"TH-2026-%1-%2"_s.arg(spec.counter).arg(receipt++, 6, 10, QChar(u'0'));
            c.acceptedUtc = spec.created.addSecs(600);
        }
        hall.ids.insert(QChar::fromLatin1(spec.letter), c.id);
        batch.append(entry);
    }
    if (auto inserted = vault.caseStore().insertNew(batch, u"seed"_s); !inserted)
        qFatal("seeding the hall: %s", qPrintable(inserted.error().message));

    CaseStore store = vault.caseStore();
    const auto apply = [&](char letter, CaseEvent event, const QDateTime &at, const QString &receiptNumber = {},
                           const QDate &due = {}) {
        CaseTransition transition{hall.id(letter), event, u"staff.li"_s, u"seeded"_s, at, receiptNumber, due, {}};
        if (auto applied = store.apply(transition); !applied)
            qFatal("seeding the hall: %s", qPrintable(applied.error().message));
    };
    apply('G', CaseEvent::IssueCorrection, utc(11, 25, 3, 10));
    apply('L', CaseEvent::IssueCorrection, utc(11, 26, 2, 10));
    apply('L', CaseEvent::Resubmit, utc(11, 26, 5));
    apply('L', CaseEvent::Accept, utc(11, 26, 5, 10), u"TH-2026-W02-000200"_s, QDate(2026, 12, 21));
    return hall;
}

} // namespace casedesk::test
