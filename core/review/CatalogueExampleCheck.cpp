#include "CatalogueExampleCheck.h"

#include "PreReviewEngine.h"

#include <QSet>

namespace casedesk {

QList<ExampleOutcome> checkCatalogueExamples(const Catalogue &catalogue)
{
    QHash<QString, std::shared_ptr<PreReviewEngine>> engines;
    QList<ExampleOutcome> outcomes;
    for (const CatalogueExample &example : catalogue.examples()) {
        ExampleOutcome outcome{example, {}, {}, {}, {}};
        auto application = Application::fromJson(example.application);
        if (!application) {
            outcome.error = application.error().message;
            outcomes.append(outcome);
            continue;
        }
        std::shared_ptr<PreReviewEngine> &engine = engines[example.formCode];
        if (!engine) {
            auto form = catalogue.form(example.formCode);
            if (!form) {
                outcome.error = form.error().message;
                outcomes.append(outcome);
                continue;
            }
            engine = std::make_shared<PreReviewEngine>(*form);
        }
        outcome.report = engine->review(*application, example.reviewDate);
        QSet<QString> found;
        for (const Finding &finding : std::as_const(outcome.report.findings)) {
            found.insert(finding.ruleId);
            if (finding.severity == Severity::Blocking && !example.expectedRuleIds.contains(finding.ruleId)
                && !outcome.unexpected.contains(finding.ruleId))
                outcome.unexpected << finding.ruleId;
        }
        for (const QString &expected : example.expectedRuleIds) {
            if (!found.contains(expected))
                outcome.missing << expected;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace casedesk
