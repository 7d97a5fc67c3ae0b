#include "SyncHarness.h"

#include "TestSupport.h"
#include "common/TimeOrderedId.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace casedesk::test {

SyncHarness::SyncHarness() = default;

SyncHarness::~SyncHarness()
{
    m_workstations.clear();
    m_proxy.reset();
    m_platform.stop();
}

Expected<void> SyncHarness::start()
{
    m_platformDirectory = std::make_unique<QTemporaryDir>();
    PlatformOptions options;
    options.port = 0;
    options.seedTrainingHall = true;
    options.database = u"sqlite:"_s + m_platformDirectory->filePath(u"platform.db"_s);
    auto port = m_platform.start(options);
    if (!port)
        return port.error();
    m_proxy = std::make_unique<FaultProxy>(*port);
    auto proxyPort = m_proxy->listen();
    if (!proxyPort)
        return proxyPort.error();
    m_hallId = u"TRAINING-HALL"_s;
    return {};
}

Expected<Workstation *> SyncHarness::addWorkstation(const QString &staffId)
{
    auto workstation = std::make_unique<Workstation>();
    workstation->name = u"ws-%1"_s.arg(m_workstations.size() + 1);
    workstation->staffId = staffId;
    workstation->workstationId = newTimeOrderedId();
    workstation->directory = std::make_unique<QTemporaryDir>();
    const Profile profile(workstation->directory->path());
    workstation->keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("sync harness"));
    auto vault = Vault::create(profile, *workstation->keys, Profile::newProfileId());
    if (!vault)
        return vault.error();
    workstation->vault = std::move(vault).value();
    workstation->network = std::make_unique<QNetworkAccessManager>();
    // An http_proxy in the environment must not reroute loopback traffic.
    workstation->network->setProxy(QNetworkProxy::NoProxy);
    workstation->client = std::make_unique<PlatformClient>(
        PlatformClient::Options{m_proxy->url(), false, std::chrono::seconds(10)}, workstation->network.get());

    const bool faulty = m_proxy->isEnabled();
    m_proxy->setEnabled(false);
    QEventLoop loop;
    std::optional<protocol::LoginResult> login;
    QString failure;
    workstation->client->login(staffId, u"training"_s, workstation->workstationId,
                               [&](PlatformResult<protocol::LoginResult> result) {
                                   if (auto *ok = std::get_if<protocol::LoginResult>(&result))
                                       login = *ok;
                                   else
                                       failure = std::get<PlatformFailure>(result).message;
                                   loop.quit();
                               });
    loop.exec();
    m_proxy->setEnabled(faulty);
    if (!login)
        return Error::make(ErrorCode::InvalidArgument, u"sign-in failed: "_s + failure);
    workstation->counterId = login->counterId;
    SyncSettings settings{m_hallId, workstation->workstationId};
    settings.pushBatch = 50;
    workstation->engine =
        std::make_unique<SyncEngine>(workstation->vault->syncStore(), workstation->client.get(), settings);
    workstation->engine->setSession(login->token, login->refreshToken);
    m_workstations.push_back(std::move(workstation));
    return m_workstations.back().get();
}

