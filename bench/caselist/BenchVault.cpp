#include "BenchVault.h"

#include "domain/SyntheticCases.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace casedesk::bench {

namespace {

constexpr char benchPassphrase[] = "casedesk bench caselist";
constexpr int insertBatch = 2000;

SecureBytes passphrase()
{
    return SecureBytes(benchPassphrase, sizeof benchPassphrase - 1);
}

template<typename T>
T orDie(Expected<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

} // namespace

UnsealedKeyStore::UnsealedKeyStore(PassphraseKeyStore &sealed, SecureBytes key)
    : m_sealed(sealed), m_key(std::move(key))
{ }

Expected<SecureBytes> UnsealedKeyStore::load(KeySlot slot)
{
    if (slot == KeySlot::Current)
        return m_key.clone();
    return m_sealed.load(slot);
}

Expected<void> UnsealedKeyStore::store(const SecureBytes &key, KeySlot slot)
{
    if (slot == KeySlot::Current)
        m_key = key.clone();
    return m_sealed.store(key, slot);
}

Expected<void> UnsealedKeyStore::forget(KeySlot slot)
{
    return m_sealed.forget(slot);
}

BenchVault::BenchVault(const QString &directory)
    : m_profile(directory), m_sealed(std::make_unique<PassphraseKeyStore>(m_profile.keyFilePath(), passphrase()))
{ }

void BenchVault::unseal()
{
    QElapsedTimer timer;
    timer.start();
    SecureBytes key = orDie(m_sealed->load(KeySlot::Current), "unsealing the bench vault key");
    m_unsealSeconds = double(timer.nsecsElapsed()) / 1e9;
    m_unsealed = std::make_unique<UnsealedKeyStore>(*m_sealed, std::move(key));
}

qint64 BenchVault::ensureCases(qint64 cases, quint32 seed)
{
    std::unique_ptr<Vault> vault;
    if (m_profile.exists()) {
        unseal();
        vault = orDie(Vault::open(m_profile, *m_unsealed), "opening the bench vault");
    } else {
        std::fprintf(stderr, "creating a bench vault in %s\n", qPrintable(m_profile.directory()));
        vault = orDie(Vault::create(m_profile, *m_sealed, Profile::newProfileId()), "creating the bench vault");
        unseal();
    }
    CaseStore store = vault->caseStore();
    qint64 present = orDie(store.counts(), "counting cases").cases;
    if (present >= cases)
        return present;

    // Setup only, not measured: a large page cache so the fill does not
    // decrypt the same index pages again and again (as bench_ingest does).
    QSqlQuery(vault->database()).exec(u"PRAGMA cache_size = -262144"_s);
    std::fprintf(stderr, "filling the bench vault: %lld of %lld cases present\n", present, cases);
    SyntheticCases synthetic(seed + quint32(present));
    QElapsedTimer timer;
    timer.start();
    const qint64 start = present;
    while (present < cases) {
        QList<NewCase> batch;
        const qint64 size = std::min<qint64>(insertBatch, cases - present);
        batch.reserve(size);
        for (qint64 i = 0; i < size; ++i)
            batch.append(synthetic.next());
        if (auto inserted = store.insertNew(batch, u"bench"_s); !inserted)
            qFatal("filling the bench vault: %s", qPrintable(inserted.error().message));
        present += size;
        if (present % 50000 == 0 || present == cases)
            std::fprintf(stderr, "  %lld cases (%.0f cases/s)\n", present,
                         double(present - start) / (double(timer.elapsed()) / 1000.0 + 1e-9));
    }
    // Fold the WAL back into the database, so every timed open starts alike.
    QSqlQuery(vault->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return present;
}

std::unique_ptr<Vault> BenchVault::open()
{
    std::unique_ptr<Vault> vault = orDie(Vault::open(m_profile, *m_unsealed), "opening the bench vault");
    if (m_cacheKiB > 0)
        QSqlQuery(vault->database()).exec(u"PRAGMA cache_size = -%1"_s.arg(m_cacheKiB));
    return vault;
}

void BenchVault::evictFromPageCache() const
{
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        const QByteArray path = QFile::encodeName(m_profile.databasePath() + suffix);
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

qint64 BenchVault::databaseBytes() const
{
    return QFileInfo(m_profile.databasePath()).size();
}

SearchSamples sampleSearches(const Vault &vault, int count, quint32 seed)
{
    QSqlQuery query(vault.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT max(rowid) FROM cases"_s) || !query.next())
        qFatal("sampling searches: %s", qPrintable(query.lastError().text()));
    const quint64 rows = query.value(0).toULongLong();
    query.finish();
    if (rows == 0)
        qFatal("sampling searches: the bench vault is empty");
    query.prepare(u"SELECT c.receipt_number, a.name, a.id_tail FROM cases c "
                  "JOIN applicants a ON a.id = c.applicant_id WHERE c.rowid = ?"_s);
    QRandomGenerator random(seed);
    SearchSamples samples;
    while (samples.receiptNumbers.size() < count || samples.applicantNames.size() < count) {
        query.addBindValue(qint64(random.bounded(rows) + 1));
        if (!query.exec() || !query.next())
            continue;
        if (samples.receiptNumbers.size() < count && !query.value(0).isNull())
            samples.receiptNumbers << query.value(0).toString();
        if (samples.applicantNames.size() < count) {
            samples.applicantNames << query.value(1).toString();
            samples.idTails << query.value(2).toString();
        }
        query.finish();
    }
    return samples;
}

} // namespace casedesk::bench
