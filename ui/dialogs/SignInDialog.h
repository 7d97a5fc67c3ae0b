#pragma once

#include "security/SignInService.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace casedesk {

// Asks for a user id and password, and the one-time code of an account with
// a second factor, and has the SignInService check them:
// to start work, to unlock a locked screen, or for a supervisor to allow an
// override at a clerk's counter. A refusal (wrong password, the wait after
// too many failures, the platform unreachable with nothing cached here) is
// shown in the dialog and the user tries again; the user id stays, the
// password and the code are cleared. When the platform asks for the code,
// the code field takes the focus.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Start, Unlock, Supervisor };

    SignInDialog(SignInService &service, Mode mode, QWidget *parent = nullptr);

    void setUser(const QString &userId);
    // Who may sign in here beyond a right password (a supervisor for an
    // override): an empty answer admits, otherwise the answer is shown.
    void setRequirement(std::function<QString(const SignedInUser &)> requirement);
    // Unlock mode: whose session is locked, named in the explanation.
    void setLockedUser(const QString &userName);

    // The last successful outcome, once accepted().
    const SignInOutcome &outcome() const { return m_outcome; }
    QString message() const;

public Q_SLOTS:
    // Sends what was typed to the service; nothing happens while an answer is awaited.
    void submit();
    void reject() override;

Q_SIGNALS:
    void signedIn(const casedesk::SignInOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void answered(const SignInOutcome &outcome);
    void showMessage(const QString &message);
    void setWaiting(bool waiting);

    SignInService &m_service;
    Mode m_mode;
    QLabel *m_explanation;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_oneTimeCodeLabel;
    QLineEdit *m_oneTimeCode;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::function<QString(const SignedInUser &)> m_requirement;
    QString m_lockedUser;
    SignInOutcome m_outcome;
    bool m_waiting = false;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::SignInOutcome)
