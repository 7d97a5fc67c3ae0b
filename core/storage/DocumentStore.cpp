#include "DocumentStore.h"

#include "SqlValues.h"
#include "common/TimeOrderedId.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// The platform's limit on a material code (docs/platform-api.md, case.material).
constexpr qsizetype maximumMaterialCodeLength = 64;

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<MaterialState> materialStateFromName(const QString &name)
{
    for (MaterialState state :
         {MaterialState::Missing, MaterialState::Received, MaterialState::ELicence, MaterialState::Waived}) {
        if (materialStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

Expected<void> checkContent(const QByteArray &bytes, const QString &mediaType, const QString &action)
{
    if (bytes.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("DocumentStore", "%1: the document is empty.").arg(action));
    if (mediaType.trimmed().isEmpty())
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("DocumentStore", "%1: the document's media type is missing.").arg(action));
    return {};
}

// Content addressing: bytes already stored under their digest stay as they
// are, so a scan attached to several cases is kept once.
bool insertDocument(QSqlQuery &query, const QString &sha256, const QByteArray &bytes, const QString &mediaType)
{
    query.prepare(u"INSERT OR IGNORE INTO documents (sha256, media_type, size, content, created_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(sha256);
    query.addBindValue(mediaType);
    query.addBindValue(qint64(bytes.size()));
    query.addBindValue(bytes);
    query.addBindValue(QDateTime::currentDateTimeUtc());
    return query.exec();
}

} // namespace

DocumentStore::DocumentStore(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

Expected<QString> DocumentStore::add(const QByteArray &bytes, const QString &mediaType)
{
    const QString action = QCoreApplication::translate("DocumentStore", "Storing a document");
    if (auto checked = checkContent(bytes, mediaType, action); !checked)
        return checked.error();
    const QString sha256 = sha256Of(bytes);
    QSqlQuery query(m_database);
    if (!insertDocument(query, sha256, bytes, mediaType))
        return m_mapError(query.lastError(), action);
    return sha256;
}

Expected<StoredDocument> DocumentStore::load(const QString &sha256) const
{
    const QString action = QCoreApplication::translate("DocumentStore", "Reading document %1").arg(sha256);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT media_type, content, created_at FROM documents WHERE sha256 = ?"_s);
    query.addBindValue(sha256);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    if (!query.next())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("DocumentStore", "There is no document %1.").arg(sha256));
    return StoredDocument{sha256, query.value(0).toString(), query.value(1).toByteArray(), query.value(2).toDateTime()};
}

Expected<QByteArray> DocumentStore::content(const QString &sha256) const
{
    auto document = load(sha256);
    if (!document)
        return document.error();
    return std::move(document->content);
}

Expected<void> DocumentStore::attach(const QString &caseId, const QString &materialCode, const QString &sha256,
                                     const QString &actor)
{
    return write({caseId, materialCode, MaterialState::Received, sha256, {}, actor, {}, {}});
}

Expected<QString> DocumentStore::attachNew(const QString &caseId, const QString &materialCode, const QByteArray &bytes,
                                           const QString &mediaType, const QString &actor)
{
    const QString action =
        QCoreApplication::translate("DocumentStore", "Recording material %1 of case %2").arg(materialCode, caseId);
    if (auto checked = checkContent(bytes, mediaType, action); !checked)
        return checked.error();
    const QString sha256 = sha256Of(bytes);
    if (auto written = write({caseId, materialCode, MaterialState::Received, sha256, {}, actor, bytes, mediaType});
        !written)
        return written.error();
    return sha256;
}

Expected<void> DocumentStore::setMaterialState(const QString &caseId, const QString &materialCode, MaterialState state,
                                               const QString &note, const QString &actor)
{
    return write({caseId, materialCode, state, {}, note.trimmed(), actor, {}, {}});
}

Expected<void> DocumentStore::validate(const Change &change, const QString &action) const
{
    auto invalid = [](const QString &message) {
        return Error::make(ErrorCode::InvalidArgument, message);
    };
    if (change.materialCode.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("DocumentStore", "%1: a material code is required.").arg(action));
    if (change.materialCode.size() > maximumMaterialCodeLength)
        return invalid(QCoreApplication::translate("DocumentStore", "%1: a material code has at most %2 characters.")
                           .arg(action)
                           .arg(maximumMaterialCodeLength));
    if (change.actor.isEmpty())
        return invalid(QCoreApplication::translate("DocumentStore", "%1: who did it is not recorded.").arg(action));
    if (change.state == MaterialState::Waived && change.note.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("DocumentStore", "%1: waiving a material needs a reason.").arg(action));
    if (!change.documentSha256.isEmpty() && !protocol::isSha256(change.documentSha256))
        return invalid(QCoreApplication::translate("DocumentStore", "%1: \"%2\" is not the SHA-256 of a document.")
                           .arg(action, change.documentSha256));
    return {};
}

Expected<void> DocumentStore::write(const Change &change)
{
    const QString action = QCoreApplication::translate("DocumentStore", "Recording material %1 of case %2")
                               .arg(change.materialCode, change.caseId);
    if (auto valid = validate(change, action); !valid)
        return valid;

    QSqlDatabase db = m_database;
    if (!db.transaction())
        return m_mapError(db.lastError(), action);
    QSqlQuery query(db);
    auto fail = [&](const Error &error) {
        query.finish();
        db.rollback();
        return error;
    };
    auto failSql = [&] {
        return fail(m_mapError(query.lastError(), action));
    };

    query.prepare(u"SELECT revision FROM cases WHERE id = ?"_s);
    query.addBindValue(change.caseId);
    if (!query.exec())
        return failSql();
    if (!query.next())
        return fail(Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("DocumentStore", "%1: there is no case %2.").arg(action, change.caseId)));
    // Material ops commute (docs/platform-api.md): they leave the case's
    // revision alone and carry it only as the revision the clerk saw.
    const qint64 revision = query.value(0).toLongLong();

    QString document = change.documentSha256;
    if (!change.newContent.isEmpty()) {
        if (!insertDocument(query, document, change.newContent, change.newMediaType))
            return failSql();
    } else if (!document.isEmpty()) {
        query.prepare(u"SELECT 1 FROM documents WHERE sha256 = ?"_s);
        query.addBindValue(document);
        if (!query.exec())
            return failSql();
        if (!query.next())
            return fail(Error::make(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("DocumentStore", "%1: there is no document %2.").arg(action, document)));
    } else if (change.state == MaterialState::Received) {
        query.prepare(u"SELECT document_sha256 FROM case_materials WHERE case_id = ? AND material_code = ?"_s);
        query.addBindValue(change.caseId);
        query.addBindValue(change.materialCode);
        if (!query.exec())
            return failSql();
        if (query.next())
            document = query.value(0).toString();
    }

    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QJsonObject payload{
        {u"materialCode"_s, change.materialCode},
        {u"state"_s, materialStateName(change.state)},
        {u"documentSha256"_s, document},
        {u"note"_s, change.note},
    };
    const QString payloadText = compactJson(payload);

    // SQLite 3.15 has no UPSERT; REPLACE is safe as no table refers to case_materials.
    query.prepare(u"INSERT OR REPLACE INTO case_materials (case_id, material_code, state, document_sha256, note, "
                  "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(change.caseId), QVariant(change.materialCode), QVariant(materialStateName(change.state)),
          textOrNull(document), textOrNull(change.note), QVariant(at)})
        query.addBindValue(value);
    if (!query.exec())
        return failSql();

    // The case's history names who changed the material; the op carries only
    // what the platform's contract asks for.
    query.prepare(u"INSERT INTO case_events (case_id, kind, actor, at, reason, payload) "
                  "VALUES (?, 'material', ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(change.caseId), QVariant(change.actor), QVariant(at),
                                  textOrNull(change.note), QVariant(payloadText)})
        query.addBindValue(value);
    if (!query.exec())
        return failSql();

    query.prepare(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                  "VALUES (?, ?, 'case.material', ?, ?, ?)"_s);
    query.addBindValue(newTimeOrderedId());
    query.addBindValue(change.caseId);
    query.addBindValue(payloadText);
    query.addBindValue(revision);
    query.addBindValue(at);
    if (!query.exec())
        return failSql();
    query.finish();
    if (!db.commit())
        return fail(m_mapError(db.lastError(), action));
    return {};
}

Expected<QList<CaseMaterial>> DocumentStore::materials(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT material_code, state, document_sha256, note, updated_at FROM case_materials "
                  "WHERE case_id = ? ORDER BY material_code"_s);
    query.addBindValue(caseId);
    if (!query.exec())
        return m_mapError(query.lastError(),
                          QCoreApplication::translate("DocumentStore", "Reading the materials of case %1").arg(caseId));
    QList<CaseMaterial> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(),
                     materialStateFromName(query.value(1).toString()).value_or(MaterialState::Missing),
                     query.value(2).toString(), query.value(3).toString(), query.value(4).toDateTime()});
    }
    return rows;
}

} // namespace casedesk
