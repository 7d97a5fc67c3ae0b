#include "CaseEventText.h"

using namespace Qt::StringLiterals;

namespace casedesk {

QString CaseEventText::action(CaseEvent event)
{
    switch (event) {
    case CaseEvent::PreReview: return tr("Pre-review");
    case CaseEvent::IssueCorrection: return tr("Issue a correction notice");
    case CaseEvent::Resubmit: return tr("Resubmit the materials");
    case CaseEvent::Accept: return tr("Accept");
    case CaseEvent::StartProcessing: return tr("Start processing");
    case CaseEvent::Complete: return tr("Hand over the result");
    case CaseEvent::Reject: return tr("Reject");
    case CaseEvent::Withdraw: return tr("Withdraw");
    }
    return QString();
}

QString CaseEventText::done(CaseEvent event)
{
    switch (event) {
    case CaseEvent::PreReview: return tr("Pre-reviewed");
    case CaseEvent::IssueCorrection: return tr("Correction notice issued");
    case CaseEvent::Resubmit: return tr("Materials resubmitted");
    case CaseEvent::Accept: return tr("Accepted");
    case CaseEvent::StartProcessing: return tr("Processing started");
    case CaseEvent::Complete: return tr("Result handed over");
    case CaseEvent::Reject: return tr("Rejected");
    case CaseEvent::Withdraw: return tr("Withdrawn");
    }
    return QString();
}

QString CaseEventText::ofKind(const QString &kind)
{
    if (const auto event = caseEventFromName(kind))
        return done(*event);
    if (kind == u"created")
        return tr("Case recorded");
    if (kind == u"material")
        return tr("Material updated");
    if (kind == u"attention_settled")
        return tr("Sync conflict settled");
    return kind;
}

} // namespace casedesk
