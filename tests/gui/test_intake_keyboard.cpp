// The intake window at the keyboard, where the mouse would be quicker to
// write tests with: Enter moves on from a choice as from a line edit, a
// material is waived with a reason, the findings are browsed with the arrow
// keys and Enter goes to the field, and the language switches mid-intake
// without losing a keystroke.
#include "IntakeFixture.h"
#include "IntakeKeyboard.h"
#include "common/Localization.h"
#include "intake/IntakeWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTest>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// The label of a row of one of the window's forms ("formBox", "materialsBox").
QString rowLabel(QWidget *window, const QString &box, QWidget *field)
{
    auto *layout = qobject_cast<QFormLayout *>(window->findChild<QGroupBox *>(box)->layout());
    QWidget *row = field;
    // A material's state box sits in a row widget with its other parts.
    while (row && !layout->labelForField(row))
        row = row->parentWidget();
    auto *label = row ? qobject_cast<QLabel *>(layout->labelForField(row)) : nullptr;
    return label ? label->text() : QString();
}

// The findings' entries, group by group.
QList<QTreeWidgetItem *> findingItems(QTreeWidget *findings)
{
    QList<QTreeWidgetItem *> items;
    for (int group = 0; group < findings->topLevelItemCount(); ++group) {
        for (int child = 0; child < findings->topLevelItem(group)->childCount(); ++child)
            items << findings->topLevelItem(group)->child(child);
    }
    return items;
}

bool anyFindingSays(QTreeWidget *findings, const QString &text)
{
    const QList<QTreeWidgetItem *> items = findingItems(findings);
    return std::any_of(items.cbegin(), items.cend(),
                       [&](const QTreeWidgetItem *item) { return item->text(0).contains(text); });
}

} // namespace

class TestIntakeKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_fixture.setUp("intake keyboard tests"); }

    void enterMovesOnFromAChoiceToo()
    {
        IntakeWindow *window = withApplicant(u"gjj.withdrawal"_s);
        QVERIFY(window);

        // The applicant's type, then Enter: on to the ID number.
        auto *kind = window->findChild<QComboBox *>(u"applicantKind"_s);
        QVERIFY(tabTo(window, kind));
        QTest::keyClick(kind, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), window->findChild<QLineEdit *>(u"applicantIdNumber"_s));
        QCOMPARE(window->session().applicant().kind, Applicant::Kind::Person);

        // A choice field: chosen with the arrows, Enter keeps it and moves on.
        auto *reason = window->findChild<QComboBox *>(u"field:withdrawalReason"_s);
        QVERIFY(tabTo(window, reason));
        QVERIFY(choose(reason, u"purchase"_s));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(u"field:withdrawalAmount"_s));
        QCOMPARE(reason->currentData().toString(), u"purchase"_s);
        QCOMPARE(window->session().field(u"withdrawalReason"_s), u"purchase"_s);

        // A material's state, with the keypad's Enter: on to its document.
        auto *bankCard = window->findChild<QComboBox *>(u"material:bankCard"_s);
        QVERIFY(tabTo(window, bankCard));
        QVERIFY(choose(bankCard, int(MaterialState::Received)));
        QTest::keyClick(bankCard, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(u"materialAttach:bankCard"_s));
        QCOMPARE(window->session().material(u"bankCard"_s).state, MaterialState::Received);
        window->close();
    }

    void aWaivedMaterialAsksForAReasonAndKeepsIt()
    {
        IntakeWindow *window = withApplicant(u"gjj.withdrawal"_s);
        QVERIFY(window);
        auto *findings = window->findChild<QTreeWidget *>(u"findings"_s);
        auto *bankCard = window->findChild<QComboBox *>(u"material:bankCard"_s);
        QVERIFY(tabTo(window, bankCard));
        QVERIFY(choose(bankCard, int(MaterialState::Waived)));
        // Waived without a reason blocks, and the reason's box is there.
        QTRY_VERIFY(anyFindingSays(findings, u"waived without a reason"_s));
        QTest::keyClick(bankCard, Qt::Key_Return);
        auto *reason = window->findChild<QLineEdit *>(u"materialReason:bankCard"_s);
        QVERIFY(reason->isVisible());
        QCOMPARE(QApplication::focusWidget(), reason);

        const QString why = u"Salary card held by the employer; account checked by phone"_s;
        type(reason, why);
        QTRY_VERIFY(!anyFindingSays(findings, u"waived without a reason"_s));
        QCOMPARE(window->session().material(u"bankCard"_s).state, MaterialState::Waived);
        QCOMPARE(window->session().material(u"bankCard"_s).waiverReason, why);

        // Kept when the rows are made again (a scan attached to another
        // material) and in the draft.
        QVERIFY(window->importMaterial(u"idCard"_s, QStringLiteral(CASEDESK_TEST_DATA "/documents/sample.png")));
        bankCard = window->findChild<QComboBox *>(u"material:bankCard"_s);
        QCOMPARE(bankCard->currentData().toInt(), int(MaterialState::Waived));
        QCOMPARE(window->findChild<QLineEdit *>(u"materialReason:bankCard"_s)->text(), why);
        const auto draft = m_fixture.savedDraft(window->session().caseId());
        QVERIFY(draft);
        QCOMPARE(draft->content[u"application"_s][u"materials"_s][u"bankCard"_s][u"reason"_s].toString(), why);
        window->close();
    }

    void theArrowsBrowseTheFindingsAndEnterGoesToTheField()
    {
        IntakeWindow *window = withApplicant(u"gjj.withdrawal"_s);
        QVERIFY(window);
        auto *findings = window->findChild<QTreeWidget *>(u"findings"_s);
        QVERIFY2(findings->accessibleDescription().contains(u"Enter on a finding goes to its field"_s),
                 qPrintable(findings->accessibleDescription()));
        const QString wanted = u"Amount to withdraw (yuan) is required."_s;
        QTRY_VERIFY(anyFindingSays(findings, wanted));
        QVERIFY(tabTo(window, findings));

        // Down, finding by finding: the focus stays in the list.
        int presses = 0;
        while (!findings->currentItem() || !findings->currentItem()->text(0).contains(wanted)) {
            QVERIFY2(++presses < 60, "the finding is never reached");
            QTest::keyClick(findings, Qt::Key_Down);
            QCOMPARE(QApplication::focusWidget(), findings);
        }
        QVERIFY(presses >= 1);
        // Enter: to the field the finding points at.
        QTest::keyClick(findings, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(u"field:withdrawalAmount"_s));
        window->close();
    }

    void theLanguageSwitchesWithWhatWasTypedKept()
    {
        const QLocale before;
        Localization localization;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        IntakeWindow *window = withApplicant(u"gjj.withdrawal"_s);
        QVERIFY(window);
        auto *reason = window->findChild<QComboBox *>(u"field:withdrawalReason"_s);
        QVERIFY(tabTo(window, reason));
        QVERIFY(choose(reason, u"purchase"_s));
        auto *bankCard = window->findChild<QComboBox *>(u"material:bankCard"_s);
        QVERIFY(tabTo(window, bankCard));
        QVERIFY(choose(bankCard, int(MaterialState::Received)));
        auto *bank = window->findChild<QLineEdit *>(u"field:bankName"_s);
        QVERIFY(tabTo(window, bank));
        type(bank, u"ICBC Dongcheng"_s);
        QCOMPARE(rowLabel(window, u"formBox"_s, bank), u"Bank *"_s);

        QVERIFY(localization.install(QLocale(QLocale::Chinese, QLocale::China)));
        // LanguageChange is posted: the form and the materials are made again.
        QTRY_VERIFY(rowLabel(window, u"formBox"_s, window->findChild<QWidget *>(u"field:bankName"_s))
                        .startsWith(u"开户银行"_s));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // each makes them again
        bank = window->findChild<QLineEdit *>(u"field:bankName"_s);
        reason = window->findChild<QComboBox *>(u"field:withdrawalReason"_s);
        bankCard = window->findChild<QComboBox *>(u"material:bankCard"_s);
        QCOMPARE(reason->currentText(), u"购买自住住房"_s);
        QVERIFY2(rowLabel(window, u"materialsBox"_s, bankCard).startsWith(u"本人银行借记卡"_s),
                 qPrintable(rowLabel(window, u"materialsBox"_s, bankCard)));
        QCOMPARE(bankCard->itemText(0), u"缺少"_s);
        QCOMPARE(bankCard->currentData().toInt(), int(MaterialState::Received));
        // What was typed is there, and the clerk types on where they were.
        QCOMPARE(bank->text(), u"ICBC Dongcheng"_s);
        QTRY_COMPARE(QApplication::focusWidget(), bank);
        QCOMPARE(window->session().field(u"bankName"_s), u"ICBC Dongcheng"_s);

        QVERIFY(localization.install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(rowLabel(window, u"formBox"_s, window->findChild<QWidget *>(u"field:bankName"_s)), u"Bank *"_s);
        QCOMPARE(window->findChild<QComboBox *>(u"material:bankCard"_s)->itemText(0), u"Missing"_s);
        window->close();
    }

private:
    // A shown intake window with a valid applicant and the item chosen.
    IntakeWindow *withApplicant(const QString &item)
    {
        IntakeWindow *window = m_fixture.openIntake();
        window->show();
        if (!QTest::qWaitForWindowActive(window))
            return nullptr;
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        id->setFocus();
        type(id, u"110101198503129011"_s);
        type(window->findChild<QLineEdit *>(u"applicantName"_s), u"王样例"_s);
        return window->chooseItem(item) ? window : nullptr;
    }

    IntakeFixture m_fixture;
};

QTEST_MAIN(TestIntakeKeyboard)
#include "test_intake_keyboard.moc"
