#include "IntakeReadAloud.h"

#include "citizen/CitizenScreenContent.h"

#include <QApplication>
#include <QGroupBox>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace casedesk {

IntakeReadAloud::IntakeReadAloud(ReadAloud *voice, const WorkingDayCalendar &calendar, QObject *parent)
    : QObject(parent), m_voice(voice), m_calendar(calendar)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { focusChanged(now); });
}

void IntakeReadAloud::follow(QWidget *window, const IntakeSession *session)
{
    if (m_findings)
        disconnect(m_findings, nullptr, this, nullptr);
    m_window = window;
    m_session = session;
    m_lastStep.clear();
    m_lastFormCode = session && session->form() ? session->form()->code : QString();
    m_findings = window->findChild<QTreeWidget *>(u"findings"_s);
    if (m_findings)
        connect(m_findings, &QTreeWidget::currentItemChanged, this,
                [this](QTreeWidgetItem *item) { findingChanged(item); });
    connect(window, &QObject::destroyed, this, [this] { m_session = nullptr; });
}

QDate IntakeReadAloud::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

QString IntakeReadAloud::stepOf(const QWidget *widget) const
{
    for (const QWidget *w = widget; w && w != m_window; w = w->parentWidget()) {
        // A titled group, or a question page that carries its question as its name.
        if (const auto *group = qobject_cast<const QGroupBox *>(w))
            return group->title().isEmpty() ? group->accessibleName() : QString(group->title()).remove(u'&');
    }
    return QString();
}

SpokenStep IntakeReadAloud::current() const
{
    SpokenStep spoken;
    if (!m_window || !m_session)
        return spoken;
    spoken.step = stepOf(QApplication::focusWidget());
    if (m_findings && m_findings->currentItem())
        spoken.finding = m_findings->currentItem()->text(0);
    const CitizenScreenContent content = citizenContent(*m_session, m_calendar, today());
    spoken.promisedDate = content.promisedDate;
    spoken.promisedWorkingDays = content.promisedWorkingDays;
    return spoken;
}

void IntakeReadAloud::readCurrent()
{
    m_voice->say(spokenText(current()));
}

void IntakeReadAloud::focusChanged(QWidget *now)
{
    if (!m_window || !m_session || !now || now->window() != m_window)
        return;
    const QString step = stepOf(now);
    if (step.isEmpty() || step == m_lastStep)
        return;
    m_lastStep = step;
    m_voice->say(spokenText(SpokenStep{step, {}, {}, 0}));
}

void IntakeReadAloud::findingChanged(QTreeWidgetItem *item)
{
    if (!item || !m_session)
        return;
    m_voice->say(spokenText(SpokenStep{{}, item->text(0), {}, 0}));
}

void IntakeReadAloud::sessionChanged()
{
    if (!m_session)
        return;
    const QString code = m_session->form() ? m_session->form()->code : QString();
    if (code == m_lastFormCode)
        return;
    m_lastFormCode = code;
    const SpokenStep now = current();
    m_voice->say(spokenText(SpokenStep{{}, {}, now.promisedDate, now.promisedWorkingDays}));
}

} // namespace casedesk
