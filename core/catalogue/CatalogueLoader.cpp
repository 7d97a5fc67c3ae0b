#include "CatalogueLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9.-]{0,63}$"_s);
    return pattern;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_-]{0,63}$"_s);
    return pattern;
}

// Collects every problem of a file, each with where it is, so IT staff fix a
// catalogue in one pass rather than one error per attempt.
class Parser
{
public:
    explicit Parser(QString fileName) : m_file(std::move(fileName)) { }

    Expected<Catalogue> parse(const QJsonObject &root);

private:
    struct Where {
        QString item;
        QString rule;
    };

    void problem(const Where &where, const QString &what);
    LocalizedText text(const QJsonObject &object, const QString &key, const Where &where, const QString &what,
                       bool required = true);
    int limit(const QJsonObject &object, const QString &key, const Where &where);

    std::optional<ServiceItem> parseItem(const QJsonObject &json);
    std::optional<FieldDefinition> parseField(const QJsonObject &json, const Where &where);
    std::optional<MaterialDefinition> parseMaterial(const QJsonObject &json, const Where &where);
    std::optional<RuleDefinition> parseRule(const QJsonObject &json, const ServiceItem &item);
    Operand parseOperand(const QJsonValue &value, const ServiceItem &item, const Where &where);
    std::optional<Bundle> parseBundle(const QJsonObject &json, const QSet<QString> &itemCodes);
    void parseExamples(const QJsonValue &value, const QString &formCode, const Where &where,
                       const QSet<QString> &ruleIds, QList<CatalogueExample> &examples);

    QString m_file;
    QStringList m_problems;
};

void Parser::problem(const Where &where, const QString &what)
{
    QString location = m_file;
    if (!where.item.isEmpty())
        location += QCoreApplication::translate("CatalogueLoader", ", item %1").arg(where.item);
    if (!where.rule.isEmpty())
        location += QCoreApplication::translate("CatalogueLoader", ", rule %1").arg(where.rule);
    m_problems << location + u": "_s + what;
}

LocalizedText Parser::text(const QJsonObject &object, const QString &key, const Where &where, const QString &what,
                           bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return {};
    const LocalizedText result = LocalizedText::fromJson(value);
    if ((!value.isObject() && !value.isString()) || result.zh.trimmed().isEmpty() || result.en.trimmed().isEmpty())
        problem(where,
                QCoreApplication::translate("CatalogueLoader",
                                            "%1 needs a Chinese and an English text (\"%2\": {\"zh\": …, \"en\": …})")
                    .arg(what, key));
    return result;
}

int Parser::limit(const QJsonObject &object, const QString &key, const Where &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0 || value.toInt() > 365) {
        problem(where,
                QCoreApplication::translate("CatalogueLoader",
                                            "\"%1\" must be a whole number of working days from 0 to 365")
                    .arg(key));
        return 0;
    }
    return value.toInt();
}

std::optional<FieldDefinition> Parser::parseField(const QJsonObject &json, const Where &where)
{
    FieldDefinition field;
    field.id = json.value(u"id"_s).toString();
    if (!idPattern().match(field.id).hasMatch()) {
        problem(where,
                QCoreApplication::translate("CatalogueLoader", "field id \"%1\" is missing or not a plain identifier")
                    .arg(field.id));
        return std::nullopt;
    }
    const auto type = fieldTypeFromName(json.value(u"type"_s).toString());
    if (!type) {
        problem(where,
                QCoreApplication::translate("CatalogueLoader", "field %1 has unknown type \"%2\"")
                    .arg(field.id, json.value(u"type"_s).toString()));
        return std::nullopt;
    }
    field.type = *type;
    field.label =
        text(json, u"label"_s, where, QCoreApplication::translate("CatalogueLoader", "field %1").arg(field.id));
    field.required = json.value(u"required"_s).toBool(false);
    field.maxLength = json.value(u"maxLength"_s).toInt(0);
    if (field.type == FieldType::Choice) {
        const QJsonArray options = json.value(u"options"_s).toArray();
        for (const QJsonValue &option : options) {
            const QJsonObject object = option.toObject();
            field.options.append(
                {object.value(u"value"_s).toString(),
                 text(object, u"label"_s, where,
                      QCoreApplication::translate("CatalogueLoader", "an option of field %1").arg(field.id))});
        }
        if (field.options.isEmpty())
            problem(where,
                    QCoreApplication::translate("CatalogueLoader", "choice field %1 has no options").arg(field.id));
    }
    return field;
}

