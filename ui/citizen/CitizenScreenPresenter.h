#pragma once

#include "CitizenScreenContent.h"
#include "feedback/RatingStore.h"
#include "intake/IntakeWindow.h"
#include "intake/SimplifiedIntakeWindow.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace casedesk {

class CitizenScreen;

// Keeps the citizen screen in step with the intake at this counter: what is
// being taken in as the clerk types, then the receipt or the correction
// notice and the rating pad; the rating goes to the vault (RatingStore), and
// from there to the platform. The intake window knows nothing of it.
class CitizenScreenPresenter final : public QObject
{
    Q_OBJECT
public:
    CitizenScreenPresenter(CitizenScreen *screen, RatingStore ratings, const WorkingDayCalendar &calendar,
                           QString counterId, QString staffId, QObject *parent = nullptr);

    // Follows this intake from now on (the last one followed is let go).
    void follow(IntakeWindow *intake);
    void follow(SimplifiedIntakeWindow *intake);
    // For tests: the day the promised date counts from and the time of a
    // rating; the real clock otherwise.
    void setNow(const QDateTime &nowUtc) { m_fixedNowUtc = nowUtc; }

public Q_SLOTS:
    void refresh();
    void showAccepted(const casedesk::AcceptanceReceipt &receipt);
    void showNotice(const casedesk::CorrectionNotice &notice);
    void submitRating(casedesk::RatingLevel level, const QString &reason);

Q_SIGNALS:
    // Stored, with its follow-up when the rating was bad.
    void rated(const casedesk::RatingOutcome &outcome);

private:
    template<class Window>
    void followWindow(Window *intake);
    const IntakeSession *followedSession() const;
    QDateTime nowUtc() const;
    QDate today() const;

    CitizenScreen *m_screen;
    RatingStore m_ratings;
    const WorkingDayCalendar &m_calendar;
    QString m_counterId;
    QString m_staffId;
    QPointer<QWidget> m_intake;
    IntakeSession *m_session = nullptr; // the followed window's
    QDateTime m_fixedNowUtc;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::RatingOutcome)
