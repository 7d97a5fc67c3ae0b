#include "PrintedPdf.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace casedesk::test::pdf {

namespace {

Answer run(const QString &program, const QStringList &arguments, const char *package)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return {{}, u"%1 is missing: install %2 (scripts/dev does)"_s.arg(program, QString::fromLatin1(package))};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {{}, u"%1 did not finish"_s.arg(program)};
    if (process.exitCode() != 0) {
        return {{},
                u"%1 %2 failed (%3): %4"_s.arg(program, arguments.join(u' '), QString::number(process.exitCode()),
                                               QString::fromUtf8(process.readAllStandardError()))};
    }
    return {QString::fromUtf8(process.readAllStandardOutput()), {}};
}

} // namespace

QString compact(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).remove(space);
}

Answer layoutText(const QString &path)
{
    return run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s}, "poppler-utils");
}

Answer compactText(const QString &path)
{
    Answer answer = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s}, "poppler-utils");
    answer.value = compact(answer.value);
    return answer;
}

Answer pageCount(const QString &path)
{
    Answer answer = run(u"pdfinfo"_s, {path}, "poppler-utils");
    if (!answer.ok())
        return answer;
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption).match(answer.value);
    if (!match.hasMatch())
        return {{}, u"pdfinfo shows no page count:\n"_s + answer.value};
    return {match.captured(1), {}};
}

Answer fontsNotEmbedded(const QString &path)
{
    const Answer answer = run(u"pdffonts"_s, {path}, "poppler-utils");
    if (!answer.ok())
        return answer;
    // A header, a rule of dashes that gives the columns, then one font a line.
    const QStringList lines = answer.value.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 3)
        return {{}, u"pdffonts lists no font:\n"_s + answer.value};
    QList<std::pair<qsizetype, qsizetype>> columns;
    static const QRegularExpression dashes(u"-+"_s);
    for (auto it = dashes.globalMatch(lines.at(1)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        columns.append({match.capturedStart(), match.capturedLength()});
    }
    if (columns.size() < 4)
        return {{}, u"pdffonts' columns are not as expected:\n"_s + answer.value};
    QStringList notEmbedded;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString embedded = lines.at(i).mid(columns.at(3).first, columns.at(3).second).trimmed();
        if (embedded != u"yes"_s)
            notEmbedded.append(lines.at(i).trimmed());
    }
    return {notEmbedded.join(u'\n'), {}};
}

Answer qrCodes(const QString &path)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(u"page"_s);
    const Answer rendered = run(
        u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"200"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, path, prefix},
        "poppler-utils");
    if (!rendered.ok())
        return rendered;
    Answer decoded = run(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, prefix + u".png"_s}, "zbar-tools");
    decoded.value = decoded.value.trimmed();
    return decoded;
}

void keepForInspection(const QString &path, const QString &name)
{
    const QString directory = qEnvironmentVariable("CASEDESK_PRINT_OUTPUT");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    const QString copy = QDir(directory).filePath(name + u".pdf"_s);
    QFile::remove(copy);
    QFile::copy(path, copy);
    run(u"pdftoppm"_s,
        {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, path,
         QDir(directory).filePath(name)},
        "poppler-utils");
}

} // namespace casedesk::test::pdf
