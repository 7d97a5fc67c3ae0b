#pragma once

#include "ReadAloud.h"
#include "domain/calendar/WorkingDayCalendar.h"
#include "intake/IntakeSession.h"

#include <QObject>
#include <QPointer>

class QTreeWidget;
class QTreeWidgetItem;

namespace casedesk {

class IntakeWindow;

// Reads an intake aloud as the clerk works (ReadAloud): the step, when the
// focus enters another part of the window (the title of the group it lies
// in); the finding, when one is selected in the pre-review ("findings"); the
// promised date, when a service item is chosen. The intake windows know
// nothing of it.
class IntakeReadAloud final : public QObject
{
    Q_OBJECT
public:
    IntakeReadAloud(ReadAloud *voice, const WorkingDayCalendar &calendar, QObject *parent = nullptr);

    // Follows this intake window (the standard or the simplified one) and its
    // session from now on.
    void follow(QWidget *window, const IntakeSession *session);
    void setToday(QDate today) { m_today = today; }

    // What would be read now: the step of the focused widget, the selected
    // finding, the promised date.
    SpokenStep current() const;

public Q_SLOTS:
    // The session changed: a newly chosen item's promised date is read.
    void sessionChanged();
    // Reads everything at once (the step, the finding, the date).
    void readCurrent();

private:
    void focusChanged(QWidget *now);
    void findingChanged(QTreeWidgetItem *item);
    QString stepOf(const QWidget *widget) const;
    QDate today() const;

    ReadAloud *m_voice;
    const WorkingDayCalendar &m_calendar;
    QPointer<QWidget> m_window;
    const IntakeSession *m_session = nullptr;
    QPointer<QTreeWidget> m_findings;
    QString m_lastStep;
    QString m_lastFormCode;
    QDate m_today;
};

} // namespace casedesk
