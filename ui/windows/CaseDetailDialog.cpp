#include "CaseDetailDialog.h"

#include "documents/DocumentDialog.h"
#include "domain/calendar/Deadline.h"
#include "models/CaseEventText.h"
#include "models/CaseStateText.h"
#include "review/Application.h"
#include "security/Masking.h"
#include "widgets/ShortcutText.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int documentRole = Qt::UserRole + 1;

const QKeySequence handOverKeys(Qt::CTRL | Qt::Key_Return);
const QKeySequence viewDocumentKeys(Qt::CTRL | Qt::Key_D);
const QKeySequence revealKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_U);

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString timeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString localized(const QJsonValue &value)
{
    return LocalizedText::fromJson(value).in(QLocale());
}

QString stateText(const QString &name)
{
    const auto state = caseStateFromName(name);
    return state ? CaseStateText::of(*state) : name;
}

QTreeWidgetItem *addRow(QTreeWidget *tree, const QStringList &columns)
{
    auto *item = new QTreeWidgetItem(tree, columns);
    for (int column = 0; column < columns.size(); ++column)
        item->setToolTip(column, columns.at(column));
    return item;
}

} // namespace

CaseDetailDialog::CaseDetailDialog(WorkstationServices &services, DocumentStore documents, QString caseId,
                                   QWidget *parent)
    : QDialog(parent),
      m_services(services),
      m_documents(std::move(documents)),
      m_caseId(std::move(caseId)),
      m_today(QDate::currentDate()),
      m_title(new QLabel(this)),
      m_receiptLabel(new QLabel(this)),
      m_receipt(new QLabel(this)),
      m_itemLabel(new QLabel(this)),
      m_item(new QLabel(this)),
      m_applicantLabel(new QLabel(this)),
      m_applicant(new QLabel(this)),
      m_reveal(new QPushButton(this)),
      m_stateLabel(new QLabel(this)),
      m_state(new QLabel(this)),
      m_deadlineLabel(new QLabel(this)),
      m_deadline(new QLabel(this)),
      m_counterLabel(new QLabel(this)),
      m_counter(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_timeline(new QTreeWidget(this)),
      m_materialsPage(new QWidget(this)),
      m_materialList(new QTreeWidget(this)),
      m_viewDocument(new QPushButton(this)),
      m_findings(new QTreeWidget(this)),
      m_problem(new QLabel(this)),
      m_deliveryLabel(new QLabel(this)),
      m_delivery(new QComboBox(this)),
      m_handOverBlocker(new QLabel(this)),
      m_handOver(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(u"caseDetailDialog"_s);
    m_title->setObjectName(u"caseTitle"_s);
    m_title->setStyleSheet(u"font-size: 16pt; font-weight: bold;"_s);
    m_receipt->setObjectName(u"caseReceipt"_s);
    m_item->setObjectName(u"caseItem"_s);
    m_applicant->setObjectName(u"caseApplicant"_s);
    m_state->setObjectName(u"caseState"_s);
    m_deadline->setObjectName(u"caseDeadline"_s);
    m_counter->setObjectName(u"caseCounter"_s);
    for (QLabel *value : {m_receipt, m_item, m_applicant, m_state, m_deadline, m_counter}) {
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *header = new QFormLayout;
    header->addRow(m_receiptLabel, m_receipt);
    header->addRow(m_itemLabel, m_item);
    auto *applicantRow = new QHBoxLayout;
    applicantRow->addWidget(m_applicant, 1);
    applicantRow->addWidget(m_reveal, 0, Qt::AlignTop);
    header->addRow(m_applicantLabel, applicantRow);
    header->addRow(m_stateLabel, m_state);
    header->addRow(m_deadlineLabel, m_deadline);
    header->addRow(m_counterLabel, m_counter);

    m_tabs->setObjectName(u"caseTabs"_s);
    m_timeline->setObjectName(u"caseTimeline"_s);
    m_timeline->setTabKeyNavigation(false); // Tab moves on, the arrows move within
    m_timeline->setColumnCount(4);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setStretchLastSection(true);

    m_materialList->setObjectName(u"caseMaterials"_s);
    m_materialList->setTabKeyNavigation(false); // Tab moves on, the arrows move within
    m_materialList->setColumnCount(3);
    m_materialList->setRootIsDecorated(false);
    m_materialList->setWordWrap(true);
    m_materialList->header()->setStretchLastSection(false);
    m_materialList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_materialList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_materialList, &QTreeWidget::itemActivated, this, [this] { viewCurrentMaterial(); });
    connect(m_materialList, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });
    m_viewDocument->setObjectName(u"viewDocumentButton"_s);
    connect(m_viewDocument, &QPushButton::clicked, this, &CaseDetailDialog::viewCurrentMaterial);
    auto *materialsLayout = new QVBoxLayout(m_materialsPage);
    materialsLayout->addWidget(m_materialList, 1);
    auto *materialButtons = new QHBoxLayout;
    materialButtons->addStretch(1);
    materialButtons->addWidget(m_viewDocument);
    materialsLayout->addLayout(materialButtons);

    m_findings->setObjectName(u"caseFindings"_s);
    m_findings->setTabKeyNavigation(false); // Tab moves on, the arrows move within
    m_findings->setColumnCount(1);
    m_findings->header()->hide();
    m_findings->setWordWrap(true);

    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_materialsPage, QString());
    m_tabs->addTab(m_findings, QString());
    // Ctrl+1, Ctrl+2, Ctrl+3 open the tabs, whatever the language.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] {
            m_tabs->setCurrentIndex(tab);
            m_tabs->currentWidget()->setFocus();
            if (m_tabs->currentWidget() == m_materialsPage)
                m_materialList->setFocus();
        });
        addAction(action);
    }

    m_problem->setObjectName(u"caseDetailProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #8b0000;"_s);
    m_problem->hide();

    m_delivery->setObjectName(u"deliveryMethod"_s);
    m_deliveryLabel->setBuddy(m_delivery);
    m_handOverBlocker->setObjectName(u"handOverBlocker"_s);
    m_handOverBlocker->setWordWrap(true);
    m_handOver->setObjectName(u"handOverButton"_s);
    m_close->setObjectName(u"closeButton"_s);
    m_reveal->setObjectName(u"revealPersonalData"_s);
    // Enter belongs to the lists (a material's document); only the keys on
    // the buttons press them.
    for (QPushButton *button : {m_reveal, m_viewDocument, m_handOver, m_close})
        button->setAutoDefault(false);
    connect(m_reveal, &QPushButton::clicked, this, &CaseDetailDialog::toggleReveal);
    connect(m_handOver, &QPushButton::clicked, this, &CaseDetailDialog::handOver);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_deliveryLabel);
    actions->addWidget(m_delivery);
    actions->addWidget(m_handOverBlocker, 1);
    actions->addWidget(m_handOver);
    actions->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addLayout(actions);

    // (Not from the tab widget to its pages: Qt chains a container's own
    // children after it already.)
    setTabOrder(m_timeline, m_materialList);
    setTabOrder(m_materialList, m_viewDocument);
    setTabOrder(m_viewDocument, m_findings);
    setTabOrder(m_findings, m_delivery);
    setTabOrder(m_delivery, m_handOver);
    setTabOrder(m_handOver, m_close);

    retranslate();
    reload();
    resize(960, 720);
    m_timeline->setFocus();
}

