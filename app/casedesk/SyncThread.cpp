#include "SyncThread.h"

#include "storage/StorageError.h"
#include "storage/Vault.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QSqlDatabase>

namespace casedesk {

// Lives in the sync thread; everything it owns was made there.
class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    SyncWorker(const Vault &vault, QUrl platform, SyncSettings settings, bool allowInsecureHttp, PlatformTrust trust)
        : m_vault(vault),
          m_platform(std::move(platform)),
          m_settings(std::move(settings)),
          m_allowInsecureHttp(allowInsecureHttp),
          m_trust(std::move(trust))
    { }

public Q_SLOTS:
    void open(const QString &token, const QString &refreshToken)
    {
        auto name = m_vault.openConnection();
        if (!name) {
            Q_EMIT failed(name.error().message);
            return;
        }
        m_connection = *name;
        m_network = new QNetworkAccessManager(this);
        PlatformClient::Options options;
        options.baseUrl = m_platform;
        options.allowInsecureHttp = m_allowInsecureHttp;
        options.trust = m_trust;
        m_client = new PlatformClient(options, m_network, this);
        SyncStore store(QSqlDatabase::database(m_connection, false),
                        [](const QSqlError &error, const QString &action) { return storageError(error, 0, action); });
        m_engine = new SyncEngine(store, m_client, m_settings, this);
        connect(m_engine, &SyncEngine::statusChanged, this, &SyncWorker::statusChanged);
        connect(m_engine, &SyncEngine::roundFinished, this, &SyncWorker::roundFinished);
        connect(m_engine, &SyncEngine::loginRequired, this, &SyncWorker::loginRequired);
        connect(m_engine, &SyncEngine::calendarsChanged, this, &SyncWorker::calendarsChanged);
        m_engine->setSession(token, refreshToken);
        m_engine->start();
    }

    void syncNow()
    {
        if (m_engine)
            m_engine->syncNow();
    }

    void setSession(const QString &token, const QString &refreshToken)
    {
        if (m_engine)
            m_engine->setSession(token, refreshToken);
    }

    void close()
    {
        delete m_engine;
        m_engine = nullptr;
        delete m_client;
        m_client = nullptr;
        delete m_network;
        m_network = nullptr;
        if (!m_connection.isEmpty())
            Vault::closeConnection(m_connection);
        m_connection.clear();
    }

Q_SIGNALS:
    void statusChanged(const casedesk::SyncStatus &status);
    void roundFinished(const casedesk::SyncSummary &summary);
    void loginRequired();
    void calendarsChanged();
    void failed(const QString &message);

private:
    const Vault &m_vault;
    QUrl m_platform;
    SyncSettings m_settings;
    bool m_allowInsecureHttp;
    PlatformTrust m_trust;
    QString m_connection;
    QNetworkAccessManager *m_network = nullptr;
    PlatformClient *m_client = nullptr;
    SyncEngine *m_engine = nullptr;
};

SyncThread::SyncThread(const Vault &vault, const QUrl &platform, SyncSettings settings, bool allowInsecureHttp,
                       PlatformTrust trust, QObject *parent)
    : QObject(parent),
      m_worker(new SyncWorker(vault, platform, std::move(settings), allowInsecureHttp, std::move(trust)))
{
    m_thread.setObjectName(QStringLiteral("casedesk-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, &SyncThread::statusChanged);
    connect(m_worker, &SyncWorker::roundFinished, this, &SyncThread::roundFinished);
    connect(m_worker, &SyncWorker::loginRequired, this, &SyncThread::loginRequired);
    connect(m_worker, &SyncWorker::calendarsChanged, this, &SyncThread::calendarsChanged);
    connect(m_worker, &SyncWorker::failed, this, &SyncThread::failed);
    m_thread.start();
}

SyncThread::~SyncThread()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncThread::start(const QString &token, const QString &refreshToken)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, token, refreshToken] { worker->open(token, refreshToken); });
}

void SyncThread::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow);
}

void SyncThread::setSession(const QString &token, const QString &refreshToken)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, token, refreshToken] { worker->setSession(token, refreshToken); });
}

} // namespace casedesk

#include "SyncThread.moc"