std::optional<MaterialDefinition> Parser::parseMaterial(const QJsonObject &json, const Where &where)
{
    MaterialDefinition material;
    material.id = json.value(u"id"_s).toString();
    if (!idPattern().match(material.id).hasMatch()) {
        problem(
            where,
            QCoreApplication::translate("CatalogueLoader", "material id \"%1\" is missing or not a plain identifier")
                .arg(material.id));
        return std::nullopt;
    }
    material.name =
        text(json, u"name"_s, where, QCoreApplication::translate("CatalogueLoader", "material %1").arg(material.id));
    material.required = json.value(u"required"_s).toBool(false);
    const QString form = json.value(u"form"_s).toString(u"original"_s);
    if (form == u"original")
        material.form = MaterialForm::Original;
    else if (form == u"copy")
        material.form = MaterialForm::Copy;
    else if (form == u"original-and-copy")
        material.form = MaterialForm::OriginalAndCopy;
    else
        problem(where,
                QCoreApplication::translate("CatalogueLoader",
                                            "material %1 has unknown form \"%2\" (original, copy, original-and-copy)")
                    .arg(material.id, form));
    material.copies = json.value(u"copies"_s).toInt(material.form == MaterialForm::Original ? 0 : 1);
    material.eLicenceAccepted = json.value(u"eLicence"_s).toBool(false);
    for (const QJsonValue &fact : json.value(u"recognizedFields"_s).toArray())
        material.recognizedFields << fact.toString();
    return material;
}

Operand Parser::parseOperand(const QJsonValue &value, const ServiceItem &item, const Where &where)
{
    Operand operand;
    if (value.isObject() && value.toObject().contains(u"value"_s)) {
        operand.kind = Operand::Kind::Literal;
        const QJsonValue literal = value.toObject().value(u"value"_s);
        operand.value = literal.isDouble() ? QString::number(literal.toDouble()) : literal.toString();
        return operand;
    }
    const QString reference = value.toString();
    if (reference.startsWith(u"field:")) {
        operand.kind = Operand::Kind::Field;
        operand.id = reference.mid(6);
        const bool known = std::any_of(item.fields.cbegin(), item.fields.cend(),
                                       [&](const FieldDefinition &field) { return field.id == operand.id; });
        if (!known)
            problem(
                where,
                QCoreApplication::translate("CatalogueLoader", "\"%1\" names no field of this item").arg(reference));
        return operand;
    }
    if (reference.startsWith(u"material:")) {
        const QString path = reference.mid(9);
        const qsizetype dot = path.indexOf(u'.');
        operand.id = dot < 0 ? path : path.left(dot);
        operand.fact = dot < 0 ? QString() : path.mid(dot + 1);
        operand.kind = dot < 0 ? Operand::Kind::Material : Operand::Kind::MaterialFact;
        const auto material = std::find_if(item.materials.cbegin(), item.materials.cend(),
                                           [&](const MaterialDefinition &m) { return m.id == operand.id; });
        if (material == item.materials.cend())
            problem(
                where,
                QCoreApplication::translate("CatalogueLoader", "\"%1\" names no material of this item").arg(reference));
        else if (!operand.fact.isEmpty() && !material->recognizedFields.contains(operand.fact))
            problem(
                where,
                QCoreApplication::translate("CatalogueLoader", "\"%1\": material %2 lists no recognised field \"%3\"")
                    .arg(reference, operand.id, operand.fact));
        return operand;
    }
    problem(where,
            QCoreApplication::translate(
                "CatalogueLoader", "\"%1\" is not a reference (field:…, material:…, material:….fact) or {\"value\": …}")
                .arg(value.toVariant().toString()));
    return operand;
}