void CaseDetailDialog::setToday(QDate today)
{
    m_today = today;
    showHeader();
}

bool CaseDetailDialog::reload()
{
    // Opening is checked and recorded once; later reloads show its changes.
    auto file = m_opened ? m_services.caseStore.loadFile(m_caseId) : m_services.caseStore.openFile(m_caseId);
    if (!file) {
        m_loaded = false;
        showProblem(tr("The case could not be read: %1").arg(file.error().message));
        updateActions();
        return false;
    }
    m_file = std::move(file).value();
    m_loaded = true;
    m_opened = true;
    auto form = m_services.catalogue.form(m_file.caseRecord.itemCode);
    m_form = form ? std::optional<ApplicationForm>(*form) : std::nullopt;
    auto materials = m_documents.materials(m_caseId);
    m_materials = materials ? *materials : QList<CaseMaterial>();
    showProblem(materials ? QString() : tr("The materials could not be read: %1").arg(materials.error().message));
    showHeader();
    showTimeline();
    showMaterials();
    showFindings();
    updateActions();
    return true;
}

void CaseDetailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded) {
            showHeader();
            showTimeline();
            showMaterials();
            showFindings();
        }
    }
    QDialog::changeEvent(event);
}

void CaseDetailDialog::retranslate()
{
    m_receiptLabel->setText(tr("Receipt number:"));
    m_itemLabel->setText(tr("Service item(s):"));
    m_applicantLabel->setText(tr("Applicant:"));
    m_stateLabel->setText(tr("State:"));
    m_deadlineLabel->setText(tr("Promised completion:"));
    m_counterLabel->setText(tr("Taken in at:"));

    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Materials"));
    m_tabs->setTabText(2, tr("Pre-review findings"));
    const QStringList tabTips{tr("What happened to the case, oldest first"), tr("The materials and their documents"),
                              tr("What pre-review found, and the correction notices")};
    for (int tab = 0; tab < tabTips.size(); ++tab)
        m_tabs->setTabToolTip(tab, withShortcut(tabTips.at(tab), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab))));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Details")});
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setAccessibleDescription(m_tabs->tabToolTip(0));
    m_materialList->setHeaderLabels({tr("Material"), tr("State"), tr("Document")});
    m_materialList->setAccessibleName(tr("Materials"));
    m_materialList->setAccessibleDescription(tr("Enter shows the selected material's document"));
    m_findings->setAccessibleName(tr("Pre-review findings"));
    m_findings->setAccessibleDescription(m_tabs->tabToolTip(2));

    m_viewDocument->setText(tr("View document"));
    m_viewDocument->setShortcut(viewDocumentKeys);

    const QString delivery = m_delivery->currentData().toString();
    m_delivery->clear();
    m_delivery->addItem(tr("At the counter"), u"counter"_s);
    m_delivery->addItem(tr("By post"), u"post"_s);
    m_delivery->addItem(tr("Electronically"), u"online"_s);
    m_delivery->setCurrentIndex(std::max(0, m_delivery->findData(delivery)));
    m_deliveryLabel->setText(tr("Handed over:"));
    m_delivery->setAccessibleName(tr("How the result is handed over"));
    describe(m_delivery, tr("At the counter, by post or electronically; recorded with the hand-over"));

    // setText() with a mnemonic replaces a button's shortcut: keys after text.
    m_handOver->setText(tr("Hand over the result"));
    m_handOver->setShortcut(handOverKeys);
    m_close->setText(tr("Close"));
    m_close->setToolTip(withShortcut(tr("Close the case"), QKeySequence(Qt::Key_Escape)));
    updateActions();
}

