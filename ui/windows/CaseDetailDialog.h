#pragma once

#include "WorkstationServices.h"
#include "domain/CaseFile.h"
#include "storage/DocumentStore.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace casedesk {

// One case at the counter: who applied for what, its state and deadline on
// the working-day calendar, its history, its materials and what pre-review
// found; and handing the result over to the applicant (办结送达) when the
// case is ready for it. Personal data is masked. Keyboard first: every
// action has a key (shown in its tooltip), Esc closes.
class CaseDetailDialog final : public QDialog
{
    Q_OBJECT
public:
    CaseDetailDialog(WorkstationServices &services, DocumentStore documents, QString caseId, QWidget *parent = nullptr);

    // For the clock in tests; the real day otherwise.
    void setToday(QDate today);

    const CaseFile &caseFile() const { return m_file; }
    QPushButton *handOverButton() const { return m_handOver; }
    QPushButton *revealButton() const { return m_reveal; }
    // Why handing over is not possible now; empty when it is.
    QString handOverBlocker() const;

public Q_SLOTS:
    // Reads the case again from the vault; false (with the message shown)
    // when it cannot be read.
    bool reload();
    // Asks to confirm, then records the hand-over through the state machine.
    void handOver();
    // Shows the applicant's personal data unmasked, once core allows it and
    // has recorded it; pressed again, masks it again. Masked again on close.
    void toggleReveal();

Q_SIGNALS:
    // After a change this dialog made to the case (for the case list and sync).
    void caseChanged(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showHeader();
    void showTimeline();
    void showMaterials();
    void showFindings();
    void updateActions();
    void viewCurrentMaterial();
    void showProblem(const QString &message);
    QString itemNames() const;
    QString applicantText() const;
    QString deadlineText() const;
    QString materialName(const QString &code) const;
    QString eventDetails(const CaseEventRecord &event) const;

    WorkstationServices &m_services;
    DocumentStore m_documents;
    QString m_caseId;
    QDate m_today;
    CaseFile m_file;
    std::optional<ApplicationForm> m_form;
    QList<CaseMaterial> m_materials;
    bool m_loaded = false;
    bool m_opened = false; // the opening is checked and recorded once
    bool m_revealed = false;

    QLabel *m_title;
    QLabel *m_receiptLabel;
    QLabel *m_receipt;
    QLabel *m_itemLabel;
    QLabel *m_item;
    QLabel *m_applicantLabel;
    QLabel *m_applicant;
    QPushButton *m_reveal;
    QLabel *m_stateLabel;
    QLabel *m_state;
    QLabel *m_deadlineLabel;
    QLabel *m_deadline;
    QLabel *m_counterLabel;
    QLabel *m_counter;
    QTabWidget *m_tabs;
    QTreeWidget *m_timeline;
    QWidget *m_materialsPage;
    QTreeWidget *m_materialList;
    QPushButton *m_viewDocument;
    QTreeWidget *m_findings;
    QLabel *m_problem;
    QLabel *m_deliveryLabel;
    QComboBox *m_delivery;
    QLabel *m_handOverBlocker;
    QPushButton *m_handOver;
    QPushButton *m_close;
};

} // namespace casedesk
