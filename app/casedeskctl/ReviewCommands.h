#pragma once

#include "ExitCode.h"

#include <QDate>
#include <QTextStream>

namespace casedesk::ctl {

// The pre-review verbs of casedeskctl: catalogue check, review, validate and
// deadline. None needs a profile.
class ReviewCommands
{
public:
    ReviewCommands(QTextStream &out, QTextStream &err);

    // Structure first, then every worked example; 0 when all is sound.
    ExitCode checkCatalogue(const QString &path);
    // An application as JSON in, the findings as JSON out; 0 when nothing
    // blocks acceptance, 1 when something does. catalogue: a file, or empty
    // for the bundled one.
    ExitCode review(const QString &applicationPath, const QString &cataloguePath, QDate today);
    // Exit 0 valid (a warning included), 1 invalid; the reason on stdout.
    // kind: id, uscc, mobile, bankcard.
    ExitCode validate(const QString &kind, const QString &value, QDate today);
    // The due date `days` working days after the day of acceptance `from`.
    ExitCode deadline(QDate from, int days);

private:
    ExitCode fail(const Error &error, ExitCode code);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace casedesk::ctl
