#include "SimplifiedIntakeWindow.h"

#include "IntakeDescriptions.h"
#include "MaterialFactLabel.h"

#include "theme/CounterDisplay.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int buttonHeight = 64;

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SimplifiedIntakeWindow::SimplifiedIntakeWindow(std::unique_ptr<IntakeSession> session, const Catalogue &catalogue,
                                               QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_session(std::move(session)),
      m_catalogue(catalogue),
      m_today(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date())
{
    setObjectName(u"simplifiedIntake"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Simplified intake"));
    // Large whatever the display mode: this is the elderly-assist counter's screen.
    if (!CounterDisplay::isLargeText(font())) {
        QFont large = font();
        large.setPointSizeF(CounterDisplay::largeBodyPoints);
        setFont(large);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"simplifiedProgress"_s);
    layout->addWidget(m_progress);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_message = hintLabel({}, this);
    m_message->setObjectName(u"simplifiedMessage"_s);
    setTone(m_message, Tone::Problem);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("◀ Back"), this);
    m_back->setObjectName(u"back"_s);
    m_back->setToolTip(tr("The previous question (Alt+Left)"));
    m_next = new QPushButton(tr("Next ▶"), this);
    m_next->setObjectName(u"next"_s);
    m_next->setToolTip(tr("The next question (Enter)"));
    m_notice = new QPushButton(tr("Correction notice"), this);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setToolTip(tr("Tell the applicant everything missing at once (Ctrl+Shift+Enter)"));
    m_accept = new QPushButton(tr("✓ Accept"), this);
    m_accept->setObjectName(u"accept"_s);
    m_accept->setToolTip(tr("Accept the application (Ctrl+Enter)"));
    for (QPushButton *button : {m_back, m_next, m_notice, m_accept}) {
        button->setMinimumHeight(buttonHeight);
        button->setAutoDefault(false);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    buttons->addWidget(m_back);
    buttons->addWidget(m_notice);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &SimplifiedIntakeWindow::back);
    connect(m_next, &QPushButton::clicked, this, &SimplifiedIntakeWindow::next);
    connect(m_accept, &QPushButton::clicked, this, &SimplifiedIntakeWindow::acceptCase);
    connect(m_notice, &QPushButton::clicked, this, &SimplifiedIntakeWindow::issueNotice);

    buildApplicantPages();
    buildItemPage();
    // The review comes last; the item's questions go before it.
    QGroupBox *review = addPage(u"review"_s, tr("Pre-review: accept, or tell the applicant what is missing"));
    m_findings = new QTreeWidget(review);
    m_findings->setObjectName(u"findings"_s);
    m_findings->setHeaderHidden(true);
    m_findings->setWordWrap(true);
    m_findings->setAccessibleName(tr("Pre-review findings"));
    m_findings->setAccessibleDescription(
        tr("What pre-review found; Ctrl+Enter accepts, Ctrl+Shift+Enter gives a correction notice"));
    review->layout()->addWidget(m_findings);
    buildFormPages();
    resize(1200, 700);
    showPage(0);
}

QGroupBox *SimplifiedIntakeWindow::addPage(const QString &kind, const QString &question)
{
    // The question as a wrapped heading: a group box's title never wraps,
    // and a long material name would widen the window past the screen.
    auto *box = new QGroupBox(m_stack);
    box->setObjectName(u"page:"_s + kind);
    box->setFlat(true);
    box->setAccessibleName(question);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(16);
    auto *heading = new QLabel(question, box);
    heading->setObjectName(u"question"_s);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    layout->addWidget(heading);
    // Before the review page, once that exists.
    const qsizetype at = !m_pages.isEmpty() && m_pages.last().kind == u"review" ? m_pages.size() - 1 : m_pages.size();
    m_stack->insertWidget(int(at), box);
    m_pages.insert(at, Page{kind, box});
    return box;
}

void SimplifiedIntakeWindow::buildApplicantPages()
{
    QGroupBox *kindPage = addPage(u"kind"_s, tr("Who is applying?"));
    auto *kind = new QComboBox(kindPage);
    kind->setObjectName(u"applicantKind"_s);
    kind->setAccessibleName(kindPage->accessibleName());
    describe(kind, tr("A person or a company, chosen with the arrow keys"));
    kind->addItem(tr("A person"), int(Applicant::Kind::Person));
    kind->addItem(tr("A company or organisation"), int(Applicant::Kind::Company));
    kind->setCurrentIndex(m_session->applicant().kind == Applicant::Kind::Company ? 1 : 0);
    kindPage->layout()->addWidget(kind);
    connect(kind, &QComboBox::activated, this, [this, kind] {
        m_session->setApplicantKind(Applicant::Kind(kind->currentData().toInt()));
        changed();
    });

    const auto linePage = [this](const QString &pageKind, const QString &question, const QString &hint,
                                 const QString &objectName, const QString &value,
                                 void (IntakeSession::*set)(const QString &)) {
        QGroupBox *page = addPage(pageKind, question);
        page->layout()->addWidget(hintLabel(hint, page));
        auto *edit = new QLineEdit(value, page);
        edit->setObjectName(objectName);
        edit->setAccessibleName(question);
        describe(edit, hint);
        page->layout()->addWidget(edit);
        connect(edit, &QLineEdit::textEdited, this, [this, set](const QString &text) {
            (m_session.get()->*set)(text.trimmed());
            changed();
        });
    };
    const Applicant &a = m_session->applicant();
    linePage(u"id"_s, tr("The applicant's ID number (or credit code)"),
             tr("From the resident ID card, or the company's unified social credit code."), u"applicantIdNumber"_s,
             a.idNumber, &IntakeSession::setApplicantIdNumber);
    linePage(u"name"_s, tr("The applicant's name"), tr("As on the ID card or the business licence."),
             u"applicantName"_s, a.name, &IntakeSession::setApplicantName);
    linePage(u"mobile"_s, tr("The applicant's mobile number"), tr("For the message when the case is done."),
             u"applicantMobile"_s, a.mobile, &IntakeSession::setApplicantMobile);
}

void SimplifiedIntakeWindow::buildItemPage()
{
    QGroupBox *page = addPage(u"item"_s, tr("What does the applicant want to do?"));
    page->layout()->addWidget(hintLabel(tr("Choose the service item with the arrow keys."), page));
    auto *list = new QListWidget(page);
    list->setObjectName(u"itemList"_s);
    list->setAccessibleName(tr("Service items"));
    list->setAccessibleDescription(tr("The arrow keys choose the item; Enter goes on"));
    list->setWordWrap(true);
    const QLocale locale;
    for (const Bundle &bundle : m_catalogue.bundles()) {
        auto *entry = new QListWidgetItem(tr("%1 (one thing, several items)").arg(bundle.name.in(locale)), list);
        entry->setData(Qt::UserRole, bundle.code);
    }
    for (const ServiceItem &item : m_catalogue.items()) {
        auto *entry = new QListWidgetItem(item.name.in(locale), list);
        entry->setData(Qt::UserRole, item.code);
    }
    if (const ApplicationForm *form = m_session->form()) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == form->code)
                list->setCurrentRow(i);
        }
    }
    page->layout()->addWidget(list);
    connect(list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (auto chosen = m_session->chooseForm(item->data(Qt::UserRole).toString()); !chosen) {
            m_message->setText(u"✕ "_s + chosen.error().message);
            m_message->show();
            return;
        }
        changed();
    });
}

