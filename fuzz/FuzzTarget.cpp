#include "FuzzTarget.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace casedesk::fuzz {

namespace {

// Only fatal messages (a failed Q_ASSERT, qFatal) are shown: libFuzzer prints
// them with the crash. Warnings about a malformed input are the expected
// outcome and would drown its progress lines.
void fatalMessagesOnly(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg)
        return;
    std::fprintf(stderr, "%s (%s:%d)\n", qPrintable(message), context.file ? context.file : "?", context.line);
}

} // namespace

QByteArray input(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void expect(bool holds, const char *property, const char *file, int line)
{
    if (holds)
        return;
    std::fprintf(stderr, "==== property broken: %s (%s:%d)\n", property, file, line);
    std::abort();
}

} // namespace casedesk::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(casedesk::fuzz::fatalMessagesOnly);
    // Lives as long as the process, never destroyed: translations, plugin
    // paths and the default locale are looked up through it, as in the
    // programs.
    static int argc = 1;
    static char name[] = "casedesk-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    return 0;
}
