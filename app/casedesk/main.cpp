// casedesk: the counter workstation.
#include "VaultUnlock.h"

#include "common/BuildInfo.h"
#include "common/Localization.h"
#include "security/ProcessHardening.h"
#include "storage/CaseStore.h"
#include "storage/SqlCipherDriver.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using namespace casedesk;

int main(int argc, char *argv[])
{
    hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"casedesk"_s);
    QApplication::setApplicationDisplayName(u"CaseDesk"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(build::version));
    QApplication::setOrganizationName(u"CaseDesk"_s);
    QApplication::setDesktopFileName(u"org.casedesk.CaseDesk"_s);
    Localization localization;
    localization.install(Localization::defaultLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CaseDesk counter workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s,
        QApplication::translate("main", "Use the profile in DIR (default: %1).").arg(Profile::defaultDirectory()),
        u"DIR"_s);
    parser.addOption(profileOption);
    parser.process(app);

    VaultUnlock unlock(
        Profile(parser.isSet(profileOption) ? parser.value(profileOption) : Profile::defaultDirectory()));
    auto vault = unlock.run();
    if (!vault) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CaseDesk cannot open its data"),
                              vault.error().message);
        return 1;
    }
    if (!*vault)
        return 0; // the user chose to quit at the passphrase prompt

    auto counts = (*vault)->caseStore().counts();
    WorkstationSummary summary{(*vault)->profile().directory(), unlock.keyStore()->description(),
                               (*vault)->schemaVersion(), counts ? counts->cases : 0, counts ? counts->pendingOps : 0};
    EngineVersions versions{QString::fromLatin1(build::version), QString::fromLatin1(qVersion()),
                            (*vault)->cipherVersion(), SqlCipherDriver::sqliteVersion()};
    MainWindow window(summary, versions);
    window.show();
    return app.exec();
}
