#include "Rating.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casedesk {

QList<RatingLevel> allRatingLevels()
{
    return {RatingLevel::VerySatisfied, RatingLevel::Satisfied, RatingLevel::BasicallySatisfied,
            RatingLevel::Dissatisfied, RatingLevel::VeryDissatisfied};
}

QString ratingLevelName(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied: return u"very-satisfied"_s;
    case RatingLevel::Satisfied: return u"satisfied"_s;
    case RatingLevel::BasicallySatisfied: return u"basically-satisfied"_s;
    case RatingLevel::Dissatisfied: return u"dissatisfied"_s;
    case RatingLevel::VeryDissatisfied: return u"very-dissatisfied"_s;
    }
    return QString();
}

std::optional<RatingLevel> ratingLevelFromName(QStringView name)
{
    for (RatingLevel level : allRatingLevels()) {
        if (ratingLevelName(level) == name)
            return level;
    }
    return std::nullopt;
}

QString ratingLevelTitle(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied: return QCoreApplication::translate("Rating", "Very satisfied");
    case RatingLevel::Satisfied: return QCoreApplication::translate("Rating", "Satisfied");
    case RatingLevel::BasicallySatisfied: return QCoreApplication::translate("Rating", "Basically satisfied");
    case RatingLevel::Dissatisfied: return QCoreApplication::translate("Rating", "Dissatisfied");
    case RatingLevel::VeryDissatisfied: return QCoreApplication::translate("Rating", "Very dissatisfied");
    }
    return QString();
}

bool isBadRating(RatingLevel level)
{
    return level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied;
}

} // namespace casedesk
