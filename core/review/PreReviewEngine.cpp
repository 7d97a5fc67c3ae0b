#include "PreReviewEngine.h"

#include "FieldValueCheck.h"
#include "validators/YuanAmount.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr char context[] = "PreReview";

LocalizedText text(const char *source, const QList<LocalizedText> &args = {})
{
    return LocalizedText::translated(context, source, args);
}

LocalizedText plain(const QString &value)
{
    return LocalizedText{value, value};
}

// Names of the facts read off documents that rules commonly compare.
LocalizedText factLabel(const QString &fact)
{
    static const QHash<QString, const char *> labels{
        {u"name"_s, QT_TRANSLATE_NOOP("PreReview", "name")},
        {u"idNumber"_s, QT_TRANSLATE_NOOP("PreReview", "ID number")},
        {u"validUntil"_s, QT_TRANSLATE_NOOP("PreReview", "valid until")},
        {u"issueDate"_s, QT_TRANSLATE_NOOP("PreReview", "date of issue")},
        {u"amount"_s, QT_TRANSLATE_NOOP("PreReview", "amount")},
        {u"creditCode"_s, QT_TRANSLATE_NOOP("PreReview", "credit code")},
        {u"companyName"_s, QT_TRANSLATE_NOOP("PreReview", "company name")},
        {u"address"_s, QT_TRANSLATE_NOOP("PreReview", "address")},
        {u"birthDate"_s, QT_TRANSLATE_NOOP("PreReview", "date of birth")},
    };
    const char *source = labels.value(fact);
    return source ? text(source) : plain(fact);
}

// Values compared as people read them: full-width and half-width forms
// alike (NFKC), spaces ignored, Latin letters in any case.
QString comparable(const QString &value)
{
    QString result = value.normalized(QString::NormalizationForm_KC);
    result.removeIf([](QChar c) { return c.isSpace(); });
    return result.toCaseFolded();
}

bool isWholeNumber(QStringView value)
{
    const QStringView digits = value.startsWith(u'-') ? value.mid(1) : value;
    return !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
}

// Whole numbers of any length (ID and card numbers are 18 and 19 digits,
// beyond what a double holds exactly), compared digit by digit.
int compareWholeNumbers(QStringView left, QStringView right)
{
    const bool leftNegative = left.startsWith(u'-');
    const bool rightNegative = right.startsWith(u'-');
    if (leftNegative != rightNegative)
        return leftNegative ? -1 : 1;
    QStringView a = leftNegative ? left.mid(1) : left;
    QStringView b = rightNegative ? right.mid(1) : right;
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    int order = a.size() != b.size() ? (a.size() < b.size() ? -1 : 1) : a.compare(b);
    order = order < 0 ? -1 : (order > 0 ? 1 : 0);
    return leftNegative ? -order : order;
}

// -1, 0, 1; numbers as numbers, amounts in fen, dates as dates, anything
// else as text.
int compareValues(const QString &left, const QString &right)
{
    if (isWholeNumber(left) && isWholeNumber(right))
        return compareWholeNumbers(left, right);
    bool leftNumber = false;
    bool rightNumber = false;
    const double a = left.toDouble(&leftNumber);
    const double b = right.toDouble(&rightNumber);
    if (leftNumber && rightNumber)
        return a < b ? -1 : (a > b ? 1 : 0);
    // Amounts as written on invoices ("¥1,234.50"): compared in fen.
    const Validation leftAmount = validateYuanAmount(left);
    const Validation rightAmount = validateYuanAmount(right);
    if (leftAmount.verdict == Validation::Verdict::Valid && rightAmount.verdict == Validation::Verdict::Valid)
        return compareWholeNumbers(leftAmount.normalized, rightAmount.normalized);
    const std::optional<QDate> leftDate = parseDateValue(left);
    const std::optional<QDate> rightDate = parseDateValue(right);
    if (leftDate && rightDate)
        return *leftDate < *rightDate ? -1 : (*leftDate > *rightDate ? 1 : 0);
    const int order = QString::compare(comparable(left), comparable(right));
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

// Resident ID cards of people over 46 are valid for life: the card says
// 长期 where a date would be.
bool isLongTerm(const QString &value)
{
    static const QStringList markers{u"长期"_s, u"长期有效"_s, u"long-term"_s, u"permanent"_s};
    return markers.contains(comparable(value), Qt::CaseInsensitive);
}

bool holds(CompareOp op, int order)
{
    switch (op) {
    case CompareOp::Equals: return order == 0;
    case CompareOp::NotEquals: return order != 0;
    case CompareOp::Less: return order < 0;
    case CompareOp::LessOrEqual: return order <= 0;
    case CompareOp::Greater: return order > 0;
    case CompareOp::GreaterOrEqual: return order >= 0;
    }
    return false;
}

const char *compareMessage(CompareOp op)
{
    switch (op) {
    case CompareOp::Equals: return QT_TRANSLATE_NOOP("PreReview", "%1 does not match %2.");
    case CompareOp::NotEquals: return QT_TRANSLATE_NOOP("PreReview", "%1 must differ from %2.");
    case CompareOp::Less: return QT_TRANSLATE_NOOP("PreReview", "%1 must be less than %2.");
    case CompareOp::LessOrEqual: return QT_TRANSLATE_NOOP("PreReview", "%1 must not exceed %2.");
    case CompareOp::Greater: return QT_TRANSLATE_NOOP("PreReview", "%1 must be greater than %2.");
    case CompareOp::GreaterOrEqual: return QT_TRANSLATE_NOOP("PreReview", "%1 must be at least %2.");
    }
    return "";
}

int severityRank(Severity severity)
{
    return severity == Severity::Blocking ? 0 : (severity == Severity::Warning ? 1 : 2);
}

} // namespace

