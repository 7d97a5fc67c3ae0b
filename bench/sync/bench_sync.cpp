// Sync benchmark (issue 4, point 7): the real SyncEngine and PlatformClient
// of a workstation with an encrypted vault, against casedesk-platform on
// loopback (a child process by default, so that each side's memory and CPU
// can be told apart; --in-process runs it on a thread, as training mode does).
//
//   bench_sync [--changes N] [--ops N] [--pull-page N] [--push-batch N]
//              [--platform-program PATH | --in-process] [--skip-training-hall]
//              [--vault-sql STATEMENT]...
//
// Three legs, each on a platform database prepared before any clock starts:
//   training hall  what TrainingHall::seed() does (build the hall, write it into
//                  an empty SQLite database), then a new workstation's first
//                  sync round (it pulls the whole hall);
//   pull           N changes (one per case) into an empty vault;
//   push           the same workstation sends N ops from its outbox: new cases
//                  taken in and moved pre-review → correction → resubmitted.
// Prints Markdown tables for docs/performance.md.
#include "PlatformStore.h"
#include "PlatformThread.h"
#include "TrainingHall.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casedesk;

namespace {

// The platform child of the moment, so that dying does not leave it behind.
QProcess *runningPlatform = nullptr;

[[noreturn]] void die(const QString &what)
{
    if (runningPlatform) {
        runningPlatform->kill();
        runningPlatform->waitForFinished();
    }
    std::fprintf(stderr, "bench_sync: %s\n", qUtf8Printable(what));
    std::exit(1);
}

template<typename T>
T need(Expected<T> value, const char *what)
{
    if (!value)
        die(u"%1: %2"_s.arg(QLatin1StringView(what), value.error().message));
    return std::move(value).value();
}

void need(Expected<void> value, const char *what)
{
    if (!value)
        die(u"%1: %2"_s.arg(QLatin1StringView(what), value.error().message));
}

// Peak resident memory of a process (VmHWM), and its reset: writing 5 to
// clear_refs (Linux 4.0+) starts the peak again from what is resident now.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakRss(qint64 pid)
{
    QFile clear(u"/proc/%1/clear_refs"_s.arg(pid));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// CPU time (user + system) a process has used so far.
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses: state is field 3,
    // utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU time of the calling thread.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Requests and bytes per endpoint (the last segment of the path: ops,
// changes, receipt-blocks, login), and when the first request of each left.
class MeteredNetwork final : public QNetworkAccessManager
{
public:
    struct Traffic {
        int requests = 0;
        qint64 sent = 0;
        qint64 received = 0;
        qint64 firstRequestNs = -1;
        // The CPU time of the engine's thread (this one) when the first
        // request left: with the round's start and end, how long the
        // engine's thread worked in each leg. The rest of a leg's time it
        // waited: for the platform, for the network, for a page decoded on
        // a pool thread, for the disk.
        qint64 threadCpuAtFirstRequestNs = -1;
    };

    explicit MeteredNetwork(const QElapsedTimer &clock) : m_clock(clock) { setProxy(QNetworkProxy::NoProxy); }
    // Replies still alive are deleted by the base class, after m_traffic.
    ~MeteredNetwork() override
    {
        for (QNetworkReply *reply : findChildren<QNetworkReply *>())
            disconnect(reply, nullptr, this, nullptr);
    }

    void reset() { m_traffic.clear(); }
    Traffic traffic(const QString &endpoint) const { return m_traffic.value(endpoint); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        const QString endpoint = request.url().path().section(u'/', -1);
        Traffic &traffic = m_traffic[endpoint];
        const qint64 sentAt = m_clock.nsecsElapsed();
        if (traffic.requests++ == 0) {
            traffic.firstRequestNs = sentAt;
            traffic.threadCpuAtFirstRequestNs = threadCpuNs();
        }
        traffic.sent += outgoingData ? outgoingData->size() : 0;
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        connect(reply, &QNetworkReply::finished, this, [this, endpoint, reply] {
            m_traffic[endpoint].received += reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        });
        return reply;
    }

private:
    const QElapsedTimer &m_clock;
    QHash<QString, Traffic> m_traffic;
};

// casedesk-platform on a database prepared beforehand.
class Platform
{
public:
    Platform(const QString &program, bool inProcess) : m_program(program), m_inProcess(inProcess) { }
    ~Platform() { stop(); }

    QUrl start(const QString &databasePath)
    {
        if (m_inProcess) {
            PlatformOptions options;
            options.port = 0;
            options.database = u"sqlite:"_s + databasePath;
            need(m_thread.start(options), "starting the platform");
            return m_thread.baseUrl();
        }
        m_log = databasePath + u".log"_s;
        // Its request log goes to a file: a pipe nobody reads would fill up.
        m_process.setStandardErrorFile(m_log);
        m_process.start(m_program, {u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + databasePath});
        runningPlatform = &m_process;
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning)
                die(u"%1 did not start; see %2"_s.arg(m_program, m_log));
            m_process.waitForReadyRead(100);
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(u"listening on "))
            die(u"casedesk-platform said \"%1\""_s.arg(line));
        return QUrl(line.mid(13));
    }

