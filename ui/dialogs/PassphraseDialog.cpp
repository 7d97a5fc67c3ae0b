#include "PassphraseDialog.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

PassphraseDialog::PassphraseDialog(Mode mode, QWidget *parent)
    : QDialog(parent),
      m_mode(mode),
      m_explanation(new QLabel(this)),
      m_passphraseLabel(new QLabel(this)),
      m_passphrase(new QLineEdit(this)),
      m_confirmationLabel(new QLabel(this)),
      m_confirmation(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"passphraseDialog"_s);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_confirmation->setObjectName(u"confirmationEdit"_s);
    m_problem->setObjectName(u"problemLabel"_s);
    m_buttons->setObjectName(u"buttons"_s);
    m_explanation->setWordWrap(true);
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Problem);
    m_problem->hide();
    for (QLineEdit *edit : {m_passphrase, m_confirmation})
        edit->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmationLabel->setBuddy(m_confirmation);

    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmationLabel, m_confirmation);
    m_confirmationLabel->setVisible(mode == Mode::Create);
    m_confirmation->setVisible(mode == Mode::Create);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    retranslate();
    validate();
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslate()
{
    setWindowTitle(m_mode == Mode::Create ? tr("Protect this workstation's data") : tr("Unlock CaseDesk"));
    m_explanation->setText(
        m_mode == Mode::Create
            ? tr("No system keychain is available on this computer, so the key that encrypts this workstation's "
                 "data will be sealed with a passphrase. Choose one of at least %1 characters and keep it safe: "
                 "without it the data cannot be opened.")
                  .arg(minimumLength)
            : tr("This workstation's data is sealed with a passphrase. Enter it to continue."));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_confirmationLabel->setText(tr("&Repeat it:"));
    const bool create = m_mode == Mode::Create;
    m_buttons->button(QDialogButtonBox::Ok)->setText(create ? tr("&Create") : tr("&Unlock"));
    describe(m_buttons->button(QDialogButtonBox::Ok),
             create ? tr("Seal the key to this workstation's data with the passphrase")
                    : tr("Open this workstation's data"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    describe(m_buttons->button(QDialogButtonBox::Cancel), tr("Quit CaseDesk; nothing is changed"),
             QKeySequence(Qt::Key_Escape));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    describe(m_passphrase,
             create ? tr("At least %1 characters; without it the data cannot be opened").arg(minimumLength)
                    : tr("The passphrase that seals this workstation's data"));
    m_confirmation->setAccessibleName(tr("Repeat the passphrase"));
    describe(m_confirmation, tr("The same passphrase again, to rule out a typing mistake"));
    validate();
}

void PassphraseDialog::validate()
{
    QString problem;
    const int length = int(m_passphrase->text().size());
    if (m_mode == Mode::Create) {
        if (length > 0 && length < minimumLength)
            problem = tr("The passphrase needs at least %1 characters.").arg(minimumLength);
        else if (!m_confirmation->text().isEmpty() && m_confirmation->text() != m_passphrase->text())
            problem = tr("The two passphrases differ.");
    }
    const bool acceptable =
        m_mode == Mode::Create ? length >= minimumLength && m_confirmation->text() == m_passphrase->text() : length > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
    if (!problem.isEmpty() || m_mode == Mode::Create)
        setProblem(problem);
}

void PassphraseDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

SecureBytes PassphraseDialog::takePassphrase()
{
    QByteArray utf8 = m_passphrase->text().toUtf8();
    // QLineEdit keeps its text in a QString we cannot wipe directly; clearing
    // both fields drops the widget's copies.
    m_passphrase->clear();
    m_confirmation->clear();
    return SecureBytes::takeFrom(utf8);
}

} // namespace casedesk
