#pragma once

#include "NewCase.h"

#include <QRandomGenerator>
#include <QStringList>

namespace casedesk {

// Fake but well-formed cases for training, seeding and benchmarks. The
// applicants are clearly fictitious — addresses say so, mobiles are in the
// 199-0000 block — while their ID numbers and credit codes pass every check
// a real one would.
class SyntheticCases
{
public:
    explicit SyntheticCases(quint32 seed, QString hallId = QStringLiteral("TRAINING-HALL"));

    NewCase next();

    QString personIdNumber();
    QString companyCreditCode();

private:
    QString pick(const QStringList &values);

    QRandomGenerator m_random;
    QString m_hallId;
};

} // namespace casedesk
