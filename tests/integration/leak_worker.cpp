// The counter side of test_log_leak, as a process of its own so that its
// stdout and stderr are what an operator would see: opens the vault, signs
// in, syncs (to reserve receipt numbers), takes in one application with the
// synthetic personal data the test hands it, accepts it with a scanned ID
// card attached, and syncs again.
//   leak_worker PLATFORM_URL PROFILE_DIR DATA_JSON DOCUMENT TOKEN_OUT
// DATA_JSON: {"name", "idNumber", "mobile", "bankCard"}. The session's bearer
// token goes to TOKEN_OUT (outside the searched directories), so that the
// test can look for it everywhere else.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "intake/IntakeSession.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "leak_worker: %s\n", qPrintable(message));
    return 1;
}

bool syncRound(SyncEngine &engine)
{
    QEventLoop loop;
    bool completed = false;
    const auto connection =
        QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](const SyncSummary &summary) {
            completed = summary.completed;
            loop.quit();
        });
    engine.syncNow();
    loop.exec();
    QObject::disconnect(connection);
    return completed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 6)
        return fail(u"usage: leak_worker PLATFORM_URL PROFILE_DIR DATA_JSON DOCUMENT TOKEN_OUT"_s);
    const QUrl platform(arguments.at(1));
    QFile dataFile(arguments.at(3));
    if (!dataFile.open(QIODevice::ReadOnly))
        return fail(u"cannot read the data file"_s);
    const QJsonObject data = QJsonDocument::fromJson(dataFile.readAll()).object();

    const Profile profile(arguments.at(2));
    PassphraseKeyStore keys(profile.keyFilePath(), secret("log leak"));
    auto vault = Vault::open(profile, keys);
    if (!vault)
        return fail(vault.error().message);
    auto catalogue = CatalogueLoader::bundled();
    auto calendar = WorkingDayCalendar::bundled();
    if (!catalogue || !calendar)
        return fail(u"no bundled catalogue or calendar"_s);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    PlatformClient client(PlatformClient::Options{platform, false, std::chrono::seconds(30)}, &network);
    const QString workstationId = u"leak-test-workstation"_s;
    QEventLoop loop;
    std::optional<protocol::LoginResult> login;
    client.login(u"staff.li"_s, u"training"_s, workstationId, [&](PlatformResult<protocol::LoginResult> result) {
        if (auto *ok = std::get_if<protocol::LoginResult>(&result))
            login = *ok;
        loop.quit();
    });
    loop.exec();
    if (!login)
        return fail(u"sign-in failed"_s);
    QFile tokenOut(arguments.at(5));
    if (!tokenOut.open(QIODevice::WriteOnly))
        return fail(u"cannot write the token file"_s);
    tokenOut.write(login->token.toUtf8() + '\n' + login->refreshToken.toUtf8() + '\n');
    tokenOut.close();

    SyncSettings settings;
    settings.hallId = login->hallId;
    settings.workstationId = workstationId;
    SyncEngine engine((*vault)->syncStore(), &client, settings);
    engine.setSession(login->token, login->refreshToken);
    if (!syncRound(engine))
        return fail(u"the first sync round did not complete"_s);

    IntakeSession intake(*catalogue, *calendar, (*vault)->caseStore(), (*vault)->syncStore(), (*vault)->draftStore(),
                         (*vault)->documentStore(),
                         IntakeContext{u"staff.li"_s, login->counterId, login->hallId,
                                       LocalizedText{u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
    intake.setApplicantKind(Applicant::Kind::Person);
    intake.setApplicantName(data.value(u"name"_s).toString());
    intake.setApplicantIdNumber(data.value(u"idNumber"_s).toString());
    intake.setApplicantMobile(data.value(u"mobile"_s).toString());
    if (auto chosen = intake.chooseForm(u"gjj.withdrawal"_s); !chosen)
        return fail(chosen.error().message);
    intake.setField(u"withdrawalReason"_s, u"retirement"_s);
    intake.setField(u"withdrawalAmount"_s, u"12000.00"_s);
    intake.setField(u"accountBalance"_s, u"56000.00"_s);
    intake.setField(u"bankCardNumber"_s, data.value(u"bankCard"_s).toString());
    intake.setField(u"bankName"_s, u"中国工商银行"_s);
    if (auto saved = intake.saveDraft(); !saved)
        return fail(saved.error().message);
    auto scan = DocumentImport().readFile(arguments.at(4));
    if (!scan)
        return fail(scan.error().message);
    if (auto attached = intake.attachDocument(u"idCard"_s, *scan); !attached)
        return fail(attached.error().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PreReviewReport report = intake.review(now.date());
    std::printf("pre-review: %lld findings\n", static_cast<long long>(report.findings.size()));
    auto receipt = intake.accept(
        now,
        report.blocksAcceptance() ? std::optional(SupervisorOverride{u"staff.zhao"_s, u"leak test"_s}) : std::nullopt);
    if (!receipt)
        return fail(receipt.error().message);
    std::printf("accepted\n");
    if (!syncRound(engine))
        return fail(u"the second sync round did not complete"_s);
    if ((*vault)->syncStore().pendingOpCount().value() != 0)
        return fail(u"ops are still waiting after the second round"_s);
    std::printf("synced\n");
    std::fflush(stdout);
    return 0;
}