    void stop()
    {
        if (m_inProcess) {
            m_thread.stop();
            return;
        }
        if (runningPlatform == &m_process)
            runningPlatform = nullptr;
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // -1 in process: the platform's share cannot be told from ours.
    qint64 pid() const { return m_inProcess ? -1 : m_process.processId(); }

private:
    QString m_program;
    bool m_inProcess;
    PlatformThread m_thread;
    QProcess m_process;
    QString m_log;
};

struct Workstation {
    QElapsedTimer clock;
    QTemporaryDir directory;
    std::unique_ptr<PassphraseKeyStore> keys;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<MeteredNetwork> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<SyncEngine> engine;
    QString workstationId;
};

// A new profile with an encrypted vault, signed in as the clerk at W01.
// statements: experiments run on the vault first ("PRAGMA cache_size = -65536").
std::unique_ptr<Workstation> newWorkstation(const QUrl &platform, const SyncSettings &base,
                                            const QStringList &statements)
{
    auto ws = std::make_unique<Workstation>();
    ws->clock.start();
    const Profile profile(ws->directory.path());
    QByteArray passphrase = "bench sync passphrase";
    ws->keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), SecureBytes::takeFrom(passphrase));
    ws->vault = need(Vault::create(profile, *ws->keys, Profile::newProfileId()), "creating the vault");
    ws->network = std::make_unique<MeteredNetwork>(ws->clock);
    ws->client = std::make_unique<PlatformClient>(
        PlatformClient::Options{platform, false, std::chrono::seconds(120), {}}, ws->network.get());
    ws->workstationId = Profile::newProfileId();
    for (const QString &statement : statements) {
        QSqlQuery query(ws->vault->database());
        if (!query.exec(statement))
            die(u"%1: %2"_s.arg(statement, query.lastError().text()));
    }
    QEventLoop loop;
    std::optional<protocol::LoginResult> login;
    QString failure;
    ws->client->login(u"staff.li"_s, TrainingHall::password(), ws->workstationId,
                      [&](PlatformResult<protocol::LoginResult> result) {
                          if (auto *ok = std::get_if<protocol::LoginResult>(&result))
                              login = *ok;
                          else
                              failure = std::get<PlatformFailure>(result).message;
                          loop.quit();
                      });
    loop.exec();
    if (!login)
        die(u"signing in: "_s + failure);
    SyncSettings settings = base;
    settings.hallId = login->hallId;
    settings.workstationId = ws->workstationId;
    ws->engine = std::make_unique<SyncEngine>(ws->vault->syncStore(), ws->client.get(), settings);
    ws->engine->setSession(login->token, login->refreshToken);
    return ws;
}

struct Measured {
    SyncSummary summary;
    double roundSeconds = 0;
    // From the round's start to its first GET …/changes: reading the outbox,
    // pushing it and recording the answers.
    double pushSeconds = 0;
    // From the first GET …/changes to the end of the round.
    double pullSeconds = 0;
    MeteredNetwork::Traffic ops;
    MeteredNetwork::Traffic changes;
    qint64 workstationPeakKiB = 0;
    qint64 platformPeakKiB = -1;
    double workstationCpu = 0;
    double platformCpu = -1;
    // CPU time of the engine's thread in each leg.
    double pushThreadCpu = 0;
    double pullThreadCpu = 0;
};

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

