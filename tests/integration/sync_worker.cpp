// The child of test_sync_sigkill: a counter that signs in, then makes random
// changes and syncs, over and over, until it is killed.
//   sync_worker PLATFORM_URL PROFILE_DIR STAFF SEED
#include "SyncHarness.h"

#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkProxy>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: sync_worker PLATFORM_URL PROFILE_DIR STAFF SEED\n");
        return 2;
    }
    const Profile profile(arguments.at(2));
    PassphraseKeyStore keys(profile.keyFilePath(), secret("sync harness"));
    auto vault = Vault::open(profile, keys);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return 1;
    }
    Workstation workstation;
    workstation.staffId = arguments.at(3);
    workstation.vault = std::move(vault).value();
    workstation.workstationId = workstation.vault->syncStore().setting(u"workstation.id"_s).value();
    workstation.network = std::make_unique<QNetworkAccessManager>();
    workstation.network->setProxy(QNetworkProxy::NoProxy);
    workstation.client = std::make_unique<PlatformClient>(
        PlatformClient::Options{QUrl(arguments.at(1)), false, std::chrono::seconds(10)}, workstation.network.get());
    QEventLoop loop;
    std::optional<protocol::LoginResult> login;
    workstation.client->login(workstation.staffId, u"training"_s, workstation.workstationId,
                              [&](PlatformResult<protocol::LoginResult> result) {
                                  if (auto *ok = std::get_if<protocol::LoginResult>(&result))
                                      login = *ok;
                                  loop.quit();
                              });
    loop.exec();
    if (!login)
        return 1;
    workstation.counterId = login->counterId;
    SyncSettings settings{login->hallId, workstation.workstationId};
    settings.pushBatch = 20;
    workstation.engine =
        std::make_unique<SyncEngine>(workstation.vault->syncStore(), workstation.client.get(), settings);
    workstation.engine->setSession(login->token, login->refreshToken);
    QObject::connect(workstation.engine.get(), &SyncEngine::roundFinished, &loop, &QEventLoop::quit);

    QRandomGenerator random(arguments.at(4).toUInt());
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        for (int i = 0, changes = int(random.bounded(1u, 8u)); i < changes; ++i)
            makeRandomChange(workstation, random, login->hallId);
        workstation.engine->syncNow();
        loop.exec();
    }
}
