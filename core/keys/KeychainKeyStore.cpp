#include "KeychainKeyStore.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// QtKeychain jobs are asynchronous; the vault needs its key before anything
// else can happen, so we wait for the job, bounded by a timeout so a hung
// secret service cannot freeze the program.
bool runJob(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error unavailable(const QString &detail)
{
    return Error::make(
        ErrorCode::KeyStoreUnavailable,
        QCoreApplication::translate("KeychainKeyStore", "The system keychain (secret service) is not available: %1")
            .arg(detail));
}

Error fromJob(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error::make(
            ErrorCode::KeyNotFound,
            QCoreApplication::translate("KeychainKeyStore", "The system keychain holds no key for this profile."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    default: return unavailable(job.errorString());
    }
}

Error timedOut()
{
    return unavailable(QCoreApplication::translate("KeychainKeyStore", "no answer in time"));
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString profileId, std::chrono::milliseconds timeout)
    : m_profileId(std::move(profileId)), m_timeout(timeout)
{ }

QString KeychainKeyStore::serviceName()
{
    return u"CaseDesk"_s;
}

QString KeychainKeyStore::description() const
{
    return QCoreApplication::translate("KeychainKeyStore", "system keychain");
}

QString KeychainKeyStore::entryName(KeySlot slot) const
{
    return u"vault-key/"_s + m_profileId + (slot == KeySlot::Pending ? u"/pending"_s : QString());
}

Expected<SecureBytes> KeychainKeyStore::load(KeySlot slot)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setKey(entryName(slot));
    if (!runJob(*job, m_timeout))
        return timedOut();
    if (job->error() != QKeychain::NoError)
        return fromJob(*job);
    QByteArray data = job->binaryData();
    // Release the job's reference first, so the wipe below hits the only copy.
    job.reset();
    return SecureBytes::takeFrom(data);
}

Expected<void> KeychainKeyStore::store(const SecureBytes &key, KeySlot slot)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(entryName(slot));
    QByteArray data(key.constChar(), qsizetype(key.size()));
    job.setBinaryData(data);
    const bool finished = runJob(job, m_timeout);
    // Drop the job's reference, so the wipe below hits the only copy.
    job.setBinaryData(QByteArray());
    wipeByteArray(data);
    if (!finished)
        return timedOut();
    if (job.error() != QKeychain::NoError)
        return fromJob(job);
    qCInfo(lcKeys) << "vault key stored in the system keychain";
    return {};
}

Expected<void> KeychainKeyStore::forget(KeySlot slot)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(entryName(slot));
    if (!runJob(job, m_timeout))
        return timedOut();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fromJob(job);
    return {};
}

bool KeychainKeyStore::isAvailable(std::chrono::milliseconds timeout)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(u"availability-probe"_s);
    if (!runJob(job, timeout))
        return false;
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

} // namespace casedesk