QString CaseDetailDialog::itemNames() const
{
    if (!m_form)
        return m_file.caseRecord.itemCode;
    const QLocale locale;
    const QString name = m_form->name.in(locale);
    if (m_form->itemNames.size() < 2)
        return name;
    QStringList items;
    for (const LocalizedText &item : m_form->itemNames)
        items << item.in(locale);
    return tr("%1: %2").arg(name, items.join(tr(", ")));
}

QString CaseDetailDialog::applicantText() const
{
    const Applicant &a = m_file.applicant;
    if (a.id.isEmpty())
        return tr("(not in this workstation's cache)");
    QString text = a.kind == Applicant::Kind::Person
        ? tr("%1, ID %2")
              .arg(m_revealed ? a.name : masking::personName(a.name),
                   m_revealed ? a.idNumber : masking::citizenId(a.idNumber))
        // A company's name and credit code are public (国家企业信用信息公示系统).
        : tr("%1, credit code %2").arg(a.name, a.idNumber);
    if (!a.mobile.isEmpty())
        text = tr("%1, mobile %2").arg(text, m_revealed ? a.mobile : masking::mobile(a.mobile));
    return text;
}

QString CaseDetailDialog::deadlineText() const
{
    const Case &c = m_file.caseRecord;
    if (!c.dueDate.isValid())
        return hasReceiptNumber(c.state) ? tr("No promised date recorded") : tr("Set when the case is accepted");
    const QString due = dateText(c.dueDate);
    if (c.state != CaseState::Accepted && c.state != CaseState::InProgress)
        return tr("Promised by %1").arg(due);
    const Deadline deadline{QDate(), 0, c.dueDate};
    const auto status = deadline.status(m_services.calendar, m_today);
    const auto left = deadline.workingDaysLeft(m_services.calendar, m_today);
    if (!status || !left)
        return tr("Promised by %1 (the working-day calendar does not reach that far)").arg(due);
    if (*status == Deadline::Status::Overdue) {
        const int late = -*left;
        return late > 0 ? tr("Promised by %1 — overdue by %n working day(s)", nullptr, late).arg(due)
                        : tr("Promised by %1 — overdue").arg(due);
    }
    if (*left == 0)
        return tr("Promised by %1 — due today").arg(due);
    const int daysLeft = *left;
    return tr("Promised by %1 — %n working day(s) left", nullptr, daysLeft).arg(due);
}

