#include "SyncCommands.h"

#include "common/TimeOrderedId.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace casedesk::ctl {

namespace {

const QString workstationKey = u"workstation.id"_s;

} // namespace

SyncCommands::SyncCommands(VaultOptions options, QTextStream &out, QTextStream &err)
    : m_options(std::move(options)), m_out(out), m_err(err)
{ }

ExitCode SyncCommands::fail(const Error &error)
{
    m_err << QCoreApplication::translate("casedeskctl", "casedeskctl: %1").arg(error.message) << Qt::endl;
    return exitCodeFor(error.code);
}

ExitCode SyncCommands::sync(const QUrl &platform, const PlatformSignIn &signIn, bool allowInsecureHttp,
                            const PlatformTrust &trust)
{
    if (auto transport = PlatformClient::checkTransport(platform, allowInsecureHttp); !transport)
        return fail(transport.error());
    auto opened = openVault(m_options, VaultAccess::Change);
    if (!opened)
        return fail(opened.error());
    SyncStore store = opened->vault->syncStore();
    auto workstation = store.setting(workstationKey);
    if (!workstation)
        return fail(workstation.error());
    if (workstation->isEmpty()) {
        *workstation = newTimeOrderedId();
        if (auto saved = store.setSetting(workstationKey, *workstation); !saved)
            return fail(saved.error());
    }

    QNetworkAccessManager network;
    PlatformClient client({platform, allowInsecureHttp, std::chrono::seconds(30), trust}, &network);
    QEventLoop loop;
    std::optional<protocol::LoginResult> session;
    std::optional<PlatformFailure> loginFailure;
    client.login(signIn.user, signIn.password, *workstation, signIn.oneTimeCode,
                 [&](PlatformResult<protocol::LoginResult> result) {
                     if (auto *login = std::get_if<protocol::LoginResult>(&result))
                         session = *login;
                     else
                         loginFailure = std::get<PlatformFailure>(result);
                     loop.quit();
                 });
    loop.exec();
    if (!session) {
        m_err << QCoreApplication::translate("casedeskctl", "casedeskctl: signing in to %1 failed: %2")
                     .arg(platform.toString(), loginFailure->message)
              << Qt::endl;
        if (loginFailure->code == protocol::secondFactorRequired)
            m_err << QCoreApplication::translate("casedeskctl",
                                                 "casedeskctl: give the code the user's token shows with "
                                                 "--one-time-code CODE.")
                  << Qt::endl;
        return loginFailure->isTransient() ? DiskFull : Failure;
    }

    SyncSettings settings{session->hallId, *workstation};
    // One round from the shell: the working-day calendars are asked for too.
    settings.calendarCheckInterval = std::chrono::milliseconds(1);
    SyncEngine engine(store, &client, settings);
    engine.setSession(session->token, session->refreshToken);
    SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](const SyncSummary &finished) {
        summary = finished;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();
    QJsonObject report = summary.toJson();
    report.insert(u"pendingOps"_s, double(engine.status().pendingOps));
    report.insert(u"needsAttention"_s, double(engine.status().needsAttention));
    m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    m_out.flush();
    return summary.completed ? Success : Failure;
}

ExitCode SyncCommands::conflicts()
{
    auto opened = openVault(m_options, VaultAccess::Read);
    if (!opened)
        return fail(opened.error());
    auto items = opened->vault->syncStore().openAttention();
    if (!items)
        return fail(items.error());
    QJsonArray list;
    for (const AttentionItem &item : std::as_const(*items))
        list.append(QJsonObject{{u"opId"_s, item.opId},
                                {u"caseId"_s, item.caseId},
                                {u"kind"_s, item.kind},
                                {u"status"_s, item.status},
                                {u"baseRev"_s, double(item.baseRev)},
                                {u"reason"_s, item.reason},
                                {u"detectedAt"_s, item.detectedUtc.toString(Qt::ISODate)},
                                {u"local"_s, item.localPayload},
                                {u"platform"_s, item.platformVersion}});
    m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Success;
}

} // namespace casedesk::ctl
