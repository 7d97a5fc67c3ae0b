#pragma once

#include "catalogue/Catalogue.h"
#include "documents/DocumentImport.h"
#include "domain/Applicant.h"
#include "domain/calendar/WorkingDayCalendar.h"
#include "review/AcceptanceReceipt.h"
#include "review/CorrectionNotice.h"
#include "review/PreReviewEngine.h"
#include "review/validators/Validation.h"
#include "storage/CaseStore.h"
#include "storage/DocumentStore.h"
#include "storage/DraftStore.h"
#include "sync/SyncStore.h"

#include <memory>
#include <optional>

namespace casedesk {

// Where an intake happens.
struct IntakeContext {
    QString staffId;
    QString counterId;
    QString hallId;
    LocalizedText hallName;
    QString enquiryPhone;
};

// A material's document during an intake: in the vault, not yet on a case.
struct IntakeDocument {
    QString sha256;
    QString fileName;
    QString mediaType;
};

// A supervisor's decision to accept despite blocking findings.
struct SupervisorOverride {
    QString supervisorId;
    QString reason;
    // The supervisor as signed in at the counter for the override, with the
    // roles the platform gave them. A session whose store is guarded
    // (CaseStore::guardedBy) requires it and checks that it may override; an
    // id typed at the counter alone is not enough there.
    std::optional<Actor> supervisor = std::nullopt;
};

// One application at the counter, from the first keystroke to acceptance or
// a correction notice: the applicant, the chosen item or bundle, the form
// and the materials; pre-review on demand; the draft saved as it goes.
// No widgets: the intake screen drives it, and so can tests.
class IntakeSession
{
public:
    IntakeSession(const Catalogue &catalogue, const WorkingDayCalendar &calendar, CaseStore cases, SyncStore sync,
                  DraftStore drafts, DocumentStore documents, IntakeContext context);

    const QString &caseId() const { return m_caseId; }
    const Applicant &applicant() const { return m_applicant; }
    void setApplicantKind(Applicant::Kind kind);
    void setApplicantIdNumber(const QString &number);
    void setApplicantName(const QString &name);
    void setApplicantMobile(const QString &mobile);
    // The ID number's or credit code's check, for the screen to show as typed.
    Validation applicantIdValidation(QDate today) const;

    Expected<void> chooseForm(const QString &code);
    const ApplicationForm *form() const { return m_engine ? &m_engine->form() : nullptr; }

    // A field that repeats the applicant's name, ID number or mobile
    // (applicantName, creditCode…) is the applicant's: setting it sets the
    // applicant, so the applicant section and the form never disagree.
    void setField(const QString &id, const QString &value);
    bool repeatsApplicant(const QString &fieldId) const;
    QString field(const QString &id) const { return m_application.fields.value(id); }
    void setMaterial(const QString &id, const MaterialSubmission &submission);
    MaterialSubmission material(const QString &id) const { return m_application.materials.value(id); }
    const Application &application() const { return m_application; }

    // A scan or file for a material, already checked (DocumentImport and the
    // UI's decoding check): stored encrypted in the vault at once, so a crash
    // loses nothing, and attached to the case when it is recorded. One
    // document per material (a multi-page PDF or TIFF for several pages); a
    // new one replaces the last. The material counts as received.
    Expected<void> attachDocument(const QString &materialId, const ImportedDocument &document);
    void detachDocument(const QString &materialId);
    // The document attached to a material, if any.
    std::optional<IntakeDocument> document(const QString &materialId) const
    {
        const auto found = m_documents.constFind(materialId);
        return found == m_documents.cend() ? std::nullopt : std::optional<IntakeDocument>(*found);
    }
    Expected<QByteArray> documentContent(const QString &materialId) const;

    // Findings on `today`; an empty report before a form is chosen.
    PreReviewReport review(QDate today) const;

    QJsonObject toDraft() const;
    Expected<void> restore(const QJsonObject &draft);
    Expected<void> saveDraft();
    Expected<void> discardDraft();

    // Accepts with a receipt number from the numbers reserved on this
    // workstation and the promised date on the working-day calendar.
    // Refused while a finding blocks, unless a supervisor overrides. With a
    // guarded store the user must hold the accept permission and the
    // overriding supervisor the override permission; a refusal is audited.
    Expected<AcceptanceReceipt> accept(const QDateTime &nowUtc,
                                       const std::optional<SupervisorOverride> &override = std::nullopt);
    // Records the case with every blocking finding told at once.
    Expected<CorrectionNotice> issueCorrectionNotice(const QDateTime &nowUtc);

private:
    void fillFromApplicant();
    // The applicant's member a form field repeats, or null.
    QString Applicant::*repeatedApplicantMember(const QString &fieldId) const;
    Expected<void> recordCase(const QDateTime &nowUtc);
    QDate localDay(const QDateTime &nowUtc) const;
    QJsonObject documentsJson() const;
    // With a guarded store: whether this user may accept, and the override
    // (when findings block) comes from a supervisor who may give it.
    Expected<void> checkAcceptPermissions(bool blocked, const std::optional<SupervisorOverride> &override) const;

    const Catalogue &m_catalogue;
    const WorkingDayCalendar &m_calendar;
    CaseStore m_cases;
    SyncStore m_sync;
    DraftStore m_drafts;
    DocumentStore m_documentStore;
    IntakeContext m_context;
    QString m_caseId;
    Applicant m_applicant;
    std::shared_ptr<PreReviewEngine> m_engine;
    Application m_application;
    QHash<QString, IntakeDocument> m_documents; // by material id
    bool m_recorded = false;
};

} // namespace casedesk
