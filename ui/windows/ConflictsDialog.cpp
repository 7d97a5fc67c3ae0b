#include "ConflictsDialog.h"

#include "models/CaseEventText.h"
#include "models/CaseStateText.h"
#include "security/Masking.h"
#include "widgets/ShortcutText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int itemIdRole = Qt::UserRole + 1;

const QKeySequence keepPlatformKeys(Qt::CTRL | Qt::Key_K);
const QKeySequence resubmitKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_R);

QString timeText(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

QString stateText(const QString &name)
{
    const auto state = caseStateFromName(name);
    return state ? CaseStateText::of(*state) : name;
}

// The rows of the comparison, in the order they show.
enum class Field {
    Change,
    State,
    ReceiptNumber,
    DueDate,
    ChangedBy,
    ChangedAt,
    Reason,
    Counter,
    Staff,
    Revision,
    Applicant,
    IdNumber,
    Mobile,
    Material,
    MaterialState,
    Note,
    Answer,
};

QString fieldName(Field field)
{
    switch (field) {
    case Field::Change: return ConflictsDialog::tr("Change");
    case Field::State: return ConflictsDialog::tr("State");
    case Field::ReceiptNumber: return ConflictsDialog::tr("Receipt number");
    case Field::DueDate: return ConflictsDialog::tr("Promised by");
    case Field::ChangedBy: return ConflictsDialog::tr("Changed by");
    case Field::ChangedAt: return ConflictsDialog::tr("Changed at");
    case Field::Reason: return ConflictsDialog::tr("Reason");
    case Field::Counter: return ConflictsDialog::tr("Counter");
    case Field::Staff: return ConflictsDialog::tr("Staff");
    case Field::Revision: return ConflictsDialog::tr("Revision");
    case Field::Applicant: return ConflictsDialog::tr("Applicant");
    case Field::IdNumber: return ConflictsDialog::tr("ID number");
    case Field::Mobile: return ConflictsDialog::tr("Mobile");
    case Field::Material: return ConflictsDialog::tr("Material");
    case Field::MaterialState: return ConflictsDialog::tr("Material state");
    case Field::Note: return ConflictsDialog::tr("Note");
    case Field::Answer: return ConflictsDialog::tr("Platform's answer");
    }
    return QString();
}

using Version = QMap<Field, QString>;

void put(Version &version, Field field, const QString &value)
{
    if (!value.isEmpty())
        version.insert(field, value);
}

// A case and its applicant as the API's JSON carries them, masked.
Version snapshotVersion(const QJsonObject &snapshot)
{
    Version version;
    const QJsonObject c = snapshot.value(u"case"_s).toObject();
    const QJsonObject a = snapshot.value(u"applicant"_s).toObject();
    put(version, Field::State, stateText(c.value(u"state"_s).toString()));
    put(version, Field::ReceiptNumber, c.value(u"receiptNumber"_s).toString());
    put(version, Field::DueDate, dateText(c.value(u"dueDate"_s).toString()));
    put(version, Field::ChangedAt, timeText(c.value(u"updatedAt"_s).toString()));
    put(version, Field::Counter, c.value(u"counterId"_s).toString());
    put(version, Field::Staff, c.value(u"staffId"_s).toString());
    if (c.contains(u"revision"_s))
        put(version, Field::Revision, QString::number(c.value(u"revision"_s).toInteger()));
    const bool person = a.value(u"kind"_s).toString() != u"company";
    const QString name = a.value(u"name"_s).toString();
    const QString idNumber = a.value(u"idNumber"_s).toString();
    const QString mobile = a.value(u"mobile"_s).toString();
    if (!name.isEmpty())
        put(version, Field::Applicant, person ? masking::personName(name) : name);
    if (!idNumber.isEmpty())
        put(version, Field::IdNumber, person ? masking::citizenId(idNumber) : idNumber);
    if (!mobile.isEmpty())
        put(version, Field::Mobile, masking::mobile(mobile));
    return version;
}

Version localVersion(const AttentionItem &item)
{
    const QJsonObject &p = item.localPayload;
    Version version;
    if (item.kind == protocol::opKindName(protocol::OpKind::CaseCreate)) {
        version = snapshotVersion(p);
        put(version, Field::Change, ConflictsDialog::tr("New case"));
    } else if (item.kind == protocol::opKindName(protocol::OpKind::CaseTransition)) {
        const auto event = caseEventFromName(p.value(u"event"_s).toString());
        put(version, Field::Change, event ? CaseEventText::action(*event) : p.value(u"event"_s).toString());
        put(version, Field::State, stateText(p.value(u"to"_s).toString()));
        put(version, Field::ReceiptNumber, p.value(u"receiptNumber"_s).toString());
        put(version, Field::DueDate, dateText(p.value(u"dueDate"_s).toString()));
        put(version, Field::ChangedBy, p.value(u"actor"_s).toString());
        put(version, Field::ChangedAt, timeText(p.value(u"at"_s).toString()));
        put(version, Field::Reason, p.value(u"reason"_s).toString());
        put(version, Field::Revision, ConflictsDialog::tr("based on %1").arg(item.baseRev));
    } else if (item.kind == protocol::opKindName(protocol::OpKind::CaseMaterial)) {
        put(version, Field::Change, ConflictsDialog::tr("Material"));
        put(version, Field::Material, p.value(u"materialCode"_s).toString());
        put(version, Field::MaterialState, p.value(u"state"_s).toString());
        put(version, Field::Note, p.value(u"note"_s).toString());
    } else if (item.kind == protocol::opKindName(protocol::OpKind::CaseReassign)) {
        put(version, Field::Change, ConflictsDialog::tr("Reassigned"));
        put(version, Field::Staff, p.value(u"staffId"_s).toString());
        put(version, Field::Counter, p.value(u"counterId"_s).toString());
        put(version, Field::ChangedBy, p.value(u"actor"_s).toString());
        put(version, Field::ChangedAt, timeText(p.value(u"at"_s).toString()));
        put(version, Field::Reason, p.value(u"reason"_s).toString());
        put(version, Field::Revision, ConflictsDialog::tr("based on %1").arg(item.baseRev));
    } else if (item.kind == protocol::opKindName(protocol::OpKind::CaseFollowUp)) {
        // Closed at another desk first: this closing's note is kept here.
        put(version, Field::Change, ConflictsDialog::tr("Follow-up of a bad rating closed"));
        put(version, Field::Note, p.value(u"note"_s).toString());
        put(version, Field::ChangedBy, p.value(u"closedBy"_s).toString());
        put(version, Field::ChangedAt, timeText(p.value(u"at"_s).toString()));
    } else {
        put(version, Field::Change, ConflictsDialog::tr("Note"));
        put(version, Field::Note, p.value(u"text"_s).toString());
        put(version, Field::ChangedBy, p.value(u"actor"_s).toString());
    }
    return version;
}

} // namespace