SyncSummary SyncHarness::syncRound(Workstation &workstation, int timeoutMs)
{
    QEventLoop loop;
    SyncSummary summary;
    summary.errors << u"timed out"_s;
    const QMetaObject::Connection connection =
        QObject::connect(workstation.engine.get(), &SyncEngine::roundFinished, &loop, [&](const SyncSummary &finished) {
            summary = finished;
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    workstation.engine->syncNow();
    loop.exec();
    QObject::disconnect(connection);
    return summary;
}

bool SyncHarness::settle(int maximumPasses)
{
    int quietPasses = 0;
    for (int pass = 0; pass < maximumPasses && quietPasses < 2; ++pass) {
        bool quiet = true;
        for (const auto &workstation : m_workstations) {
            const SyncSummary summary = syncRound(*workstation);
            const qint64 pending = workstation->vault->syncStore().pendingOpCount().value();
            quiet =
                quiet && summary.completed && summary.pushed + summary.pulled + summary.conflicts == 0 && pending == 0;
        }
        quietPasses = quiet ? quietPasses + 1 : 0;
    }
    return quietPasses >= 2;
}

Expected<QHash<QString, protocol::CaseSnapshot>> SyncHarness::platformCases()
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    PlatformClient client({m_platform.baseUrl(), false, std::chrono::seconds(30)}, &network);
    QEventLoop loop;
    QString failure;
    client.login(u"staff.zhao"_s, u"training"_s, u"harness-reader"_s, [&](PlatformResult<protocol::LoginResult> r) {
        if (auto *ok = std::get_if<protocol::LoginResult>(&r))
            client.setToken(ok->token);
        else
            failure = std::get<PlatformFailure>(r).message;
        loop.quit();
    });
    loop.exec();
    if (!failure.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, failure);
    QHash<QString, protocol::CaseSnapshot> cases;
    qint64 cursor = 0;
    bool more = true;
    while (more) {
        std::optional<protocol::ChangesPage> page;
        client.pullChanges(m_hallId, cursor, 1000, [&](PlatformResult<protocol::ChangesPage> r) {
            if (auto *ok = std::get_if<protocol::ChangesPage>(&r))
                page = *ok;
            else
                failure = std::get<PlatformFailure>(r).message;
            loop.quit();
        });
        loop.exec();
        if (!page)
            return Error::make(ErrorCode::InvalidArgument, failure);
        for (const protocol::Change &change : std::as_const(page->changes))
            cases.insert(change.snapshot.caseRecord.id, change.snapshot);
        more = page->hasMore && !page->changes.isEmpty();
        cursor = page->next;
    }
    return cases;
}

QList<Workstation *> SyncHarness::workstations() const
{
    QList<Workstation *> list;
    for (const auto &workstation : m_workstations)
        list.append(workstation.get());
    return list;
}

bool makeRandomChange(Workstation &workstation, QRandomGenerator &random, const QString &hallId)
{
    CaseStore cases = workstation.vault->caseStore();
    if (random.bounded(4u) == 0) {
        SyntheticCases synthetic(random.generate(), hallId);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::PreReviewed;
        entry.caseRecord.receiptNumber.clear();
        entry.caseRecord.dueDate = QDate();
        entry.caseRecord.acceptedUtc = QDateTime();
        entry.caseRecord.counterId = workstation.counterId;
        entry.caseRecord.staffId = workstation.staffId;
        return bool(cases.insertNew({entry}, workstation.staffId));
    }
    // A random open case of the hall, as the clerk's list would show it.
    QSqlQuery query(workstation.vault->database());
    query.prepare(u"SELECT id FROM cases WHERE state NOT IN ('completed', 'rejected', 'withdrawn') "
                  "ORDER BY updated_at DESC LIMIT 1 OFFSET ?"_s);
    query.addBindValue(int(random.bounded(200u)));
    if (!query.exec() || !query.next())
        return false;
    auto current = cases.load(query.value(0).toString());
    if (!current)
        return false;
    const QList<CaseEvent> allowed = CaseStateMachine::allowedEvents(current->state);
    if (allowed.isEmpty())
        return false;
    const CaseEvent event = allowed.at(qsizetype(random.bounded(quint32(allowed.size()))));
    CaseTransition transition{current->id, event, workstation.staffId, {}, QDateTime::currentDateTimeUtc(), {}, {}, {}};
    if (CaseStateMachine::needsReason(event))
        transition.reason = u"测试原因"_s;
    if (event == CaseEvent::Accept) {
        auto number = workstation.vault->syncStore().takeReceiptNumber();
        if (!number)
            return false;
        transition.receiptNumber = *number;
        transition.dueDate = QDate::currentDate().addDays(10);
    }
    return bool(cases.apply(transition));
}

QHash<QString, Case> localCases(const Vault &vault)
{
    QHash<QString, Case> cases;
    QSqlQuery query(vault.database());
    query.setForwardOnly(true);
    query.exec(u"SELECT id FROM cases"_s);
    CaseStore store = vault.caseStore();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        if (auto c = store.load(id))
            cases.insert(id, *c);
    }
    return cases;
}

qint64 localChangeCount(const Vault &vault)
{
    QSqlQuery query(vault.database());
    if (!query.exec(u"SELECT count(*) FROM case_events"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace casedesk::test
