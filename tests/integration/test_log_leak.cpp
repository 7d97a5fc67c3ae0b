// No personal data, key or token in any log or stray file (issue 7, point 5).
// A full intake and sync with known synthetic personal data runs through a
// real encrypted vault (leak_worker, a process of its own) and the real
// casedesk-platform on loopback (a program, structured JSON logs), every
// logging category on. Then every log and every file under the directories
// they used (TMPDIR, XDG dirs, the profile, the platform's directory) is
// searched for each datum, the vault key (hex and raw) and the bearer
// tokens; only the encrypted vault and the platform's database are left out.
#include "PlatformProcess.h"
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

// GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
QString withCheckDigit(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QChar(u"10X98765432"[sum % 11]);
}

// ISO/IEC 7812 (Luhn) check digit appended.
QString withLuhnDigit(const QString &digits)
{
    int sum = 0;
    bool twice = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i, twice = !twice) {
        int d = digits.at(i).digitValue() * (twice ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return digits + QString::number((10 - sum % 10) % 10);
}

// "\u53f8\u5f92…", as JSON writers and debug output may spell it.
QByteArray unicodeEscaped(const QString &text, bool upperCase)
{
    QByteArray escaped;
    for (QChar c : text) {
        const QByteArray hex = QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        escaped += "\\u" + (upperCase ? hex.toUpper() : hex);
    }
    return escaped;
}

struct Needle {
    QString what;
    QByteArray bytes;
};

} // namespace

class TestLogLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFullIntakeAndSyncLeaveNoSecretInAnyLogOrFile();

private:
    // Every file under root, except the excluded ones, holding a needle:
    // "file: what".
    static QStringList search(const QString &root, const QStringList &excluded, const QList<Needle> &needles);
};

QStringList TestLogLeak::search(const QString &root, const QStringList &excluded, const QList<Needle> &needles)
{
    QStringList hits;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (excluded.contains(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << u"%1: cannot be read (%2)"_s.arg(path, file.errorString());
            continue;
        }
        const QByteArray content = file.readAll();
        for (const Needle &needle : needles) {
            const qsizetype at = content.indexOf(needle.bytes);
            if (at < 0)
                continue;
            // Where it was, the datum itself left out.
            QByteArray before = content.mid(std::max<qsizetype>(0, at - 80), std::min<qsizetype>(at, 80));
            for (char &c : before) {
                if (c < 0x20 || c > 0x7e)
                    c = '.';
            }
            hits << u"%1: %2 (after \"%3\")"_s.arg(path, needle.what, QString::fromLatin1(before));
        }
    }
    return hits;
}

