#pragma once

#include "Application.h"
#include "PreReviewReport.h"
#include "catalogue/CatalogueModel.h"

namespace casedesk {

// Pre-review (材料预审): checks an application against its form — each
// field's type with the standard validators, each required material, then
// the catalogue's rules — and reports every finding at once. Pure and
// quick: it runs on every keystroke of the intake form.
class PreReviewEngine
{
public:
    explicit PreReviewEngine(ApplicationForm form);

    const ApplicationForm &form() const { return m_form; }

    // today: the day of review, for expiry and age rules.
    PreReviewReport review(const Application &application, QDate today) const;

private:
    void checkFields(const Application &application, QDate today, QList<Finding> &findings) const;
    void checkMaterials(const Application &application, QList<Finding> &findings) const;
    void applyRule(const RuleDefinition &rule, const Application &application, QDate today,
                   QList<Finding> &findings) const;

    Finding findingFor(const RuleDefinition &rule, const Operand &target, const QString &reason,
                       const LocalizedText &message, const LocalizedText &hint) const;
    LocalizedText labelOf(const Operand &operand) const;
    QString valueOf(const Operand &operand, const Application &application) const;
    bool isPresent(const Operand &operand, const Application &application) const;

    ApplicationForm m_form;
};

} // namespace casedesk