std::optional<RuleDefinition> Parser::parseRule(const QJsonObject &json, const ServiceItem &item)
{
    RuleDefinition rule;
    rule.id = json.value(u"id"_s).toString();
    const Where where{item.code, rule.id};
    if (!idPattern().match(rule.id).hasMatch()) {
        problem(where,
                QCoreApplication::translate("CatalogueLoader", "the rule id is missing or not a plain identifier"));
        return std::nullopt;
    }
    static const QHash<QString, RuleType> types{
        {u"required"_s, RuleType::Required},          {u"format"_s, RuleType::Format},
        {u"validator"_s, RuleType::Validator},        {u"compare"_s, RuleType::Compare},
        {u"not-expired"_s, RuleType::NotExpired},     {u"date-not-future"_s, RuleType::DateNotFuture},
        {u"age-at-least"_s, RuleType::AgeAtLeast},    {u"age-at-most"_s, RuleType::AgeAtMost},
        {u"required-when"_s, RuleType::RequiredWhen},
    };
    const QString typeName = json.value(u"type"_s).toString();
    if (!types.contains(typeName)) {
        problem(where, QCoreApplication::translate("CatalogueLoader", "unknown rule type \"%1\"").arg(typeName));
        return std::nullopt;
    }
    rule.type = types.value(typeName);
    const QString severity = json.value(u"severity"_s).toString(u"block"_s);
    if (severity == u"block")
        rule.severity = Severity::Blocking;
    else if (severity == u"warning")
        rule.severity = Severity::Warning;
    else if (severity == u"info")
        rule.severity = Severity::Info;
    else
        problem(where,
                QCoreApplication::translate("CatalogueLoader", "unknown severity \"%1\" (block, warning, info)")
                    .arg(severity));
    rule.target = parseOperand(json.value(u"target"_s), item, where);
    rule.message =
        text(json, u"message"_s, where, QCoreApplication::translate("CatalogueLoader", "the message"), false);
    rule.hint = text(json, u"hint"_s, where, QCoreApplication::translate("CatalogueLoader", "the hint"), false);

    const auto needsField = [&] {
        if (rule.target.kind != Operand::Kind::Field)
            problem(where,
                    QCoreApplication::translate("CatalogueLoader", "a %1 rule needs a field target (\"field:…\")")
                        .arg(typeName));
    };
    const auto needsDate = [&] {
        if (rule.target.kind != Operand::Kind::Field && rule.target.kind != Operand::Kind::MaterialFact)
            problem(where,
                    QCoreApplication::translate("CatalogueLoader",
                                                "a %1 rule needs a date: a field or a recognised fact of a material")
                        .arg(typeName));
    };
    switch (rule.type) {
    case RuleType::Required:
        if (rule.target.kind != Operand::Kind::Field && rule.target.kind != Operand::Kind::Material)
            problem(
                where,
                QCoreApplication::translate("CatalogueLoader", "a required rule needs a field or a material target"));
        break;
    case RuleType::Format: {
        needsField();
        rule.pattern = QRegularExpression(json.value(u"pattern"_s).toString());
        if (json.value(u"pattern"_s).toString().isEmpty() || !rule.pattern.isValid())
            problem(where,
                    QCoreApplication::translate("CatalogueLoader",
                                                "the pattern is missing or not a valid regular expression: %1")
                        .arg(rule.pattern.errorString()));
        rule.pattern.optimize();
        break;
    }
    case RuleType::Validator: {
        needsField();
        const auto validator = fieldTypeFromName(json.value(u"validator"_s).toString());
        static const QList<FieldType> standard{FieldType::CitizenId, FieldType::CreditCode, FieldType::Mobile,
                                               FieldType::Landline,  FieldType::PostalCode, FieldType::BankCard,
                                               FieldType::Date,      FieldType::Amount};
        if (!validator || !standard.contains(*validator))
            problem(where,
                    QCoreApplication::translate("CatalogueLoader", "unknown validator \"%1\"")
                        .arg(json.value(u"validator"_s).toString()));
        else
            rule.validator = *validator;
        break;
    }
    case RuleType::Compare: {
        rule.right = parseOperand(json.value(u"right"_s), item, where);
        static const QHash<QString, CompareOp> ops{
            {u"equals"_s, CompareOp::Equals},   {u"not-equals"_s, CompareOp::NotEquals},
            {u"less"_s, CompareOp::Less},       {u"less-or-equal"_s, CompareOp::LessOrEqual},
            {u"greater"_s, CompareOp::Greater}, {u"greater-or-equal"_s, CompareOp::GreaterOrEqual},
        };
        const QString op = json.value(u"op"_s).toString();
        if (!ops.contains(op))
            problem(where, QCoreApplication::translate("CatalogueLoader", "unknown comparison \"%1\"").arg(op));
        rule.op = ops.value(op);
        if (rule.target.kind == Operand::Kind::Material || rule.right.kind == Operand::Kind::Material)
            problem(where,
                    QCoreApplication::translate(
                        "CatalogueLoader",
                        "a comparison needs values: fields, recognised facts or literals, not whole materials"));
        break;
    }
    case RuleType::NotExpired:
    case RuleType::DateNotFuture: needsDate(); break;
    case RuleType::AgeAtLeast:
    case RuleType::AgeAtMost: {
        needsField();
        const auto field = std::find_if(item.fields.cbegin(), item.fields.cend(),
                                        [&](const FieldDefinition &f) { return f.id == rule.target.id; });
        if (field != item.fields.cend() && field->type != FieldType::CitizenId)
            problem(where,
                    QCoreApplication::translate(
                        "CatalogueLoader", "an age rule needs a citizen-id field: the age comes from the ID number"));
        rule.years = json.value(u"years"_s).toInt(-1);
        if (rule.years < 0 || rule.years > 150)
            problem(where,
                    QCoreApplication::translate("CatalogueLoader", "\"years\" must be a whole number from 0 to 150"));
        break;
    }
    case RuleType::RequiredWhen: {
        if (rule.target.kind != Operand::Kind::Field && rule.target.kind != Operand::Kind::Material)
            problem(where,
                    QCoreApplication::translate("CatalogueLoader",
                                                "a required-when rule needs a field or a material target"));
        const QJsonObject when = json.value(u"when"_s).toObject();
        Condition condition;
        condition.field = when.value(u"field"_s).toString();
        if (when.contains(u"equals"_s)) {
            condition.test = Condition::Test::Equals;
            condition.values << when.value(u"equals"_s).toVariant().toString();
        } else if (when.contains(u"in"_s)) {
            condition.test = Condition::Test::In;
            for (const QJsonValue &value : when.value(u"in"_s).toArray())
                condition.values << value.toVariant().toString();
        } else if (when.value(u"notEmpty"_s).toBool()) {
            condition.test = Condition::Test::NotEmpty;
        } else {
            problem(where,
                    QCoreApplication::translate("CatalogueLoader",
                                                "\"when\" needs \"equals\", \"in\" or \"notEmpty\": true"));
        }
        const bool known = std::any_of(item.fields.cbegin(), item.fields.cend(),
                                       [&](const FieldDefinition &f) { return f.id == condition.field; });
        if (!known)
            problem(where,
                    QCoreApplication::translate("CatalogueLoader", "\"when\" names no field of this item: \"%1\"")
                        .arg(condition.field));
        rule.when = condition;
        break;
    }
    }
    return rule;
}