void CaseDetailDialog::showHeader()
{
    if (!m_loaded)
        return;
    const Case &c = m_file.caseRecord;
    const QString receipt = c.receiptNumber.isEmpty() ? tr("(not yet accepted)") : c.receiptNumber;
    setWindowTitle(tr("Case %1").arg(receipt));
    m_title->setText(tr("Case %1").arg(receipt));
    m_receipt->setText(receipt);
    m_item->setText(itemNames());
    m_applicant->setText(applicantText());
    m_state->setText(CaseStateText::of(c.state));
    m_deadline->setText(deadlineText());
    // Never colour alone: the words say it too.
    QString deadlineStyle;
    if ((c.state == CaseState::Accepted || c.state == CaseState::InProgress) && c.dueDate.isValid()) {
        const auto status = Deadline{QDate(), 0, c.dueDate}.status(m_services.calendar, m_today);
        if (status && *status == Deadline::Status::Overdue)
            deadlineStyle = u"color: #721c24; font-weight: bold;"_s;
        else if (status && *status == Deadline::Status::AtRisk)
            deadlineStyle = u"color: #664d03; font-weight: bold;"_s;
    }
    m_deadline->setStyleSheet(deadlineStyle);
    QString where =
        c.staffId.isEmpty() ? tr("Counter %1").arg(c.counterId) : tr("Counter %1, by %2").arg(c.counterId, c.staffId);
    if (c.acceptedUtc.isValid())
        where = tr("%1; accepted %2").arg(where, timeText(c.acceptedUtc));
    m_counter->setText(where);
}

QString CaseDetailDialog::materialName(const QString &code) const
{
    if (m_form) {
        if (const MaterialDefinition *material = m_form->material(code))
            return material->name.in(QLocale());
    }
    return code;
}

