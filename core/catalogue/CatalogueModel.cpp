#include "CatalogueModel.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr std::array<std::pair<FieldType, QStringView>, 12> fieldTypeNames{{
    {FieldType::Text, u"text"},
    {FieldType::Number, u"number"},
    {FieldType::Date, u"date"},
    {FieldType::Amount, u"amount"},
    {FieldType::Choice, u"choice"},
    {FieldType::Boolean, u"boolean"},
    {FieldType::CitizenId, u"citizen-id"},
    {FieldType::CreditCode, u"credit-code"},
    {FieldType::Mobile, u"mobile"},
    {FieldType::Landline, u"landline"},
    {FieldType::PostalCode, u"postal-code"},
    {FieldType::BankCard, u"bank-card"},
}};

} // namespace

QString Operand::toString() const
{
    switch (kind) {
    case Kind::Field: return u"field:"_s + id;
    case Kind::Material: return u"material:"_s + id;
    case Kind::MaterialFact: return u"material:"_s + id + u'.' + fact;
    case Kind::Literal: return value;
    case Kind::None: break;
    }
    return QString();
}

const FieldDefinition *ApplicationForm::field(const QString &id) const
{
    for (const FieldDefinition &candidate : fields) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const MaterialDefinition *ApplicationForm::material(const QString &id) const
{
    for (const MaterialDefinition &candidate : materials) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString fieldTypeName(FieldType type)
{
    for (const auto &[candidate, name] : fieldTypeNames) {
        if (candidate == type)
            return name.toString();
    }
    return QString();
}

std::optional<FieldType> fieldTypeFromName(QStringView name)
{
    for (const auto &[type, candidate] : fieldTypeNames) {
        if (candidate == name)
            return type;
    }
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocking: return u"block"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Info: return u"info"_s;
    }
    return QString();
}

} // namespace casedesk
