// The workstation's transport security against the real casedesk-platform on
// loopback, serving HTTPS with certificates made at test time by the openssl
// program: a test CA, a good server certificate, one for another host name,
// an expired one and a self-signed one. Trust comes from the system CAs plus
// the configured extra CAs; a pin must match when set; plain HTTP to a host
// other than loopback is refused before any traffic.
#include "PlatformProcess.h"
#include "sync/PlatformClient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

// The outcome of signing in as a training clerk: empty when it worked, else
// the failure's code and message.
struct Attempt {
    bool succeeded = false;
    QString code;
    QString message;
};

Attempt signIn(const QUrl &platform, const PlatformTrust &trust, bool allowInsecureHttp = false,
               const QNetworkProxy &proxy = QNetworkProxy(QNetworkProxy::NoProxy))
{
    QNetworkAccessManager network;
    network.setProxy(proxy);
    PlatformClient client(PlatformClient::Options{platform, allowInsecureHttp, std::chrono::seconds(30), trust},
                          &network);
    QEventLoop loop;
    Attempt attempt;
    client.login(u"staff.li"_s, u"training"_s, u"tls-test"_s, [&](PlatformResult<protocol::LoginResult> result) {
        if (auto *failure = std::get_if<PlatformFailure>(&result)) {
            attempt.code = failure->code;
            attempt.message = failure->message;
        } else {
            attempt.succeeded = true;
        }
        loop.quit();
    });
    loop.exec();
    return attempt;
}

} // namespace

class TestPlatformTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void trustedCaWorks();
    void systemCasAloneRefuseTheTestCa();
    void wrongHostNameIsRefused();
    void expiredCertificateIsRefused();
    void untrustedSelfSignedIsRefused();
    void pinMismatchIsRefusedBeforeSending();
    void pinnedCertificateFileMatches();
    void pinnedPublicKeyFingerprintMatches();
    void badTrustSettingsAreRefusedClearly();

    void plainHttpToLoopbackIsAllowed();
    void plainHttpElsewhereIsRefusedWithoutTraffic();
    void transportRule_data();
    void transportRule();

private:
    // Runs openssl; fails the test when it does not succeed.
    bool openssl(const QStringList &arguments);
    // A key and a certificate signed by the test CA for the given
    // subjectAltName, valid for `days` (negative: expired).
    bool issue(const QString &name, const QString &altName, int days);
    QString path(const QString &name) const { return m_directory.filePath(name); }
    // A platform serving HTTPS with the named certificate and key.
    QString startPlatform(PlatformProcess &platform, const QString &name);

    QTemporaryDir m_directory;
    QString m_openssl;
};

bool TestPlatformTls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool TestPlatformTls::issue(const QString &name, const QString &altName, int days)
{
    QFile extensions(path(name + u".ext"_s));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("basicConstraints=CA:FALSE\nsubjectAltName=" + altName.toLatin1() + "\n");
    extensions.close();
    return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                    u"-keyout"_s, path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s), u"-subj"_s,
                    u"/CN=%1"_s.arg(name)})
        && openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s, path(u"ca.pem"_s), u"-CAkey"_s,
                    path(u"ca.key"_s), u"-CAcreateserial"_s, u"-days"_s, QString::number(days), u"-extfile"_s,
                    extensions.fileName(), u"-out"_s, path(name + u".pem"_s)});
}

QString TestPlatformTls::startPlatform(PlatformProcess &platform, const QString &name)
{
    return platform.start({u"--db"_s, u"sqlite:"_s + path(name + u"-platform.db"_s), u"--seed-training-hall"_s,
                           u"--tls-cert"_s, path(name + u".pem"_s), u"--tls-key"_s, path(name + u".key"_s)});
}

void TestPlatformTls::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!m_openssl.isEmpty(), "the openssl program is missing; scripts/dev installs it");
    QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                     u"-nodes"_s, u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s), u"-days"_s, u"2"_s,
                     u"-subj"_s, u"/CN=CaseDesk Test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                     u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}));
    QVERIFY(issue(u"good"_s, u"IP:127.0.0.1"_s, 2));
    QVERIFY(issue(u"wronghost"_s, u"DNS:platform.elsewhere.example"_s, 2));
    QVERIFY(issue(u"expired"_s, u"IP:127.0.0.1"_s, -1));
    QVERIFY(
        openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                 u"-nodes"_s, u"-keyout"_s, path(u"selfsigned.key"_s), u"-out"_s, path(u"selfsigned.pem"_s), u"-days"_s,
                 u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s}));
}

void TestPlatformTls::trustedCaWorks()
{
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"good"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(platform.baseUrl().scheme(), u"https"_s);
    auto trust = PlatformTrust::load(path(u"ca.pem"_s), {});
    QVERIFY2(trust, trust ? "" : qPrintable(trust.error().message));
    const Attempt attempt = signIn(platform.baseUrl(), *trust);
    QVERIFY2(attempt.succeeded, qPrintable(attempt.message));
}

