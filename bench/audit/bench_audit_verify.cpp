// How long opening a vault spends checking its audit chain: a full pass
// over N records (AuditLog::verify), and the incremental check from the
// last checkpoint that the workstation runs at every open (AuditChainCheck).
//   bench_audit_verify [--records N] [--repeat R]
// The vault is filled once per run in a temporary directory; figures are
// the best of R runs.
#include "keys/PassphraseKeyStore.h"
#include "security/AuditChainCheck.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casedesk;

namespace {

SecureBytes benchPassphrase()
{
    static const char text[] = "audit verify benchmark";
    return SecureBytes(text, sizeof text - 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption recordsOption(u"records"_s, u"Records in the chain (default 100000)."_s, u"N"_s,
                                           u"100000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed runs of each check (default 3)."_s, u"R"_s, u"3"_s);
    parser.addOptions({recordsOption, repeatOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 records = parser.value(recordsOption).toLongLong();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir directory;
    const Profile profile(directory.path());
    PassphraseKeyStore keys(profile.keyFilePath(), benchPassphrase());
    auto vault = Vault::create(profile, keys, Profile::newProfileId());
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return 1;
    }
    AuditLog log = (*vault)->auditLog();
    QSqlDatabase db = (*vault)->database();
    QElapsedTimer fill;
    fill.start();
    for (qint64 i = 0; i < records;) {
        db.transaction();
        for (int j = 0; j < 1000 && i < records; ++j, ++i) {
            const AuditEntry entry{u"staff.li"_s,
                                   QString(i % 3 ? auditaction::caseOpen : auditaction::accept),
                                   u"case:0193a5c1-7e2f-7abc-8def-%1"_s.arg(i, 12, 10, QChar(u'0')),
                                   AuditResult::Succeeded,
                                   QJsonObject{{u"receiptNumber"_s, u"TH-2026-W01-%1"_s.arg(i, 6, 10, QChar(u'0'))}},
                                   {}};
            if (auto appended = log.appendInTransaction(entry); !appended) {
                std::fprintf(stderr, "%s\n", qPrintable(appended.error().message));
                return 1;
            }
        }
        db.commit();
    }
    std::printf("filled %lld records in %.1f s\n", static_cast<long long>(records), double(fill.elapsed()) / 1000);

    SyncStore settings = (*vault)->syncStore();
    double fullBest = 1e9;
    double incrementalBest = 1e9;
    double firstOpen = 1e9;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto verified = log.verify();
        const double full = double(timer.nsecsElapsed()) / 1e6;
        if (!verified || !verified->intact()) {
            std::fprintf(stderr, "the chain does not verify\n");
            return 1;
        }
        fullBest = std::min(fullBest, full);

        // The first open after the records were written walks them all (no
        // checkpoint yet); later opens start at the checkpoint.
        (void)settings.setSetting(AuditChainCheck::checkpointKey, QString());
        timer.restart();
        auto first = AuditChainCheck::run(log, settings);
        if (!first || first->firstBreak) {
            std::fprintf(stderr, "the open check failed\n");
            return 1;
        }
        firstOpen = std::min(firstOpen, double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        auto next = AuditChainCheck::run(log, settings);
        if (!next || next->firstBreak) {
            std::fprintf(stderr, "the open check failed\n");
            return 1;
        }
        incrementalBest = std::min(incrementalBest, double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("records %lld: full verify %.0f ms; open check without checkpoint %.0f ms; "
                "open check from checkpoint %.2f ms\n",
                static_cast<long long>(records), fullBest, firstOpen, incrementalBest);
    return 0;
}