PreReviewEngine::PreReviewEngine(ApplicationForm form) : m_form(std::move(form))
{ }

PreReviewReport PreReviewEngine::review(const Application &application, QDate today) const
{
    PreReviewReport report{m_form.code, today, {}};
    checkFields(application, today, report.findings);
    checkMaterials(application, report.findings);
    for (const RuleDefinition &rule : m_form.rules)
        applyRule(rule, application, today, report.findings);
    // Most serious first; within a severity, in the order of the form.
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding &a, const Finding &b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return report;
}

void PreReviewEngine::checkFields(const Application &application, QDate today, QList<Finding> &findings) const
{
    for (const FieldDefinition &field : m_form.fields) {
        const QString value = application.field(field.id);
        Validation validation;
        if (value.isEmpty()) {
            if (!field.required)
                continue;
        } else {
            validation = checkFieldValue(field, value, today);
            if (validation.verdict == Validation::Verdict::Valid)
                continue;
        }
        Finding finding{{}, {}, Severity::Blocking, Finding::TargetKind::Field, field.id, field.label, {}, {}};
        if (value.isEmpty()) {
            finding.reason = u"required"_s;
            finding.message = text(QT_TRANSLATE_NOOP("PreReview", "%1 is required."), {field.label});
            finding.hint = text(QT_TRANSLATE_NOOP("PreReview", "Fill in %1."), {field.label});
        } else {
            finding.reason = validation.reason;
            finding.severity =
                validation.verdict == Validation::Verdict::Warning ? Severity::Warning : Severity::Blocking;
            finding.message = text(QT_TRANSLATE_NOOP("PreReview", "%1: %2"), {field.label, validation.message});
            finding.hint = validation.hint;
        }
        finding.ruleId = u"field:"_s + field.id + u'/' + finding.reason;
        findings.append(finding);
    }
}

void PreReviewEngine::checkMaterials(const Application &application, QList<Finding> &findings) const
{
    for (const MaterialDefinition &material : m_form.materials) {
        static const MaterialSubmission nothing;
        const auto found = application.materials.constFind(material.id);
        const MaterialSubmission &submission = found == application.materials.cend() ? nothing : *found;
        if (submission.state == MaterialState::Received
            || (submission.state == MaterialState::Missing && !material.required))
            continue;
        Finding finding{{}, {}, Severity::Blocking, Finding::TargetKind::Material, material.id, material.name, {}, {}};
        if (submission.state == MaterialState::Missing) {
            if (!material.required)
                continue;
            finding.reason = u"missing"_s;
            finding.message = text(QT_TRANSLATE_NOOP("PreReview", "%1 is missing."), {material.name});
            // A material whose name already says 原件 (the invoice: "…原件或医疗电子票据")
            // is asked for as it is named, not as "the original of" itself.
            const bool namedAsOriginal = material.name.zh.contains(u"原件"_s);
            finding.hint = material.form == MaterialForm::Original ? namedAsOriginal
                    ? text(QT_TRANSLATE_NOOP("PreReview", "Ask for %1."), {material.name})
                    : text(QT_TRANSLATE_NOOP("PreReview", "Ask for the original of %1."), {material.name})
                : material.form == MaterialForm::Copy
                ? text(QT_TRANSLATE_NOOP("PreReview", "Ask for %2 copy(ies) of %1."),
                       {material.name, plain(QString::number(std::max(1, material.copies)))})
                : text(QT_TRANSLATE_NOOP("PreReview", "Ask for the original and %2 copy(ies) of %1."),
                       {material.name, plain(QString::number(std::max(1, material.copies)))});
            if (material.eLicenceAccepted)
                finding.hint =
                    text(QT_TRANSLATE_NOOP("PreReview", "%1 Or fetch the electronic licence."), {finding.hint});
        } else if (submission.state == MaterialState::ELicence && !material.eLicenceAccepted) {
            finding.reason = u"e-licence-not-accepted"_s;
            finding.message = text(QT_TRANSLATE_NOOP("PreReview", "%1 cannot be replaced by an electronic licence."),
                                   {material.name});
            finding.hint = text(QT_TRANSLATE_NOOP("PreReview", "Ask for the paper document of %1."), {material.name});
        } else if (submission.state == MaterialState::Waived && submission.waiverReason.trimmed().isEmpty()) {
            finding.reason = u"waiver-without-reason"_s;
            finding.message = text(QT_TRANSLATE_NOOP("PreReview", "%1 is waived without a reason."), {material.name});
            finding.hint = text(QT_TRANSLATE_NOOP("PreReview", "Record why %1 is waived."), {material.name});
        } else {
            continue;
        }
        finding.ruleId = u"material:%1/%2"_s.arg(material.id, finding.reason);
        findings.append(finding);
    }
}