void TestPlatformTls::systemCasAloneRefuseTheTestCa()
{
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"good"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Attempt attempt = signIn(platform.baseUrl(), PlatformTrust{});
    QVERIFY(!attempt.succeeded);
    QCOMPARE(attempt.code, u"tls-untrusted"_s);
    QVERIFY2(attempt.message.contains(u"not signed by a trusted certification authority"_s),
             qPrintable(attempt.message));
}

void TestPlatformTls::wrongHostNameIsRefused()
{
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"wronghost"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Attempt attempt = signIn(platform.baseUrl(), PlatformTrust::load(path(u"ca.pem"_s), {}).value());
    QVERIFY(!attempt.succeeded);
    QCOMPARE(attempt.code, u"tls-untrusted"_s);
    QVERIFY2(attempt.message.contains(u"not issued for the host name 127.0.0.1"_s), qPrintable(attempt.message));
    platform.stop();
    QVERIFY(!platform.standardError().contains("/api/v1/auth/login"));
}

void TestPlatformTls::expiredCertificateIsRefused()
{
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"expired"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Attempt attempt = signIn(platform.baseUrl(), PlatformTrust::load(path(u"ca.pem"_s), {}).value());
    QVERIFY(!attempt.succeeded);
    QCOMPARE(attempt.code, u"tls-untrusted"_s);
    QVERIFY2(attempt.message.contains(u"its certificate expired on"_s), qPrintable(attempt.message));
    platform.stop();
    QVERIFY(!platform.standardError().contains("/api/v1/auth/login"));
}

void TestPlatformTls::untrustedSelfSignedIsRefused()
{
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"selfsigned"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // The test CA is trusted, but it did not sign this one.
    const Attempt attempt = signIn(platform.baseUrl(), PlatformTrust::load(path(u"ca.pem"_s), {}).value());
    QVERIFY(!attempt.succeeded);
    QCOMPARE(attempt.code, u"tls-untrusted"_s);
    QVERIFY2(attempt.message.contains(u"not signed by a trusted certification authority"_s),
             qPrintable(attempt.message));
    platform.stop();
    QVERIFY(!platform.standardError().contains("/api/v1/auth/login"));
}

void TestPlatformTls::pinMismatchIsRefusedBeforeSending()
{
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"good"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // A valid certificate from a trusted CA, but not the pinned one.
    auto trust = PlatformTrust::load(path(u"ca.pem"_s), path(u"wronghost.pem"_s));
    QVERIFY2(trust, trust ? "" : qPrintable(trust.error().message));
    const Attempt attempt = signIn(platform.baseUrl(), *trust);
    QVERIFY(!attempt.succeeded);
    QCOMPARE(attempt.code, u"tls-pin-mismatch"_s);
    QVERIFY2(attempt.message.contains(u"not the pinned one"_s), qPrintable(attempt.message));
    // The password never reached the platform: it logged no sign-in.
    platform.stop();
    const QByteArray logs = platform.standardError();
    QVERIFY2(!logs.contains("/api/v1/auth/login"), logs.constData());
}

void TestPlatformTls::pinnedCertificateFileMatches()
{
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"good"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto trust = PlatformTrust::load(path(u"ca.pem"_s), path(u"good.pem"_s));
    QVERIFY2(trust, trust ? "" : qPrintable(trust.error().message));
    QVERIFY(trust->isPinned());
    const Attempt attempt = signIn(platform.baseUrl(), *trust);
    QVERIFY2(attempt.succeeded, qPrintable(attempt.message));
    platform.stop();
    QVERIFY(platform.standardError().contains("POST /api/v1/auth/login 200"));
}

