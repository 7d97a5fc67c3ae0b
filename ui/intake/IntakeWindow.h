#pragma once

#include "intake/IntakeSession.h"
#include "security/SignInService.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QHBoxLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace casedesk {

// The intake screen: applicant, service item (or bundle), one form made from
// the catalogue, the materials checklist, and pre-review as the clerk types;
// then accept (receipt) or a one-time correction notice. Keyboard first:
// Enter moves on, Esc closes (the draft is kept), every action has a key.
class IntakeWindow final : public QWidget
{
    Q_OBJECT
public:
    IntakeWindow(std::unique_ptr<IntakeSession> session, const Catalogue &catalogue, QWidget *parent = nullptr);

    IntakeSession &session() { return *m_session; }
    // For the clock in tests (the day, accepted at 10:00 Beijing time); the
    // real clock otherwise.
    void setToday(QDate today);

    // Where a supervisor's password is checked for an override; without it
    // no override can be given here.
    void setSupervisorSignIn(SignInService *service);
    // The supervisor who signed in for the override, if one has.
    const std::optional<SignedInUser> &overridingSupervisor() const { return m_overrideBy; }

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *noticeButton() const { return m_notice; }

public Q_SLOTS:
    bool chooseItem(const QString &code);
    void acceptCase();
    void issueNotice();
    // A scan or file for a material: checked, stored encrypted, attached.
    // A file that cannot be read is refused with a message; nothing changes.
    bool importMaterial(const QString &materialId, const QString &path);
    void chooseMaterialFile(const QString &materialId);
    // Opens the supervisor's sign-in for an override (not blocking).
    void signInSupervisor();
    void viewMaterial(const QString &materialId);

Q_SIGNALS:
    void caseAccepted(const casedesk::AcceptanceReceipt &receipt);
    void noticeIssued(const casedesk::CorrectionNotice &notice);
    void failed(const QString &message);
    // The applicant, the item, a field or a material changed (the citizen
    // screen and read-aloud follow the intake through it).
    void sessionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildApplicant(QVBoxLayout *layout);
    void buildItemPicker(QVBoxLayout *layout);
    // The chosen item's name in the search box, its form and its materials
    // made (again) from the session, in the language of the moment.
    void showChosenForm();
    void rebuildForm();
    void rebuildMaterials();
    void changed();
    void runReview();
    void showApplicantFacts();
    void showApplicantEverywhere(const QWidget *typedIn);
    void rebuildForLanguage();
    void focusOnceShown(const QString &objectName, int cursor = -1);
    void focusTarget(QTreeWidgetItem *item);
    void retranslate();
    void showMaterialsMessage(const QString &message);
    void adaptToFont();
    void wrapLongLabels();
    QDateTime nowUtc() const;
    void saveDraftNow();
    QWidget *fieldWidget(const FieldDefinition &field);

    std::unique_ptr<IntakeSession> m_session;
    const Catalogue &m_catalogue;
    QDate m_today;
    QDateTime m_fixedNowUtc; // invalid: the real clock

    QLabel *m_title;
    QGroupBox *m_applicantBox;
    QComboBox *m_kind;
    QLabel *m_idLabel;
    QLineEdit *m_idNumber;
    QLabel *m_idFacts;
    QLineEdit *m_name;
    QLineEdit *m_mobile;
    QGroupBox *m_itemBox;
    QLineEdit *m_itemSearch;
    QLabel *m_itemChosen;
    QScrollArea *m_formScroll = nullptr;
    QGroupBox *m_formBox;
    QHBoxLayout *m_columns = nullptr;
    QGridLayout *m_buttons = nullptr;
    QFormLayout *m_applicantLayout = nullptr;
    QFormLayout *m_formLayout;
    QGroupBox *m_materialsBox;
    QFormLayout *m_materialsLayout;
    QLabel *m_materialsMessage;
    QGroupBox *m_reviewBox;
    QTreeWidget *m_findings;
    QGroupBox *m_overrideBox;
    QLabel *m_overrideHint;
    QLabel *m_supervisor;
    QPushButton *m_supervisorSignIn;
    QLineEdit *m_overrideReason;
    QPushButton *m_accept;
    QPushButton *m_notice;
    QPushButton *m_saveDraft;
    QPushButton *m_close;
    QTimer *m_reviewTimer;
    QTimer *m_draftTimer;
    QHash<QString, QWidget *> m_targets; // "field:<id>" / "material:<id>" → the widget to focus
    SignInService *m_signIn = nullptr;
    std::optional<SignedInUser> m_overrideBy;
    bool m_blocked = false;
    bool m_finished = false;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::AcceptanceReceipt)
Q_DECLARE_METATYPE(casedesk::CorrectionNotice)