LocalizedText PreReviewEngine::labelOf(const Operand &operand) const
{
    switch (operand.kind) {
    case Operand::Kind::Field:
        if (const FieldDefinition *field = m_form.field(operand.id))
            return field->label;
        break;
    case Operand::Kind::Material:
        if (const MaterialDefinition *material = m_form.material(operand.id))
            return material->name;
        break;
    case Operand::Kind::MaterialFact:
        if (const MaterialDefinition *material = m_form.material(operand.id))
            return text(QT_TRANSLATE_NOOP("PreReview", "%2 on %1"), {material->name, factLabel(operand.fact)});
        break;
    case Operand::Kind::Literal: return plain(operand.value);
    case Operand::Kind::None: break;
    }
    return plain(operand.toString());
}

QString PreReviewEngine::valueOf(const Operand &operand, const Application &application) const
{
    switch (operand.kind) {
    case Operand::Kind::Field: return application.field(operand.id);
    case Operand::Kind::MaterialFact: {
        const auto submission = application.materials.constFind(operand.id);
        if (submission == application.materials.cend()
            || (submission->state != MaterialState::Received && submission->state != MaterialState::ELicence))
            return QString();
        return submission->facts.value(operand.fact).trimmed();
    }
    case Operand::Kind::Literal: return operand.value;
    case Operand::Kind::Material:
    case Operand::Kind::None: break;
    }
    return QString();
}

bool PreReviewEngine::isPresent(const Operand &operand, const Application &application) const
{
    if (operand.kind == Operand::Kind::Material) {
        const auto submission = application.materials.constFind(operand.id);
        return submission != application.materials.cend() && submission->state != MaterialState::Missing;
    }
    return !valueOf(operand, application).isEmpty();
}

Finding PreReviewEngine::findingFor(const RuleDefinition &rule, const Operand &target, const QString &reason,
                                    const LocalizedText &message, const LocalizedText &hint) const
{
    const bool onMaterial = target.kind == Operand::Kind::Material || target.kind == Operand::Kind::MaterialFact;
    return Finding{rule.id,
                   reason,
                   rule.severity,
                   onMaterial ? Finding::TargetKind::Material : Finding::TargetKind::Field,
                   target.id,
                   onMaterial && m_form.material(target.id) ? m_form.material(target.id)->name : labelOf(target),
                   rule.message.isEmpty() ? message : rule.message,
                   rule.hint.isEmpty() ? hint : rule.hint};
}