void SimplifiedIntakeWindow::clearFormPages()
{
    for (qsizetype i = m_pages.size() - 1; i >= 0; --i) {
        const QString &kind = m_pages.at(i).kind;
        if (kind.startsWith(u"field:") || kind.startsWith(u"material:")) {
            m_stack->removeWidget(m_pages.at(i).box);
            m_pages.at(i).box->deleteLater();
            m_pages.removeAt(i);
        }
    }
}

void SimplifiedIntakeWindow::buildFormPages()
{
    const ApplicationForm *form = m_session->form();
    m_formCode = form ? form->code : QString();
    if (!form)
        return;
    const QLocale locale;
    for (const FieldDefinition &field : form->fields) {
        // Filled from the applicant's answers already.
        if (!m_session->field(field.id).isEmpty() && field.id.startsWith(u"applicant"))
            continue;
        QGroupBox *page = addPage(u"field:"_s + field.id, field.label.in(locale));
        const QString value = m_session->field(field.id);
        if (field.type == FieldType::Choice || field.type == FieldType::Boolean) {
            auto *combo = new QComboBox(page);
            combo->setObjectName(u"field:"_s + field.id);
            combo->setAccessibleName(field.label.in(locale));
            describe(combo, fieldDescription(field));
            combo->addItem(tr("(choose)"), QString());
            if (field.type == FieldType::Boolean) {
                combo->addItem(tr("Yes"), u"true"_s);
                combo->addItem(tr("No"), u"false"_s);
            }
            for (const ChoiceOption &option : field.options)
                combo->addItem(option.label.in(locale), option.value);
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
            page->layout()->addWidget(combo);
            connect(combo, &QComboBox::activated, this, [this, combo, id = field.id] {
                m_session->setField(id, combo->currentData().toString());
                changed();
            });
        } else {
            auto *edit = new QLineEdit(value, page);
            edit->setObjectName(u"field:"_s + field.id);
            edit->setAccessibleName(field.label.in(locale));
            describe(edit, fieldDescription(field));
            if (field.type == FieldType::Date)
                edit->setPlaceholderText(u"2026-11-28"_s);
            page->layout()->addWidget(edit);
            connect(edit, &QLineEdit::textEdited, this, [this, id = field.id](const QString &text) {
                m_session->setField(id, text);
                changed();
            });
        }
        if (!field.required)
            page->layout()->addWidget(hintLabel(tr("If it does not apply, leave it empty."), page));
    }
    for (const MaterialDefinition &material : form->materials) {
        QGroupBox *page =
            addPage(u"material:"_s + material.id, tr("Has the applicant brought: %1?").arg(material.name.in(locale)));
        if (!material.required)
            page->layout()->addWidget(hintLabel(tr("Only needed in some cases."), page));
        auto *state = new QComboBox(page);
        state->setObjectName(u"material:"_s + material.id);
        state->setAccessibleName(material.name.in(locale));
        describe(state, materialStateDescription());
        state->addItem(tr("Missing"), int(MaterialState::Missing));
        state->addItem(tr("Received"), int(MaterialState::Received));
        if (material.eLicenceAccepted)
            state->addItem(tr("Electronic licence"), int(MaterialState::ELicence));
        state->addItem(tr("Waived (give a reason)"), int(MaterialState::Waived));
        const MaterialSubmission current = m_session->material(material.id);
        state->setCurrentIndex(std::max(0, state->findData(int(current.state))));
        page->layout()->addWidget(state);
        auto *reason = new QLineEdit(current.waiverReason, page);
        reason->setObjectName(u"materialReason:"_s + material.id);
        reason->setPlaceholderText(tr("Why it is waived"));
        reason->setAccessibleName(tr("Why it is waived"));
        describe(reason, waiverReasonDescription());
        page->layout()->addWidget(reason);
        QList<QLineEdit *> facts;
        for (const QString &fact : material.recognizedFields) {
            auto *edit = new QLineEdit(current.facts.value(fact), page);
            edit->setObjectName(u"materialFact:%1.%2"_s.arg(material.id, fact));
            edit->setPlaceholderText(materialFactLabel(fact));
            edit->setAccessibleName(edit->placeholderText());
            describe(edit, materialFactDescription());
            page->layout()->addWidget(edit);
            facts.append(edit);
        }
        const auto update = [this, state, reason, facts, id = material.id, names = material.recognizedFields] {
            MaterialSubmission submission = m_session->material(id);
            submission.state = MaterialState(state->currentData().toInt());
            if (submission.state != MaterialState::Received)
                m_session->detachDocument(id);
            submission.waiverReason = reason->text();
            for (qsizetype i = 0; i < facts.size(); ++i)
                submission.facts.insert(names.at(i), facts.at(i)->text());
            reason->setVisible(submission.state == MaterialState::Waived);
            m_session->setMaterial(id, submission);
            changed();
        };
        reason->setVisible(current.state == MaterialState::Waived);
        connect(state, &QComboBox::activated, this, update);
        connect(reason, &QLineEdit::textEdited, this, update);
        for (QLineEdit *edit : facts)
            connect(edit, &QLineEdit::textEdited, this, update);
    }
    // Short answers sit at the top; the item list and the findings take the room.
    for (const Page &page : std::as_const(m_pages)) {
        if (page.kind == u"item" || page.kind == u"review" || page.box->property("stretched").toBool())
            continue;
        static_cast<QVBoxLayout *>(page.box->layout())->addStretch();
        page.box->setProperty("stretched", true);
    }
}

