#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// The five levels of the national "好差评" rating of government services,
// best first.
enum class RatingLevel { VerySatisfied, Satisfied, BasicallySatisfied, Dissatisfied, VeryDissatisfied };
QList<RatingLevel> allRatingLevels();
// The API's name: "very-satisfied" … "very-dissatisfied".
QString ratingLevelName(RatingLevel level);
std::optional<RatingLevel> ratingLevelFromName(QStringView name);
// "非常满意" … "非常不满意" in Chinese, translated.
QString ratingLevelTitle(RatingLevel level);
// 不满意 and 非常不满意 are bad ratings (差评): each opens a follow-up (差评整改).
bool isBadRating(RatingLevel level);

// The longest reason a citizen may give, in characters.
inline constexpr int maximumRatingReasonLength = 500;
// The longest note a supervisor may close a follow-up with, in characters.
inline constexpr int maximumFollowUpNoteLength = 2000;

// A citizen's rating of one case, as the counter records it.
struct Rating {
    QString id; // also the id of the op that carries it to the platform
    QString caseId;
    RatingLevel level = RatingLevel::VerySatisfied;
    QString reason; // optional, in the citizen's words
    QString counterId;
    QString staffId;
    QDateTime ratedUtc;
};

} // namespace casedesk