std::optional<ServiceItem> Parser::parseItem(const QJsonObject &json)
{
    ServiceItem item;
    item.code = json.value(u"code"_s).toString();
    const Where where{
        item.code.isEmpty() ? QCoreApplication::translate("CatalogueLoader", "(without code)") : item.code, {}};
    if (!codePattern().match(item.code).hasMatch()) {
        problem(where,
                QCoreApplication::translate(
                    "CatalogueLoader", "the item code is missing or not lower-case letters, digits, dots and hyphens"));
        return std::nullopt;
    }
    item.name = text(json, u"name"_s, where, QCoreApplication::translate("CatalogueLoader", "the item"));
    item.department =
        text(json, u"department"_s, where, QCoreApplication::translate("CatalogueLoader", "the department"));
    const QString applicant = json.value(u"applicantType"_s).toString();
    if (applicant == u"person")
        item.applicantType = ApplicantType::Person;
    else if (applicant == u"company")
        item.applicantType = ApplicantType::Company;
    else if (applicant == u"either")
        item.applicantType = ApplicantType::Either;
    else
        problem(where,
                QCoreApplication::translate("CatalogueLoader",
                                            "applicantType must be person, company or either, not \"%1\"")
                    .arg(applicant));
    item.legalLimitDays = limit(json, u"legalLimitDays"_s, where);
    item.promisedLimitDays = limit(json, u"promisedLimitDays"_s, where);
    if (item.promisedLimitDays > item.legalLimitDays)
        problem(where,
                QCoreApplication::translate("CatalogueLoader", "the promised limit (%1) exceeds the legal limit (%2)")
                    .arg(item.promisedLimitDays)
                    .arg(item.legalLimitDays));

    QSet<QString> ids;
    for (const QJsonValue &value : json.value(u"fields"_s).toArray()) {
        if (auto field = parseField(value.toObject(), where)) {
            if (ids.contains(field->id))
                problem(where,
                        QCoreApplication::translate("CatalogueLoader", "field %1 is defined twice").arg(field->id));
            ids.insert(field->id);
            item.fields.append(*field);
        }
    }
    ids.clear();
    for (const QJsonValue &value : json.value(u"materials"_s).toArray()) {
        if (auto material = parseMaterial(value.toObject(), where)) {
            if (ids.contains(material->id))
                problem(
                    where,
                    QCoreApplication::translate("CatalogueLoader", "material %1 is defined twice").arg(material->id));
            ids.insert(material->id);
            item.materials.append(*material);
        }
    }
    if (item.fields.isEmpty())
        problem(where, QCoreApplication::translate("CatalogueLoader", "the item has no fields"));
    ids.clear();
    for (const QJsonValue &value : json.value(u"rules"_s).toArray()) {
        if (auto rule = parseRule(value.toObject(), item)) {
            if (ids.contains(rule->id))
                problem({item.code, rule->id},
                        QCoreApplication::translate("CatalogueLoader", "the rule id is used twice"));
            ids.insert(rule->id);
            item.rules.append(*rule);
        }
    }
    return item;
}

