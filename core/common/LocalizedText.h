#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace casedesk {

// A text a citizen or clerk reads, in both of the hall's languages at once:
// a finding or a notice may be shown in Chinese at the counter and logged or
// exported in English, whatever language the program runs in.
struct LocalizedText {
    QString zh;
    QString en;

    // Chinese for a Chinese locale, English otherwise.
    QString in(const QLocale &locale) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;

    QJsonObject toJson() const;
    // {"zh": "...", "en": "..."}; a plain string stands for both.
    static LocalizedText fromJson(const QJsonValue &value);

    // A message written in C++: the English source marked with
    // QT_TRANSLATE_NOOP(context, source) so lupdate collects it, and its
    // Chinese taken from translations/casedesk_zh_CN.ts (compiled in).
    // %1, %2, … are replaced by args in both languages.
    static LocalizedText translated(const char *context, const char *source, const QStringList &args = {});
    // Same, with arguments that are themselves bilingual (a field's label).
    static LocalizedText translated(const char *context, const char *source, const QList<LocalizedText> &args);
};

} // namespace casedesk
