#include "IntakeSession.h"

#include "common/TimeOrderedId.h"
#include "domain/calendar/Deadline.h"
#include "review/CitizenIdNumber.h"
#include "review/UnifiedSocialCreditCode.h"
#include "security/Masking.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Form fields that say again what the applicant section already holds.
struct ApplicantField {
    Applicant::Kind kind;
    const char *fieldId;
    QString Applicant::*member;
};

const ApplicantField applicantFields[] = {
    {Applicant::Kind::Person, "applicantName", &Applicant::name},
    {Applicant::Kind::Person, "applicantId", &Applicant::idNumber},
    {Applicant::Kind::Person, "applicantMobile", &Applicant::mobile},
    {Applicant::Kind::Company, "companyName", &Applicant::name},
    {Applicant::Kind::Company, "creditCode", &Applicant::idNumber},
};

Error refused(const char *text)
{
    return Error::make(ErrorCode::InvalidArgument, QCoreApplication::translate("IntakeSession", text));
}

} // namespace

IntakeSession::IntakeSession(const Catalogue &catalogue, const WorkingDayCalendar &calendar, CaseStore cases,
                             SyncStore sync, DraftStore drafts, DocumentStore documents, IntakeContext context)
    : m_catalogue(catalogue),
      m_calendar(calendar),
      m_cases(std::move(cases)),
      m_sync(std::move(sync)),
      m_drafts(std::move(drafts)),
      m_documentStore(std::move(documents)),
      m_context(std::move(context)),
      m_caseId(newTimeOrderedId())
{
    m_applicant.id = newTimeOrderedId();
}

void IntakeSession::setApplicantKind(Applicant::Kind kind)
{
    m_applicant.kind = kind;
    fillFromApplicant();
}

void IntakeSession::setApplicantIdNumber(const QString &number)
{
    m_applicant.idNumber = number.trimmed().toUpper();
    fillFromApplicant();
}

void IntakeSession::setApplicantName(const QString &name)
{
    m_applicant.name = name.trimmed();
    fillFromApplicant();
}

void IntakeSession::setApplicantMobile(const QString &mobile)
{
    m_applicant.mobile = mobile.trimmed();
    fillFromApplicant();
}

Validation IntakeSession::applicantIdValidation(QDate today) const
{
    return m_applicant.kind == Applicant::Kind::Person ? validateCitizenId(m_applicant.idNumber, today)
                                                       : validateUnifiedSocialCreditCode(m_applicant.idNumber);
}

void IntakeSession::fillFromApplicant()
{
    if (!m_engine)
        return;
    for (const ApplicantField &mapping : applicantFields) {
        const QString id = QString::fromLatin1(mapping.fieldId);
        if (mapping.kind == m_applicant.kind && m_engine->form().field(id))
            m_application.fields.insert(id, m_applicant.*mapping.member);
    }
}

Expected<void> IntakeSession::chooseForm(const QString &code)
{
    auto form = m_catalogue.form(code);
    if (!form)
        return form.error();
    m_engine = std::make_shared<PreReviewEngine>(*form);
    m_application.formCode = code;
    // Values already typed stay when their field is on the new form.
    QHash<QString, QString> kept;
    for (const FieldDefinition &field : std::as_const(form->fields)) {
        if (m_application.fields.contains(field.id))
            kept.insert(field.id, m_application.fields.value(field.id));
    }
    m_application.fields = kept;
    QHash<QString, MaterialSubmission> materials;
    for (const MaterialDefinition &material : std::as_const(form->materials)) {
        if (m_application.materials.contains(material.id))
            materials.insert(material.id, m_application.materials.value(material.id));
    }
    m_application.materials = materials;
    fillFromApplicant();
    return {};
}

void IntakeSession::setField(const QString &id, const QString &value)
{
    if (QString Applicant::*member = repeatedApplicantMember(id)) {
        // Kept as the applicant section's setters keep it.
        m_applicant.*member = member == &Applicant::idNumber ? value.trimmed().toUpper() : value.trimmed();
        fillFromApplicant();
        return;
    }
    m_application.fields.insert(id, value);
}

bool IntakeSession::repeatsApplicant(const QString &fieldId) const
{
    return repeatedApplicantMember(fieldId) != nullptr;
}

