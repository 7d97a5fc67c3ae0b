#include "Catalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casedesk {

Catalogue::Catalogue(QString version, QList<ServiceItem> items, QList<Bundle> bundles, QList<CatalogueExample> examples)
    : m_version(std::move(version)),
      m_items(std::move(items)),
      m_bundles(std::move(bundles)),
      m_examples(std::move(examples))
{ }

const ServiceItem *Catalogue::item(const QString &code) const
{
    for (const ServiceItem &candidate : m_items) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

const Bundle *Catalogue::bundle(const QString &code) const
{
    for (const Bundle &candidate : m_bundles) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

namespace {

bool sameField(const FieldDefinition &a, const FieldDefinition &b)
{
    return a.type == b.type;
}

// Adds an item's fields, materials and rules to a form, each field and
// material once. A field asked by two items must mean the same thing (same
// type); it is required if any item requires it.
Expected<void> merge(ApplicationForm &form, const ServiceItem &item)
{
    for (const FieldDefinition &field : item.fields) {
        const auto existing = std::find_if(form.fields.begin(), form.fields.end(),
                                           [&](const FieldDefinition &f) { return f.id == field.id; });
        if (existing == form.fields.end()) {
            form.fields.append(field);
        } else if (!sameField(*existing, field)) {
            return Error::make(ErrorCode::Corrupt,
                               QCoreApplication::translate("Catalogue",
                                                           "field %1 of item %2 has another type than the same "
                                                           "field in an earlier item of the bundle")
                                   .arg(field.id, item.code));
        } else {
            existing->required = existing->required || field.required;
        }
    }
    for (const MaterialDefinition &material : item.materials) {
        const auto existing = std::find_if(form.materials.begin(), form.materials.end(),
                                           [&](const MaterialDefinition &m) { return m.id == material.id; });
        if (existing == form.materials.end()) {
            form.materials.append(material);
        } else {
            existing->required = existing->required || material.required;
            existing->eLicenceAccepted = existing->eLicenceAccepted && material.eLicenceAccepted;
            existing->copies = std::max(existing->copies, material.copies);
            for (const QString &fact : material.recognizedFields) {
                if (!existing->recognizedFields.contains(fact))
                    existing->recognizedFields << fact;
            }
        }
    }
    for (RuleDefinition rule : item.rules) {
        rule.id = item.code + u'/' + rule.id;
        form.rules.append(rule);
    }
    form.itemCodes << item.code;
    form.itemNames << item.name;
    return {};
}

} // namespace

Expected<ApplicationForm> Catalogue::form(const QString &code) const
{
    ApplicationForm form;
    form.code = code;
    if (const ServiceItem *single = item(code)) {
        form.name = single->name;
        form.applicantType = single->applicantType;
        form.legalLimitDays = single->legalLimitDays;
        form.promisedLimitDays = single->promisedLimitDays;
        if (auto merged = merge(form, *single); !merged)
            return merged.error();
        return form;
    }
    const Bundle *bundled = bundle(code);
    if (!bundled)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Catalogue", "The catalogue has no item or bundle \"%1\".").arg(code));
    form.name = bundled->name;
    form.legalLimitDays = bundled->legalLimitDays;
    form.promisedLimitDays = bundled->promisedLimitDays;
    bool anyPerson = false;
    bool anyCompany = false;
    for (const QString &itemCode : bundled->itemCodes) {
        const ServiceItem *member = item(itemCode);
        if (!member)
            return Error::make(
                ErrorCode::Corrupt,
                QCoreApplication::translate("Catalogue", "bundle %1 names an unknown item %2").arg(code, itemCode));
        anyPerson = anyPerson || member->applicantType != ApplicantType::Company;
        anyCompany = anyCompany || member->applicantType != ApplicantType::Person;
        if (auto merged = merge(form, *member); !merged)
            return merged.error();
    }
    form.applicantType = anyPerson && anyCompany ? ApplicantType::Either
        : anyCompany                             ? ApplicantType::Company
                                                 : ApplicantType::Person;
    return form;
}

} // namespace casedesk
