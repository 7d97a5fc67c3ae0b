#pragma once

#include "CatalogueModel.h"
#include "common/Expected.h"

#include <QDate>
#include <QJsonObject>

namespace casedesk {

// A worked example that ships with an item or bundle (docs/catalogue.md,
// "examples"): an application and the rules it must trip — none for a
// complete one. `casedeskctl catalogue check` and the tests run them.
struct CatalogueExample {
    QString formCode;
    QString name;
    QDate reviewDate;
    QJsonObject application;
    QStringList expectedRuleIds;
};

// The service catalogue: items, bundles and their examples, checked as a whole
// when loaded (CatalogueLoader), so every form it hands out is consistent.
class Catalogue
{
public:
    Catalogue() = default;
    Catalogue(QString version, QList<ServiceItem> items, QList<Bundle> bundles, QList<CatalogueExample> examples);

    QString version() const { return m_version; }
    const QList<ServiceItem> &items() const { return m_items; }
    const QList<Bundle> &bundles() const { return m_bundles; }
    const QList<CatalogueExample> &examples() const { return m_examples; }

    const ServiceItem *item(const QString &code) const;
    const Bundle *bundle(const QString &code) const;

    // The form for an item or a bundle. For a bundle each field and material
    // is asked once (by id), rules are kept per item ("<item>/<rule>").
    Expected<ApplicationForm> form(const QString &code) const;

private:
    QString m_version;
    QList<ServiceItem> m_items;
    QList<Bundle> m_bundles;
    QList<CatalogueExample> m_examples;
};

} // namespace casedesk
