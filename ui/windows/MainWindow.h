#pragma once

#include "dialogs/AboutDialog.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace casedesk {

// What the main window shows of the opened vault until the case list (the
// counter UI) takes its place.
struct WorkstationSummary {
    QString profileDirectory;
    QString keyStore;
    int schemaVersion = 0;
    qint64 cases = 0;
    qint64 pendingOps = 0;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(WorkstationSummary summary, EngineVersions versions, QWidget *parent = nullptr);

    QAction *aboutAction() const { return m_aboutAction; }

public Q_SLOTS:
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WorkstationSummary m_summary;
    EngineVersions m_versions;
    QMenu *m_fileMenu;
    QMenu *m_helpMenu;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QLabel *m_summaryLabel;
};

} // namespace casedesk
