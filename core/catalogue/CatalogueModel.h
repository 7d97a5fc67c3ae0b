#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// The service catalogue as the program holds it once loaded and checked
// (docs/catalogue.md describes the JSON). Plain values: the loader builds
// them, the pre-review engine reads them.
namespace casedesk {

enum class ApplicantType { Person, Company, Either };

// A field's type decides how a value is read and which standard validator
// checks it as soon as it is typed.
enum class FieldType {
    Text,
    Number,
    Date,
    Amount,
    Choice,
    Boolean,
    CitizenId,
    CreditCode,
    Mobile,
    Landline,
    PostalCode,
    BankCard,
};

struct ChoiceOption {
    QString value;
    LocalizedText label;
};

struct FieldDefinition {
    QString id;
    FieldType type = FieldType::Text;
    LocalizedText label;
    bool required = false;
    int maxLength = 0; // 0: no limit
    QList<ChoiceOption> options;
};

enum class MaterialForm { Original, Copy, OriginalAndCopy };

struct MaterialDefinition {
    QString id;
    LocalizedText name;
    bool required = false;
    MaterialForm form = MaterialForm::Original;
    int copies = 0;
    // An electronic licence (电子证照) from the platform may stand in.
    bool eLicenceAccepted = false;
    // Facts read off the document (by the clerk, later by OCR) that rules
    // compare: "name", "idNumber", "validUntil", …
    QStringList recognizedFields;
};

enum class Severity { Blocking, Warning, Info };

// What a rule looks at: a form field, a material, or a fact recognised on a
// material ("material:idCard.name"), or a literal value.
struct Operand {
    enum class Kind { None, Field, Material, MaterialFact, Literal };
    Kind kind = Kind::None;
    QString id; // field or material id
    QString fact; // for MaterialFact
    QString value; // for Literal

    QString toString() const;
};

enum class RuleType {
    Required,
    Format,
    Validator,
    Compare,
    NotExpired,
    DateNotFuture,
    AgeAtLeast,
    AgeAtMost,
    RequiredWhen,
};

enum class CompareOp { Equals, NotEquals, Less, LessOrEqual, Greater, GreaterOrEqual };

struct Condition {
    QString field;
    enum class Test { Equals, In, NotEmpty } test = Test::Equals;
    QStringList values;
};

struct RuleDefinition {
    QString id; // qualified once merged into a form: "<item code>/<rule id>"
    RuleType type = RuleType::Required;
    Severity severity = Severity::Blocking;
    Operand target;
    Operand right; // Compare
    CompareOp op = CompareOp::Equals; // Compare
    QRegularExpression pattern; // Format
    FieldType validator = FieldType::Text; // Validator
    int years = 0; // AgeAtLeast, AgeAtMost
    std::optional<Condition> when; // RequiredWhen
    LocalizedText message; // empty: the rule type's standard message
    LocalizedText hint;
};

struct ServiceItem {
    QString code;
    LocalizedText name;
    LocalizedText department;
    ApplicantType applicantType = ApplicantType::Person;
    int legalLimitDays = 0; // working days
    int promisedLimitDays = 0; // working days, at most the legal limit
    QList<FieldDefinition> fields;
    QList<MaterialDefinition> materials;
    QList<RuleDefinition> rules;
};

// "One thing, one visit" (一件事一次办): several items taken in with one form
// and one material list.
struct Bundle {
    QString code;
    LocalizedText name;
    QStringList itemCodes;
    int legalLimitDays = 0;
    int promisedLimitDays = 0;
};

// What the counter fills in for an item or a bundle: for a bundle, every
// field and material once, however many of its items ask for it.
struct ApplicationForm {
    QString code;
    LocalizedText name;
    QStringList itemCodes;
    QList<LocalizedText> itemNames;
    ApplicantType applicantType = ApplicantType::Person;
    int legalLimitDays = 0;
    int promisedLimitDays = 0;
    QList<FieldDefinition> fields;
    QList<MaterialDefinition> materials;
    QList<RuleDefinition> rules;

    const FieldDefinition *field(const QString &id) const;
    const MaterialDefinition *material(const QString &id) const;
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(QStringView name);
QString severityName(Severity severity);

} // namespace casedesk
