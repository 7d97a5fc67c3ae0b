#include "DraftsDialog.h"

#include "security/Masking.h"
#include "widgets/ShortcutText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Who the draft is for, masked: the surname and the last digits of the ID.
QString applicantOf(const Draft &draft)
{
    const QJsonObject applicant = draft.content.value(u"applicant"_s).toObject();
    const QString name = applicant.value(u"name"_s).toString();
    const QString id = applicant.value(u"idNumber"_s).toString();
    if (name.isEmpty() && id.isEmpty())
        return DraftsDialog::tr("(no applicant yet)");
    const QString maskedName = name.isEmpty() ? DraftsDialog::tr("(no name)") : masking::personName(name);
    return id.size() >= 4 ? DraftsDialog::tr("%1 (ID …%2)").arg(maskedName, id.right(4)) : maskedName;
}

} // namespace

DraftsDialog::DraftsDialog(DraftStore drafts, const Catalogue &catalogue, QString staffId, QWidget *parent)
    : QDialog(parent),
      m_drafts(std::move(drafts)),
      m_catalogue(catalogue),
      m_staffId(std::move(staffId)),
      m_table(new QTableWidget(this)),
      m_message(new QLabel(this)),
      m_resume(new QPushButton(tr("&Resume"), this)),
      m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(u"draftsDialog"_s);
    setWindowTitle(tr("Unfinished intakes"));
    m_table->setObjectName(u"drafts"_s);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Applicant"), tr("Service item"), tr("Last saved")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The item's name takes the room left: the list never scrolls sideways.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Unfinished intakes"));
    m_table->setAccessibleDescription(tr("Enter resumes the selected intake; Delete discards it"));
    connect(m_table, &QTableWidget::cellActivated, this, [this] { resumeSelected(); });

    m_message->setObjectName(u"draftsMessage"_s);
    m_message->setWordWrap(true);

    // Shortcuts after the text: a text with '&' replaces the shortcut.
    m_resume->setObjectName(u"resumeButton"_s);
    m_resume->setDefault(true);
    m_resume->setToolTip(withShortcut(tr("Continue the selected intake"), QKeySequence(Qt::Key_Return)));
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setShortcut(QKeySequence::Delete);
    m_discard->setAutoDefault(false);
    m_discard->setToolTip(withShortcut(tr("Discard the selected intake"), QKeySequence::Delete));
    connect(m_resume, &QPushButton::clicked, this, &DraftsDialog::resumeSelected);
    connect(m_discard, &QPushButton::clicked, this, &DraftsDialog::discardSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resume, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    describe(buttons->button(QDialogButtonBox::Close), tr("Close the list; the drafts are kept"),
             QKeySequence(Qt::Key_Escape));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
    m_table->setFocus();
}

int DraftsDialog::draftCount() const
{
    return int(m_loaded.size());
}

void DraftsDialog::reload()
{
    Expected<QList<Draft>> drafts = m_drafts.openDrafts(m_staffId);
    m_table->setRowCount(0);
    m_loaded.clear();
    if (!drafts) {
        m_message->setText(tr("The drafts could not be read: %1").arg(drafts.error().message));
        m_resume->setEnabled(false);
        m_discard->setEnabled(false);
        return;
    }
    m_loaded = *drafts;
    const QLocale locale;
    m_table->setRowCount(int(m_loaded.size()));
    for (int row = 0; row < m_loaded.size(); ++row) {
        const Draft &draft = m_loaded.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(applicantOf(draft)));
        m_table->setItem(row, 1, new QTableWidgetItem(formName(draft.formCode)));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(locale.toString(draft.updatedUtc.toLocalTime(), QLocale::ShortFormat)));
    }
    m_message->setText(m_loaded.isEmpty() ? tr("No unfinished intakes.") : QString());
    m_resume->setEnabled(!m_loaded.isEmpty());
    m_discard->setEnabled(!m_loaded.isEmpty());
    if (!m_loaded.isEmpty())
        m_table->selectRow(0);
}

const Draft *DraftsDialog::selectedDraft() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_loaded.size() ? &m_loaded.at(row) : nullptr;
}

QString DraftsDialog::formName(const QString &code) const
{
    if (code.isEmpty())
        return tr("(no item chosen)");
    if (const ServiceItem *item = m_catalogue.item(code))
        return item->name.in(QLocale());
    if (const Bundle *bundle = m_catalogue.bundle(code))
        return bundle->name.in(QLocale());
    return code;
}

void DraftsDialog::resumeSelected()
{
    const Draft *draft = selectedDraft();
    if (!draft)
        return;
    const Draft chosen = *draft;
    accept();
    Q_EMIT resumeRequested(chosen);
}

void DraftsDialog::discardSelected()
{
    const Draft *draft = selectedDraft();
    if (!draft)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Discard the intake?"),
                              tr("Discard the unfinished intake for %1? What was typed for it cannot be brought back.")
                                  .arg(applicantOf(*draft)),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (auto discarded = m_drafts.discard(draft->id); !discarded) {
        m_message->setText(tr("The draft could not be discarded: %1").arg(discarded.error().message));
        return;
    }
    reload();
}

} // namespace casedesk
