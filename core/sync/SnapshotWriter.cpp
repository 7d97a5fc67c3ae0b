#include "SnapshotWriter.h"

#include "domain/Applicant.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace casedesk {

SnapshotWriter::SnapshotWriter(const QSqlDatabase &database, const SqlErrorMapper &mapError, Target target)
    : m_mapError(mapError),
      m_target(target),
      m_now(QDateTime::currentDateTimeUtc()),
      m_insertCase(database),
      m_updateCase(database),
      m_insertApplicant(database),
      m_updateApplicant(database)
{ }

Expected<void> SnapshotWriter::write(const protocol::CaseSnapshot &snapshot)
{
    const Applicant &a = snapshot.applicant;
    const Case &c = snapshot.caseRecord;
    // Built only for an error (it used to be translated and formatted
    // for every case of every page).
    const auto action = [&c] {
        return QCoreApplication::translate("SyncStore", "Saving the platform's version of case %1").arg(c.id);
    };
    if (auto prepared = prepare(action); !prepared)
        return prepared.error();

    // In the order of applicantColumns(); an update leaves created_at.
    const auto bindApplicant = [&](QSqlQuery &applicant, bool inserting) {
        applicant.addBindValue(applicantKindName(a.kind));
        applicant.addBindValue(a.name);
        applicant.addBindValue(a.idNumber);
        applicant.addBindValue(a.idNumber.right(4));
        applicant.addBindValue(textOrNull(a.mobile));
        applicant.addBindValue(textOrNull(a.address));
        applicant.addBindValue(m_now);
        if (inserting)
            applicant.addBindValue(c.createdUtc);
        applicant.addBindValue(a.id);
    };
    if (auto saved = insertOrUpdate(m_insertApplicant, m_updateApplicant, bindApplicant, action); !saved)
        return saved;

    // In the order of caseColumns().
    const auto bindCase = [&](QSqlQuery &row, bool) {
        row.addBindValue(textOrNull(c.receiptNumber));
        row.addBindValue(c.applicantId);
        row.addBindValue(c.itemCode);
        row.addBindValue(caseStateName(c.state));
        row.addBindValue(c.hallId);
        row.addBindValue(textOrNull(c.counterId));
        row.addBindValue(textOrNull(c.staffId));
        row.addBindValue(compactJson(c.form));
        row.addBindValue(c.createdUtc);
        row.addBindValue(c.updatedUtc.isValid() ? c.updatedUtc : c.createdUtc);
        row.addBindValue(timeOrNull(c.acceptedUtc));
        row.addBindValue(c.dueDate.isValid() ? QVariant(c.dueDate.toString(Qt::ISODate))
                                             : QVariant(QMetaType(QMetaType::QString)));
        row.addBindValue(c.revision);
        row.addBindValue(c.revision);
        row.addBindValue(a.name);
        row.addBindValue(a.idNumber.right(4));
        row.addBindValue(applicantKindName(a.kind));
        row.addBindValue(c.correctionNoticeGiven ? 1 : 0);
        row.addBindValue(c.id);
    };
    return insertOrUpdate(m_insertCase, m_updateCase, bindCase, action);
}

// Most rows of a page are new: INSERT OR IGNORE writes them in one
// statement, and only a row it leaves alone (its key is there already) is
// updated. A row neither writes (a clashing receipt number, a missing
// field) is an error.
template<typename Bind, typename Action>
Expected<void> SnapshotWriter::insertOrUpdate(QSqlQuery &insert, QSqlQuery &update, const Bind &bind,
                                              const Action &action)
{
    bind(insert, true);
    if (!insert.exec())
        return m_mapError(insert.lastError(), action());
    if (insert.numRowsAffected() > 0)
        return {};
    bind(update, false);
    if (!update.exec())
        return m_mapError(update.lastError(), action());
    if (update.numRowsAffected() == 0)
        return Error::make(
            ErrorCode::Corrupt,
            u"%1: %2"_s.arg(action(), QCoreApplication::translate("SyncStore", "the vault has a row it clashes with")));
    return {};
}

Expected<int> SnapshotWriter::writePage(const protocol::ChangesPage &page, const QSet<QString> &pendingCases,
                                        const RatingKeeper &keepRating)
{
    int written = 0;
    for (const protocol::Change &change : page.changes) {
        if (!pendingCases.contains(change.snapshot.caseRecord.id)) {
            if (auto result = write(change.snapshot); !result)
                return result.error();
            ++written;
        }
        if (change.rating) {
            if (auto kept = keepRating(change); !kept)
                return kept.error();
        }
    }
    return written;
}

const QStringList &SnapshotWriter::applicantColumns()
{
    static const QStringList columns{u"kind"_s,    u"name"_s,       u"id_number"_s,  u"id_tail"_s, u"mobile"_s,
                                     u"address"_s, u"updated_at"_s, u"created_at"_s, u"id"_s};
    return columns;
}

QString SnapshotWriter::applicantAssignments(const std::function<QString(const QString &column)> &valueOf)
{
    QStringList assignments;
    for (const QString &column : applicantColumns()) {
        // An applicant keeps the time the vault first heard of them.
        if (column != u"id"_s && column != u"created_at"_s)
            assignments << u"%1 = %2"_s.arg(column, valueOf(column));
    }
    return assignments.join(u", "_s);
}

const QStringList &SnapshotWriter::caseColumns()
{
    static const QStringList columns{u"receipt_number"_s, u"applicant_id"_s, u"item_code"_s, u"state"_s, u"hall_id"_s,
                                     u"counter_id"_s, u"staff_id"_s, u"form_json"_s, u"created_at"_s, u"updated_at"_s,
                                     u"accepted_at"_s, u"due_date"_s, u"revision"_s, u"platform_revision"_s,
                                     // The case list's copies of the applicant (migrations 4 and 10),
                                     // written here rather than by a trigger (migration 9).
                                     u"applicant_name"_s, u"applicant_id_tail"_s, u"applicant_kind"_s,
                                     u"correction_notice_given"_s, u"id"_s};
    return columns;
}

QString SnapshotWriter::caseAssignments(const std::function<QString(const QString &column)> &valueOf)
{
    QStringList assignments;
    for (const QString &column : caseColumns()) {
        if (column == u"id"_s)
            continue;
        // A notice given here stays counted, even before the platform has
        // heard of it.
        assignments << (column == u"correction_notice_given"_s ? u"%1 = max(%1, %2)"_s.arg(column, valueOf(column))
                                                               : u"%1 = %2"_s.arg(column, valueOf(column)));
    }
    return assignments.join(u", "_s);
}

template<typename Action>
Expected<void> SnapshotWriter::prepare(const Action &action)
{
    if (m_prepared)
        return {};
    const bool staging = m_target == Target::PullStaging;
    const QString cases = staging ? u"pull_staging"_s : u"cases"_s;
    const QString applicants = staging ? u"pull_staging_applicants"_s : u"applicants"_s;
    const auto placeholder = [](const QString &) {
        return u"?"_s;
    };
    const auto insert = [](const QString &table, const QStringList &columns) {
        return u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                                  QStringList(columns.size(), u"?"_s).join(u", "_s));
    };
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_updateApplicant, u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(applicants, applicantAssignments(placeholder))},
        {&m_insertApplicant, insert(applicants, applicantColumns())},
        {&m_updateCase, u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(cases, caseAssignments(placeholder))},
        {&m_insertCase, insert(cases, caseColumns())},
    };
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return m_mapError(query->lastError(), action());
    }
    m_prepared = true;
    return {};
}

} // namespace casedesk
