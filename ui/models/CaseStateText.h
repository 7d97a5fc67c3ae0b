#pragma once

#include "domain/CaseState.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// The words counter staff use for each state.
class CaseStateText
{
    Q_DECLARE_TR_FUNCTIONS(CaseStateText)
public:
    static QString of(CaseState state);
};

} // namespace casedesk
