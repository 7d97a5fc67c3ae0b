#include "dialogs/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestPassphraseDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createNeedsALongEnoughConfirmedPassphrase()
    {
        PassphraseDialog dialog(PassphraseDialog::Mode::Create);
        dialog.show();
        auto *passphrase = dialog.findChild<QLineEdit *>(u"passphraseEdit"_s);
        auto *confirmation = dialog.findChild<QLineEdit *>(u"confirmationEdit"_s);
        auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(passphrase && confirmation && problem && ok);
        QVERIFY(confirmation->isVisible());
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());

        QTest::keyClicks(passphrase, u"short"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"8"_s));

        passphrase->clear();
        // QTest types Latin-1 only; the Chinese part arrives as an input method would commit it.
        passphrase->insert(u"窗口三号"_s);
        QTest::keyClicks(passphrase, u" passphrase"_s);
        confirmation->insert(u"窗口三号"_s);
        QTest::keyClicks(confirmation, u" passphrasE"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());

        QTest::keyClick(confirmation, Qt::Key_Backspace);
        QTest::keyClicks(confirmation, u"e"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!problem->isVisible());

        const SecureBytes taken = dialog.takePassphrase();
        QCOMPARE(taken.view(), QByteArrayView(u"窗口三号 passphrase"_s.toUtf8()));
        QVERIFY(passphrase->text().isEmpty());
        QVERIFY(confirmation->text().isEmpty());
    }

    void unlockAsksOnceAndShowsAProblem()
    {
        PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
        dialog.show();
        auto *confirmation = dialog.findChild<QLineEdit *>(u"confirmationEdit"_s);
        QVERIFY(!confirmation->isVisible());
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passphraseEdit"_s), u"x"_s);
        QVERIFY(ok->isEnabled());
        dialog.setProblem(u"The passphrase is wrong."_s);
        QVERIFY(dialog.findChild<QLabel *>(u"problemLabel"_s)->isVisible());
    }

    void enterAcceptsFromTheKeyboard()
    {
        PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *passphrase = dialog.findChild<QLineEdit *>(u"passphraseEdit"_s);
        passphrase->setFocus();
        QTest::keyClicks(passphrase, u"passphrase"_s);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestPassphraseDialog)
#include "test_passphrase_dialog.moc"
