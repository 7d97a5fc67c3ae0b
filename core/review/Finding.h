#pragma once

#include "catalogue/CatalogueModel.h"
#include "common/LocalizedText.h"

#include <QJsonObject>

namespace casedesk {

// One thing pre-review found: how serious, where (a field or a material the
// UI can focus), what is wrong and how to fix it, in both languages.
struct Finding {
    enum class TargetKind { Field, Material };

    QString ruleId; // "<item>/<rule>" for catalogue rules, "field:<id>/…" for built-in checks
    QString reason; // stable code, e.g. "required", "citizen-id.check-character"
    Severity severity = Severity::Blocking;
    TargetKind targetKind = TargetKind::Field;
    QString targetId;
    LocalizedText targetLabel;
    LocalizedText message;
    LocalizedText hint;

    QJsonObject toJson() const;
};

} // namespace casedesk