void TestPlatformTls::pinnedPublicKeyFingerprintMatches()
{
    // The fingerprint as an administrator would take it with openssl.
    QVERIFY(
        openssl({u"x509"_s, u"-in"_s, path(u"good.pem"_s), u"-pubkey"_s, u"-noout"_s, u"-out"_s, path(u"good.pub"_s)}));
    QVERIFY(openssl({u"pkey"_s, u"-pubin"_s, u"-in"_s, path(u"good.pub"_s), u"-outform"_s, u"der"_s, u"-out"_s,
                     path(u"good.pub.der"_s)}));
    QFile der(path(u"good.pub.der"_s));
    QVERIFY(der.open(QIODevice::ReadOnly));
    const QByteArray digest = QCryptographicHash::hash(der.readAll(), QCryptographicHash::Sha256);
    PlatformProcess platform;
    const QString failed = startPlatform(platform, u"good"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (const QString &pin : {u"sha256:"_s + QString::fromLatin1(digest.toHex(':')),
                               u"sha256//"_s + QString::fromLatin1(digest.toBase64())}) {
        auto trust = PlatformTrust::load(path(u"ca.pem"_s), pin);
        QVERIFY2(trust, trust ? "" : qPrintable(trust.error().message));
        const Attempt attempt = signIn(platform.baseUrl(), *trust);
        QVERIFY2(attempt.succeeded, qPrintable(pin + u": "_s + attempt.message));
    }
    // One digit off: refused.
    QByteArray other = digest;
    other[0] = char(other.at(0) ^ 1);
    const Attempt attempt =
        signIn(platform.baseUrl(), PlatformTrust::load(path(u"ca.pem"_s), QString::fromLatin1(other.toHex())).value());
    QCOMPARE(attempt.code, u"tls-pin-mismatch"_s);
}

void TestPlatformTls::badTrustSettingsAreRefusedClearly()
{
    auto missing = PlatformTrust::load(path(u"nonexistent.pem"_s), {});
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"cannot be read"_s), qPrintable(missing.error().message));
    QVERIFY(missing.error().message.contains(path(u"nonexistent.pem"_s)));

    auto notPem = PlatformTrust::load(path(u"good.ext"_s), {});
    QVERIFY(!notPem);
    QVERIFY2(notPem.error().message.contains(u"holds no PEM certificate"_s), qPrintable(notPem.error().message));

    auto badPin = PlatformTrust::load({}, u"sha256:abcd"_s);
    QVERIFY(!badPin);
    QVERIFY2(badPin.error().message.contains(u"neither a file nor a SHA-256 fingerprint"_s),
             qPrintable(badPin.error().message));

    auto keyAsPin = PlatformTrust::load({}, path(u"good.key"_s));
    QVERIFY(!keyAsPin);
    QVERIFY(keyAsPin.error().message.contains(u"holds no PEM certificate"_s));
}

void TestPlatformTls::plainHttpToLoopbackIsAllowed()
{
    PlatformProcess platform;
    const QString failed =
        platform.start({u"--db"_s, u"sqlite:"_s + path(u"plain-platform.db"_s), u"--seed-training-hall"_s});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(platform.baseUrl().scheme(), u"http"_s);
    const Attempt attempt = signIn(platform.baseUrl(), PlatformTrust{});
    QVERIFY2(attempt.succeeded, qPrintable(attempt.message));
}

void TestPlatformTls::plainHttpElsewhereIsRefusedWithoutTraffic()
{
    // Every connection the network manager makes goes to this listener
    // (as an HTTP proxy): it sees any traffic a request would cause.
    QTcpServer observer;
    QVERIFY(observer.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&observer, &QTcpServer::newConnection, &observer, [&] {
        while (QTcpSocket *socket = observer.nextPendingConnection()) {
            ++connections;
            // Answer as a proxy that cannot reach the host, so the reply ends.
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const QNetworkProxy proxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, observer.serverPort());
    const QUrl elsewhere(u"http://platform.example.org/"_s);

    const Attempt refused = signIn(elsewhere, PlatformTrust{}, false, proxy);
    QVERIFY(!refused.succeeded);
    QCOMPARE(refused.code, u"insecure"_s);
    QVERIFY2(refused.message.contains(u"Refusing plain HTTP to platform.example.org"_s), qPrintable(refused.message));
    QCoreApplication::processEvents();
    QCOMPARE(connections, 0);

    // The observer does see traffic: with plain HTTP allowed explicitly the
    // same request goes out.
    const Attempt allowed = signIn(elsewhere, PlatformTrust{}, true, proxy);
    QVERIFY(!allowed.succeeded);
    QVERIFY(connections > 0); // the reply ended only once the observer answered
}

void TestPlatformTls::transportRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecureHttp");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https anywhere") << u"https://platform.example.org"_s << false << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << false << true;
    QTest::newRow("http 127.0.0.2") << u"http://127.0.0.2:8080"_s << false << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << false << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << false << true;
    QTest::newRow("http LAN address") << u"http://192.168.1.20:8080"_s << false << false;
    QTest::newRow("http host name") << u"http://platform.example.org"_s << false << false;
    QTest::newRow("http name starting 127") << u"http://127.0.0.1.example.org"_s << false << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.example.org"_s << false << false;
    QTest::newRow("http elsewhere, allowed") << u"http://192.168.1.20:8080"_s << true << true;
    QTest::newRow("ftp") << u"ftp://platform.example.org"_s << true << false;
    QTest::newRow("no host") << u"https://"_s << false << false;
}

void TestPlatformTls::transportRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecureHttp);
    QFETCH(bool, accepted);
    const Expected<void> checked = PlatformClient::checkTransport(QUrl(url), allowInsecureHttp);
    QCOMPARE(bool(checked), accepted);
    if (!checked)
        QVERIFY(!checked.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestPlatformTls)
#include "test_platform_tls.moc"
