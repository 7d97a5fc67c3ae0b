#pragma once

#include "FollowUpSource.h"
#include "ReasonDialog.h"
#include "WorkstationServices.h"
#include "common/Clock.h"
#include "supervision/HallBoard.h"
#include "supervision/PeriodReport.h"
#include "supervision/SupervisorActions.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace casedesk {

class BoardCountModel;
class DeadlineBoardModel;
class FollowUpModel;
class SecondCheckModel;

// What the desk acts through, for the signed-in supervisor.
struct SupervisorDeskServices {
    HallBoard board; // guarded: the hall's cases
    SupervisorActions actions; // guarded: reassign, second-check; its guard checks export
    std::shared_ptr<FollowUpSource> followUps; // none: no ratings here
    const Clock *clock = &Clock::system();
};

// The supervisor's desk (值班长/科长): the hall's queue from the local cache —
// the cases nearest to or past their promised date first, with the working
// days left; correction notices and rejections to second-check; the workload
// per staff member and counter; bad ratings to follow up — and a period's
// intake, acceptance, correction-notice and deadline figures as charts.
// Reassigning, second-checking and closing a follow-up ask for a reason;
// the period's report exports as PDF or CSV. Every action is checked and
// audited in core. A failure is said in the desk's message line.
class SupervisorDesk final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Period { Today, LastSevenDays, LastThirtyDays, ThisMonth };

    SupervisorDesk(const WorkstationServices &services, SupervisorDeskServices desk, QWidget *parent = nullptr);
    ~SupervisorDesk() override;

    DeadlineBoardModel *deadlineModel() const { return m_deadlineModel; }
    SecondCheckModel *secondCheckModel() const { return m_secondCheckModel; }
    BoardCountModel *staffModel() const { return m_staffModel; }
    BoardCountModel *counterModel() const { return m_counterModel; }
    FollowUpModel *followUpModel() const { return m_followUpModel; }
    const PeriodFigures &figures() const { return m_figures; }
    const BoardQueue &queue() const { return m_queue; }
    QString message() const;
    // The dialog an action opened and that is still open, if any.
    ReasonDialog *openDialog() const { return m_dialog; }

    void choosePeriod(Period period);
    // The export buttons ask for a file name, then call these.
    Expected<void> exportPdf(const QString &path);
    Expected<void> exportCsv(const QString &path);

public Q_SLOTS:
    void refresh();
    // On the current row of the deadline list (or of the second-check list).
    void reassignCurrent();
    void secondCheckCurrent();
    void closeCurrentFollowUp();

Q_SIGNALS:
    // A case changed here: the main window's list and sync follow.
    void caseChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    QWidget *buildFigures();
    void retranslate();
    void showMessage(const QString &text, bool problem);
    void refreshQueue(QDate today);
    void refreshPeriod(QDate today);
    void drawCharts();
    void arrangeCharts();
    void styleCharts();
    QString currentCaseId() const;
    PeriodReport report() const;
    QString reportHtml() const;
    void askSecondCheck(SecondCheckDecision decision);

    const WorkstationServices &m_services;
    SupervisorDeskServices m_desk;
    BoardQueue m_queue;
    PeriodFigures m_figures;
    Period m_period = Period::LastSevenDays;

    QLabel *m_banner;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_message;
    QComboBox *m_periodBox;
    QLabel *m_periodLabel = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    QWidget *m_chartColumn = nullptr;
    QLabel *m_periodFigures;
    QTabWidget *m_tabs;
    QTableView *m_deadlineTable;
    QTableView *m_secondCheckTable;
    QTableView *m_staffTable;
    QTableView *m_counterTable;
    QTableView *m_stateTable;
    QTableView *m_itemTable;
    QTableView *m_followUpTable;
    QLabel *m_followUpEmpty;
    DeadlineBoardModel *m_deadlineModel;
    SecondCheckModel *m_secondCheckModel;
    BoardCountModel *m_staffModel;
    BoardCountModel *m_counterModel;
    BoardCountModel *m_stateModel;
    BoardCountModel *m_itemModel;
    FollowUpModel *m_followUpModel;
    QChartView *m_intakeView = nullptr;
    QChartView *m_rateView = nullptr;
    QPushButton *m_reassignButton;
    QPushButton *m_confirmButton;
    QPushButton *m_overturnButton;
    QPushButton *m_closeFollowUpButton;
    QPushButton *m_refreshButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    // Cleared by Qt when the dialog goes, also while the desk is being
    // destroyed (a lambda on destroyed() would run on a half-destroyed desk).
    QPointer<ReasonDialog> m_dialog;
};

} // namespace casedesk
