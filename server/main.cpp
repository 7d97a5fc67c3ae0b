// casedesk-platform: the reference central platform (docs/platform-api.md).

#include "DatabaseLocation.h"
#include "PlatformLog.h"
#include "PlatformServer.h"
#include "PlatformStore.h"
#include "common/BuildInfo.h"
#include "security/OneTimeCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace casedesk;

namespace {

// --log-format json: one JSON object per line on stderr. Request lines come
// formatted already (RequestLog); everything else is wrapped here.
void jsonMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line;
    if (context.category && qstrcmp(context.category, lcPlatformRequest().categoryName()) == 0) {
        line = message.toUtf8();
    } else {
        static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
        const QJsonObject object{{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                 {u"level"_s, QString::fromLatin1(levels[type])},
                                 {u"category"_s, QString::fromLatin1(context.category ? context.category : "default")},
                                 {u"message"_s, message}};
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    line.append('\n');
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;
};

// HOST:PORT, [IPv6]:PORT or localhost:PORT.
std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    bool numeric = false;
    const uint port = text.mid(colon + 1).toUInt(&numeric);
    if (!numeric || port > 65535)
        return std::nullopt;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return std::nullopt;
    return ListenAddress{address, quint16(port)};
}

// SIGTERM and SIGINT end the event loop, so the server closes its database
// and sockets properly: a signal handler may only write to a pipe.
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "casedesk-platform: %s\n", qUtf8Printable(message));
    return 2;
}

// --enrol-second-factor: gives the user a new one-time-code secret and shows
// it, once, for an authenticator app or a token. The schema is brought up to
// date first, as a start would.
int enrolSecondFactor(const QString &database, const QString &userId)
{
    auto location = DatabaseLocation::parse(database);
    if (!location)
        return fail(u"--db: %1"_s.arg(location.error().message)) - 1;
    auto store = PlatformStore::open(*location);
    if (!store)
        return fail(store.error().message) - 1;
    if (auto migrated = (*store)->migrate(); !migrated)
        return fail(migrated.error().message) - 1;
    const SecureBytes secret = onetimecode::newSecret();
    auto enrolled = (*store)->enrolSecondFactor(userId, secret);
    if (!enrolled)
        return fail(enrolled.error().message) - 1;
    if (!*enrolled)
        return fail(u"--enrol-second-factor: there is no user \"%1\" in %2"_s.arg(userId, location->describe())) - 1;
    QByteArray lines = "otpauth URI: " + onetimecode::provisioningUri(secret, userId, u"CaseDesk"_s).toUtf8()
        + "\nbase32 secret: " + onetimecode::base32(secret).toLatin1() + '\n';
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
    std::fflush(stdout);
    wipeByteArray(lines);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"casedesk-platform"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(build::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The reference CaseDesk central platform: serves the API of docs/platform-api.md.\n"
        "Prints \"listening on URL\" as its first line on stdout once it accepts requests;\n"
        "logs one line per request on stderr, without personal data."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        u"listen"_s, u"Address and port to listen on; port 0 takes any free port (default 127.0.0.1:8443)."_s,
        u"HOST:PORT"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption database(
        u"db"_s,
        u"Database: sqlite:PATH (default sqlite:casedesk-platform.db), or "
        "postgresql://user[:password]@host[:port]/dbname, optionally with ?host=/socket/dir."_s,
        u"URL"_s, u"sqlite:casedesk-platform.db"_s);
    const QCommandLineOption tlsCertificate(u"tls-cert"_s, u"PEM certificate (chain) for HTTPS; plain HTTP without."_s,
                                            u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key (RSA or EC, unencrypted) for --tls-cert."_s,
                                    u"FILE"_s);
    const QCommandLineOption catalogue(u"catalogue"_s, u"Service catalogue to publish (default: the bundled one)."_s,
                                       u"FILE"_s);
    const QCommandLineOption calendar(
        u"calendar"_s,
        u"A working-day calendar to publish besides the bundled ones (format: resources/calendars/README.md), "
        "e.g. the next year's when the State Council's notice is out; replaces a bundled one of the same year. "
        "May be given more than once."_s,
        u"FILE"_s);
    const QCommandLineOption seed(u"seed-training-hall"_s,
                                  u"Create the synthetic TRAINING-HALL (staff password \"training\") when the "
                                  "database has no hall yet."_s);
    const QCommandLineOption tokenLifetime(u"token-lifetime"_s, u"Lifetime of bearer tokens (default 28800)."_s,
                                           u"SECONDS"_s, u"28800"_s);
    const QCommandLineOption logFormat(u"log-format"_s, u"Log lines as text (default) or json."_s, u"text|json"_s,
                                       u"text"_s);
    const QCommandLineOption enrol(
        u"enrol-second-factor"_s,
        u"Give USER a new one-time-code secret (TOTP, a second factor of sign-in; the previous one stops "
        "working), print it as an otpauth:// URI and in base32 for an authenticator app, and exit without "
        "serving."_s,
        u"USER"_s);
    parser.addOptions(
        {listen, database, tlsCertificate, tlsKey, catalogue, calendar, seed, tokenLifetime, logFormat, enrol});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument \"%1\" (see --help)"_s.arg(parser.positionalArguments().constFirst()));

    PlatformOptions options;
    const auto address = parseListen(parser.value(listen));
    if (!address)
        return fail(u"--listen: expected HOST:PORT, e.g. 127.0.0.1:8443"_s);
    options.address = address->address;
    options.port = address->port;
    options.database = parser.value(database);
    options.tlsCertificateFile = parser.value(tlsCertificate);
    options.tlsKeyFile = parser.value(tlsKey);
    options.catalogueFile = parser.value(catalogue);
    options.calendarFiles = parser.values(calendar);
    options.seedTrainingHall = parser.isSet(seed);
    bool numeric = false;
    const qint64 seconds = parser.value(tokenLifetime).toLongLong(&numeric);
    if (!numeric || seconds < 1 || seconds > 30 * 24 * 3600)
        return fail(u"--token-lifetime: seconds from 1 to 2592000"_s);
    options.tokenLifetime = std::chrono::seconds(seconds);
    if (parser.value(logFormat) == u"json")
        options.logFormat = LogFormat::Json;
    else if (parser.value(logFormat) != u"text")
        return fail(u"--log-format: text or json"_s);
    if (options.logFormat == LogFormat::Json)
        qInstallMessageHandler(jsonMessageHandler);
    if (parser.isSet(enrol))
        return enrolSecondFactor(options.database, parser.value(enrol));

    quitOnTerminationSignals(app);
    PlatformServer server(options);
    const auto port = server.start();
    if (!port)
        return fail(port.error().message) - 1;
    // The first line on stdout, for scripts and tests that asked for port 0.
    std::printf("listening on %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