void PreReviewEngine::applyRule(const RuleDefinition &rule, const Application &application, QDate today,
                                QList<Finding> &findings) const
{
    // Labels are texts in two languages: built only when there is a finding.
    const auto label = [&] {
        return labelOf(rule.target);
    };
    const QString value = valueOf(rule.target, application);
    switch (rule.type) {
    case RuleType::RequiredWhen: {
        const QString conditionValue = application.field(rule.when->field);
        const bool applies = rule.when->test == Condition::Test::NotEmpty ? !conditionValue.isEmpty()
                                                                          : rule.when->values.contains(conditionValue);
        if (!applies)
            return;
        [[fallthrough]];
    }
    case RuleType::Required:
        if (!isPresent(rule.target, application))
            findings.append(
                findingFor(rule, rule.target, u"required"_s,
                           rule.target.kind == Operand::Kind::Material
                               ? text(QT_TRANSLATE_NOOP("PreReview", "%1 is missing."), {label()})
                               : text(QT_TRANSLATE_NOOP("PreReview", "%1 is required."), {label()}),
                           rule.target.kind == Operand::Kind::Material
                               ? text(QT_TRANSLATE_NOOP("PreReview", "Ask the applicant for %1."), {label()})
                               : text(QT_TRANSLATE_NOOP("PreReview", "Fill in %1."), {label()})));
        return;
    case RuleType::Format:
        if (!value.isEmpty() && !rule.pattern.match(value).hasMatch())
            findings.append(
                findingFor(rule, rule.target, u"format"_s,
                           text(QT_TRANSLATE_NOOP("PreReview", "%1 is not in the expected format."), {label()}),
                           text(QT_TRANSLATE_NOOP("PreReview", "Check %1."), {label()})));
        return;
    case RuleType::Validator: {
        if (value.isEmpty())
            return;
        const Validation validation = checkValue(rule.validator, value, today);
        if (validation.verdict != Validation::Verdict::Valid)
            findings.append(findingFor(rule, rule.target, validation.reason,
                                       text(QT_TRANSLATE_NOOP("PreReview", "%1: %2"), {label(), validation.message}),
                                       validation.hint));
        return;
    }
    case RuleType::Compare: {
        const QString right = valueOf(rule.right, application);
        if (value.isEmpty() || right.isEmpty())
            return; // presence is the required rules' business
        if (!holds(rule.op, compareValues(value, right)))
            findings.append(findingFor(
                rule, rule.target, u"compare"_s, text(compareMessage(rule.op), {label(), labelOf(rule.right)}),
                text(QT_TRANSLATE_NOOP("PreReview", "Check %1 against %2."), {label(), labelOf(rule.right)})));
        return;
    }
    case RuleType::NotExpired:
    case RuleType::DateNotFuture: {
        if (value.isEmpty() || (rule.type == RuleType::NotExpired && isLongTerm(value)))
            return;
        const std::optional<QDate> date = parseDateValue(value);
        if (!date) {
            findings.append(
                findingFor(rule, rule.target, u"date"_s,
                           text(QT_TRANSLATE_NOOP("PreReview", "%1 is not a date: %2"), {label(), plain(value)}),
                           text(QT_TRANSLATE_NOOP("PreReview", "Enter %1 as year-month-day."), {label()})));
        } else if (rule.type == RuleType::NotExpired && *date < today) {
            findings.append(
                findingFor(rule, rule.target, u"expired"_s,
                           text(QT_TRANSLATE_NOOP("PreReview", "%1 has expired (%2)."),
                                {label(), plain(date->toString(Qt::ISODate))}),
                           text(QT_TRANSLATE_NOOP("PreReview", "Ask for a document that is still valid."))));
        } else if (rule.type == RuleType::DateNotFuture && *date > today) {
            findings.append(findingFor(rule, rule.target, u"future-date"_s,
                                       text(QT_TRANSLATE_NOOP("PreReview", "%1 lies in the future (%2)."),
                                            {label(), plain(date->toString(Qt::ISODate))}),
                                       text(QT_TRANSLATE_NOOP("PreReview", "Check %1."), {label()})));
        }
        return;
    }
    case RuleType::AgeAtLeast:
    case RuleType::AgeAtMost: {
        const std::optional<int> age = ageFromCitizenId(value, today);
        if (!age)
            return; // an invalid ID is reported by the field's own check
        const bool tooYoung = rule.type == RuleType::AgeAtLeast && *age < rule.years;
        const bool tooOld = rule.type == RuleType::AgeAtMost && *age > rule.years;
        if (tooYoung || tooOld)
            findings.append(findingFor(
                rule, rule.target, tooYoung ? u"too-young"_s : u"too-old"_s,
                tooYoung ? text(QT_TRANSLATE_NOOP("PreReview", "The applicant must be at least %1 years old (is %2)."),
                                {plain(QString::number(rule.years)), plain(QString::number(*age))})
                         : text(QT_TRANSLATE_NOOP("PreReview", "The applicant must be at most %1 years old (is %2)."),
                                {plain(QString::number(rule.years)), plain(QString::number(*age))}),
                text(QT_TRANSLATE_NOOP("PreReview", "Check %1, or whether this item applies."), {label()})));
        return;
    }
    }
}

} // namespace casedesk
