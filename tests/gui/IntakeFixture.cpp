#include "IntakeFixture.h"

#include "intake/IntakeWindow.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace casedesk::test {

void IntakeFixture::setUp(const char *passphrase)
{
    m_station = std::make_unique<TestWorkstation>(passphrase);
    QVERIFY2(m_station->problem().isEmpty(), qPrintable(m_station->problem()));
    QVERIFY(
        vault().syncStore().addReceiptBlock({u"0193a5c1-7e2f-7abc-8def-00000000000a"_s, u"TH-2026-W01-"_s, 501, 600}));
}

std::unique_ptr<IntakeSession> IntakeFixture::newSession() const
{
    Vault &vault = this->vault();
    return std::make_unique<IntakeSession>(
        catalogue(), calendar(), vault.caseStore(), vault.syncStore(), vault.draftStore(), vault.documentStore(),
        IntakeContext{u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
}

IntakeWindow *IntakeFixture::openIntake() const
{
    auto *window = new IntakeWindow(newSession(), catalogue());
    window->setToday(QDate(2026, 11, 28));
    return window;
}

qint64 IntakeFixture::documentCount() const
{
    QSqlQuery query(vault().database());
    if (!query.exec(u"SELECT COUNT(*) FROM documents"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

std::optional<Draft> IntakeFixture::savedDraft(const QString &caseId) const
{
    const auto drafts = vault().draftStore().openDrafts(u"staff.li"_s);
    if (!drafts)
        return std::nullopt;
    for (const Draft &draft : *drafts) {
        if (draft.id == caseId)
            return draft;
    }
    return std::nullopt;
}

} // namespace casedesk::test
