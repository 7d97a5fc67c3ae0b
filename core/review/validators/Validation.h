#pragma once

#include "common/LocalizedText.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace casedesk {

// The outcome of checking one value a clerk typed: a verdict, a stable reason
// code for programs and tests, a message and a fix hint in both languages, and
// the value in its canonical form.
struct Validation {
    // Warning: the value is accepted, but the clerk should look again (an
    // unknown county code, say: codes change over the years).
    enum class Verdict { Valid, Warning, Invalid };

    Verdict verdict = Verdict::Valid;
    // Stable machine code such as "citizen-id.check-character"; empty when Valid.
    QString reason;
    // What is wrong, and how to fix it; empty when Valid.
    LocalizedText message;
    LocalizedText hint;
    // Canonical form (upper-case X, +86 stripped, spaces removed, amounts in
    // fen...) when the value is accepted; empty when Invalid.
    QString normalized;

    bool isValid() const { return verdict != Verdict::Invalid; }

    static Validation valid(QString normalized);
    static Validation warning(QString normalized, QString reason, LocalizedText message, LocalizedText hint);
    static Validation invalid(QString reason, LocalizedText message, LocalizedText hint);
};

QString verdictName(Validation::Verdict verdict);

// A validator message: the English source, marked at the call site with
// QT_TRANSLATE_NOOP("Validators", "...") so that lupdate collects it, in both
// languages; %1, %2... are replaced by args.
LocalizedText validatorText(const char *source, const QStringList &args = {});

// The input as the validators read it: full-width forms (０-９, Ｘ, －, （）)
// that Chinese input methods produce turned into their ASCII counterparts, the
// ideographic space into a plain one, and surrounding white space removed.
QString canonicalInput(QStringView input);

} // namespace casedesk