Measured syncRound(Workstation &ws, const Platform &platform)
{
    // Memory the preparation freed goes back to the system first, so that the
    // peak is the round's.
    malloc_trim(0);
    resetPeakRss(getpid());
    if (platform.pid() > 0)
        resetPeakRss(platform.pid());
    const double ownCpuBefore = ownCpuSeconds();
    const qint64 threadCpuBefore = threadCpuNs();
    const double platformCpuBefore = platform.pid() > 0 ? cpuSeconds(platform.pid()) : -1;
    ws.network->reset();

    Measured measured;
    QEventLoop loop;
    const auto connection =
        QObject::connect(ws.engine.get(), &SyncEngine::roundFinished, &loop, [&](const SyncSummary &summary) {
            measured.summary = summary;
            loop.quit();
        });
    const qint64 start = ws.clock.nsecsElapsed();
    QTimer::singleShot(0, ws.engine.get(), &SyncEngine::syncNow);
    loop.exec();
    // The last reply is deleted later; its handling is part of the round.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 end = ws.clock.nsecsElapsed();
    QObject::disconnect(connection);

    measured.ops = ws.network->traffic(u"ops"_s);
    measured.changes = ws.network->traffic(u"changes"_s);
    const qint64 pullStart = measured.changes.firstRequestNs >= 0 ? measured.changes.firstRequestNs : end;
    const qint64 threadCpuEnd = threadCpuNs();
    const qint64 threadCpuAtPull =
        measured.changes.threadCpuAtFirstRequestNs >= 0 ? measured.changes.threadCpuAtFirstRequestNs : threadCpuEnd;
    measured.pushThreadCpu = double(threadCpuAtPull - threadCpuBefore) / 1e9;
    measured.pullThreadCpu = double(threadCpuEnd - threadCpuAtPull) / 1e9;
    measured.roundSeconds = double(end - start) / 1e9;
    measured.pushSeconds = double(pullStart - start) / 1e9;
    measured.pullSeconds = double(end - pullStart) / 1e9;
    measured.workstationPeakKiB = peakRssKiB(getpid());
    measured.workstationCpu = ownCpuSeconds() - ownCpuBefore;
    if (platform.pid() > 0) {
        measured.platformPeakKiB = peakRssKiB(platform.pid());
        measured.platformCpu = cpuSeconds(platform.pid()) - platformCpuBefore;
    }
    if (!measured.summary.completed || !measured.summary.errors.isEmpty())
        die(u"the sync round failed: "_s + measured.summary.errors.join(u"; "_s));
    return measured;
}

// A platform database with a hall of `cases` cases, one change each.
void preparePlatformDatabase(const QString &path, int cases)
{
    auto location = need(DatabaseLocation::parse(u"sqlite:"_s + path), "the database location");
    auto store = need(PlatformStore::open(location), "opening the platform database");
    need(store->migrate(), "migrating the platform database");
    const HallSeed hall = need(TrainingHall::build(cases), "building the hall");
    if (!need(store->seedHall(hall, true), "seeding the hall"))
        die(u"the platform database had a hall already"_s);
}

// `ops` ops in the outbox: new cases, each taken in, pre-reviewed, handed a
// correction notice and resubmitted (four non-commuting ops per case).
void fillOutbox(Workstation &ws, const QString &hallId, int ops)
{
    const int cases = (ops + 3) / 4;
    CaseStore store = ws.vault->caseStore();
    SyntheticCases synthetic(4242, hallId);
    QList<NewCase> batch;
    QStringList ids;
    for (int i = 0; i < cases; ++i) {
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::Draft;
        entry.caseRecord.receiptNumber.clear();
        entry.caseRecord.acceptedUtc = QDateTime();
        entry.caseRecord.dueDate = QDate();
        entry.caseRecord.counterId = u"W01"_s;
        entry.caseRecord.staffId = u"staff.li"_s;
        ids.append(entry.caseRecord.id);
        batch.append(entry);
        if (batch.size() == 500 || i == cases - 1) {
            need(store.insertNew(batch, u"staff.li"_s), "taking in cases");
            batch.clear();
        }
    }
    int made = cases;
    const CaseEvent steps[] = {CaseEvent::PreReview, CaseEvent::IssueCorrection, CaseEvent::Resubmit};
    for (CaseEvent event : steps) {
        for (const QString &id : std::as_const(ids)) {
            if (made == ops)
                return;
            CaseTransition transition{id, event, u"staff.li"_s, {}, QDateTime::currentDateTimeUtc(), {}, {}, {}};
            if (CaseStateMachine::needsReason(event))
                transition.reason = u"缺少营业执照副本"_s;
            need(store.apply(transition), "moving a case");
            ++made;
        }
    }
}