QString Applicant::*IntakeSession::repeatedApplicantMember(const QString &fieldId) const
{
    if (!m_engine || !m_engine->form().field(fieldId))
        return nullptr;
    for (const ApplicantField &mapping : applicantFields) {
        if (mapping.kind == m_applicant.kind && fieldId == QLatin1StringView(mapping.fieldId))
            return mapping.member;
    }
    return nullptr;
}

void IntakeSession::setMaterial(const QString &id, const MaterialSubmission &submission)
{
    m_application.materials.insert(id, submission);
}

Expected<void> IntakeSession::attachDocument(const QString &materialId, const ImportedDocument &document)
{
    if (!m_engine || !m_engine->form().material(materialId))
        return refused(QT_TRANSLATE_NOOP("IntakeSession", "Choose the material the document is for."));
    if (m_recorded)
        return refused(QT_TRANSLATE_NOOP("IntakeSession", "This intake is finished; open the case to add materials."));
    auto sha256 = m_documentStore.add(document.bytes, document.mediaType);
    if (!sha256)
        return sha256.error();
    m_documents.insert(materialId, IntakeDocument{*sha256, document.fileName, document.mediaType});
    MaterialSubmission submission = m_application.materials.value(materialId);
    submission.state = MaterialState::Received;
    submission.waiverReason.clear();
    m_application.materials.insert(materialId, submission);
    return {};
}

void IntakeSession::detachDocument(const QString &materialId)
{
    m_documents.remove(materialId);
}

Expected<QByteArray> IntakeSession::documentContent(const QString &materialId) const
{
    const auto found = m_documents.constFind(materialId);
    if (found == m_documents.cend())
        return refused(QT_TRANSLATE_NOOP("IntakeSession", "No document is attached to this material."));
    return m_documentStore.content(found->sha256);
}

PreReviewReport IntakeSession::review(QDate today) const
{
    if (!m_engine)
        return PreReviewReport{{}, today, {}};
    return m_engine->review(m_application, today);
}

QJsonObject IntakeSession::toDraft() const
{
    return QJsonObject{
        {u"caseId"_s, m_caseId},
        {u"applicant"_s,
         QJsonObject{{u"id"_s, m_applicant.id},
                     {u"kind"_s, m_applicant.kind == Applicant::Kind::Person ? u"person"_s : u"company"_s},
                     {u"name"_s, m_applicant.name},
                     {u"idNumber"_s, m_applicant.idNumber},
                     {u"mobile"_s, m_applicant.mobile}}},
        {u"application"_s, m_application.toJson()},
        {u"documents"_s, documentsJson()}};
}

Expected<void> IntakeSession::restore(const QJsonObject &draft)
{
    const QJsonObject applicant = draft.value(u"applicant"_s).toObject();
    m_caseId = draft.value(u"caseId"_s).toString(m_caseId);
    m_applicant.id = applicant.value(u"id"_s).toString(m_applicant.id);
    m_applicant.kind =
        applicant.value(u"kind"_s).toString() == u"company" ? Applicant::Kind::Company : Applicant::Kind::Person;
    m_applicant.name = applicant.value(u"name"_s).toString();
    m_applicant.idNumber = applicant.value(u"idNumber"_s).toString();
    m_applicant.mobile = applicant.value(u"mobile"_s).toString();
    const QJsonObject saved = draft.value(u"application"_s).toObject();
    if (saved.value(u"item"_s).toString().isEmpty())
        return {};
    auto application = Application::fromJson(saved);
    if (!application)
        return application.error();
    if (auto chosen = chooseForm(application->formCode); !chosen)
        return chosen.error();
    m_application = *application;
    m_documents.clear();
    const QJsonObject documents = draft.value(u"documents"_s).toObject();
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString sha256 = entry.value(u"sha256"_s).toString();
        // A draft outlives nothing it names: a document no longer in the
        // vault is dropped and the material shows missing again.
        if (m_engine->form().material(it.key()) && m_documentStore.load(sha256))
            m_documents.insert(
                it.key(),
                IntakeDocument{sha256, entry.value(u"fileName"_s).toString(), entry.value(u"mediaType"_s).toString()});
    }
    return {};
}