QString CaseDetailDialog::eventDetails(const CaseEventRecord &event) const
{
    QStringList parts;
    const QJsonObject &payload = event.payload;
    const QJsonObject details = payload.value(u"details"_s).toObject();
    if (event.kind == u"created" && event.to) {
        parts << tr("State: %1").arg(CaseStateText::of(*event.to));
    } else if (event.from && event.to && *event.from != *event.to) {
        parts << tr("%1 → %2").arg(CaseStateText::of(*event.from), CaseStateText::of(*event.to));
    }
    if (event.kind == caseEventName(CaseEvent::Accept)) {
        const QString receipt = payload.value(u"receiptNumber"_s).toString();
        const QDate due = QDate::fromString(payload.value(u"dueDate"_s).toString(), Qt::ISODate);
        if (!receipt.isEmpty())
            parts << tr("receipt number %1").arg(receipt);
        if (due.isValid())
            parts << tr("promised by %1").arg(dateText(due));
    }
    if (event.kind == caseEventName(CaseEvent::Complete)) {
        const QString delivery = details.value(u"delivery"_s).toString();
        if (const int index = m_delivery->findData(delivery); index >= 0)
            parts << tr("handed over: %1").arg(m_delivery->itemText(index));
    }
    if (event.kind == u"material") {
        const auto state = payload.value(u"state"_s).toString();
        parts << tr("%1: %2").arg(materialName(payload.value(u"materialCode"_s).toString()),
                                  state == u"received"        ? tr("received")
                                      : state == u"e_licence" ? tr("stood in by an electronic licence")
                                      : state == u"waived"    ? tr("waived")
                                                              : tr("missing"));
    }
    if (event.kind == u"attention_settled")
        parts << tr("this workstation's change (%1) set aside; the platform's version kept")
                     .arg(stateText(payload.value(u"to"_s).toString()));
    if (!event.reason.isEmpty())
        parts << tr("reason: %1").arg(event.reason);
    if (const QJsonObject supervisor = details.value(u"override"_s).toObject(); !supervisor.isEmpty())
        parts << tr("supervisor override by %1").arg(supervisor.value(u"supervisor"_s).toString());
    if (details.contains(u"resubmits"_s))
        parts << tr("sent again after a sync conflict");
    return parts.join(tr("; "));
}

void CaseDetailDialog::showTimeline()
{
    m_timeline->clear();
    for (const CaseEventRecord &event : std::as_const(m_file.events)) {
        QTreeWidgetItem *row = addRow(
            m_timeline, {timeText(event.atUtc), CaseEventText::ofKind(event.kind), event.actor, eventDetails(event)});
        row->setData(0, Qt::UserRole, event.id);
    }
    for (int column = 0; column < 3; ++column)
        m_timeline->resizeColumnToContents(column);
    if (m_timeline->topLevelItemCount() > 0)
        m_timeline->setCurrentItem(m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1));
}

void CaseDetailDialog::showMaterials()
{
    m_materialList->clear();
    // What the clerk set at intake (the form), then what the vault recorded
    // since (a document attached, a state changed), which wins.
    QHash<QString, MaterialSubmission> submitted;
    if (auto application = Application::fromJson(m_file.caseRecord.form))
        submitted = application->materials;
    QHash<QString, CaseMaterial> recorded;
    for (const CaseMaterial &material : std::as_const(m_materials))
        recorded.insert(material.materialCode, material);

    QStringList codes;
    if (m_form) {
        for (const MaterialDefinition &material : std::as_const(m_form->materials))
            codes << material.id;
    }
    for (const CaseMaterial &material : std::as_const(m_materials)) {
        if (!codes.contains(material.materialCode))
            codes << material.materialCode;
    }
    const auto stateWords = [](MaterialState state, const QString &note) {
        switch (state) {
        case MaterialState::Missing: return tr("Missing");
        case MaterialState::Received: return tr("Received");
        case MaterialState::ELicence: return tr("Stood in by an electronic licence");
        case MaterialState::Waived: return note.isEmpty() ? tr("Waived") : tr("Waived: %1").arg(note);
        }
        return QString();
    };
    for (const QString &code : std::as_const(codes)) {
        MaterialState state = submitted.value(code).state;
        QString note = submitted.value(code).waiverReason;
        QString document;
        if (const auto found = recorded.constFind(code); found != recorded.cend()) {
            state = found->state;
            note = found->note;
            document = found->documentSha256;
        }
        QString name = materialName(code);
        if (m_form) {
            if (const MaterialDefinition *definition = m_form->material(code); definition && definition->required)
                name = tr("%1 (required)").arg(name);
        }
        QTreeWidgetItem *row =
            addRow(m_materialList,
                   {name, stateWords(state, note),
                    document.isEmpty() ? tr("none") : tr("scan in the vault (%1…)").arg(document.left(12))});
        row->setData(0, documentRole, document);
    }
    if (m_materialList->topLevelItemCount() > 0)
        m_materialList->setCurrentItem(m_materialList->topLevelItem(0));
}

