#pragma once

#include "PreReviewReport.h"
#include "catalogue/Catalogue.h"

namespace casedesk {

// The outcome of one worked example of the catalogue (docs/catalogue.md,
// "Examples"): every expected rule must find something, and every finding
// that blocks acceptance must have been expected.
struct ExampleOutcome {
    CatalogueExample example;
    PreReviewReport report;
    QStringList missing; // expected, not found
    QStringList unexpected; // found and blocking, not expected
    QString error; // the example's application could not be read

    bool passed() const { return missing.isEmpty() && unexpected.isEmpty() && error.isEmpty(); }
};

QList<ExampleOutcome> checkCatalogueExamples(const Catalogue &catalogue);

} // namespace casedesk
