#pragma once

#include "domain/CaseStateMachine.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// The words counter staff use for what happened to a case: a state change
// as it is asked for (an action) and as the history tells it (done).
class CaseEventText
{
    Q_DECLARE_TR_FUNCTIONS(CaseEventText)
public:
    static QString action(CaseEvent event);
    static QString done(CaseEvent event);
    // A case_events kind: a CaseEvent's name, "created", "material",
    // "attention_settled"; the kind itself when it is unknown.
    static QString ofKind(const QString &kind);
};

} // namespace casedesk