std::optional<Bundle> Parser::parseBundle(const QJsonObject &json, const QSet<QString> &itemCodes)
{
    Bundle bundle;
    bundle.code = json.value(u"code"_s).toString();
    const Where where{bundle.code, {}};
    if (!codePattern().match(bundle.code).hasMatch()) {
        problem(
            where,
            QCoreApplication::translate(
                "CatalogueLoader", "the bundle code is missing or not lower-case letters, digits, dots and hyphens"));
        return std::nullopt;
    }
    bundle.name = text(json, u"name"_s, where, QCoreApplication::translate("CatalogueLoader", "the bundle"));
    for (const QJsonValue &value : json.value(u"items"_s).toArray()) {
        const QString code = value.toString();
        if (!itemCodes.contains(code))
            problem(
                where,
                QCoreApplication::translate("CatalogueLoader", "the bundle names an unknown item \"%1\"").arg(code));
        bundle.itemCodes << code;
    }
    if (bundle.itemCodes.size() < 2)
        problem(where, QCoreApplication::translate("CatalogueLoader", "a bundle needs at least two items"));
    bundle.legalLimitDays = limit(json, u"legalLimitDays"_s, where);
    bundle.promisedLimitDays = limit(json, u"promisedLimitDays"_s, where);
    if (bundle.promisedLimitDays > bundle.legalLimitDays)
        problem(where,
                QCoreApplication::translate("CatalogueLoader", "the promised limit (%1) exceeds the legal limit (%2)")
                    .arg(bundle.promisedLimitDays)
                    .arg(bundle.legalLimitDays));
    return bundle;
}

void Parser::parseExamples(const QJsonValue &value, const QString &formCode, const Where &where,
                           const QSet<QString> &ruleIds, QList<CatalogueExample> &examples)
{
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject json = entry.toObject();
        CatalogueExample example{formCode,
                                 json.value(u"name"_s).toString(),
                                 QDate::fromString(json.value(u"reviewDate"_s).toString(), Qt::ISODate),
                                 json.value(u"application"_s).toObject(),
                                 {}};
        for (const QJsonValue &rule : json.value(u"expect"_s).toArray()) {
            const QString id = rule.toString();
            example.expectedRuleIds << id;
            const qsizetype slash = id.indexOf(u'/');
            const bool builtIn = (id.startsWith(u"field:") || id.startsWith(u"material:")) && slash > 0
                && ruleIds.contains(id.left(slash + 1)) && slash + 1 < id.size();
            if (!builtIn && !ruleIds.contains(id))
                problem(where,
                        QCoreApplication::translate("CatalogueLoader", "example \"%1\" expects an unknown rule \"%2\"")
                            .arg(example.name, rule.toString()));
        }
        if (example.name.isEmpty() || example.application.isEmpty() || !example.reviewDate.isValid())
            problem(where,
                    QCoreApplication::translate(
                        "CatalogueLoader",
                        "an example needs a \"name\", a \"reviewDate\" (yyyy-MM-dd) and an \"application\""));
        else if (example.application.value(u"item"_s).toString() != formCode)
            problem(where,
                    QCoreApplication::translate("CatalogueLoader",
                                                "example \"%1\" is an application for \"%2\", not for this item")
                        .arg(example.name, example.application.value(u"item"_s).toString()));
        examples.append(example);
    }
}

