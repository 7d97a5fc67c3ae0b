#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

MainWindow::MainWindow(WorkstationSummary summary, EngineVersions versions, QWidget *parent)
    : QMainWindow(parent),
      m_summary(std::move(summary)),
      m_versions(std::move(versions)),
      m_fileMenu(menuBar()->addMenu(QString())),
      m_helpMenu(menuBar()->addMenu(QString())),
      m_quitAction(new QAction(this)),
      m_aboutAction(new QAction(this)),
      m_summaryLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu->addAction(m_aboutAction);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_summaryLabel);
    setCentralWidget(central);
    resize(1024, 700);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("CaseDesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About CaseDesk"));
    m_summaryLabel->setText(tr("<h2>This workstation</h2>"
                               "<table cellpadding=4>"
                               "<tr><td>Profile</td><td>%1</td></tr>"
                               "<tr><td>Key kept in</td><td>%2</td></tr>"
                               "<tr><td>Schema version</td><td>%3</td></tr>"
                               "<tr><td>Cases in the local cache</td><td>%4</td></tr>"
                               "<tr><td>Changes waiting to be sent</td><td>%5</td></tr>"
                               "</table>")
                                .arg(m_summary.profileDirectory.toHtmlEscaped(), m_summary.keyStore.toHtmlEscaped())
                                .arg(m_summary.schemaVersion)
                                .arg(m_summary.cases)
                                .arg(m_summary.pendingOps));
    statusBar()->showMessage(tr("Local cache open and encrypted"));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_versions, this);
    dialog.exec();
}

} // namespace casedesk
