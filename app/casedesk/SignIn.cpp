#include "SignIn.h"

#include "common/TimeOrderedId.h"
#include "storage/Vault.h"
#include "sync/PlatformClient.h"

#include <QApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QString workstationKey = u"workstation.id"_s;
const QString lastUserKey = u"user.last"_s;

QJsonObject toJson(const SignedInUser &user)
{
    return QJsonObject{{u"id"_s, user.id},
                       {u"name"_s, user.name},
                       {u"roles"_s, QJsonArray::fromStringList(user.roles)},
                       {u"hallId"_s, user.hallId},
                       {u"hallName"_s, user.hallName.toJson()},
                       {u"counterId"_s, user.counterId}};
}

SignedInUser userFromJson(const QJsonObject &json)
{
    SignedInUser user;
    user.id = json.value(u"id"_s).toString();
    user.name = json.value(u"name"_s).toString();
    for (const QJsonValue &role : json.value(u"roles"_s).toArray())
        user.roles << role.toString();
    user.hallId = json.value(u"hallId"_s).toString();
    user.hallName = LocalizedText::fromJson(json.value(u"hallName"_s));
    user.counterId = json.value(u"counterId"_s).toString();
    return user;
}

LocalizedText hallNameFor(const QString &hallId, bool training)
{
    if (training)
        return {u"培训大厅（虚构）"_s, u"Training hall (fictitious)"_s};
    return {hallId, hallId};
}

} // namespace

Expected<SignInResult> SignIn::run(const Vault &vault, const QUrl &platform, bool training, const QString &user,
                                   bool allowInsecureHttp)
{
    SyncStore settings = vault.syncStore();
    SignInResult result;
    auto workstation = settings.setting(workstationKey);
    if (!workstation)
        return workstation.error();
    result.workstationId = workstation->isEmpty() ? newTimeOrderedId() : *workstation;
    if (workstation->isEmpty()) {
        if (auto saved = settings.setSetting(workstationKey, result.workstationId); !saved)
            return saved.error();
    }
    result.enquiryPhone = training ? u"12345（培训）"_s : u"12345"_s;

    QString name = user;
    QString password;
    if (training) {
        // The synthetic hall's clerks all use the password "training".
        if (name.isEmpty())
            name = u"staff.li"_s;
        password = u"training"_s;
    } else {
        bool ok = false;
        if (name.isEmpty())
            name = QInputDialog::getText(nullptr, QApplication::translate("SignIn", "Sign in to CaseDesk"),
                                         QApplication::translate("SignIn", "User:"), QLineEdit::Normal, {}, &ok);
        if (name.isEmpty())
            return result;
        password = QInputDialog::getText(nullptr, QApplication::translate("SignIn", "Sign in to CaseDesk"),
                                         QApplication::translate("SignIn", "Password for %1:").arg(name),
                                         QLineEdit::Password, {}, &ok);
        if (!ok)
            return result;
    }

    QNetworkAccessManager network;
    PlatformClient client({platform, allowInsecureHttp, std::chrono::seconds(10)}, &network);
    QEventLoop loop;
    PlatformResult<protocol::LoginResult> answer = PlatformFailure{};
    client.login(name, password, result.workstationId, [&](PlatformResult<protocol::LoginResult> login) {
        answer = std::move(login);
        loop.quit();
    });
    loop.exec();
    wipeString(password);

    if (auto *login = std::get_if<protocol::LoginResult>(&answer)) {
        SignedInUser signedIn{
            login->userId,   login->userName, login->roles, login->hallId, hallNameFor(login->hallId, training),
            login->counterId};
        result.user = signedIn;
        result.token = login->token;
        result.refreshToken = login->refreshToken;
        result.online = true;
        const QString remembered = QString::fromUtf8(QJsonDocument(toJson(signedIn)).toJson(QJsonDocument::Compact));
        if (auto saved = settings.setSetting(lastUserKey, remembered); !saved)
            return saved.error();
        return result;
    }
    const PlatformFailure &failure = std::get<PlatformFailure>(answer);
    if (!failure.isTransient())
        return Error::make(ErrorCode::InvalidArgument, failure.message);
    // Offline: the counter keeps working as the last user signed in here.
    auto last = settings.setting(lastUserKey);
    if (!last)
        return last.error();
    const SignedInUser remembered = userFromJson(QJsonDocument::fromJson(last->toUtf8()).object());
    if (last->isEmpty() || remembered.id != name)
        return Error::make(ErrorCode::KeyStoreUnavailable,
                           QApplication::translate("SignIn",
                                                   "The platform cannot be reached (%1), and %2 has not "
                                                   "signed in on this workstation before.")
                               .arg(failure.message, name));
    result.user = remembered;
    return result;
}

} // namespace casedesk
