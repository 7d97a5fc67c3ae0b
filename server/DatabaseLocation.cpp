#include "DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

Error invalid(const QString &why)
{
    return Error::make(ErrorCode::InvalidArgument,
                       u"--db: %1 (use sqlite:PATH or postgresql://user[:password]@host[:port]/dbname)"_s.arg(why));
}

} // namespace

Expected<DatabaseLocation> DatabaseLocation::parse(const QString &spec)
{
    DatabaseLocation location;
    if (spec.startsWith(u"sqlite:")) {
        location.path = spec.mid(7);
        if (location.path.isEmpty())
            return invalid(u"the SQLite file is missing"_s);
        return location;
    }
    if (!spec.startsWith(u"postgresql://") && !spec.startsWith(u"postgres://"))
        return invalid(u"unknown kind of database"_s);

    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(u"not a valid URL"_s);
    location.kind = Kind::Postgresql;
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(5432);
    location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            location.host = value;
        else if (key == u"port") {
            bool numeric = false;
            location.port = value.toInt(&numeric);
            if (!numeric || location.port <= 0 || location.port > 65535)
                return invalid(u"the port is not a number from 1 to 65535"_s);
        } else
            return invalid(u"unknown parameter \"%1\""_s.arg(key));
    }
    if (location.databaseName.isEmpty() || location.databaseName.contains(u'/'))
        return invalid(u"the database name is missing"_s);
    return location;
}

QString DatabaseLocation::describe() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:%1"_s.arg(path);
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host.isEmpty() ? u"(default socket)"_s : host)
        .arg(port)
        .arg(databaseName);
}

} // namespace casedesk
