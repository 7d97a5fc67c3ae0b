// Unfinished intakes: listed masked and newest first, resumed where they
// were left, discarded only after asking.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "windows/DraftsDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestDraftsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("drafts tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
    }

    void init()
    {
        auto drafts = m_vault->draftStore().openDrafts(u"staff.li"_s);
        QVERIFY(drafts);
        for (const Draft &draft : *drafts)
            QVERIFY(m_vault->draftStore().discard(draft.id));
    }

    void listsTheClerksDraftsMasked()
    {
        auto first = newSession();
        first->setApplicantIdNumber(u"110101198503129011"_s);
        first->setApplicantName(u"王样例"_s);
        QVERIFY(first->chooseForm(u"gjj.withdrawal"_s));
        QVERIFY(first->saveDraft());
        // Another clerk's draft is not listed.
        auto other = newSession(u"staff.zhou"_s);
        other->setApplicantName(u"周样例"_s);
        QVERIFY(other->saveDraft());

        DraftsDialog dialog(m_vault->draftStore(), m_catalogue, u"staff.li"_s);
        QCOMPARE(dialog.draftCount(), 1);
        const QString applicant = dialog.table()->item(0, 0)->text();
        QVERIFY2(applicant.contains(u"王"_s) && !applicant.contains(u"王样例"_s), qPrintable(applicant));
        QVERIFY(applicant.contains(u"9011"_s));
        QVERIFY(!applicant.contains(u"110101198503129011"_s));
        QCOMPARE(dialog.table()->item(0, 1)->text(), m_catalogue.item(u"gjj.withdrawal"_s)->name.in(QLocale()));
        QVERIFY(m_vault->draftStore().discard(other->caseId()));
    }

    void enterResumesTheIntakeAsItWasLeft()
    {
        auto session = newSession();
        session->setApplicantIdNumber(u"110101198503129011"_s);
        session->setApplicantName(u"王样例"_s);
        QVERIFY(session->chooseForm(u"gjj.withdrawal"_s));
        session->setField(u"withdrawalReason"_s, u"rent"_s);
        QVERIFY(session->saveDraft());

        DraftsDialog dialog(m_vault->draftStore(), m_catalogue, u"staff.li"_s);
        QSignalSpy resumed(&dialog, &DraftsDialog::resumeRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.table()->setFocus();
        QTest::keyClick(dialog.table(), Qt::Key_Return);
        QCOMPARE(resumed.size(), 1);
        const auto draft = resumed.first().first().value<Draft>();
        QCOMPARE(draft.id, session->caseId());

        // Reopened in the intake screen, as it was.
        auto restored = newSession();
        QVERIFY(restored->restore(draft.content));
        QCOMPARE(restored->caseId(), session->caseId());
        QCOMPARE(restored->field(u"withdrawalReason"_s), u"rent"_s);
        auto *window = new IntakeWindow(std::move(restored), m_catalogue);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(window->findChild<QLineEdit *>(u"applicantIdNumber"_s)->text(), u"110101198503129011"_s);
        QCOMPARE(window->findChild<QLineEdit *>(u"applicantName"_s)->text(), u"王样例"_s);
        QVERIFY(window->findChild<QLabel *>(u"applicantIdFacts"_s)->text().contains(u"1985-03-12"_s));
        QVERIFY(window->session().form());
        QCOMPARE(window->session().form()->code, u"gjj.withdrawal"_s);
        delete window;
    }

    void discardingAsksFirst()
    {
        auto session = newSession();
        session->setApplicantName(u"王样例"_s);
        QVERIFY(session->saveDraft());
        DraftsDialog dialog(m_vault->draftStore(), m_catalogue, u"staff.li"_s);
        QCOMPARE(dialog.draftCount(), 1);

        // Cancelled: nothing is lost.
        answerNextQuestion(QMessageBox::Cancel);
        dialog.discardSelected();
        QCOMPARE(dialog.draftCount(), 1);
        QCOMPARE(m_vault->draftStore().openDrafts(u"staff.li"_s)->size(), 1);

        answerNextQuestion(QMessageBox::Discard);
        dialog.discardSelected();
        QCOMPARE(dialog.draftCount(), 0);
        QCOMPARE(m_vault->draftStore().openDrafts(u"staff.li"_s)->size(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(u"resumeButton"_s)->isEnabled());
    }

private:
    void answerNextQuestion(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(0, this, [answer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(answer)->click();
        });
    }

    std::unique_ptr<IntakeSession> newSession(const QString &staffId = u"staff.li"_s)
    {
        return std::make_unique<IntakeSession>(
            m_catalogue, m_calendar, m_vault->caseStore(), m_vault->syncStore(), m_vault->draftStore(),
            m_vault->documentStore(),
            IntakeContext{staffId, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
};

QTEST_MAIN(TestDraftsDialog)
#include "test_drafts_dialog.moc"