Expected<void> IntakeSession::saveDraft()
{
    if (m_recorded)
        return {};
    return m_drafts.save(Draft{m_caseId, m_context.staffId, m_application.formCode, toDraft(), {}});
}

Expected<void> IntakeSession::discardDraft()
{
    return m_drafts.discard(m_caseId);
}

QJsonObject IntakeSession::documentsJson() const
{
    QJsonObject documents;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it)
        documents.insert(
            it.key(),
            QJsonObject{{u"sha256"_s, it->sha256}, {u"fileName"_s, it->fileName}, {u"mediaType"_s, it->mediaType}});
    return documents;
}

QDate IntakeSession::localDay(const QDateTime &nowUtc) const
{
    // Deadlines follow the hall's calendar day (Beijing time).
    return nowUtc.toTimeZone(QTimeZone(8 * 3600)).date();
}

Expected<void> IntakeSession::recordCase(const QDateTime &nowUtc)
{
    if (m_recorded)
        return {};
    NewCase entry;
    entry.applicant = m_applicant;
    Case &c = entry.caseRecord;
    c.id = m_caseId;
    c.applicantId = m_applicant.id;
    c.itemCode = m_application.formCode;
    c.state = CaseState::PreReviewed;
    c.hallId = m_context.hallId;
    c.counterId = m_context.counterId;
    c.staffId = m_context.staffId;
    c.form = m_application.toJson();
    c.createdUtc = nowUtc;
    c.updatedUtc = nowUtc;
    if (auto inserted = m_cases.insertNew({entry}, m_context.staffId); !inserted)
        return inserted.error();
    m_recorded = true;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (m_application.materials.value(it.key()).state != MaterialState::Received)
            continue;
        if (auto attached = m_documentStore.attach(m_caseId, it.key(), it->sha256, m_context.staffId); !attached)
            return attached.error();
    }
    return {};
}

Expected<AcceptanceReceipt> IntakeSession::accept(const QDateTime &nowUtc,
                                                  const std::optional<SupervisorOverride> &override)
{
    if (!m_engine)
        return refused(QT_TRANSLATE_NOOP("IntakeSession", "Choose a service item first."));
    if (!applicantIdValidation(localDay(nowUtc)).isValid() || m_applicant.name.isEmpty())
        return refused(QT_TRANSLATE_NOOP("IntakeSession",
                                         "The applicant's name and a valid ID number or credit "
                                         "code are needed."));
    const PreReviewReport report = review(localDay(nowUtc));
    // (lupdate 6.4 loops forever on a call expression as the count: keep it a name.)
    const int blocking = int(report.count(Severity::Blocking));
    if (report.blocksAcceptance()
        && (!override || override->supervisorId.trimmed().isEmpty() || override->reason.trimmed().isEmpty()))
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("IntakeSession",
                                                       "%n finding(s) block acceptance. Resolve them, issue a "
                                                       "correction notice, or have a supervisor override with a "
                                                       "reason.",
                                                       nullptr, blocking));
    // Before a receipt number is spent on it.
    if (auto allowed = checkAcceptPermissions(report.blocksAcceptance(), override); !allowed)
        return allowed.error();
    const ApplicationForm &form = m_engine->form();
    auto promised = Deadline::promise(m_calendar, localDay(nowUtc), form.promisedLimitDays);
    if (!promised)
        return promised.error();
    auto receiptNumber = m_sync.takeReceiptNumber();
    if (!receiptNumber)
        return receiptNumber.error();
    if (auto recorded = recordCase(nowUtc); !recorded)
        return recorded.error();

    QJsonObject details{{u"review"_s, report.toJson()}};
    if (override)
        details.insert(u"override"_s,
                       QJsonObject{{u"supervisor"_s, override->supervisorId}, {u"reason"_s, override->reason}});
    const std::optional<Actor> overriddenBy =
        override && report.blocksAcceptance() ? override->supervisor : std::nullopt;
    auto accepted = m_cases.apply(CaseTransition{m_caseId, CaseEvent::Accept, m_context.staffId,
                                                 override ? override->reason : QString(), nowUtc, *receiptNumber,
                                                 promised->due, details, overriddenBy});
    if (!accepted)
        return accepted.error();
    (void)discardDraft();

    AcceptanceReceipt receipt;
    receipt.receiptNumber = *receiptNumber;
    receipt.caseId = m_caseId;
    receipt.hallName = m_context.hallName;
    receipt.counter = m_context.counterId;
    receipt.staffId = m_context.staffId;
    receipt.applicantName = m_applicant.name;
    receipt.applicantKind = m_applicant.kind;
    receipt.applicantIdMasked =
        m_applicant.kind == Applicant::Kind::Person ? masking::citizenId(m_applicant.idNumber) : m_applicant.idNumber;
    receipt.formCode = form.code;
    receipt.formName = form.name;
    receipt.itemNames = form.itemNames;
    receipt.acceptedUtc = nowUtc;
    receipt.promisedWorkingDays = form.promisedLimitDays;
    receipt.dueDate = promised->due;
    receipt.enquiryPhone = m_context.enquiryPhone;
    for (const MaterialDefinition &material : form.materials) {
        const MaterialSubmission submission = m_application.materials.value(material.id);
        if (submission.state == MaterialState::Missing)
            continue;
        ReceivedMaterial received;
        received.name = material.name;
        received.form = ReceivedMaterial::Form(int(material.form));
        received.copies = material.copies;
        received.how = submission.state == MaterialState::ELicence ? ReceivedMaterial::How::ELicence
            : submission.state == MaterialState::Waived            ? ReceivedMaterial::How::Waived
                                                                   : ReceivedMaterial::How::Received;
        received.waiverReason = submission.waiverReason;
        receipt.materials.append(received);
    }
    return receipt;
}

