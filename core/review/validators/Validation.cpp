#include "Validation.h"

using namespace Qt::StringLiterals;

namespace casedesk {

Validation Validation::valid(QString normalized)
{
    Validation result;
    result.normalized = std::move(normalized);
    return result;
}

Validation Validation::warning(QString normalized, QString reason, LocalizedText message, LocalizedText hint)
{
    return Validation{Verdict::Warning, std::move(reason), std::move(message), std::move(hint), std::move(normalized)};
}

Validation Validation::invalid(QString reason, LocalizedText message, LocalizedText hint)
{
    return Validation{Verdict::Invalid, std::move(reason), std::move(message), std::move(hint), QString()};
}

QString verdictName(Validation::Verdict verdict)
{
    switch (verdict) {
    case Validation::Verdict::Valid: return u"valid"_s;
    case Validation::Verdict::Warning: return u"warning"_s;
    case Validation::Verdict::Invalid: return u"invalid"_s;
    }
    return QString();
}

LocalizedText validatorText(const char *source, const QStringList &args)
{
    return LocalizedText::translated("Validators", source, args);
}

QString canonicalInput(QStringView input)
{
    // U+FF01..U+FF5E are the full-width forms of U+0021..U+007E, at a fixed
    // distance (Unicode Halfwidth and Fullwidth Forms block).
    constexpr char16_t fullWidthFirst = 0xFF01;
    constexpr char16_t fullWidthLast = 0xFF5E;
    constexpr char16_t fullWidthOffset = 0xFF01 - 0x21;
    constexpr char16_t ideographicSpace = 0x3000;
    QString folded;
    folded.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= fullWidthFirst && u <= fullWidthLast)
            folded.append(QChar(char16_t(u - fullWidthOffset)));
        else if (u == ideographicSpace)
            folded.append(u' ');
        else
            folded.append(c);
    }
    return folded.trimmed();
}

} // namespace casedesk
