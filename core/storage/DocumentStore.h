#pragma once

#include "StorageError.h"
#include "common/Expected.h"
#include "review/Application.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace casedesk {

struct StoredDocument {
    QString sha256;
    QString mediaType;
    QByteArray content;
    QDateTime createdUtc;
};

// One row of a case's material list as the counter last set it.
struct CaseMaterial {
    QString materialCode;
    MaterialState state = MaterialState::Missing;
    QString documentSha256; // empty unless a document is attached
    QString note;
    QDateTime updatedUtc;
};

// Document blobs and the materials of cases in the vault. Documents are
// content-addressed: the same bytes, attached to any number of cases, are
// stored once under their SHA-256. Every material change is written with its
// case event and its "case.material" op in one transaction. The store trusts
// its caller to have checked the bytes (DocumentImport in core, the decoding
// check in the UI): it refuses only what would break the vault.
class DocumentStore
{
public:
    // Any connection with the vault schema, like CaseStore.
    DocumentStore(QSqlDatabase database, SqlErrorMapper mapError);

    // The document's SHA-256 in lower-case hex; storing bytes that are
    // already there changes nothing and returns the same digest.
    Expected<QString> add(const QByteArray &bytes, const QString &mediaType);
    Expected<QByteArray> content(const QString &sha256) const;
    Expected<StoredDocument> load(const QString &sha256) const;

    // Marks the material received with this document. Refused, writing
    // nothing, when the case or the document is not in the vault.
    Expected<void> attach(const QString &caseId, const QString &materialCode, const QString &sha256,
                          const QString &actor);
    // add() and attach() in one transaction, so that a refused attachment
    // leaves no orphan document to upload. Returns the document's SHA-256.
    Expected<QString> attachNew(const QString &caseId, const QString &materialCode, const QByteArray &bytes,
                                const QString &mediaType, const QString &actor);
    // Sets a material's state without a new document: received keeps the
    // attached document (or records a paper original seen at the counter),
    // the other states detach it. Waiving needs the reason in note.
    Expected<void> setMaterialState(const QString &caseId, const QString &materialCode, MaterialState state,
                                    const QString &note, const QString &actor);
    // The case's materials that were set at least once, by material code.
    Expected<QList<CaseMaterial>> materials(const QString &caseId) const;

private:
    struct Change {
        QString caseId;
        QString materialCode;
        MaterialState state;
        QString documentSha256; // for Received; empty keeps what is attached
        QString note;
        QString actor;
        QByteArray newContent; // stored first, in the same transaction
        QString newMediaType;
    };
    Expected<void> write(const Change &change);
    Expected<void> validate(const Change &change, const QString &action) const;

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
