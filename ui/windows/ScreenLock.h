#pragma once

#include "dialogs/SignInDialog.h"
#include "security/Session.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace casedesk {

// Locks the screen of a session: every window of the program, dialogs
// included, is covered so that none of its content shows, and an unlock
// dialog asks for a sign-in. The same user signing in uncovers everything
// as it was; another user signing in is reported (otherUserSignedIn) so that
// the program ends this session and starts theirs.
class ScreenLock final : public QObject
{
    Q_OBJECT
public:
    ScreenLock(Session &session, SignInService &signIn, QObject *parent = nullptr);
    ~ScreenLock() override;

    bool isLocked() const { return m_locked; }
    SignInDialog *unlockDialog() const { return m_dialog; }

public Q_SLOTS:
    // why: "idle" or "manual", recorded with the lock.
    void lock(const QString &why);

Q_SIGNALS:
    void locked();
    void unlocked();
    void otherUserSignedIn(const casedesk::SignInOutcome &outcome);
    void failed(const QString &message);

private:
    void cover(QWidget *window);
    void uncoverAll();
    void signedIn(const SignInOutcome &outcome);

    Session &m_session;
    SignInService &m_signIn;
    bool m_locked = false;
    QPointer<SignInDialog> m_dialog;
    struct Covered {
        QPointer<QWidget> window;
        QPointer<QWidget> cover;
        QString title;
    };
    QList<Covered> m_covered;
};

// Closes every window a session opened from its main window (intakes save
// their drafts as they close; dialogs are rejected), then hides the main
// window itself: what a session's end does to the screen.
void closeSessionWindows(QWidget *mainWindow);

} // namespace casedesk
