#include "SignInDialog.h"
#include "security/OneTimeCode.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

SignInDialog::SignInDialog(SignInService &service, Mode mode, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_mode(mode),
      m_explanation(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_user(new QLineEdit(this)),
      m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)),
      m_oneTimeCodeLabel(new QLabel(this)),
      m_oneTimeCode(new QLineEdit(this)),
      m_message(new QLabel(this)),
      // An unlock is the locked session's way back, or another user's way
      // in: there is nothing to cancel to.
      m_buttons(new QDialogButtonBox(mode == Mode::Unlock ? QDialogButtonBox::StandardButtons(QDialogButtonBox::Ok)
                                                          : QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                     this))
{
    setObjectName(u"signInDialog"_s);
    m_user->setObjectName(u"signInUser"_s);
    m_password->setObjectName(u"signInPassword"_s);
    m_oneTimeCode->setObjectName(u"signInOneTimeCode"_s);
    m_message->setObjectName(u"signInMessage"_s);
    m_buttons->setObjectName(u"signInButtons"_s);
    m_explanation->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    setTone(m_message, Tone::Problem);
    m_message->hide();
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_oneTimeCodeLabel->setBuddy(m_oneTimeCode);
    m_oneTimeCode->setMaxLength(onetimecode::digits);
    m_oneTimeCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,%1}"_s.arg(onetimecode::digits)), m_oneTimeCode));
    m_oneTimeCode->setInputMethodHints(Qt::ImhDigitsOnly);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_oneTimeCodeLabel, m_oneTimeCode);
    // Wide enough for the messages to wrap into a few lines, at any font size.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    // Enter in the user id moves on to the password; in the password, signs
    // in; in the code, moves on to a password still to type, or signs in.
    connect(m_user, &QLineEdit::returnPressed, m_password, [this] { m_password->setFocus(); });
    connect(m_oneTimeCode, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    retranslate();
}

void SignInDialog::setUser(const QString &userId)
{
    m_user->setText(userId);
    if (!userId.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setRequirement(std::function<QString(const SignedInUser &)> requirement)
{
    m_requirement = std::move(requirement);
}

void SignInDialog::setLockedUser(const QString &userName)
{
    m_lockedUser = userName;
    retranslate();
}

QString SignInDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SignInDialog::submit()
{
    if (m_waiting)
        return;
    if (m_user->text().trimmed().isEmpty()) {
        showMessage(tr("Enter your user id."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    QByteArray utf8 = m_password->text().toUtf8();
    // QLineEdit keeps its text in a QString we cannot wipe directly;
    // clearing the field drops the widget's copy.
    m_password->clear();
    // A code is good once: the next attempt needs the token's next one.
    const QString oneTimeCode = m_oneTimeCode->text();
    m_oneTimeCode->clear();
    setWaiting(true);
    const SignInPurpose purpose = m_mode == Mode::Start ? SignInPurpose::Session
        : m_mode == Mode::Unlock                        ? SignInPurpose::Unlock
                                                        : SignInPurpose::Override;
    QPointer<SignInDialog> self(this);
    m_service.signIn(m_user->text().trimmed(), SecureBytes::takeFrom(utf8), oneTimeCode, purpose,
                     [self](SignInOutcome outcome) {
                         if (self)
                             self->answered(outcome);
                     });
}

void SignInDialog::answered(const SignInOutcome &outcome)
{
    setWaiting(false);
    if (!outcome.signedIn()) {
        showMessage(outcome.message);
        if (outcome.kind == SignInOutcome::Kind::SecondFactorRequired)
            m_oneTimeCode->setFocus();
        else
            m_password->setFocus();
        return;
    }
    if (m_requirement) {
        if (const QString refusal = m_requirement(outcome.user); !refusal.isEmpty()) {
            showMessage(refusal);
            m_user->setFocus();
            m_user->selectAll();
            return;
        }
    }
    m_outcome = outcome;
    showMessage(QString());
    Q_EMIT signedIn(outcome);
    accept();
}

void SignInDialog::reject()
{
    if (m_mode == Mode::Unlock)
        return; // Esc does not uncover a locked screen
    QDialog::reject();
}

void SignInDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    // A window does not grow by itself for a wrapped label's extra lines:
    // without this, the end of a long message was cut off.
    layout()->activate();
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}

void SignInDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_user->setEnabled(!waiting);
    m_password->setEnabled(!waiting);
    m_oneTimeCode->setEnabled(!waiting);
    m_buttons->setEnabled(!waiting);
    if (waiting)
        showMessage(QString());
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    switch (m_mode) {
    case Mode::Start:
        setWindowTitle(tr("Sign in to CaseDesk"));
        m_explanation->setText(tr("Sign in with your own user id and password."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
        describe(m_buttons->button(QDialogButtonBox::Ok), tr("Check the user id and password and start work"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
        describe(m_buttons->button(QDialogButtonBox::Cancel), tr("Quit CaseDesk"), QKeySequence(Qt::Key_Escape));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("CaseDesk is locked"));
        m_explanation->setText(
            tr("The screen was locked. %1 signs in again to carry on; another user signing in ends %1's session "
               "(unfinished intakes are kept as drafts).")
                .arg(m_lockedUser));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
        describe(m_buttons->button(QDialogButtonBox::Ok),
                 tr("Carry on; another user signing in here ends the locked session"));
        break;
    case Mode::Supervisor:
        setWindowTitle(tr("Supervisor sign-in"));
        m_explanation->setText(tr("A supervisor signs in here to allow accepting despite blocking findings. The "
                                  "override is recorded under the supervisor's id."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Allow"));
        describe(m_buttons->button(QDialogButtonBox::Ok), tr("Allow the override under the supervisor's id"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        describe(m_buttons->button(QDialogButtonBox::Cancel), tr("Close without allowing the override"),
                 QKeySequence(Qt::Key_Escape));
        break;
    }
    m_userLabel->setText(tr("&User id:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_user->setAccessibleName(tr("User id"));
    describe(m_user, tr("Your own user id; Enter moves on to the password"));
    m_password->setAccessibleName(tr("Password"));
    describe(m_password, tr("The password of that user id; Enter signs in"));
    m_oneTimeCodeLabel->setText(tr("One-time &code:"));
    m_oneTimeCode->setPlaceholderText(tr("Only if your account has a token"));
    m_oneTimeCode->setAccessibleName(tr("One-time code"));
    describe(m_oneTimeCode,
             tr("The %n digits your token shows now, for an account with a second factor; leave it "
                "empty otherwise. Enter signs in",
                nullptr, onetimecode::digits));
}

} // namespace casedesk
