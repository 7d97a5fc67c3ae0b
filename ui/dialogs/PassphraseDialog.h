#pragma once

#include "keys/SecureBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace casedesk {

// Asks for the passphrase that seals the vault key: once to unlock, twice
// (typed and confirmed) to create a profile when no system keychain exists.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unlock, Create };

    explicit PassphraseDialog(Mode mode, QWidget *parent = nullptr);

    // Shown under the field after a failed attempt.
    void setProblem(const QString &problem);
    // The passphrase, moved out of the field (which is cleared).
    SecureBytes takePassphrase();

    static constexpr int minimumLength = 8;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    Mode m_mode;
    QLabel *m_explanation;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_confirmationLabel;
    QLineEdit *m_confirmation;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace casedesk
