// The child of test_crash_safety: commits one case at a time and, after each
// commit, appends the case id to a report file and fsyncs it, until killed.
#include "domain/SyntheticCases.h"
#include "keys/KeychainKeyStore.h"
#include "storage/CaseStore.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace casedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: crash_writer PROFILE_DIR REPORT_FILE SEED\n");
        return 2;
    }
    const Profile profile(arguments.at(1));
    auto metadata = profile.readMetadata();
    if (!metadata) {
        std::fprintf(stderr, "%s\n", qPrintable(metadata.error().message));
        return 1;
    }
    KeychainKeyStore keyStore(metadata->profileId);
    auto vault = Vault::open(profile, keyStore);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return 1;
    }
    const int report = ::open(QFile::encodeName(arguments.at(2)).constData(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (report < 0)
        return 1;
    CaseStore store = (*vault)->caseStore();
    SyntheticCases synthetic(arguments.at(3).toUInt());
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        const NewCase entry = synthetic.next();
        if (auto inserted = store.insertNew({entry}, QStringLiteral("crash-writer")); !inserted) {
            std::fprintf(stderr, "%s\n", qPrintable(inserted.error().message));
            return 1;
        }
        const QByteArray line = entry.caseRecord.id.toLatin1() + '\n';
        if (::write(report, line.constData(), std::size_t(line.size())) != line.size() || ::fsync(report) != 0)
            return 1;
    }
}