ConflictsDialog::ConflictsDialog(WorkstationServices &services, QWidget *parent)
    : QDialog(parent),
      m_services(services),
      m_intro(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_comparison(new QTreeWidget(this)),
      m_message(new QLabel(this)),
      m_resubmitBlocker(new QLabel(this)),
      m_keepPlatform(new QPushButton(this)),
      m_resubmit(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(u"conflictsDialog"_s);
    m_intro->setObjectName(u"attentionIntro"_s);
    m_intro->setWordWrap(true);

    m_list->setObjectName(u"attentionList"_s);
    m_list->setTabKeyNavigation(false); // Tab moves on, the arrows move within
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showComparison();
        updateActions();
    });

    m_comparison->setObjectName(u"attentionComparison"_s);
    m_comparison->setTabKeyNavigation(false); // Tab moves on, the arrows move within
    m_comparison->setColumnCount(3);
    m_comparison->setRootIsDecorated(false);
    m_comparison->setWordWrap(true);
    m_comparison->header()->setStretchLastSection(true);
    m_comparison->header()->setSectionResizeMode(QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_comparison);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_message->setObjectName(u"attentionMessage"_s);
    m_message->setWordWrap(true);
    m_resubmitBlocker->setObjectName(u"resubmitBlocker"_s);
    m_resubmitBlocker->setWordWrap(true);

    m_keepPlatform->setObjectName(u"keepPlatformButton"_s);
    m_resubmit->setObjectName(u"resubmitButton"_s);
    m_close->setObjectName(u"closeButton"_s);
    // Only their keys press the buttons: Enter stays with the list.
    for (QPushButton *button : {m_keepPlatform, m_resubmit, m_close})
        button->setAutoDefault(false);
    connect(m_keepPlatform, &QPushButton::clicked, this, &ConflictsDialog::keepPlatform);
    connect(m_resubmit, &QPushButton::clicked, this, &ConflictsDialog::resubmit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_resubmitBlocker, 1);
    actions->addWidget(m_keepPlatform);
    actions->addWidget(m_resubmit);
    actions->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    setTabOrder(m_list, m_comparison);
    setTabOrder(m_comparison, m_keepPlatform);
    setTabOrder(m_keepPlatform, m_resubmit);
    setTabOrder(m_resubmit, m_close);

    retranslate();
    reload();
    resize(980, 680);
    m_list->setFocus();
}

void ConflictsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

void ConflictsDialog::retranslate()
{
    setWindowTitle(tr("Changes that need attention"));
    m_intro->setText(tr("The platform did not take these changes as they were. Nothing is lost: compare this "
                        "workstation's version with the platform's, then keep the platform's or send yours again."));
    m_list->setHeaderLabels({tr("Case"), tr("Change"), tr("Problem"), tr("Noticed")});
    m_list->setAccessibleName(tr("Changes that need attention"));
    m_list->setAccessibleDescription(tr("The arrow keys choose a change; both its versions show in the list below"));
    m_comparison->setHeaderLabels({tr("Field"), tr("This workstation"), tr("Platform")});
    m_comparison->setAccessibleName(tr("Both versions, side by side"));
    m_comparison->setAccessibleDescription(
        tr("Field by field, this workstation's version and the platform's; a field that differs says so"));
    m_keepPlatform->setText(tr("Keep the platform's version"));
    m_keepPlatform->setShortcut(keepPlatformKeys);
    m_resubmit->setText(tr("Send mine again"));
    m_resubmit->setShortcut(resubmitKeys);
    m_close->setText(tr("Close"));
    m_close->setToolTip(withShortcut(tr("Close the list; what is left stays on it"), QKeySequence(Qt::Key_Escape)));
    updateActions();
}

void ConflictsDialog::reload()
{
    const int previousRow = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    auto items = m_services.syncStore.openAttention();
    m_list->clear();
    m_items.clear();
    if (!items) {
        m_message->setText(tr("The list could not be read: %1").arg(items.error().message));
        showComparison();
        updateActions();
        return;
    }
    m_items = *items;
    for (const AttentionItem &item : std::as_const(m_items)) {
        const QString problem = item.status == u"conflict" ? tr("Clashed with a change on the platform")
                                                           : tr("Refused by the platform: %1").arg(item.reason);
        auto *row = new QTreeWidgetItem(m_list,
                                        {caseLabel(item), changeText(item), problem,
                                         QLocale().toString(item.detectedUtc.toLocalTime(), QLocale::ShortFormat)});
        row->setData(0, itemIdRole, item.id);
        row->setToolTip(2, problem);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    m_message->setText(m_items.isEmpty() ? tr("Nothing needs attention.") : QString());
    if (!m_items.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(previousRow, 0, int(m_items.size()) - 1)));
    showComparison();
    updateActions();
}

