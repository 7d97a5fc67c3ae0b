#pragma once

#include "Finding.h"

#include <QDate>
#include <QList>

namespace casedesk {

// Every finding of one pre-review, most serious first.
struct PreReviewReport {
    QString formCode;
    QDate reviewDate;
    QList<Finding> findings;

    bool blocksAcceptance() const;
    qsizetype count(Severity severity) const;
    QList<Finding> blocking() const;
    QJsonObject toJson() const;
};

} // namespace casedesk
