#include "ReferenceData.h"

#include "catalogue/CatalogueLoader.h"
#include "domain/calendar/CalendarYearLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

Expected<QByteArray> readFile(const QString &path, qint64 maximumSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, u"Cannot read %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > maximumSize)
        return Error::make(ErrorCode::Corrupt, u"%1 is larger than %2 bytes"_s.arg(path).arg(maximumSize));
    return file.readAll();
}

QByteArray contentTag(const QByteArray &bytes)
{
    return '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

} // namespace

Expected<ReferenceData> ReferenceData::load(const QString &catalogueFile, const QStringList &calendarFiles)
{
    ReferenceData data;
    const QString cataloguePath = catalogueFile.isEmpty() ? u":/catalogue/catalogue.json"_s : catalogueFile;
    auto catalogueBytes = readFile(cataloguePath, CatalogueLoader::maximumSize);
    if (!catalogueBytes)
        return catalogueBytes.error();
    auto catalogue = CatalogueLoader::fromJson(*catalogueBytes, cataloguePath);
    if (!catalogue)
        return catalogue.error();
    // The catalogue's own version is its tag (docs/platform-api.md: ETag: "2026.11.1").
    data.m_catalogue = {*catalogueBytes, '"' + catalogue->version().toUtf8() + '"'};

    const QDir bundled(u":/calendars"_s);
    QStringList calendars;
    for (const QString &name : bundled.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        calendars << bundled.filePath(name);
    calendars << calendarFiles;
    for (const QString &path : std::as_const(calendars)) {
        auto bytes = readFile(path, CalendarYearLoader::maximumSize);
        if (!bytes)
            return bytes.error();
        auto year = CalendarYearLoader::fromJson(*bytes, path);
        if (!year)
            return year.error();
        data.m_calendars.insert(year->year, Published{*bytes, contentTag(*bytes)});
    }
    return data;
}

const ReferenceData::Published *ReferenceData::calendar(int year) const
{
    const auto found = m_calendars.constFind(year);
    return found == m_calendars.constEnd() ? nullptr : &found.value();
}

} // namespace casedesk