Expected<void> IntakeSession::checkAcceptPermissions(bool blocked,
                                                     const std::optional<SupervisorOverride> &override) const
{
    const PermissionGuard *guard = m_cases.guard();
    if (!guard)
        return {};
    const QString object = u"case:"_s + m_caseId;
    if (auto allowed = guard->require(Permission::Accept, object); !allowed)
        return allowed;
    if (!blocked || !override)
        return {};
    if (!override->supervisor) {
        // Recorded as what it is: an override by someone whose roles nobody checked.
        (void)guard->requireOf(Actor{override->supervisorId.trimmed(), {}, {}, {}}, Permission::OverrideBlockingFinding,
                               object);
        return Error::make(ErrorCode::PermissionDenied,
                           QCoreApplication::translate("IntakeSession",
                                                       "The supervisor must sign in to override: an id typed at the "
                                                       "counter is not enough."));
    }
    const QString named = override->supervisorId.trimmed();
    if (!named.isEmpty() && named != override->supervisor->userId)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("IntakeSession", "The supervisor who signed in (%1) is not the one named (%2).")
                .arg(override->supervisor->userId, named));
    return guard->requireOf(*override->supervisor, Permission::OverrideBlockingFinding, object);
}

Expected<CorrectionNotice> IntakeSession::issueCorrectionNotice(const QDateTime &nowUtc)
{
    if (!m_engine)
        return refused(QT_TRANSLATE_NOOP("IntakeSession", "Choose a service item first."));
    const PreReviewReport report = review(localDay(nowUtc));
    if (!report.blocksAcceptance())
        return refused(QT_TRANSLATE_NOOP("IntakeSession",
                                         "Nothing blocks acceptance: there is nothing to put on a correction notice."));
    if (m_applicant.name.isEmpty())
        return refused(QT_TRANSLATE_NOOP("IntakeSession", "Enter the applicant's name for the notice."));
    if (auto recorded = recordCase(nowUtc); !recorded)
        return recorded.error();
    const CorrectionNotice notice = CorrectionNotice::issue(
        report, m_engine->form(),
        NoticeContext{m_caseId, m_context.hallName, m_context.counterId, m_context.staffId, m_applicant.name,
                      m_applicant.idNumber, localDay(nowUtc), m_applicant.kind});
    const int entries = int(notice.entries.size());
    auto issued = m_cases.apply(
        CaseTransition{m_caseId,
                       CaseEvent::IssueCorrection,
                       m_context.staffId,
                       QCoreApplication::translate("IntakeSession", "%n item(s) to bring or correct", nullptr, entries),
                       nowUtc,
                       {},
                       {},
                       notice.toJson()});
    if (!issued)
        return issued.error();
    (void)discardDraft();
    return notice;
}

} // namespace casedesk
