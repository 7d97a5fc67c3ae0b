#include "CitizenScreenPresenter.h"

#include "CitizenScreen.h"
#include "intake/IntakeWindow.h"

#include <QTimeZone>

namespace casedesk {

CitizenScreenPresenter::CitizenScreenPresenter(CitizenScreen *screen, RatingStore ratings,
                                               const WorkingDayCalendar &calendar, QString counterId, QString staffId,
                                               QObject *parent)
    : QObject(parent),
      m_screen(screen),
      m_ratings(std::move(ratings)),
      m_calendar(calendar),
      m_counterId(std::move(counterId)),
      m_staffId(std::move(staffId))
{
    connect(m_screen, &CitizenScreen::ratingChosen, this, &CitizenScreenPresenter::submitRating);
}

void CitizenScreenPresenter::follow(IntakeWindow *intake)
{
    followWindow(intake);
}

void CitizenScreenPresenter::follow(SimplifiedIntakeWindow *intake)
{
    followWindow(intake);
}

template<class Window>
void CitizenScreenPresenter::followWindow(Window *intake)
{
    if (m_intake)
        disconnect(m_intake, nullptr, this, nullptr);
    m_intake = intake;
    m_session = &intake->session();
    connect(intake, &Window::sessionChanged, this, &CitizenScreenPresenter::refresh);
    connect(intake, &Window::caseAccepted, this, &CitizenScreenPresenter::showAccepted);
    connect(intake, &Window::noticeIssued, this, &CitizenScreenPresenter::showNotice);
    // An intake closed before its end: the screen waits for the next one.
    connect(intake, &QObject::destroyed, this, [this] {
        m_session = nullptr;
        if (m_screen->content().stage == CitizenScreenContent::Stage::Intake)
            m_screen->showContent({});
    });
    refresh();
}

const IntakeSession *CitizenScreenPresenter::followedSession() const
{
    return m_intake ? m_session : nullptr;
}

void CitizenScreenPresenter::refresh()
{
    if (const IntakeSession *session = followedSession())
        m_screen->showContent(citizenContent(*session, m_calendar, today()));
}

void CitizenScreenPresenter::showAccepted(const AcceptanceReceipt &receipt)
{
    CitizenScreenContent content = citizenContent(receipt);
    // The intake knew whether the applicant is a company, whose name is public.
    if (const IntakeSession *session = followedSession(); session && session->caseId() == receipt.caseId)
        content.applicantName = citizenContent(*session, m_calendar, today()).applicantName;
    m_screen->showContent(content);
    m_screen->askForRating();
    m_intake.clear();
    m_session = nullptr;
}

void CitizenScreenPresenter::showNotice(const CorrectionNotice &notice)
{
    CitizenScreenContent content = citizenContent(notice);
    if (const IntakeSession *session = followedSession(); session && session->caseId() == notice.caseId)
        content.applicantName = citizenContent(*session, m_calendar, today()).applicantName;
    m_screen->showContent(content);
    m_screen->askForRating();
    m_intake.clear();
    m_session = nullptr;
}

void CitizenScreenPresenter::submitRating(RatingLevel level, const QString &reason)
{
    const QString caseId = m_screen->content().caseId;
    if (caseId.isEmpty())
        return;
    auto outcome = m_ratings.submit(NewRating{caseId, level, reason, m_counterId, m_staffId, nowUtc()}, m_calendar);
    if (!outcome) {
        m_screen->showRatingProblem(outcome.error().message);
        return;
    }
    m_screen->showThanks();
    Q_EMIT rated(*outcome);
}

QDateTime CitizenScreenPresenter::nowUtc() const
{
    return m_fixedNowUtc.isValid() ? m_fixedNowUtc : QDateTime::currentDateTimeUtc();
}

QDate CitizenScreenPresenter::today() const
{
    // The hall's calendar day (Beijing time), as the intake counts it.
    return nowUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace casedesk