const AttentionItem *ConflictsDialog::currentItem() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row)
        return nullptr;
    const qint64 id = row->data(0, itemIdRole).toLongLong();
    for (const AttentionItem &item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString ConflictsDialog::caseLabel(const AttentionItem &item) const
{
    if (auto loaded = m_services.caseStore.load(item.caseId); loaded && !loaded->receiptNumber.isEmpty())
        return loaded->receiptNumber;
    return tr("case …%1").arg(item.caseId.right(8));
}

QString ConflictsDialog::changeText(const AttentionItem &item) const
{
    return localVersion(item).value(Field::Change);
}

void ConflictsDialog::showComparison()
{
    m_comparison->clear();
    const AttentionItem *item = currentItem();
    if (!item)
        return;
    const Version local = localVersion(*item);
    Version platform;
    if (item->status == u"conflict")
        platform = snapshotVersion(item->platformVersion);
    else
        put(platform, Field::Answer, tr("Refused: %1").arg(item->reason));
    QList<Field> fields = local.keys();
    for (Field field : platform.keys()) {
        if (!fields.contains(field))
            fields << field;
    }
    std::sort(fields.begin(), fields.end());
    for (Field field : std::as_const(fields)) {
        const QString mine = local.value(field);
        const QString theirs = platform.value(field);
        const bool differs = field != Field::Change && !mine.isEmpty() && !theirs.isEmpty() && mine != theirs;
        // Differences are said in words, not by emphasis alone.
        auto *row = new QTreeWidgetItem(m_comparison,
                                        {differs ? tr("%1 (differs)").arg(fieldName(field)) : fieldName(field),
                                         mine.isEmpty() ? tr("—") : mine, theirs.isEmpty() ? tr("—") : theirs});
        if (differs) {
            QFont bold = row->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                row->setFont(column, bold);
        }
    }
}

QString ConflictsDialog::resubmitBlocker() const
{
    const AttentionItem *item = currentItem();
    if (!item)
        return m_items.isEmpty() ? QString() : tr("Select a change first.");
    if (item->status != u"conflict")
        return tr("The platform refused this change outright: sent again, it would be refused again.");
    if (item->kind != protocol::opKindName(protocol::OpKind::CaseTransition))
        return tr("Only a change of state can be sent again.");
    const auto event = caseEventFromName(item->localPayload.value(u"event"_s).toString());
    auto current = m_services.caseStore.load(item->caseId);
    if (!event || !current)
        return tr("The case is not in this workstation's cache.");
    if (!CaseStateMachine::next(current->state, *event))
        return tr("The case is now \"%1\": \"%2\" is not possible any more.")
            .arg(CaseStateText::of(current->state), CaseEventText::action(*event));
    return QString();
}

void ConflictsDialog::updateActions()
{
    const AttentionItem *item = currentItem();
    const QString blocker = resubmitBlocker();
    m_keepPlatform->setEnabled(item != nullptr);
    m_keepPlatform->setToolTip(
        withShortcut(item && item->status != u"conflict"
                         ? tr("Set the refused change aside: the platform's decision stands")
                         : tr("The case keeps the platform's version (it shows it already); this change is set aside"),
                     keepPlatformKeys));
    m_resubmit->setEnabled(item != nullptr && blocker.isEmpty());
    m_resubmit->setToolTip(withShortcut(
        blocker.isEmpty() ? tr("Make this workstation's change again on the platform's version, and send it") : blocker,
        resubmitKeys));
    // In words next to the buttons too: a keyboard user sees no tooltip.
    m_resubmitBlocker->setText(item ? blocker : QString());
    m_resubmitBlocker->setVisible(item && !blocker.isEmpty());
}

void ConflictsDialog::keepPlatform()
{
    resolve(AttentionResolution::KeepPlatform);
}

void ConflictsDialog::resubmit()
{
    if (!resubmitBlocker().isEmpty())
        return;
    resolve(AttentionResolution::Resubmit);
}

void ConflictsDialog::resolve(AttentionResolution resolution)
{
    const AttentionItem *item = currentItem();
    if (!item)
        return;
    const QString label = caseLabel(*item);
    if (auto settled = m_services.syncStore.resolveAttention(item->id, resolution, m_services.user.id); !settled) {
        m_message->setText(tr("Not settled: %1").arg(settled.error().message));
        return;
    }
    reload();
    QString done = resolution == AttentionResolution::KeepPlatform
        ? tr("%1: the platform's version is kept.").arg(label)
        : tr("%1: this workstation's change is made again and will be sent.").arg(label);
    if (m_items.isEmpty())
        done = tr("%1 Nothing else needs attention.").arg(done);
    m_message->setText(done);
    m_list->setFocus();
    Q_EMIT settled();
}

} // namespace casedesk
