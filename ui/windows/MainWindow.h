#pragma once

#include "WorkstationServices.h"
#include "dialogs/AboutDialog.h"
#include "sync/SyncEngine.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace casedesk {

class CaseListModel;
class CounterDisplay;
class ReadAloud;
class SyncStatusWidget;
class Localization;

// The counter's main window: its cases and its counter's queue over the
// local cache, filtered and searched as the clerk types, deadlines at a
// glance, sync in the status bar. Every action has a shortcut.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(WorkstationServices &services, EngineVersions versions, Localization *localization = nullptr,
               QWidget *parent = nullptr);

    CaseListModel *caseModel() const { return m_model; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *newIntakeAction() const { return m_newIntakeAction; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    // Opens the changes that need attention, as the status bar's count does.
    QAction *attentionAction() const { return m_attentionAction; }
    QAction *largeTextAction() const { return m_largeTextAction; }
    QAction *highContrastAction() const { return m_highContrastAction; }
    // The elderly-assist counter's aids in the View menu: the citizen-facing
    // screen, read-aloud (off by default) and the simplified intake (one
    // question per screen, remembered for this counter PC).
    QAction *citizenScreenAction() const { return m_citizenScreenAction; }
    QAction *readAloudAction() const { return m_readAloudAction; }
    QAction *simplifiedIntakeAction() const { return m_simplifiedIntakeAction; }
    // Null unless the signed-in user is a supervisor.
    QAction *supervisorDeskAction() const { return m_supervisorDeskAction; }
    // The display modes the View menu switches (large text, high contrast).
    void setCounterDisplay(CounterDisplay *display);
    // Read-aloud, switched by the View menu's action; that no engine is
    // installed is said once, in the status bar.
    void setReadAloud(ReadAloud *voice);
    // The hall's day the filters and the deadlines count from (tests; the
    // clock otherwise), the list filtered again.
    void setToday(QDate today);

public Q_SLOTS:
    void showAbout();
    void showSyncStatus(const casedesk::SyncStatus &status);
    // Reload the list (after sync or a local change).
    void refreshCases();

Q_SIGNALS:
    void newIntakeRequested();
    void draftsRequested();
    void caseOpened(const QString &caseId);
    void syncRequested();
    void attentionRequested();
    void citizenScreenToggled(bool on);
    // The supervisor's desk (offered to supervisors only).
    void supervisorDeskRequested();
    void lockRequested();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildFilterBar(QWidget *host);
    void applyFilter();
    void retranslate();
    void sizeColumns();
    void arrangeFilterBar();
    void chooseCreatedRange();
    void openCurrentCase();

    // The days the list shows the cases taken in on (m_created's data).
    enum class CreatedRange { AnyTime, Today, LastSevenDays, ThisMonth, Chosen };
    // The deadline filter (m_deadline's data).
    enum class DueFilter { Any, AtRiskOrOverdue, Overdue };

    WorkstationServices &m_services;
    EngineVersions m_versions;
    Localization *m_localization;
    CaseListModel *m_model;
    QLabel *m_banner;
    QGridLayout *m_filterLayout = nullptr;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QComboBox *m_state;
    QComboBox *m_item;
    QComboBox *m_deadline;
    QComboBox *m_created;
    // The first and last day taken in, shown for CreatedRange::Chosen.
    QWidget *m_createdDates;
    QDateEdit *m_createdFrom;
    QLabel *m_createdUntil;
    QDateEdit *m_createdTo;
    QTableView *m_table;
    SyncStatusWidget *m_syncStatus;
    QLabel *m_userLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newIntakeAction = nullptr;
    QAction *m_draftsAction = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_attentionAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_supervisorDeskAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_largeTextAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_citizenScreenAction = nullptr;
    QAction *m_readAloudAction = nullptr;
    QAction *m_simplifiedIntakeAction = nullptr;
    CounterDisplay *m_display = nullptr;
};

} // namespace casedesk
