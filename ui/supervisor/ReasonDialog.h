#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

// A supervisor's decision with its reason: what it is about, an optional
// choice (confirm or overturn; whom to hand a case to), and the reason,
// which is required. OK stays available; an empty reason is explained in
// the dialog, which stays open, so nothing typed is lost.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Choice {
        QString label; // "Decision"
        QStringList texts; // shown
        QStringList values; // returned
        bool editable = false; // a value not in the list may be typed
        QString description; // what it decides, for a screen reader and the tooltip
    };

    ReasonDialog(const QString &title, const QString &about, const QList<Choice> &choices, QWidget *parent = nullptr);

    QString reason() const;
    // The value of choice i ("" when typed empty).
    QString choice(int i) const;
    QComboBox *choiceBox(int i) const { return m_boxes.value(i); }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }
    // A refusal from core, shown in the dialog so the reason can be fixed.
    void showProblem(const QString &message);

    void accept() override;

Q_SIGNALS:
    // OK with a reason: the caller acts, then calls done() or showProblem().
    void submitted();

private:
    QList<QComboBox *> m_boxes;
    QList<QStringList> m_values;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace casedesk
