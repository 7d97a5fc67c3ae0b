#pragma once

#include "PlatformRecords.h"
#include "common/Expected.h"

namespace casedesk {

class PlatformStore;

// The synthetic hall of training mode (DESIGN.md, Training mode): hall
// TRAINING-HALL with counters W01–W03, staff who all sign in with the
// password "training" (window staff 李样例, 王样例, 张样例 and 陈样例, the
// supervisor 赵样例, the IT administrator 孙样例), and cases in every state
// of the life cycle, with revisions and receipt numbers as if they had been
// worked at the counters, and one change each for a new workstation to pull.
// The applicants are SyntheticCases': well-formed, clearly fictitious.
class TrainingHall
{
public:
    // Issue 4: at least 500 cases in every one of the nine states.
    static constexpr int stateCount = 9;
    static constexpr int defaultCasesPerState = 500;
    static constexpr int defaultCaseCount = defaultCasesPerState * stateCount;

    static QString hallId();
    static QString password();
    static QStringList counterIds();
    static QList<UserRecord> staff();

    // The whole hall, ready for PlatformStore::seedHall(); the same seed
    // gives the same people and cases (ids and times aside). The cases go
    // round the states in turn, so a multiple of stateCount fills each alike.
    static Expected<HallSeed> build(int caseCount = defaultCaseCount, quint32 seed = 20261128);
    // Writes the hall into a database that has no hall yet; false, and
    // nothing written, otherwise.
    static Expected<bool> seed(PlatformStore &store, int caseCount = defaultCaseCount);
};

} // namespace casedesk