Expected<Catalogue> Parser::parse(const QJsonObject &root)
{
    if (root.value(u"format"_s).toString() != u"casedesk-catalogue"
        || root.value(u"formatVersion"_s).toInt() != CatalogueLoader::formatVersion)
        return Error::make(
            ErrorCode::Corrupt,
            QCoreApplication::translate("CatalogueLoader",
                                        "%1 is not a CaseDesk catalogue of format version %2 (\"format\": "
                                        "\"casedesk-catalogue\", \"formatVersion\": %2)")
                .arg(m_file)
                .arg(CatalogueLoader::formatVersion));
    const QString version = root.value(u"version"_s).toString();
    if (version.isEmpty())
        problem({}, QCoreApplication::translate("CatalogueLoader", "the catalogue has no \"version\""));

    QList<ServiceItem> items;
    QSet<QString> codes;
    for (const QJsonValue &value : root.value(u"items"_s).toArray()) {
        if (auto item = parseItem(value.toObject())) {
            if (codes.contains(item->code))
                problem({item->code, {}},
                        QCoreApplication::translate("CatalogueLoader", "the item code is used twice"));
            codes.insert(item->code);
            items.append(*item);
        }
    }
    if (items.isEmpty())
        problem({}, QCoreApplication::translate("CatalogueLoader", "the catalogue has no items"));
    QList<Bundle> bundles;
    for (const QJsonValue &value : root.value(u"bundles"_s).toArray()) {
        if (auto bundle = parseBundle(value.toObject(), codes)) {
            if (codes.contains(bundle->code))
                problem({bundle->code, {}},
                        QCoreApplication::translate("CatalogueLoader", "the bundle code is used twice"));
            codes.insert(bundle->code);
            bundles.append(*bundle);
        }
    }
    if (!m_problems.isEmpty())
        return Error::make(ErrorCode::Corrupt, m_problems.join(u'\n'));

    Catalogue catalogue(version, items, bundles, {});
    // Every form must merge: a bundle whose items define one field id two
    // different ways cannot ask for it once.
    QList<CatalogueExample> examples;
    const QJsonArray itemsJson = root.value(u"items"_s).toArray();
    const QJsonArray bundlesJson = root.value(u"bundles"_s).toArray();
    for (const QJsonArray &list : {itemsJson, bundlesJson}) {
        for (const QJsonValue &value : list) {
            const QString code = value.toObject().value(u"code"_s).toString();
            auto form = catalogue.form(code);
            if (!form) {
                problem({code, {}}, form.error().message);
                continue;
            }
            // Examples may expect the form's rules and its built-in checks
            // ("field:<id>/…", "material:<id>/…", docs/catalogue.md).
            QSet<QString> ruleIds;
            for (const RuleDefinition &rule : std::as_const(form->rules))
                ruleIds.insert(rule.id);
            for (const FieldDefinition &field : std::as_const(form->fields))
                ruleIds.insert(u"field:"_s + field.id + u'/');
            for (const MaterialDefinition &material : std::as_const(form->materials))
                ruleIds.insert(u"material:"_s + material.id + u'/');
            parseExamples(value.toObject().value(u"examples"_s), code, {code, {}}, ruleIds, examples);
        }
    }
    if (!m_problems.isEmpty())
        return Error::make(ErrorCode::Corrupt, m_problems.join(u'\n'));
    return Catalogue(version, items, bundles, examples);
}

} // namespace

Expected<Catalogue> CatalogueLoader::fromJson(const QByteArray &json, const QString &fileName)
{
    if (json.size() > maximumSize)
        return Error::make(
            ErrorCode::Corrupt,
            QCoreApplication::translate("CatalogueLoader", "%1 is too large to be a catalogue").arg(fileName));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("CatalogueLoader", "%1: not valid JSON at byte %2: %3")
                               .arg(fileName)
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!document.isObject())
        return Error::make(
            ErrorCode::Corrupt,
            QCoreApplication::translate("CatalogueLoader", "%1: the catalogue must be a JSON object").arg(fileName));
    return Parser(fileName).parse(document.object());
}

Expected<Catalogue> CatalogueLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("CatalogueLoader", "Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maximumSize)
        return Error::make(
            ErrorCode::Corrupt,
            QCoreApplication::translate("CatalogueLoader", "%1 is too large to be a catalogue").arg(path));
    return fromJson(file.readAll(), path);
}

Expected<Catalogue> CatalogueLoader::bundled()
{
    return fromFile(u":/catalogue/catalogue.json"_s);
}

} // namespace casedesk