QString mebibytes(qint64 kib)
{
    return kib < 0 ? u"–"_s : QString::number(double(kib) / 1024.0, 'f', 0) + u" MiB"_s;
}

QString seconds(double value)
{
    return value < 0 ? u"–"_s : QString::number(value, 'f', 2);
}

void printRow(const char *leg, qint64 items, double secs, double threadCpu, const MeteredNetwork::Traffic &traffic,
              const Measured &m)
{
    std::printf("| %s | %lld | %.2f | %.2f | %.0f | %d | %.0f / %.0f | %s | %s | %s / %s |\n", leg, items, secs,
                std::max(0.0, secs - threadCpu), secs > 0 ? double(items) / secs : 0.0, traffic.requests,
                items > 0 ? double(traffic.sent) / double(items) : 0.0,
                items > 0 ? double(traffic.received) / double(items) : 0.0, qPrintable(mebibytes(m.workstationPeakKiB)),
                qPrintable(mebibytes(m.platformPeakKiB)), qPrintable(seconds(m.workstationCpu)),
                qPrintable(seconds(m.platformCpu)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption changesOption(u"changes"_s, u"changes to pull into an empty vault"_s, u"N"_s, u"100000"_s);
    const QCommandLineOption opsOption(u"ops"_s, u"ops to push from the outbox"_s, u"N"_s, u"10000"_s);
    const QCommandLineOption pageOption(u"pull-page"_s, u"changes per page"_s, u"N"_s,
                                        QString::number(SyncSettings{}.pullPage));
    const QCommandLineOption batchOption(u"push-batch"_s, u"ops per batch"_s, u"N"_s,
                                         QString::number(SyncSettings{}.pushBatch));
    const QCommandLineOption programOption(u"platform-program"_s, u"casedesk-platform to run"_s, u"PATH"_s,
                                           QStringLiteral(CASEDESK_PLATFORM_PROGRAM));
    const QCommandLineOption inProcessOption(u"in-process"_s, u"run the platform on a thread of this process"_s);
    const QCommandLineOption skipHallOption(u"skip-training-hall"_s, u"leave out the training hall leg"_s);
    const QCommandLineOption sqlOption(u"vault-sql"_s,
                                       u"run STATEMENT on each new vault before it syncs (an experiment; "
                                       "repeatable), e.g. \"PRAGMA cache_size = -65536\""_s,
                                       u"STATEMENT"_s);
    parser.addOptions(
        {changesOption, opsOption, pageOption, batchOption, programOption, inProcessOption, skipHallOption, sqlOption});
    parser.process(app);
    const int changes = parser.value(changesOption).toInt();
    const int ops = parser.value(opsOption).toInt();
    SyncSettings settings;
    settings.pullPage = parser.value(pageOption).toInt();
    settings.pushBatch = parser.value(batchOption).toInt();
    const bool inProcess = parser.isSet(inProcessOption);
    const QString program = parser.value(programOption);
    const QStringList vaultSql = parser.values(sqlOption);
    // Only warnings: the engine's per-round info lines are not the benchmark.
    QLoggingCategory::setFilterRules(u"*.info=false"_s);

    QTemporaryDir platformDirectory;
    std::printf("Sync over loopback, %s platform, pages of %d changes, batches of %d ops (%s, %s, %ld cores):\n\n",
                inProcess ? "in-process" : "casedesk-platform", settings.pullPage, settings.pushBatch,
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()),
                sysconf(_SC_NPROCESSORS_ONLN));

    if (!parser.isSet(skipHallOption)) {
        // Training mode's start: seed the hall, then the first round pulls it.
        const QString path = platformDirectory.filePath(u"training.db"_s);
        auto location = need(DatabaseLocation::parse(u"sqlite:"_s + path), "the database location");
        QElapsedTimer timer;
        double buildSeconds = 0;
        double writeSeconds = 0;
        {
            // What TrainingHall::seed() does, in its two steps.
            auto store = need(PlatformStore::open(location), "opening the platform database");
            need(store->migrate(), "migrating the platform database");
            timer.start();
            const HallSeed hall = need(TrainingHall::build(), "building the training hall");
            buildSeconds = double(timer.nsecsElapsed()) / 1e9;
            timer.restart();
            if (!need(store->seedHall(hall, true), "seeding the training hall"))
                die(u"the training database had a hall already"_s);
            writeSeconds = double(timer.nsecsElapsed()) / 1e9;
        }
        Platform platform(program, inProcess);
        const QUrl url = platform.start(path);
        auto ws = newWorkstation(url, settings, vaultSql);
        const Measured m = syncRound(*ws, platform);
        std::printf("Training hall: %d cases (%d per state); TrainingHall::seed() %.2f s (building it %.2f s, "
                    "writing it %.2f s); a new workstation's first round %.2f s (%d changes pulled, %.0f "
                    "changes/s).\n\n",
                    TrainingHall::defaultCaseCount, TrainingHall::defaultCasesPerState, buildSeconds + writeSeconds,
                    buildSeconds, writeSeconds, m.roundSeconds, m.summary.pulled, m.summary.pulled / m.pullSeconds);
    }

    std::fprintf(stderr, "preparing a platform database with %d changes…\n", changes);
    const QString path = platformDirectory.filePath(u"platform.db"_s);
    preparePlatformDatabase(path, changes);
    Platform platform(program, inProcess);
    const QUrl url = platform.start(path);
    auto ws = newWorkstation(url, settings, vaultSql);

    std::fprintf(stderr, "pulling…\n");
    const Measured pull = syncRound(*ws, platform);
    if (pull.summary.pulled != changes)
        die(u"pulled %1 changes of %2"_s.arg(pull.summary.pulled).arg(changes));
    const VaultCounts afterPull = need(ws->vault->caseStore().counts(), "counting the vault");
    if (afterPull.cases != changes)
        die(u"the vault has %1 cases after pulling %2"_s.arg(afterPull.cases).arg(changes));
    // The vault's size with everything checkpointed into the database file.
    QSqlQuery(ws->vault->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const qint64 vaultBytes = QFileInfo(ws->vault->profile().databasePath()).size()
        + QFileInfo(ws->vault->profile().databasePath() + u"-wal"_s).size();

    std::fprintf(stderr, "filling the outbox with %d ops…\n", ops);
    fillOutbox(*ws, TrainingHall::hallId(), ops);
    if (need(ws->vault->syncStore().pendingOpCount(), "counting the outbox") != ops)
        die(u"the outbox does not hold %1 ops"_s.arg(ops));
    std::fprintf(stderr, "pushing…\n");
    const Measured push = syncRound(*ws, platform);
    if (push.summary.pushed != ops || push.summary.conflicts + push.summary.rejected + push.summary.duplicates > 0)
        die(u"pushed %1 of %2 ops (%3 conflicts, %4 rejected, %5 duplicates)"_s.arg(push.summary.pushed)
                .arg(ops)
                .arg(push.summary.conflicts)
                .arg(push.summary.rejected)
                .arg(push.summary.duplicates));
    if (need(ws->vault->syncStore().pendingOpCount(), "counting the outbox") != 0)
        die(u"ops are left in the outbox"_s);

    std::printf(
        "| leg | items | seconds | of which the engine's thread waited | items/s | requests | bytes/item sent / "
        "received "
        "| peak RSS workstation | "
        "peak RSS platform | CPU s workstation / platform |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    printRow("pull into an empty vault", changes, pull.pullSeconds, pull.pullThreadCpu, pull.changes, pull);
    printRow("push from the outbox", ops, push.pushSeconds, push.pushThreadCpu, push.ops, push);
    std::printf("\nPull: %.0f changes/s (target >= 20,000); the vault holds %lld cases in %.1f MiB (%.0f bytes per "
                "case).\nPush: %.0f ops/s (target >= 5,000); the round then pulled its own %d changes back in %.2f "
                "s.\nPeak RSS and CPU are per round (both legs' whole rounds).\n",
                changes / pull.pullSeconds, afterPull.cases, double(vaultBytes) / (1024.0 * 1024.0),
                double(vaultBytes) / double(afterPull.cases), ops / push.pushSeconds, push.summary.pulled,
                push.pullSeconds);
    return 0;
}
