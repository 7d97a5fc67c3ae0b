#include "SnapshotWriter.h"

#include "domain/Applicant.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace { } // namespace

SnapshotWriter::SnapshotWriter(const QSqlDatabase &database, const SqlErrorMapper &mapError, Target target)
    : m_mapError(mapError),
      m_target(target),
      m_now(QDateTime::currentDateTimeUtc()),
      m_caseExists(database),
      m_applicantExists(database),
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

    auto applicantKnown = exists(m_applicantExists, a.id, action);
    if (!applicantKnown)
        return applicantKnown.error();
    QSqlQuery &applicant = *applicantKnown ? m_updateApplicant : m_insertApplicant;
    applicant.addBindValue(applicantKindName(a.kind));
    applicant.addBindValue(a.name);
    applicant.addBindValue(a.idNumber);
    applicant.addBindValue(a.idNumber.right(4));
    applicant.addBindValue(textOrNull(a.mobile));
    applicant.addBindValue(textOrNull(a.address));
    applicant.addBindValue(m_now);
    if (!*applicantKnown)
        applicant.addBindValue(c.createdUtc);
    applicant.addBindValue(a.id);
    if (!applicant.exec())
        return m_mapError(applicant.lastError(), action());

    auto caseKnown = exists(m_caseExists, c.id, action);
    if (!caseKnown)
        return caseKnown.error();
    QSqlQuery &row = *caseKnown ? m_updateCase : m_insertCase;
    // In the order of caseColumns().
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
    if (!row.exec())
        return m_mapError(row.lastError(), action());
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
    const QString table = m_target == Target::Cases ? u"cases"_s : u"pull_staging"_s;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_caseExists, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table)},
        {&m_applicantExists, u"SELECT 1 FROM applicants WHERE id = ?"_s},
        {&m_updateApplicant,
         u"UPDATE applicants SET kind = ?, name = ?, id_number = ?, id_tail = ?, mobile = ?, "
         "address = ?, updated_at = ? WHERE id = ?"_s},
        {&m_insertApplicant,
         u"INSERT INTO applicants (kind, name, id_number, id_tail, mobile, address, "
         "updated_at, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_updateCase,
         u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, caseAssignments([](const QString &) { return u"?"_s; }))},
        {&m_insertCase,
         u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, caseColumns().join(u", "_s),
                                                  QStringList(caseColumns().size(), u"?"_s).join(u", "_s))},
    };
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return m_mapError(query->lastError(), action());
    }
    m_prepared = true;
    return {};
}

template<typename Action>
Expected<bool> SnapshotWriter::exists(QSqlQuery &probe, const QString &id, const Action &action)
{
    probe.addBindValue(id);
    if (!probe.exec())
        return m_mapError(probe.lastError(), action());
    const bool found = probe.next();
    probe.finish();
    return found;
}

} // namespace casedesk