void CaseDetailDialog::showFindings()
{
    m_findings->clear();
    const QLocale locale;
    const auto severityWords = [](const QString &severity) {
        if (severity == u"block")
            return tr("Blocks acceptance");
        if (severity == u"warning")
            return tr("Warning");
        return tr("For information");
    };
    for (const CaseEventRecord &event : std::as_const(m_file.events)) {
        const QJsonObject details = event.payload.value(u"details"_s).toObject();
        const QString when = timeText(event.atUtc);
        if (const QJsonObject review = details.value(u"review"_s).toObject(); !review.isEmpty()) {
            const QJsonObject counts = review.value(u"counts"_s).toObject();
            auto *group = new QTreeWidgetItem(
                m_findings,
                {tr("%1 — pre-review at \"%2\" by %3: %4 blocking, %5 warning(s), %6 for information")
                     .arg(when, CaseEventText::ofKind(event.kind), event.actor)
                     .arg(counts.value(u"block"_s).toInt())
                     .arg(counts.value(u"warning"_s).toInt())
                     .arg(counts.value(u"info"_s).toInt())});
            const QJsonArray findings = review.value(u"findings"_s).toArray();
            for (const QJsonValue &value : findings) {
                const QJsonObject finding = value.toObject();
                const QString target = localized(finding.value(u"target"_s).toObject().value(u"label"_s));
                QString text = tr("%1 — %2: %3")
                                   .arg(severityWords(finding.value(u"severity"_s).toString()), target,
                                        localized(finding.value(u"message"_s)));
                if (const QString hint = localized(finding.value(u"hint"_s)); !hint.isEmpty())
                    text = tr("%1 (%2)").arg(text, hint);
                new QTreeWidgetItem(group, {text});
            }
            if (findings.isEmpty())
                new QTreeWidgetItem(group, {tr("Nothing found.")});
        }
        if (const QJsonObject supervisor = details.value(u"override"_s).toObject(); !supervisor.isEmpty())
            new QTreeWidgetItem(m_findings,
                                {tr("%1 — accepted despite blocking findings: supervisor %2, reason: %3")
                                     .arg(when, supervisor.value(u"supervisor"_s).toString(),
                                          supervisor.value(u"reason"_s).toString())});
        if (event.kind == caseEventName(CaseEvent::IssueCorrection)) {
            const QJsonArray entries = details.value(u"entries"_s).toArray();
            // (lupdate 6.4 loops forever on a call expression as the count: keep it a name.)
            const int entryCount = int(entries.size());
            auto *group = new QTreeWidgetItem(
                m_findings,
                {tr("%1 — correction notice %2 by %3: %n item(s) to bring or correct", nullptr, entryCount)
                     .arg(when, details.value(u"noticeNumber"_s).toString(), event.actor)});
            for (const QJsonValue &value : entries) {
                const QJsonObject entry = value.toObject();
                new QTreeWidgetItem(group,
                                    {tr("%1: %2 — %3")
                                         .arg(localized(entry.value(u"what"_s)), localized(entry.value(u"problem"_s)),
                                              localized(entry.value(u"remedy"_s)))});
            }
        }
    }
    if (m_findings->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_findings, {tr("No pre-review was recorded for this case.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_findings->expandAll();
    m_findings->setCurrentItem(m_findings->topLevelItem(0));
}

QString CaseDetailDialog::handOverBlocker() const
{
    if (!m_loaded)
        return tr("The case could not be read.");
    const CaseState state = m_file.caseRecord.state;
    if (CaseStateMachine::next(state, CaseEvent::Complete))
        return QString();
    switch (state) {
    case CaseState::Completed: return tr("The result was handed over already.");
    case CaseState::Rejected:
    case CaseState::Withdrawn:
        return tr("The case has ended (%1): there is no result to hand over.").arg(CaseStateText::of(state));
    case CaseState::Accepted:
        return tr("Processing has not started yet: the result can be handed over once the case is in progress.");
    default: return tr("The case has not been accepted yet: there is no result to hand over.");
    }
}

void CaseDetailDialog::updateActions()
{
    const Applicant &applicant = m_file.applicant;
    m_reveal->setVisible(m_loaded && (applicant.kind == Applicant::Kind::Person || !applicant.mobile.isEmpty()));
    m_reveal->setText(m_revealed ? tr("Mask personal data") : tr("Show personal data"));
    m_reveal->setShortcut(revealKeys); // after setText(), which sets a mnemonic in its place
    m_reveal->setToolTip(withShortcut(m_revealed ? tr("Mask the applicant's ID number, name and mobile again")
                                                 : tr("Show the applicant's ID number, name and mobile unmasked; "
                                                      "this is recorded in the audit log"),
                                      revealKeys));
    const QString blocker = handOverBlocker();
    m_handOver->setEnabled(blocker.isEmpty());
    m_delivery->setEnabled(blocker.isEmpty());
    m_handOver->setToolTip(withShortcut(
        blocker.isEmpty() ? tr("Record that the applicant has the result; the case is then completed") : blocker,
        handOverKeys));
    // Said in words next to the button too: a keyboard user sees no tooltip.
    m_handOverBlocker->setText(blocker);
    m_handOverBlocker->setVisible(!blocker.isEmpty());

    const QTreeWidgetItem *material = m_materialList->currentItem();
    const bool hasDocument = material && !material->data(0, documentRole).toString().isEmpty();
    m_viewDocument->setEnabled(hasDocument);
    m_viewDocument->setToolTip(withShortcut(hasDocument ? tr("Show the selected material's document")
                                                        : tr("No document is attached to the selected material"),
                                            viewDocumentKeys));
}

void CaseDetailDialog::toggleReveal()
{
    if (!m_revealed) {
        if (auto allowed = m_services.caseStore.authorizeReveal(m_caseId, u"applicant"_s); !allowed) {
            showProblem(tr("The personal data stays masked: %1").arg(allowed.error().message));
            return;
        }
    }
    m_revealed = !m_revealed;
    showHeader();
    updateActions();
}

void CaseDetailDialog::handOver()
{
    if (!handOverBlocker().isEmpty())
        return;
    const Case &c = m_file.caseRecord;
    const QString who = m_file.applicant.kind == Applicant::Kind::Person ? masking::personName(m_file.applicant.name)
                                                                         : m_file.applicant.name;
    const auto answer =
        QMessageBox::question(this, tr("Hand over the result?"),
                              tr("Hand over the result of case %1 to %2 (%3)? The case is then completed.")
                                  .arg(c.receiptNumber, who, m_delivery->currentText()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const CaseTransition transition{m_caseId,
                                    CaseEvent::Complete,
                                    m_services.user.id,
                                    {},
                                    QDateTime::currentDateTimeUtc(),
                                    {},
                                    {},
                                    QJsonObject{{u"delivery"_s, m_delivery->currentData().toString()}}};
    if (auto applied = m_services.caseStore.apply(transition); !applied) {
        showProblem(tr("The hand-over was not recorded: %1").arg(applied.error().message));
        return;
    }
    reload();
    m_close->setFocus();
    Q_EMIT caseChanged(m_caseId);
}

void CaseDetailDialog::viewCurrentMaterial()
{
    const QTreeWidgetItem *material = m_materialList->currentItem();
    const QString sha256 = material ? material->data(0, documentRole).toString() : QString();
    if (sha256.isEmpty()) {
        showProblem(tr("No document is attached to this material."));
        return;
    }
    auto stored = m_documents.load(sha256);
    if (!stored) {
        showProblem(stored.error().message);
        return;
    }
    DocumentDialog dialog(this);
    if (auto shown = dialog.setDocument(stored->content, stored->mediaType, material->text(0)); !shown) {
        showProblem(shown.error().message);
        return;
    }
    dialog.exec();
}

void CaseDetailDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace casedesk
