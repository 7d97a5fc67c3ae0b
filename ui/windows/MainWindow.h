#pragma once

#include "WorkstationServices.h"
#include "dialogs/AboutDialog.h"
#include "sync/SyncEngine.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace casedesk {

class CaseListModel;
class CounterDisplay;
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
    QAction *largeTextAction() const { return m_largeTextAction; }
    QAction *highContrastAction() const { return m_highContrastAction; }
    // The display modes the View menu switches (large text, high contrast).
    void setCounterDisplay(CounterDisplay *display);

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildFilterBar(QWidget *host);
    void applyFilter();
    void retranslate();
    void sizeColumns();
    void arrangeFilterBar();
    void openCurrentCase();

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
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_largeTextAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    CounterDisplay *m_display = nullptr;
};

} // namespace casedesk