void SimplifiedIntakeWindow::setToday(QDate today)
{
    m_today = today;
    m_fixedNowUtc = QDateTime(today, QTime(2, 0), Qt::UTC);
    runReview();
}

QDateTime SimplifiedIntakeWindow::nowUtc() const
{
    return m_fixedNowUtc.isValid() ? m_fixedNowUtc : QDateTime::currentDateTimeUtc();
}

int SimplifiedIntakeWindow::pageCount() const
{
    return int(m_pages.size());
}

int SimplifiedIntakeWindow::currentPage() const
{
    return m_stack->currentIndex();
}

QString SimplifiedIntakeWindow::currentQuestion() const
{
    const int index = currentPage();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index).box->accessibleName() : QString();
}

QString SimplifiedIntakeWindow::checkPage(const Page &page) const
{
    if (page.kind == u"id" && !m_session->applicantIdValidation(m_today).isValid())
        return m_session->applicantIdValidation(m_today).message.in(QLocale());
    if (page.kind == u"name" && m_session->applicant().name.trimmed().isEmpty())
        return tr("Please enter the applicant's name.");
    if (page.kind == u"item" && !m_session->form())
        return tr("Please choose a service item.");
    return QString();
}

bool SimplifiedIntakeWindow::next()
{
    const int index = currentPage();
    if (index < 0 || index + 1 >= m_pages.size())
        return false;
    if (const QString problem = checkPage(m_pages.at(index)); !problem.isEmpty()) {
        m_message->setText(u"✕ "_s + problem);
        m_message->show();
        return false;
    }
    // A new item: its own questions.
    const QString code = m_session->form() ? m_session->form()->code : QString();
    if (m_pages.at(index).kind == u"item" && code != m_formCode) {
        clearFormPages();
        buildFormPages();
    }
    showPage(index + 1);
    return true;
}

