// casedeskctl: the vault tool for IT staff and scripts. Links casedesk_core
// only — no QtGui — so it runs on a server or over SSH.
#include "ExitCode.h"
#include "ReviewCommands.h"
#include "SyncCommands.h"
#include "VaultCommands.h"

#include "common/BuildInfo.h"
#include "common/Localization.h"
#include "security/ProcessHardening.h"
#include "storage/Profile.h"
#include "storage/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casedesk;

namespace {

QString helpEpilogue()
{
    return QCoreApplication::translate(
        "casedeskctl",
        "Commands (vault):\n"
        "  init               create a profile with a new random key\n"
        "  status             schema version, key store in use, counts\n"
        "  verify             check the database's integrity and the audit chain; non-zero\n"
        "                     exit on any fault, naming the audit record where it breaks\n"
        "  rekey              re-encrypt the vault under a new random key\n"
        "  seed --cases N     write N synthetic cases (fake applicants) in batches\n"
        "  backup DEST        copy the profile, consistently, to DEST with its key sealed\n"
        "                     by the passphrase on stdin (--passphrase-stdin)\n"
        "  restore BACKUP     make the profile from a backup (passphrase on stdin); the\n"
        "                     key goes to the system keychain when one answers\n"
        "  sync --platform URL --user U [--one-time-code CODE]\n"
        "                     one full round with the platform (push, upload, pull);\n"
        "                     the password on stdin (after the passphrase, if any);\n"
        "                     the token's code for an account with a second factor;\n"
        "                     a JSON summary: pushed, pulled, conflicts, errors\n"
        "  conflicts          the changes the platform did not take (needs attention)\n"
        "  remove             forget the profile's key, then overwrite and delete its files;\n"
        "                     refused while changes have not reached the platform, unless\n"
        "                     --discard-unsent\n"
        "\n"
        "Commands (pre-review; no profile needed):\n"
        "  validate KIND VALUE          check a value; KIND: id, uscc, mobile, bankcard;\n"
        "                               exit 0 valid, 1 invalid, the reason on stdout\n"
        "  review FILE.json             pre-review an application: findings as JSON;\n"
        "                               exit 0 when nothing blocks, 1 when something does\n"
        "  deadline --from D --days N   the due date N working days after D\n"
        "  catalogue check FILE         check a catalogue file and run its examples\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  a check found a fault, or another failure\n"
        "  2  bad command line\n"
        "  3  wrong passphrase or wrong key\n"
        "  4  the file is not a CaseDesk database\n"
        "  5  the profile was written by a newer CaseDesk\n"
        "  6  the profile is read-only\n"
        "  7  disk full or another I/O error\n"
        "  8  no secret service answers (use --passphrase-stdin)\n"
        "  9  no profile in that directory (or, for init and restore, one exists already)\n"
        "  10 the profile's files are damaged\n"
        "  11 another program (the workstation, another casedeskctl) has the profile open\n"
        "     for changes: sync, seed, rekey, restore and remove wait for it to close\n");
}

// The next line of standard input, without its line end. Secrets arrive
// this way (passphrase first, then a password): callers wipe what they get.
std::optional<QByteArray> readLine()
{
    static QFile input;
    if (!input.isOpen() && !input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = input.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

std::optional<SecureBytes> readPassphrase()
{
    std::optional<QByteArray> line = readLine();
    if (!line)
        return std::nullopt;
    return SecureBytes::takeFrom(*line);
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"casedeskctl"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(build::version));
    QCoreApplication::setOrganizationName(u"CaseDesk"_s);
    Localization localization;
    localization.install(Localization::defaultLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("casedeskctl", "CaseDesk vault tool for IT staff and scripts."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        u"version"_s, QCoreApplication::translate("casedeskctl", "Print the version of CaseDesk and its engines."));
    const QCommandLineOption profileOption(
        u"profile"_s,
        QCoreApplication::translate("casedeskctl", "Use the profile in DIR (default: %1).")
            .arg(Profile::defaultDirectory()),
        u"DIR"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-stdin"_s,
        QCoreApplication::translate("casedeskctl",
                                    "Keep the key in a passphrase-sealed file; read the passphrase from stdin."));
    const QCommandLineOption casesOption(
        u"cases"_s, QCoreApplication::translate("casedeskctl", "seed: how many cases to write."), u"N"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, QCoreApplication::translate("casedeskctl", "seed: random seed (default: time based)."), u"S"_s);
    const QCommandLineOption catalogueOption(
        u"catalogue"_s,
        QCoreApplication::translate("casedeskctl", "review: use this catalogue file, not the bundled one."), u"FILE"_s);
    const QCommandLineOption dateOption(
        u"date"_s, QCoreApplication::translate("casedeskctl", "review, validate: the day of review (default: today)."),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption fromOption(
        u"from"_s, QCoreApplication::translate("casedeskctl", "deadline: the day of acceptance."), u"YYYY-MM-DD"_s);
    const QCommandLineOption daysOption(
        u"days"_s, QCoreApplication::translate("casedeskctl", "deadline: the time limit in working days."), u"N"_s);
    const QCommandLineOption platformOption(
        u"platform"_s, QCoreApplication::translate("casedeskctl", "sync: the platform's address."), u"URL"_s);
    const QCommandLineOption userOption(
        u"user"_s, QCoreApplication::translate("casedeskctl", "sync: the user to sign in as."), u"USER"_s);
    const QCommandLineOption oneTimeCodeOption(
        u"one-time-code"_s,
        QCoreApplication::translate("casedeskctl",
                                    "sync: the code the user's token shows, for an account with a second factor."),
        u"CODE"_s);
    const QCommandLineOption insecureOption(
        u"allow-insecure-http"_s,
        QCoreApplication::translate("casedeskctl", "sync: allow plain HTTP to a host other than loopback."));
    const QCommandLineOption caCertificatesOption(
        u"ca-certificates"_s,
        QCoreApplication::translate("casedeskctl", "sync: also trust the CA certificates in FILE (PEM)."), u"FILE"_s);
    const QCommandLineOption pinOption(
        u"pin-certificate"_s,
        QCoreApplication::translate("casedeskctl",
                                    "sync: accept only this platform certificate (PEM file or SHA-256 fingerprint)."),
        u"PIN"_s);
    const QCommandLineOption discardUnsentOption(
        u"discard-unsent"_s,
        QCoreApplication::translate("casedeskctl", "remove: remove even changes not yet sent to the platform."));
    parser.addOptions({versionOption, profileOption, passphraseOption, casesOption, seedOption, catalogueOption,
                       dateOption, fromOption, daysOption, platformOption, userOption, oneTimeCodeOption,
                       insecureOption, caCertificatesOption, pinOption, discardUnsentOption});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("casedeskctl", "see the list below"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << QCoreApplication::translate("casedeskctl", "casedeskctl: %1").arg(parser.errorText()) << Qt::endl;
        return ctl::Usage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText() << Qt::endl << helpEpilogue();
        return ctl::Success;
    }
    if (parser.isSet(versionOption)) {
        out << u"casedeskctl %1 (Qt %2, SQLite %3 with SQLCipher)"_s.arg(
            QString::fromLatin1(build::version), QString::fromLatin1(qVersion()), SqlCipherDriver::sqliteVersion())
            << Qt::endl;
        return ctl::Success;
    }
    const auto usage = [&err](const QString &problem) {
        err << QCoreApplication::translate("casedeskctl", "casedeskctl: %1").arg(problem) << Qt::endl;
        return ctl::Usage;
    };
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    // How many words each command takes, itself included.
    static const QHash<QString, qsizetype> arity{
        {u"init"_s, 1},      {u"status"_s, 1},  {u"verify"_s, 1},    {u"rekey"_s, 1},    {u"seed"_s, 1},
        {u"backup"_s, 2},    {u"restore"_s, 2}, {u"review"_s, 2},    {u"deadline"_s, 1}, {u"validate"_s, 3},
        {u"catalogue"_s, 3}, {u"sync"_s, 1},    {u"conflicts"_s, 1}, {u"remove"_s, 1},
    };
    if (!arity.contains(command))
        return usage(command.isEmpty()
                         ? QCoreApplication::translate("casedeskctl", "give a command; see casedeskctl --help")
                         : QCoreApplication::translate("casedeskctl", "unknown command \"%1\"; see casedeskctl --help")
                               .arg(command));
    if (positional.size() != arity.value(command))
        return usage(QCoreApplication::translate("casedeskctl",
                                                 "wrong number of arguments for \"%1\"; see "
                                                 "casedeskctl --help")
                         .arg(command));

    QDate today = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        today = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!today.isValid())
            return usage(QCoreApplication::translate("casedeskctl", "--date needs a date as YYYY-MM-DD"));
    }
    ctl::ReviewCommands review(out, err);
    if (command == u"catalogue") {
        if (positional.at(1) != u"check")
            return usage(QCoreApplication::translate("casedeskctl", "the catalogue command is: catalogue check FILE"));
        return review.checkCatalogue(positional.at(2));
    }
    if (command == u"review")
        return review.review(positional.at(1), parser.value(catalogueOption), today);
    if (command == u"validate")
        return review.validate(positional.at(1), positional.at(2), today);
    if (command == u"deadline") {
        const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        bool ok = false;
        const int days = parser.value(daysOption).toInt(&ok);
        if (!from.isValid() || !ok || days < 0)
            return usage(QCoreApplication::translate("casedeskctl", "deadline needs --from YYYY-MM-DD and --days N"));
        return review.deadline(from, days);
    }

    ctl::VaultOptions options;
    options.profileDirectory = parser.isSet(profileOption) ? parser.value(profileOption) : Profile::defaultDirectory();
    if (parser.isSet(passphraseOption)) {
        options.passphrase = readPassphrase();
        if (!options.passphrase)
            return usage(QCoreApplication::translate(
                "casedeskctl", "--passphrase-stdin given, but standard input held no passphrase"));
    }
    if (command == u"sync") {
        const QUrl platform(parser.value(platformOption));
        if (!parser.isSet(platformOption) || !parser.isSet(userOption))
            return usage(QCoreApplication::translate("casedeskctl", "sync needs --platform URL and --user USER"));
        auto trust = PlatformTrust::load(parser.value(caCertificatesOption), parser.value(pinOption));
        if (!trust) {
            err << QCoreApplication::translate("casedeskctl", "casedeskctl: %1").arg(trust.error().message) << Qt::endl;
            return ctl::Usage;
        }
        QByteArray password = readLine().value_or(QByteArray());
        QString text = QString::fromUtf8(password);
        wipeByteArray(password);
        const ctl::ExitCode code =
            ctl::SyncCommands(std::move(options), out, err)
                .sync(platform, {parser.value(userOption), text, parser.value(oneTimeCodeOption)},
                      parser.isSet(insecureOption), *trust);
        wipeString(text);
        return code;
    }
    if (command == u"conflicts")
        return ctl::SyncCommands(std::move(options), out, err).conflicts();
    ctl::VaultCommands commands(std::move(options), out, err);
    if (command == u"backup")
        return commands.backup(positional.at(1));
    if (command == u"restore")
        return commands.restore(positional.at(1));
    if (command == u"init")
        return commands.init();
    if (command == u"status")
        return commands.status();
    if (command == u"verify")
        return commands.verify();
    if (command == u"rekey")
        return commands.rekey();
    if (command == u"remove")
        return commands.remove(parser.isSet(discardUnsentOption));
    bool ok = false;
    const qint64 cases = parser.value(casesOption).toLongLong(&ok);
    if (!ok || cases <= 0)
        return usage(QCoreApplication::translate("casedeskctl", "seed needs --cases N with N > 0"));
    quint32 randomSeed = quint32(QDateTime::currentMSecsSinceEpoch());
    if (parser.isSet(seedOption))
        randomSeed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return usage(QCoreApplication::translate("casedeskctl", "--seed needs a non-negative integer"));
    return commands.seed(cases, randomSeed);
}
