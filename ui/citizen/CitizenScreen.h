#pragma once

#include "CitizenScreenContent.h"
#include "feedback/Rating.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QScreen;

namespace casedesk {

// The window the citizen across the counter looks at (the citizen-facing
// screen of an elderly-assist counter): in large type, the item being
// handled, the materials received and still missing and the promised date;
// at the end the five-level rating pad (好差评) with an optional reason.
// Personal data arrives masked (CitizenScreenContent). It shows what it is
// given and says what the citizen chose; CitizenScreenPresenter feeds it.
class CitizenScreen final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qreal bodyPoints = 24.0;
    static constexpr qreal headingPoints = 34.0;

    explicit CitizenScreen(QWidget *parent = nullptr);

    // On a screen of its own when there is one besides the clerk's, full
    // screen; otherwise a normal window on the clerk's screen, to be moved.
    void place(const QList<QScreen *> &screens, const QScreen *clerkScreen);
    // The screen the citizen should look at: the first that is not the
    // clerk's, or none when there is only one.
    static QScreen *citizenScreenAmong(const QList<QScreen *> &screens, const QScreen *clerkScreen);

    void showContent(const CitizenScreenContent &content);
    const CitizenScreenContent &content() const { return m_content; }
    // The rating pad, after an accept or a correction notice.
    void askForRating();
    void showThanks();
    // A rating that could not be kept: the pad stays with the choice made.
    void showRatingProblem(const QString &message);

    bool ratingPadShown() const;

Q_SIGNALS:
    void ratingChosen(casedesk::RatingLevel level, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void render();
    void submit();

    CitizenScreenContent m_content;
    bool m_askingForRating = false;
    bool m_thanked = false;

    QLabel *m_title;
    QLabel *m_waiting;
    QWidget *m_progress;
    QLabel *m_item;
    QLabel *m_applicant;
    QLabel *m_receivedTitle;
    QLabel *m_received;
    QWidget *m_missingColumn;
    QLabel *m_missingTitle;
    QLabel *m_missing;
    QLabel *m_promised;
    QLabel *m_outcome;
    QWidget *m_ratingPad;
    QLabel *m_ratingQuestion;
    QButtonGroup *m_levels;
    QHash<RatingLevel, QPushButton *> m_levelButtons;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_submit;
    QLabel *m_ratingMessage;
    QLabel *m_thanks;
};

} // namespace casedesk