void TestLogLeak::aFullIntakeAndSyncLeaveNoSecretInAnyLogOrFile()
{
    QTemporaryDir root;
    QTemporaryDir secrets; // the test's own inputs and outputs, not searched
    QVERIFY(root.isValid() && secrets.isValid());
    for (const QString &dir :
         {u"tmp"_s, u"profile"_s, u"platform"_s, u"logs"_s, u"config"_s, u"data"_s, u"cache"_s, u"runtime"_s})
        QVERIFY(QDir(root.path()).mkpath(dir));
    QFile::setPermissions(root.filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // The synthetic citizen: valid in form, made up, and distinctive.
    const QString name = u"司徒晓蕾"_s;
    const QString idNumber = withCheckDigit(u"11010119850317427"_s);
    const QString mobile = u"13957316842"_s;
    const QString bankCard = withLuhnDigit(u"622202731845960"_s);
    const QString dataPath = secrets.filePath(u"data.json"_s);
    {
        QFile data(dataPath);
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QJsonDocument(QJsonObject{{u"name"_s, name},
                                             {u"idNumber"_s, idNumber},
                                             {u"mobile"_s, mobile},
                                             {u"bankCard"_s, bankCard}})
                       .toJson());
    }
    // The ID card scan the citizen brings (on a stick: not searched), whose
    // bytes carry the number and the name.
    const QString scanPath = secrets.filePath(u"id-card.pdf"_s);
    {
        QFile scan(scanPath);
        QVERIFY(scan.open(QIODevice::WriteOnly));
        scan.write("%PDF-1.4\n% " + idNumber.toLatin1() + " " + name.toUtf8()
                   + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n");
    }

    // The workstation's vault, and its key as the test knows it.
    const Profile profile(root.filePath(u"profile"_s));
    QByteArray keyRaw;
    QByteArray keyHex;
    {
        PassphraseKeyStore keys(profile.keyFilePath(), secret("log leak"));
        auto vault = Vault::create(profile, keys, Profile::newProfileId());
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        const SecureBytes key = keys.load(KeySlot::Current).value();
        keyRaw = QByteArray(key.constChar(), qsizetype(key.size()));
        keyHex = keyRaw.toHex();
    }

    // Every child writes its temporary and per-user files under root.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.insert(u"TMPDIR"_s, root.filePath(u"tmp"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"runtime"_s));
    const QProcessEnvironment saved = QProcessEnvironment::systemEnvironment();
    // PlatformProcess starts the platform with the test's own environment.
    for (const QString &variable : {u"QT_LOGGING_RULES"_s, u"TMPDIR"_s, u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s,
                                    u"XDG_CACHE_HOME"_s, u"XDG_RUNTIME_DIR"_s})
        qputenv(qPrintable(variable), environment.value(variable).toLocal8Bit());

    PlatformProcess platform;
    const QString platformDb = root.filePath(u"platform/platform.db"_s);
    const QString started =
        platform.start({u"--db"_s, u"sqlite:"_s + platformDb, u"--seed-training-hall"_s, u"--log-format"_s, u"json"_s});
    for (const QString &variable : {u"QT_LOGGING_RULES"_s, u"TMPDIR"_s, u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s,
                                    u"XDG_CACHE_HOME"_s, u"XDG_RUNTIME_DIR"_s}) {
        if (saved.contains(variable))
            qputenv(qPrintable(variable), saved.value(variable).toLocal8Bit());
        else
            qunsetenv(qPrintable(variable));
    }
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QProcess worker;
    worker.setProcessEnvironment(environment);
    worker.setWorkingDirectory(root.filePath(u"tmp"_s));
    worker.setStandardOutputFile(root.filePath(u"logs/worker.stdout"_s));
    worker.setStandardErrorFile(root.filePath(u"logs/worker.stderr"_s));
    const QString tokenPath = secrets.filePath(u"token.txt"_s);
    worker.start(builtProgram("LEAK_WORKER"),
                 {platform.baseUrl().toString(), profile.directory(), dataPath, scanPath, tokenPath});
    QVERIFY(worker.waitForFinished(240000));
    platform.stop();
    {
        QFile platformLog(root.filePath(u"logs/platform.stderr"_s));
        QVERIFY(platformLog.open(QIODevice::WriteOnly));
        platformLog.write(platform.standardError());
    }
    QFile workerErr(root.filePath(u"logs/worker.stderr"_s));
    QVERIFY(workerErr.open(QIODevice::ReadOnly));
    const QByteArray workerLog = workerErr.readAll();
    QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0, workerLog.right(4000).constData());

    // The logs are there and are full: debug lines from both sides.
    QVERIFY(workerLog.contains("casedesk.sync"));
    QVERIFY(platform.standardError().contains("\"level\":\"debug\"")
            || platform.standardError().contains("\"level\":\"info\""));
    QVERIFY(platform.standardError().contains("/api/v1/halls/TRAINING-HALL/ops"));

    QFile tokens(tokenPath);
    QVERIFY(tokens.open(QIODevice::ReadOnly));
    const QList<QByteArray> tokenLines = tokens.readAll().split('\n');
    QVERIFY(tokenLines.size() >= 2 && !tokenLines.at(0).isEmpty());

    QList<Needle> needles{
        {u"the name"_s, name.toUtf8()},
        {u"the name (UTF-16)"_s,
         QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * qsizetype(sizeof(char16_t)))},
        {u"the name (\\u escapes)"_s, unicodeEscaped(name, false)},
        {u"the name (\\U escapes)"_s, unicodeEscaped(name, true)},
        {u"the ID number"_s, idNumber.toLatin1()},
        {u"the mobile number"_s, mobile.toLatin1()},
        {u"the bank card number"_s, bankCard.toLatin1()},
        {u"the vault key (hex)"_s, keyHex},
        {u"the vault key (hex, upper case)"_s, keyHex.toUpper()},
        {u"the vault key (raw)"_s, keyRaw},
        {u"the bearer token"_s, tokenLines.at(0)},
    };
    if (!tokenLines.at(1).isEmpty())
        needles << Needle{u"the refresh token"_s, tokenLines.at(1)};

    // The search finds what it looks for: the test's own inputs hold the data.
    const QStringList control = search(secrets.path(), {tokenPath}, needles);
    QVERIFY2(control.join(u'\n').contains(dataPath + u": the ID number"_s), qPrintable(control.join(u'\n')));
    QVERIFY(control.join(u'\n').contains(scanPath + u": the name"_s));

    // Left out: the encrypted vault (with its WAL) and the platform's database.
    QStringList excluded;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        excluded << profile.databasePath() + suffix;
        excluded << platformDb + suffix;
    }
    const QStringList hits = search(root.path(), excluded, needles);
    QVERIFY2(hits.isEmpty(), qPrintable(u"personal data, key or token found:\n"_s + hits.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLogLeak)
#include "test_log_leak.moc"
