#include "ScreenLock.h"

#include "dialogs/SignInDialog.h"
#include "theme/Tone.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// An opaque sheet over a whole window, following its size, that takes the
// focus away from whatever field was being typed in.
class LockCover final : public QWidget
{
public:
    explicit LockCover(QWidget *window) : QWidget(window)
    {
        setObjectName(u"lockCover"_s);
        setAutoFillBackground(true);
        setFocusPolicy(Qt::StrongFocus);
        // It takes the focus: a screen reader says what it is.
        setAccessibleName(ScreenLock::tr("Locked"));
        setAccessibleDescription(ScreenLock::tr("Sign in again in the unlock dialog to carry on"));
        auto *label = new QLabel(ScreenLock::tr("🔒 Locked. Sign in to carry on."), this);
        label->setObjectName(u"lockCoverText"_s);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        setTone(label, Tone::Heading);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(label);
        window->installEventFilter(this);
        follow();
        show();
        raise();
        setFocus(Qt::OtherFocusReason);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parentWidget()
            && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded
                || event->type() == QEvent::LayoutRequest))
            follow();
        return QWidget::eventFilter(watched, event);
    }

private:
    void follow()
    {
        setGeometry(parentWidget()->rect());
        raise();
    }
};

} // namespace

ScreenLock::ScreenLock(Session &session, SignInService &signIn, QObject *parent)
    : QObject(parent), m_session(session), m_signIn(signIn)
{ }

ScreenLock::~ScreenLock()
{
    uncoverAll();
    delete m_dialog;
}

void ScreenLock::lock(const QString &why)
{
    if (m_locked)
        return;
    m_locked = true;
    if (auto recorded = m_session.lock(why); !recorded)
        Q_EMIT failed(recorded.error().message); // locked all the same
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && window->isWindow() && !qobject_cast<SignInDialog *>(window))
            cover(window);
    }
    m_dialog = new SignInDialog(m_signIn, SignInDialog::Mode::Unlock);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setLockedUser(m_session.user().name.isEmpty() ? m_session.user().id : m_session.user().name);
    m_dialog->setUser(m_session.user().id);
    connect(m_dialog, &SignInDialog::signedIn, this, &ScreenLock::signedIn);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    Q_EMIT locked();
}

void ScreenLock::cover(QWidget *window)
{
    // The title may name a case or an applicant.
    m_covered.append({window, new LockCover(window), window->windowTitle()});
    window->setWindowTitle(tr("CaseDesk — locked"));
}

void ScreenLock::uncoverAll()
{
    for (const Covered &covered : std::as_const(m_covered)) {
        if (covered.window)
            covered.window->setWindowTitle(covered.title);
        delete covered.cover;
    }
    m_covered.clear();
}

void ScreenLock::signedIn(const SignInOutcome &outcome)
{
    auto resumed = m_session.resume(outcome);
    // Unlocked even when the unlock could not be recorded: the password was right.
    if (!resumed) {
        Q_EMIT failed(resumed.error().message);
    } else if (*resumed == Session::Resumption::OtherUser) {
        // The program ends this session; its windows go with it.
        Q_EMIT otherUserSignedIn(outcome);
        return;
    }
    m_locked = false;
    uncoverAll();
    Q_EMIT unlocked();
}

void closeSessionWindows(QWidget *mainWindow)
{
    const QList<QWidget *> children = mainWindow->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isWindow() && child->isVisible())
            child->close();
    }
    mainWindow->hide();
}

} // namespace casedesk