void SimplifiedIntakeWindow::back()
{
    if (currentPage() > 0)
        showPage(currentPage() - 1);
}

void SimplifiedIntakeWindow::showPage(int index)
{
    m_message->hide();
    m_stack->setCurrentIndex(index);
    m_progress->setText(tr("Question %1 of %2").arg(index + 1).arg(m_pages.size()));
    const bool review = m_pages.at(index).kind == u"review";
    m_back->setEnabled(index > 0);
    m_next->setVisible(!review);
    m_accept->setVisible(review);
    m_notice->setVisible(review);
    if (review)
        runReview();
    // The answer's field takes the keys at once.
    QGroupBox *box = m_pages.at(index).box;
    const QList<QWidget *> inputs = box->findChildren<QWidget *>();
    for (QWidget *input : inputs) {
        if (input->focusPolicy() != Qt::NoFocus && input->isVisibleTo(box) && !qobject_cast<QLabel *>(input)) {
            input->setFocus();
            break;
        }
    }
}

void SimplifiedIntakeWindow::changed()
{
    if (m_message->isVisible())
        m_message->hide();
    Q_EMIT sessionChanged();
}

void SimplifiedIntakeWindow::runReview()
{
    if (!m_findings)
        return;
    const PreReviewReport report = m_session->review(m_today);
    m_findings->clear();
    const QLocale locale;
    for (const Finding &finding : report.findings) {
        const QString sign = finding.severity == Severity::Blocking ? u"✕ "_s
            : finding.severity == Severity::Warning                 ? u"⚠ "_s
                                                                    : u"ℹ "_s;
        new QTreeWidgetItem(m_findings, {sign + finding.message.in(locale) + u"\n→ "_s + finding.hint.in(locale)});
    }
    if (report.findings.isEmpty() && m_session->form())
        new QTreeWidgetItem(m_findings, {tr("✓ Nothing found: the application can be accepted.")});
    // The same rule as the standard intake: blocking findings go to a
    // correction notice (a supervisor's override is the standard intake's).
    m_accept->setEnabled(m_session->form() && !report.blocksAcceptance());
    m_notice->setEnabled(report.blocksAcceptance());
}

void SimplifiedIntakeWindow::acceptCase()
{
    runReview();
    if (!m_accept->isEnabled())
        return;
    auto receipt = m_session->accept(nowUtc());
    if (!receipt) {
        Q_EMIT failed(receipt.error().message);
        return;
    }
    m_finished = true;
    Q_EMIT caseAccepted(*receipt);
    close();
}

void SimplifiedIntakeWindow::issueNotice()
{
    runReview();
    if (!m_notice->isEnabled())
        return;
    auto notice = m_session->issueCorrectionNotice(nowUtc());
    if (!notice) {
        Q_EMIT failed(notice.error().message);
        return;
    }
    m_finished = true;
    Q_EMIT noticeIssued(*notice);
    close();
}

void SimplifiedIntakeWindow::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && control && event->modifiers().testFlag(Qt::ShiftModifier))
        issueNotice();
    else if (enter && control)
        acceptCase();
    else if (enter)
        next();
    else if (event->key() == Qt::Key_Left && event->modifiers() == Qt::AltModifier)
        back();
    else if (event->key() == Qt::Key_Escape)
        close();
    else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SimplifiedIntakeWindow::closeEvent(QCloseEvent *event)
{
    // An unfinished intake is kept as a draft, as in the standard intake.
    if (!m_finished)
        (void)m_session->saveDraft();
    event->accept();
}

} // namespace casedesk
