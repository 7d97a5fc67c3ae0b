#include "ReasonDialog.h"

#include "supervision/SupervisorActions.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

ReasonDialog::ReasonDialog(const QString &title, const QString &about, const QList<Choice> &choices, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(about, this);
    heading->setObjectName(u"reasonDialogAbout"_s);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const Choice &choice = choices.at(i);
        auto *box = new QComboBox(this);
        box->setObjectName(u"reasonDialogChoice%1"_s.arg(i));
        box->setEditable(choice.editable);
        box->addItems(choice.texts);
        describe(box, choice.description);
        // The row's label is the box's buddy, and so its name.
        form->addRow(choice.label, box);
        m_boxes.append(box);
        m_values.append(choice.values);
    }
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why — it is kept with the case and in the audit log"));
    describe(m_reason, tr("Required: why you decide so. Tab moves on to OK"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_problem->setObjectName(u"reasonProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    setTone(m_problem, Tone::Problem);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"reasonOk"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"reasonCancel"_s);
    describe(m_ok, tr("Record the decision with its reason"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Close without a change"), QKeySequence(Qt::Key_Escape));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    layout->addWidget(buttons);
    (m_boxes.isEmpty() ? static_cast<QWidget *>(m_reason) : m_boxes.first())->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ReasonDialog::choice(int i) const
{
    QComboBox *box = m_boxes.value(i);
    if (!box)
        return QString();
    const int index = box->findText(box->currentText());
    if (index >= 0 && index < m_values.at(i).size())
        return m_values.at(i).at(index);
    return box->currentText().trimmed();
}

void ReasonDialog::showProblem(const QString &message)
{
    m_problem->setText(tr("✕ %1").arg(message));
    m_problem->show();
}

void ReasonDialog::accept()
{
    if (reason().isEmpty()) {
        showProblem(tr("Give a reason: it is kept with the case and in the audit log."));
        m_reason->setFocus();
        return;
    }
    if (reason().size() > maximumSupervisorReasonLength) {
        showProblem(tr("The reason is %1 characters long; at most %2 are kept. Shorten it.")
                        .arg(reason().size())
                        .arg(maximumSupervisorReasonLength));
        m_reason->setFocus();
        return;
    }
    Q_EMIT submitted();
}

} // namespace casedesk
