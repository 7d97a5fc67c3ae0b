// Whole intakes at the counter, keyboard only: a business start-up bundle
// from the first keystroke to acceptance with a receipt number, and a medical
// reimbursement with a missing invoice to a one-time correction notice.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}

// Moves the focus with Tab, as a clerk would, until it reaches `target`.
bool tabTo(QWidget *window, QWidget *target)
{
    QStringList visited;
    for (int presses = 0; presses < 400; ++presses) {
        // As between real keystrokes: let queued work (new widgets showing) run.
        QCoreApplication::processEvents();
        if (QApplication::focusWidget() == target)
            return true;
        visited << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
    }
    qWarning("never reached %s: %s", qPrintable(target->objectName()), qPrintable(visited.mid(0, 60).join(u' ')));
    return QApplication::focusWidget() == target;
}

// Types into the focused line edit: Latin text key by key, Chinese as an
// input method commits it.
void type(QLineEdit *edit, const QString &text)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (isAscii(text)) {
        QTest::keyClicks(edit, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

// Picks an entry of the focused combo box with the arrow keys.
bool choose(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return true;
}

QString scalar(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

class TestIntakeWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("intake tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        QVERIFY(m_vault->syncStore().addReceiptBlock(
            {u"0193a5c1-7e2f-7abc-8def-00000000000a"_s, u"TH-2026-W01-"_s, 501, 600}));
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
    }

    void aBusinessStartUpFromFirstKeystrokeToReceipt()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QJsonObject example = completeExample(u"bundle.business-startup"_s);

        // The applicant: the future legal representative.
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        QTest::keyClick(id, Qt::Key_Return); // Enter moves on
        auto *name = window->findChild<QLineEdit *>(u"applicantName"_s);
        QTRY_VERIFY(name->hasFocus());
        type(name, u"王样例"_s);
        QTRY_VERIFY(window->findChild<QLabel *>(u"applicantIdFacts"_s)->text().contains(u"1985-03-12"_s));

        // The bundle, found by its code.
        auto *item = window->findChild<QLineEdit *>(u"itemSearch"_s);
        QVERIFY(tabTo(window, item));
        type(item, u"bundle.business-startup"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(window->session().form());
        QCOMPARE(window->session().form()->itemCodes.size(), 6);

        fill(window, example);
        QTRY_VERIFY(window->acceptButton()->isEnabled());
        QSignalSpy accepted(window, &IntakeWindow::caseAccepted);
        QSignalSpy failed(window, &IntakeWindow::failed);
        // Through the window, as the platform delivers keys, so shortcuts apply.
        QTest::keyClick(window->windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(accepted.size() + failed.size() > 0); // a shortcut animates the click
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(accepted.size(), 1);
        const auto receipt = accepted.first().first().value<AcceptanceReceipt>();
        QCOMPARE(receipt.receiptNumber, u"TH-2026-W01-000501"_s);
        QCOMPARE(receipt.itemNames.size(), 6);
        QVERIFY(receipt.dueDate.isValid());
        QCOMPARE(receipt.applicantIdMasked, u"110101********9011"_s);
        auto stored = m_vault->caseStore().load(receipt.caseId);
        QVERIFY(stored);
        QCOMPARE(stored->state, CaseState::Accepted);
        QCOMPARE(stored->receiptNumber, receipt.receiptNumber);
        // The draft is gone once the case is recorded.
        QCOMPARE(m_vault->draftStore().openDrafts(u"staff.li"_s)->size(), 0);
    }

    void aMissingInvoiceGivesACorrectionNotice()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QJsonObject example = exampleExpecting(u"yb.reimbursement"_s, u"material:invoice/missing"_s);
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        QTest::keyClick(id, Qt::Key_Return);
        type(window->findChild<QLineEdit *>(u"applicantName"_s), u"王样例"_s);
        auto *item = window->findChild<QLineEdit *>(u"itemSearch"_s);
        QVERIFY(tabTo(window, item));
        type(item, u"yb.reimbursement"_s);
        QTest::keyClick(item, Qt::Key_Return);
        fill(window, example);

        // The invoice blocks acceptance, and the panel says so.
        QTRY_VERIFY(window->noticeButton()->isEnabled());
        QVERIFY(!window->acceptButton()->isEnabled());
        auto *findings = window->findChild<QTreeWidget *>(u"findings"_s);
        QVERIFY(findings->topLevelItemCount() >= 1);
        QTreeWidgetItem *blocking = findings->topLevelItem(0);
        QCOMPARE(blocking->childCount(), 1);
        // Activating the finding takes the clerk to the material.
        findings->setCurrentItem(blocking->child(0));
        findings->setFocus();
        QTest::keyClick(findings, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"material:invoice"_s);

        QSignalSpy issued(window, &IntakeWindow::noticeIssued);
        QSignalSpy failed(window, &IntakeWindow::failed);
        QTest::keyClick(window->windowHandle(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(issued.size() + failed.size() > 0);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(issued.size(), 1);
        const auto notice = issued.first().first().value<CorrectionNotice>();
        QCOMPARE(notice.entries.size(), 1);
        QCOMPARE(notice.entries.first().ruleId, u"material:invoice/missing"_s);
        QVERIFY(notice.entries.first().problem.zh.contains(u"发票"_s));
        QCOMPARE(m_vault->caseStore().load(notice.caseId)->state, CaseState::CorrectionIssued);
    }

    void aScannedInvoiceIsStoredAndAttachedToTheCase()
    {
        IntakeWindow *window = openIntake();
        // Early in November: the 20 working days end within the 2026 calendar.
        window->setToday(QDate(2026, 11, 2));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QJsonObject example = exampleExpecting(u"yb.reimbursement"_s, u"material:invoice/missing"_s);
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        type(window->findChild<QLineEdit *>(u"applicantName"_s), u"王样例"_s);
        QVERIFY(window->chooseItem(u"yb.reimbursement"_s));
        fill(window, example);
        QTRY_VERIFY(!window->acceptButton()->isEnabled());
        const qint64 documentsBefore = documentCount();
        auto *message = window->findChild<QLabel *>(u"materialsMessage"_s);

        // A corrupt file is refused by name; nothing is stored or changed.
        const QString documents = QStringLiteral(CASEDESK_TEST_DATA "/documents/");
        QVERIFY(!window->importMaterial(u"invoice"_s, documents + u"corrupt.pdf"_s));
        QVERIFY(message->isVisibleTo(window));
        QVERIFY2(message->text().contains(u"corrupt.pdf"_s), qPrintable(message->text()));
        QCOMPARE(window->session().material(u"invoice"_s).state, MaterialState::Missing);
        QVERIFY(!window->session().document(u"invoice"_s));
        QCOMPARE(documentCount(), documentsBefore);

        // A real scan is stored encrypted at once and counts as received.
        QVERIFY(window->importMaterial(u"invoice"_s, documents + u"two-pages.pdf"_s));
        QVERIFY(!message->isVisibleTo(window));
        const auto document = window->session().document(u"invoice"_s);
        QVERIFY(document);
        QCOMPARE(document->fileName, u"two-pages.pdf"_s);
        QCOMPARE(window->session().material(u"invoice"_s).state, MaterialState::Received);
        QCOMPARE(documentCount(), documentsBefore + 1);
        QCOMPARE(window->findChild<QLabel *>(u"materialFile:invoice"_s)->text(), u"two-pages.pdf"_s);
        QVERIFY(window->findChild<QPushButton *>(u"materialView:invoice"_s)->isEnabled());
        // The draft names it, so a crash now loses nothing.
        auto drafts = m_vault->draftStore().openDrafts(u"staff.li"_s);
        QVERIFY(drafts);
        const QString caseId = window->session().caseId();
        const auto draft =
            std::find_if(drafts->cbegin(), drafts->cend(), [&](const Draft &d) { return d.id == caseId; });
        QVERIFY(draft != drafts->cend());
        QCOMPARE(draft->content[u"documents"_s][u"invoice"_s][u"sha256"_s].toString(), document->sha256);

        // Accepted, the case carries the document for the invoice.
        QTRY_VERIFY(window->acceptButton()->isEnabled());
        QSignalSpy accepted(window, &IntakeWindow::caseAccepted);
        QSignalSpy failed(window, &IntakeWindow::failed);
        window->acceptCase();
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(accepted.size(), 1);
        auto materials = m_vault->documentStore().materials(caseId);
        QVERIFY(materials);
        const auto invoice = std::find_if(materials->cbegin(), materials->cend(),
                                          [](const CaseMaterial &m) { return m.materialCode == u"invoice"; });
        QVERIFY(invoice != materials->cend());
        QCOMPARE(invoice->state, MaterialState::Received);
        QCOMPARE(invoice->documentSha256, document->sha256);
    }

    void anItemIsFoundByPartOfItsNameAndEnter()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *item = window->findChild<QLineEdit *>(u"itemSearch"_s);
        QVERIFY(tabTo(window, item));
        // Two items hold 公积金: the clerk is asked to choose, nothing is chosen.
        type(item, u"公积金"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(!window->session().form());
        auto *chosen = window->findChild<QLabel *>(u"itemChosen"_s);
        QVERIFY2(chosen->text().contains(u"2 items match"_s), qPrintable(chosen->text()));
        // One holds 公积金提取: Enter takes it.
        item->clear();
        type(item, u"公积金提取"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QTRY_VERIFY(window->session().form());
        QCOMPARE(window->session().form()->code, u"gjj.withdrawal"_s);
        window->close();
    }

    void escapeKeepsWhatWasTyped()
    {
        IntakeWindow *window = openIntake();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QString caseId = window->session().caseId();
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110101198503129011"_s);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!window->isVisible());
        auto drafts = m_vault->draftStore().openDrafts(u"staff.li"_s);
        QVERIFY(drafts);
        const auto draft =
            std::find_if(drafts->cbegin(), drafts->cend(), [&](const Draft &d) { return d.id == caseId; });
        QVERIFY(draft != drafts->cend());
        QCOMPARE(draft->content[u"applicant"_s][u"idNumber"_s].toString(), u"110101198503129011"_s);

        // Reopened, the draft comes back as it was.
        auto session = newSession();
        QVERIFY(session->restore(draft->content));
        QCOMPARE(session->applicant().idNumber, u"110101198503129011"_s);
        QVERIFY(session->discardDraft());
    }

private:
    std::unique_ptr<IntakeSession> newSession()
    {
        return std::make_unique<IntakeSession>(
            m_catalogue, m_calendar, m_vault->caseStore(), m_vault->syncStore(), m_vault->draftStore(),
            m_vault->documentStore(),
            IntakeContext{
                u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
    }

    qint64 documentCount() const
    {
        QSqlQuery query(m_vault->database());
        if (!query.exec(u"SELECT COUNT(*) FROM documents"_s) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    IntakeWindow *openIntake()
    {
        auto *window = new IntakeWindow(newSession(), m_catalogue);
        window->setToday(QDate(2026, 11, 28));
        return window;
    }

    QJsonObject completeExample(const QString &code) const
    {
        for (const CatalogueExample &example : m_catalogue.examples()) {
            if (example.formCode == code && example.expectedRuleIds.isEmpty())
                return example.application;
        }
        return {};
    }

    QJsonObject exampleExpecting(const QString &code, const QString &rule) const
    {
        for (const CatalogueExample &example : m_catalogue.examples()) {
            if (example.formCode == code && example.expectedRuleIds == QStringList{rule})
                return example.application;
        }
        return {};
    }

    // Fills the form and the materials from a worked example, key by key.
    void fill(IntakeWindow *window, const QJsonObject &application)
    {
        const QJsonObject fields = application.value(u"fields"_s).toObject();
        for (const FieldDefinition &field : window->session().form()->fields) {
            const QString value = scalar(fields.value(field.id));
            if (value.isEmpty())
                continue;
            QWidget *widget = window->findChild<QWidget *>(u"field:"_s + field.id);
            QVERIFY2(widget, qPrintable(field.id));
            QVERIFY2(tabTo(window, widget), qPrintable(field.id));
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                QVERIFY2(choose(combo, value), qPrintable(field.id + u" = "_s + value));
            else
                type(qobject_cast<QLineEdit *>(widget), value);
        }
        const QJsonObject materials = application.value(u"materials"_s).toObject();
        for (auto it = materials.begin(); it != materials.end(); ++it) {
            auto *state = window->findChild<QComboBox *>(u"material:"_s + it.key());
            QVERIFY2(state, qPrintable(it.key()));
            QVERIFY(tabTo(window, state));
            const QString how = it->toObject().value(u"state"_s).toString();
            const MaterialState target = how == u"e_licence" ? MaterialState::ELicence
                : how == u"waived"                           ? MaterialState::Waived
                : how == u"missing"                          ? MaterialState::Missing
                                                             : MaterialState::Received;
            QVERIFY(choose(state, int(target)));
            const QJsonObject facts = it->toObject().value(u"fields"_s).toObject();
            for (auto fact = facts.begin(); fact != facts.end(); ++fact) {
                auto *edit = window->findChild<QLineEdit *>(u"materialFact:%1.%2"_s.arg(it.key(), fact.key()));
                QVERIFY2(edit, qPrintable(fact.key()));
                QVERIFY(tabTo(window, edit));
                type(edit, scalar(*fact));
            }
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
};

QTEST_MAIN(TestIntakeWindow)
#include "test_intake_window.moc"
