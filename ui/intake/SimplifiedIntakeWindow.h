#pragma once

#include "intake/IntakeSession.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace casedesk {

// The intake of the elderly-assist counter (适老化/爱心窗口): one question
// per screen — who applies, their ID, name and mobile, the item, each field,
// each material — then the pre-review and the decision, with large Next and
// Back buttons, by keyboard alone (Enter: next, Alt+Left: back, Ctrl+Enter:
// accept, Ctrl+Shift+Enter: correction notice). The same IntakeSession and
// pre-review as IntakeWindow: the same data, the same rules, the same case.
class SimplifiedIntakeWindow final : public QWidget
{
    Q_OBJECT
public:
    SimplifiedIntakeWindow(std::unique_ptr<IntakeSession> session, const Catalogue &catalogue,
                           QWidget *parent = nullptr);

    IntakeSession &session() { return *m_session; }
    // The day of the review and of acceptance (10:00 Beijing time): tests.
    void setToday(QDate today);

    int pageCount() const;
    int currentPage() const;
    // The question on screen.
    QString currentQuestion() const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *noticeButton() const { return m_notice; }

public Q_SLOTS:
    // Moves on when the question is answered well enough; says what is
    // missing otherwise and stays.
    bool next();
    void back();
    void acceptCase();
    void issueNotice();

Q_SIGNALS:
    void caseAccepted(const casedesk::AcceptanceReceipt &receipt);
    void noticeIssued(const casedesk::CorrectionNotice &notice);
    void failed(const QString &message);
    void sessionChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Page {
        QString kind; // "kind", "id", "name", "mobile", "item", "field:<id>", "material:<id>", "review"
        QGroupBox *box = nullptr;
    };

    QGroupBox *addPage(const QString &kind, const QString &question);
    void buildApplicantPages();
    void buildItemPage();
    void buildFormPages();
    void clearFormPages();
    void showPage(int index);
    void runReview();
    void changed();
    QString checkPage(const Page &page) const;
    QDateTime nowUtc() const;

    std::unique_ptr<IntakeSession> m_session;
    const Catalogue &m_catalogue;
    QDate m_today;
    QDateTime m_fixedNowUtc;
    QList<Page> m_pages;
    QString m_formCode; // the item the form pages were built for
    bool m_finished = false;

    QLabel *m_progress;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QTreeWidget *m_findings = nullptr;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_accept;
    QPushButton *m_notice;
};

} // namespace casedesk
