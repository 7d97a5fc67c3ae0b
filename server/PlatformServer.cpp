#include "PlatformServer.h"

#include "DatabaseLocation.h"
#include "PlatformApi.h"
#include "PlatformHttpServer.h"
#include "PlatformLog.h"
#include "PlatformStore.h"
#include "ReferenceData.h"
#include "TrainingHall.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace casedesk {

PlatformServer::PlatformServer(PlatformOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{ }

PlatformServer::~PlatformServer()
{
    stop();
}

QUrl PlatformServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tlsCertificateFile.isEmpty() ? u"http"_s : u"https"_s);
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

Expected<quint16> PlatformServer::start()
{
    keepHeadersOutOfLogs();
    if (isListening())
        return m_port;
    if (m_options.tlsCertificateFile.isEmpty() != m_options.tlsKeyFile.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, u"HTTPS needs both a certificate and its key."_s);

    auto location = DatabaseLocation::parse(m_options.database);
    if (!location)
        return location.error();
    auto store = PlatformStore::open(*location);
    if (!store)
        return store.error();
    if (auto migrated = (*store)->migrate(); !migrated)
        return migrated.error();
    if (m_options.seedTrainingHall) {
        auto seeded = TrainingHall::seed(**store);
        if (!seeded)
            return seeded.error();
    }
    auto reference = ReferenceData::load(m_options.catalogueFile, m_options.calendarFiles);
    if (!reference)
        return reference.error();

    m_store = std::move(*store);
    m_reference = std::make_unique<ReferenceData>(std::move(*reference));
    m_api = std::make_unique<PlatformApi>(*m_store, *m_reference, m_options);
    m_http = std::make_unique<PlatformHttpServer>(*m_api, m_options.logFormat);
    if (auto tls = setUpTls(); !tls) {
        stop();
        return tls.error();
    }
    m_port = m_http->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        stop();
        return Error::make(ErrorCode::Io,
                           u"Cannot listen on %1 port %2: in use, or not an address of this machine."_s
                               .arg(m_options.address.toString())
                               .arg(m_options.port));
    }
    qCInfo(lcPlatform).noquote() << "listening on" << baseUrl().toString() << "with" << location->describe();
    return m_port;
}

Expected<void> PlatformServer::setUpTls()
{
    if (m_options.tlsCertificateFile.isEmpty())
        return {};
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           u"No PEM certificate in %1."_s.arg(m_options.tlsCertificateFile));
    QFile keyFile(m_options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, u"Cannot read %1: %2"_s.arg(m_options.tlsKeyFile, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::make(ErrorCode::InvalidArgument,
                           u"No unencrypted PEM RSA or EC private key in %1."_s.arg(m_options.tlsKeyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_http->sslSetup(configuration);
    return {};
}

void PlatformServer::stop()
{
    if (m_http)
        qCInfo(lcPlatform) << "stopping";
    // The HTTP server first: no request may reach a closed store.
    m_http.reset();
    m_api.reset();
    m_reference.reset();
    m_store.reset();
    m_port = 0;
}

} // namespace casedesk
