#include "IntakeWindow.h"
#include "IntakeDescriptions.h"
#include "MaterialFactLabel.h"

#include "dialogs/SignInDialog.h"

#include "theme/CounterDisplay.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"
#include "widgets/WrappingItemDelegate.h"

#include "documents/DocumentDecoder.h"
#include "documents/DocumentDialog.h"
#include "documents/FileDropTarget.h"
#include "review/CitizenIdNumber.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int targetRole = Qt::UserRole + 1;

// What a fact read off a document is called at the counter.
QString factLabel(const QString &fact)
{
    return materialFactLabel(fact);
}

} // namespace

IntakeWindow::IntakeWindow(std::unique_ptr<IntakeSession> session, const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_session(std::move(session)),
      m_catalogue(catalogue),
      m_today(QDate::currentDate()),
      m_title(new QLabel(this)),
      m_applicantBox(new QGroupBox(this)),
      m_kind(new QComboBox(this)),
      m_idLabel(new QLabel(this)),
      m_idNumber(new QLineEdit(this)),
      m_idFacts(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_mobile(new QLineEdit(this)),
      m_itemBox(new QGroupBox(this)),
      m_itemSearch(new QLineEdit(this)),
      m_itemChosen(new QLabel(this)),
      m_formBox(new QGroupBox(this)),
      m_formLayout(new QFormLayout),
      m_materialsBox(new QGroupBox(this)),
      m_materialsLayout(new QFormLayout),
      m_materialsMessage(new QLabel(this)),
      m_reviewBox(new QGroupBox(this)),
      m_findings(new QTreeWidget(this)),
      m_overrideBox(new QGroupBox(this)),
      m_overrideHint(new QLabel(this)),
      m_supervisor(new QLabel(this)),
      m_supervisorSignIn(new QPushButton(this)),
      m_overrideReason(new QLineEdit(this)),
      m_accept(new QPushButton(this)),
      m_notice(new QPushButton(this)),
      m_saveDraft(new QPushButton(this)),
      m_close(new QPushButton(this)),
      m_reviewTimer(new QTimer(this)),
      m_draftTimer(new QTimer(this))
{
    setObjectName(u"intakeWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_title->setObjectName(u"intakeTitle"_s);
    setTone(m_title, Tone::Heading);
    m_title->setWordWrap(true);

    auto *form = new QWidget(this);
    auto *formColumn = new QVBoxLayout(form);
    formColumn->addWidget(m_title);
    buildApplicant(formColumn);
    buildItemPicker(formColumn);
    m_formBox->setObjectName(u"formBox"_s);
    m_formBox->setLayout(m_formLayout);
    formColumn->addWidget(m_formBox);
    m_materialsBox->setObjectName(u"materialsBox"_s);
    m_materialsBox->setLayout(m_materialsLayout);
    formColumn->addWidget(m_materialsBox);
    m_materialsMessage->setObjectName(u"materialsMessage"_s);
    m_materialsMessage->setWordWrap(true);
    m_materialsMessage->setTextFormat(Qt::PlainText);
    setTone(m_materialsMessage, Tone::Problem);
    m_materialsMessage->hide();
    formColumn->addWidget(m_materialsMessage);
    formColumn->addStretch(1);
    // Made here, after the form, as its place in the Tab order has been.
    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(u"formScroll"_s);
    m_formScroll->setWidget(form);
    m_formScroll->setWidgetResizable(true);

    m_findings->setObjectName(u"findings"_s);
    m_findings->setColumnCount(1);
    m_findings->header()->hide();
    // The one column is the list's width, so findings wrap instead of
    // being cut short.
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings->setItemDelegate(new WrappingItemDelegate(m_findings));
    m_findings->setWordWrap(true);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { focusTarget(item); });
    auto *reviewLayout = new QVBoxLayout(m_reviewBox);
    reviewLayout->addWidget(m_findings, 1);

    m_overrideBox->setObjectName(u"overrideBox"_s);
    m_overrideBox->setCheckable(true);
    m_overrideBox->setChecked(false);
    m_supervisor->setObjectName(u"overrideSupervisor"_s);
    m_supervisor->setWordWrap(true);
    m_supervisor->setTextFormat(Qt::PlainText);
    m_supervisorSignIn->setObjectName(u"overrideSignIn"_s);
    m_supervisorSignIn->setAutoDefault(false);
    m_supervisorSignIn->setEnabled(false);
    connect(m_supervisorSignIn, &QPushButton::clicked, this, &IntakeWindow::signInSupervisor);
    m_overrideReason->setObjectName(u"overrideReason"_s);
    auto *overrideLayout = new QFormLayout(m_overrideBox);
    m_overrideHint->setWordWrap(true);
    overrideLayout->addRow(m_overrideHint);
    overrideLayout->addRow(m_supervisorSignIn, m_supervisor);
    overrideLayout->addRow(QString(), m_overrideReason);
    reviewLayout->addWidget(m_overrideBox);
    connect(m_overrideReason, &QLineEdit::textChanged, this, &IntakeWindow::runReview);
    connect(m_overrideBox, &QGroupBox::toggled, this, &IntakeWindow::runReview);
    // Its fields show once it is ticked, leaving the findings the room.
    const auto showOverrideFields = [this](bool on) {
        for (QWidget *part : {static_cast<QWidget *>(m_overrideHint), static_cast<QWidget *>(m_supervisor),
                              static_cast<QWidget *>(m_supervisorSignIn), static_cast<QWidget *>(m_overrideReason)})
            part->setVisible(on);
    };
    connect(m_overrideBox, &QGroupBox::toggled, this, showOverrideFields);
    showOverrideFields(false);

    m_accept->setObjectName(u"acceptButton"_s);
    m_notice->setObjectName(u"noticeButton"_s);
    m_saveDraft->setObjectName(u"saveDraftButton"_s);
    m_close->setObjectName(u"closeButton"_s);
    m_accept->setAutoDefault(false);
    m_notice->setAutoDefault(false);
    connect(m_accept, &QPushButton::clicked, this, &IntakeWindow::acceptCase);
    connect(m_notice, &QPushButton::clicked, this, &IntakeWindow::issueNotice);
    connect(m_saveDraft, &QPushButton::clicked, this, &IntakeWindow::saveDraftNow);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    m_buttons = new QGridLayout; // arranged by adaptToFont()
    reviewLayout->addLayout(m_buttons);

    m_columns = new QHBoxLayout(this);
    m_columns->addWidget(m_formScroll, 3);
    m_columns->addWidget(m_reviewBox, 2);

    m_reviewTimer->setObjectName(u"reviewTimer"_s);
    m_reviewTimer->setSingleShot(true);
    m_reviewTimer->setInterval(80);
    connect(m_reviewTimer, &QTimer::timeout, this, &IntakeWindow::runReview);
    // Drafts are saved a moment after typing stops: a crash loses at most that.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakeWindow::saveDraftNow);

    retranslate();
    adaptToFont();
    // Never larger than the counter's screen (1366×768 is common).
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 860);
    resize(QSize(1280, 860).boundedTo(available - QSize(16, 48)));
    // A resumed draft shows as it was left.
    const Applicant &applicant = m_session->applicant();
    m_kind->setCurrentIndex(applicant.kind == Applicant::Kind::Person ? 0 : 1);
    retranslate();
    m_idNumber->setText(applicant.idNumber);
    m_name->setText(applicant.name);
    m_mobile->setText(applicant.mobile);
    showApplicantFacts();
    if (!m_session->application().formCode.isEmpty())
        chooseItem(m_session->application().formCode);
    runReview();
    m_idNumber->setFocus();
}

void IntakeWindow::buildApplicant(QVBoxLayout *layout)
{
    m_applicantBox->setObjectName(u"applicantBox"_s);
    m_kind->setObjectName(u"applicantKind"_s);
    m_idNumber->setObjectName(u"applicantIdNumber"_s);
    m_idFacts->setObjectName(u"applicantIdFacts"_s);
    m_name->setObjectName(u"applicantName"_s);
    m_mobile->setObjectName(u"applicantMobile"_s);
    m_idFacts->setWordWrap(true);
    auto *form = new QFormLayout(m_applicantBox);
    m_applicantLayout = form;
    form->addRow(QString(), m_kind);
    m_idLabel->setBuddy(m_idNumber); // Alt+I (Alt+C for a company)
    form->addRow(m_idLabel, m_idNumber);
    form->addRow(QString(), m_idFacts);
    form->addRow(QString(), m_name);
    form->addRow(QString(), m_mobile);
    layout->addWidget(m_applicantBox);
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        m_session->setApplicantKind(index == 0 ? Applicant::Kind::Person : Applicant::Kind::Company);
        retranslate();
        showApplicantEverywhere(nullptr);
        changed();
    });
    connect(m_idNumber, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setApplicantIdNumber(text);
        showApplicantEverywhere(m_idNumber);
        changed();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setApplicantName(text);
        showApplicantEverywhere(m_name);
        changed();
    });
    connect(m_mobile, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setApplicantMobile(text);
        showApplicantEverywhere(m_mobile);
        changed();
    });
    for (QWidget *widget : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_idNumber),
                            static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_mobile)})
        widget->installEventFilter(this);
}

void IntakeWindow::buildItemPicker(QVBoxLayout *layout)
{
    m_itemBox->setObjectName(u"itemBox"_s);
    m_itemSearch->setObjectName(u"itemSearch"_s);
    m_itemChosen->setObjectName(u"itemChosen"_s);
    m_itemChosen->setWordWrap(true);
    // Found by Chinese or English name, or by code.
    auto *model = new QStandardItemModel(this);
    const auto add = [model](const QString &code, const LocalizedText &name) {
        auto *entry = new QStandardItem(u"%1 — %2 [%3]"_s.arg(name.zh, name.en, code));
        entry->setData(code, Qt::UserRole);
        model->appendRow(entry);
    };
    for (const Bundle &bundle : m_catalogue.bundles())
        add(bundle.code, bundle.name);
    for (const ServiceItem &item : m_catalogue.items())
        add(item.code, item.name);
    auto *completer = new QCompleter(model, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_itemSearch->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        if (chooseItem(index.data(Qt::UserRole).toString()))
            QTimer::singleShot(0, this, [this] { focusNextChild(); });
    });
    connect(m_itemSearch, &QLineEdit::returnPressed, this, [this, model, completer] {
        // A typed code, or the single match of the text.
        const QString text = m_itemSearch->text().trimmed();
        QString code = text.contains(u'[') ? text.section(u'[', -1).chopped(1) : text;
        if (!code.isEmpty() && !m_catalogue.form(code)) {
            const QModelIndexList matches =
                model->match(model->index(0, 0), Qt::DisplayRole, text, -1, Qt::MatchContains);
            if (matches.size() == 1) {
                code = matches.first().data(Qt::UserRole).toString();
            } else if (matches.size() > 1) {
                const int count = int(matches.size());
                m_itemChosen->setText(
                    tr("%n items match \"%1\": choose one with the arrow keys and Enter.", nullptr, count).arg(text));
                completer->setCompletionPrefix(text);
                completer->complete();
                return;
            }
        }
        if (chooseItem(code))
            focusNextChild();
    });
    auto *box = new QVBoxLayout(m_itemBox);
    box->addWidget(m_itemSearch);
    box->addWidget(m_itemChosen);
    layout->addWidget(m_itemBox);
}

bool IntakeWindow::chooseItem(const QString &code)
{
    if (auto chosen = m_session->chooseForm(code); !chosen) {
        m_itemChosen->setText(chosen.error().message);
        return false;
    }
    showChosenForm();
    retranslate();
    changed();
    return true;
}

void IntakeWindow::showChosenForm()
{
    const ApplicationForm *form = m_session->form();
    if (!form)
        return;
    m_itemSearch->setText(u"%1 [%2]"_s.arg(form->name.in(QLocale()), form->code));
    rebuildForm();
    rebuildMaterials();
}

QWidget *IntakeWindow::fieldWidget(const FieldDefinition &field)
{
    const QString value = m_session->field(field.id);
    const QString objectName = u"field:"_s + field.id;
    if (field.type == FieldType::Choice || field.type == FieldType::Boolean) {
        auto *combo = new QComboBox(m_formBox);
        combo->setObjectName(objectName);
        combo->addItem(tr("(choose)"), QString());
        if (field.type == FieldType::Boolean) {
            combo->addItem(tr("Yes"), u"true"_s);
            combo->addItem(tr("No"), u"false"_s);
        }
        for (const ChoiceOption &option : field.options)
            combo->addItem(option.label.in(QLocale()), option.value);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        connect(combo, &QComboBox::activated, this, [this, combo, id = field.id] {
            m_session->setField(id, combo->currentData().toString());
            changed();
        });
        combo->installEventFilter(this);
        return combo;
    }
    auto *edit = new QLineEdit(m_formBox);
    edit->setObjectName(objectName);
    edit->setText(value);
    if (field.maxLength > 0)
        edit->setMaxLength(field.maxLength * 2); // typed over: pre-review reports it
    if (field.type == FieldType::Date)
        edit->setPlaceholderText(u"2026-11-28"_s);
    connect(edit, &QLineEdit::textEdited, this, [this, edit, id = field.id](const QString &text) {
        m_session->setField(id, text);
        if (m_session->repeatsApplicant(id))
            showApplicantEverywhere(edit);
        changed();
    });
    edit->installEventFilter(this);
    return edit;
}

void IntakeWindow::rebuildForm()
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    for (auto it = m_targets.begin(); it != m_targets.end();) {
        it = it.key().startsWith(u"field:") ? m_targets.erase(it) : std::next(it);
    }
    const ApplicationForm *form = m_session->form();
    if (!form)
        return;
    QWidget *previous = m_itemSearch;
    for (const FieldDefinition &field : form->fields) {
        QWidget *widget = fieldWidget(field);
        widget->setAccessibleName(field.label.in(QLocale()));
        describe(widget, fieldDescription(field));
        auto *label = new QLabel(field.label.in(QLocale()) + (field.required ? u" *"_s : QString()), m_formBox);
        label->setBuddy(widget);
        m_formLayout->addRow(label, widget);
        m_targets.insert(u"field:"_s + field.id, widget);
        setTabOrder(previous, widget);
        previous = widget;
    }
    wrapLongLabels();
}

void IntakeWindow::rebuildMaterials()
{
    while (m_materialsLayout->rowCount() > 0)
        m_materialsLayout->removeRow(0);
    for (auto it = m_targets.begin(); it != m_targets.end();) {
        it = it.key().startsWith(u"material:") ? m_targets.erase(it) : std::next(it);
    }
    const ApplicationForm *form = m_session->form();
    if (!form)
        return;
    for (const MaterialDefinition &material : form->materials) {
        auto *row = new QWidget(m_materialsBox);
        // How it was brought and its document on the first line; the
        // waiver's reason or what is read off it on the second.
        auto *layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *firstLine = new QHBoxLayout;
        auto *secondLine = new QHBoxLayout;
        layout->addLayout(firstLine);
        layout->addLayout(secondLine);
        auto *state = new QComboBox(row);
        state->setObjectName(u"material:"_s + material.id);
        state->addItem(tr("Missing"), int(MaterialState::Missing));
        state->addItem(tr("Received"), int(MaterialState::Received));
        if (material.eLicenceAccepted)
            state->addItem(tr("Electronic licence"), int(MaterialState::ELicence));
        state->addItem(tr("Waived (give a reason)"), int(MaterialState::Waived));
        auto *reason = new QLineEdit(row);
        reason->setObjectName(u"materialReason:"_s + material.id);
        reason->setPlaceholderText(tr("Why it is waived"));
        reason->setAccessibleName(tr("Why %1 is waived").arg(material.name.in(QLocale())));
        describe(reason, waiverReasonDescription());
        reason->installEventFilter(this);
        const MaterialSubmission current = m_session->material(material.id);
        state->setCurrentIndex(std::max(0, state->findData(int(current.state))));
        reason->setText(current.waiverReason);
        // What the clerk reads off the document, for the rules that check it
        // (the name on the ID card is the applicant's, the card is valid…).
        QList<QLineEdit *> facts;
        for (const QString &fact : material.recognizedFields) {
            auto *edit = new QLineEdit(row);
            edit->setObjectName(u"materialFact:%1.%2"_s.arg(material.id, fact));
            edit->setPlaceholderText(factLabel(fact));
            edit->setAccessibleName(u"%1 — %2"_s.arg(material.name.in(QLocale()), factLabel(fact)));
            describe(edit, materialFactDescription());
            edit->setText(current.facts.value(fact));
            edit->installEventFilter(this);
            facts.append(edit);
        }
        // The scan or file for the material: attached from a file dialog or
        // dropped on the row, viewed in the document viewer.
        auto *attach = new QPushButton(tr("Attach…"), row);
        attach->setObjectName(u"materialAttach:"_s + material.id);
        attach->setAutoDefault(false);
        attach->setToolTip(tr("Import a scan or file (PNG, JPEG, TIFF or PDF), or drop it on this row"));
        attach->setAccessibleName(tr("Attach a document for %1").arg(material.name.in(QLocale())));
        auto *view = new QPushButton(tr("View"), row);
        view->setObjectName(u"materialView:"_s + material.id);
        view->setAutoDefault(false);
        view->setAccessibleName(tr("View the document for %1").arg(material.name.in(QLocale())));
        auto *file = new QLabel(row);
        file->setObjectName(u"materialFile:"_s + material.id);
        file->setTextFormat(Qt::PlainText);
        const auto showDocument = [this, view, file, id = material.id] {
            const std::optional<IntakeDocument> document = m_session->document(id);
            view->setEnabled(document.has_value());
            view->setToolTip(document ? tr("Show %1").arg(document->fileName) : tr("No document attached"));
            file->setText(document ? document->fileName : QString());
        };
        showDocument();
        connect(attach, &QPushButton::clicked, this, [this, id = material.id] { chooseMaterialFile(id); });
        connect(view, &QPushButton::clicked, this, [this, id = material.id] { viewMaterial(id); });
        auto *drop = new FileDropTarget(row);
        // Queued: an import makes the rows again, this one with its drop
        // target included, which must not go while it handles the drop.
        connect(
            drop, &FileDropTarget::filesDropped, this,
            [this, id = material.id](const QStringList &paths) {
                if (paths.size() != 1) {
                    showMaterialsMessage(
                        tr("Drop one file per material: a multi-page PDF or TIFF holds several pages."));
                    return;
                }
                importMaterial(id, paths.first());
            },
            Qt::QueuedConnection);

        const auto showParts = [state, reason, facts] {
            const auto how = MaterialState(state->currentData().toInt());
            reason->setVisible(how == MaterialState::Waived);
            for (QLineEdit *edit : facts)
                edit->setVisible(how == MaterialState::Received || how == MaterialState::ELicence);
        };
        showParts();
        const auto update = [this, state, reason, facts, showParts, showDocument, id = material.id,
                             names = material.recognizedFields] {
            MaterialSubmission submission = m_session->material(id);
            submission.state = MaterialState(state->currentData().toInt());
            // A document stands only for a material received.
            if (submission.state != MaterialState::Received)
                m_session->detachDocument(id);
            showDocument();
            submission.waiverReason = reason->text();
            for (qsizetype i = 0; i < facts.size(); ++i)
                submission.facts.insert(names.at(i), facts.at(i)->text());
            showParts();
            m_session->setMaterial(id, submission);
            changed();
        };
        for (QLineEdit *edit : facts)
            connect(edit, &QLineEdit::textEdited, this, update);
        connect(state, &QComboBox::activated, this, update);
        connect(reason, &QLineEdit::textEdited, this, update);
        firstLine->addWidget(state);
        firstLine->addWidget(attach);
        firstLine->addWidget(view);
        firstLine->addWidget(file, 1);
        secondLine->addWidget(reason, 1);
        for (QLineEdit *edit : std::as_const(facts))
            secondLine->addWidget(edit, 1);
        QString form_;
        switch (material.form) {
        case MaterialForm::Original: form_ = tr("original"); break;
        case MaterialForm::Copy: form_ = tr("%n copy(ies)", nullptr, std::max(1, material.copies)); break;
        case MaterialForm::OriginalAndCopy:
            form_ = tr("original and %n copy(ies)", nullptr, std::max(1, material.copies));
            break;
        }
        auto *label =
            new QLabel(u"%1%2 (%3)"_s.arg(material.name.in(QLocale()), material.required ? u" *"_s : QString(), form_),
                       m_materialsBox);
        label->setBuddy(state);
        state->setAccessibleName(material.name.in(QLocale()));
        describe(state, materialStateDescription());
        state->installEventFilter(this);
        m_materialsLayout->addRow(label, row);
        m_targets.insert(u"material:"_s + material.id, state);
    }
    wrapLongLabels();
}

QDateTime IntakeWindow::nowUtc() const
{
    return m_fixedNowUtc.isValid() ? m_fixedNowUtc : QDateTime::currentDateTimeUtc();
}

void IntakeWindow::chooseMaterialFile(const QString &materialId)
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach a document"), QString(),
                                     tr("Scans and documents (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)"));
    if (!path.isEmpty())
        importMaterial(materialId, path);
}

bool IntakeWindow::importMaterial(const QString &materialId, const QString &path)
{
    // Checked whole before anything is stored: a refused file changes nothing.
    Expected<ImportedDocument> imported = DocumentImport().readFile(path);
    if (!imported) {
        showMaterialsMessage(imported.error().message);
        return false;
    }
    if (auto decoded = DocumentDecoder::check(imported->bytes, imported->mediaType, imported->fileName); !decoded) {
        showMaterialsMessage(decoded.error().message);
        return false;
    }
    if (auto attached = m_session->attachDocument(materialId, *imported); !attached) {
        showMaterialsMessage(attached.error().message);
        return false;
    }
    showMaterialsMessage({});
    rebuildMaterials();
    focusOnceShown(u"materialAttach:"_s + materialId);
    changed();
    saveDraftNow();
    return true;
}

void IntakeWindow::viewMaterial(const QString &materialId)
{
    const std::optional<IntakeDocument> document = m_session->document(materialId);
    if (!document)
        return;
    Expected<QByteArray> content = m_session->documentContent(materialId);
    if (!content) {
        showMaterialsMessage(content.error().message);
        return;
    }
    DocumentDialog dialog(this);
    if (auto shown = dialog.setDocument(*content, document->mediaType, document->fileName); !shown) {
        showMaterialsMessage(shown.error().message);
        return;
    }
    dialog.exec();
}

void IntakeWindow::showMaterialsMessage(const QString &message)
{
    m_materialsMessage->setText(message);
    m_materialsMessage->setVisible(!message.isEmpty());
}

void IntakeWindow::setToday(QDate today)
{
    m_today = today;
    // 10:00 in Beijing on that day, for acceptance and notices.
    m_fixedNowUtc = QDateTime(today, QTime(2, 0), Qt::UTC);
    runReview();
}

void IntakeWindow::changed()
{
    m_reviewTimer->start();
    m_draftTimer->start();
    Q_EMIT sessionChanged();
}

void IntakeWindow::saveDraftNow()
{
    if (m_finished)
        return;
    if (auto saved = m_session->saveDraft(); !saved)
        Q_EMIT failed(saved.error().message);
}

void IntakeWindow::showApplicantFacts()
{
    const Applicant &applicant = m_session->applicant();
    if (applicant.idNumber.isEmpty()) {
        m_idFacts->clear();
        return;
    }
    const Validation check = m_session->applicantIdValidation(m_today);
    if (!check.isValid()) {
        m_idFacts->setText(u"✕ "_s + check.message.in(QLocale()));
        setTone(m_idFacts, Tone::Problem);
        return;
    }
    QString text = u"✓ "_s;
    if (applicant.kind == Applicant::Kind::Person) {
        if (const auto facts = citizenIdFacts(check.normalized)) {
            text +=
                tr("Born %1, %n year(s) old, %2", nullptr, facts->ageOn(m_today))
                    .arg(facts->birthDate.toString(Qt::ISODate), facts->sex == Sex::Male ? tr("male") : tr("female"));
            if (!facts->regionName.isEmpty())
                text += u" · "_s + facts->regionName;
        }
    } else {
        text += tr("Unified social credit code is well-formed");
    }
    if (check.verdict == Validation::Verdict::Warning)
        text += u" — ⚠ "_s + check.message.in(QLocale());
    m_idFacts->setText(text);
    setTone(m_idFacts, check.verdict == Validation::Verdict::Warning ? Tone::Warning : Tone::Good);
}

void IntakeWindow::showApplicantEverywhere(const QWidget *typedIn)
{
    // The box being typed in keeps its text as typed (the session trims it).
    const auto show = [typedIn](QLineEdit *edit, const QString &text) {
        if (edit && edit != typedIn && edit->text() != text)
            edit->setText(text);
    };
    const Applicant &applicant = m_session->applicant();
    show(m_idNumber, applicant.idNumber);
    show(m_name, applicant.name);
    show(m_mobile, applicant.mobile);
    const ApplicationForm *form = m_session->form();
    if (!form)
        return;
    for (const FieldDefinition &field : form->fields) {
        if (m_session->repeatsApplicant(field.id))
            show(qobject_cast<QLineEdit *>(m_targets.value(u"field:"_s + field.id)), m_session->field(field.id));
    }
}

void IntakeWindow::runReview()
{
    showApplicantFacts();
    const PreReviewReport report = m_session->review(m_today);
    m_findings->clear();
    const QLocale locale;
    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_findings, {title});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setExpanded(true);
        return item;
    };
    QTreeWidgetItem *blocking = nullptr;
    QTreeWidgetItem *warnings = nullptr;
    QTreeWidgetItem *infos = nullptr;
    for (const Finding &finding : report.findings) {
        QTreeWidgetItem *&parent = finding.severity == Severity::Blocking ? blocking
            : finding.severity == Severity::Warning                       ? warnings
                                                                          : infos;
        if (!parent)
            parent = group(finding.severity == Severity::Blocking      ? tr("✕ Blocks acceptance (%1)")
                               : finding.severity == Severity::Warning ? tr("⚠ Warnings (%1)")
                                                                       : tr("ℹ For information (%1)"));
        auto *item = new QTreeWidgetItem(parent, {finding.message.in(locale) + u"\n→ "_s + finding.hint.in(locale)});
        item->setToolTip(0, finding.hint.in(locale));
        item->setData(0, targetRole,
                      (finding.targetKind == Finding::TargetKind::Field ? u"field:"_s : u"material:"_s)
                          + finding.targetId);
    }
    for (QTreeWidgetItem *parent : {blocking, warnings, infos}) {
        if (parent)
            parent->setText(0, parent->text(0).arg(parent->childCount()));
    }
    if (report.findings.isEmpty() && m_session->form())
        new QTreeWidgetItem(m_findings, {tr("✓ Nothing found: the application can be accepted.")});
    m_findings->expandAll();

    m_blocked = report.blocksAcceptance();
    const bool overridden = m_overrideBox->isChecked() && m_overrideBy && !m_overrideReason->text().trimmed().isEmpty();
    const bool applicantReady =
        !m_session->applicant().name.isEmpty() && m_session->applicantIdValidation(m_today).isValid();
    m_accept->setEnabled(m_session->form() && applicantReady && (!m_blocked || overridden));
    m_notice->setEnabled(m_session->form() && m_blocked && !m_session->applicant().name.isEmpty());
    m_overrideBox->setVisible(m_blocked);
}

void IntakeWindow::focusTarget(QTreeWidgetItem *item)
{
    if (QWidget *widget = m_targets.value(item->data(0, targetRole).toString())) {
        widget->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->selectAll();
    }
}

void IntakeWindow::acceptCase()
{
    runReview();
    if (!m_accept->isEnabled())
        return;
    std::optional<SupervisorOverride> override;
    if (m_blocked)
        override = SupervisorOverride{m_overrideBy ? m_overrideBy->id : QString(), m_overrideReason->text().trimmed(),
                                      m_overrideBy ? std::optional<Actor>(m_overrideBy->actor()) : std::nullopt};
    auto receipt = m_session->accept(nowUtc(), override);
    if (!receipt) {
        Q_EMIT failed(receipt.error().message);
        return;
    }
    m_finished = true;
    Q_EMIT caseAccepted(*receipt);
    close();
}

void IntakeWindow::issueNotice()
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

void IntakeWindow::setSupervisorSignIn(SignInService *service)
{
    m_signIn = service;
    m_supervisorSignIn->setEnabled(service != nullptr);
    retranslate();
}

void IntakeWindow::signInSupervisor()
{
    if (!m_signIn)
        return;
    auto *dialog = new SignInDialog(*m_signIn, SignInDialog::Mode::Supervisor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRequirement([](const SignedInUser &user) {
        return user.actor().may(Permission::OverrideBlockingFinding)
            ? QString()
            : tr("%1 is not a supervisor: only a supervisor may allow an override.").arg(user.id);
    });
    connect(dialog, &SignInDialog::signedIn, this, [this](const SignInOutcome &outcome) {
        m_overrideBy = outcome.user;
        retranslate();
        runReview();
        m_overrideReason->setFocus();
    });
    dialog->open();
}

bool IntakeWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Enter moves on to the next field, as on a paper form: from a line edit
    // and from a choice too (a closed combo box would ignore it; an open
    // one's list gets the keys, not the box).
    if (event->type() == QEvent::KeyPress && watched != m_itemSearch
        && (qobject_cast<QLineEdit *>(watched) || qobject_cast<QComboBox *>(watched))) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // The keypad's Enter comes with KeypadModifier.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntakeWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close(); // the draft is kept: nothing typed is lost
        return;
    }
    QWidget::keyPressEvent(event);
}

void IntakeWindow::closeEvent(QCloseEvent *event)
{
    saveDraftNow();
    event->accept();
}

void IntakeWindow::wrapLongLabels()
{
    // A label wraps only when one line would not fit beside or above its
    // field: a wrapped label asks for less width than it could have.
    const bool large = CounterDisplay::isLargeText(font());
    const int room = large ? 640 : 360;
    for (QFormLayout *layout : {m_formLayout, m_materialsLayout}) {
        for (int row = 0; row < layout->rowCount(); ++row) {
            QLayoutItem *item = layout->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
                label->setWordWrap(label->fontMetrics().horizontalAdvance(label->text()) > room);
        }
    }
}

void IntakeWindow::adaptToFont()
{
    // In large text a label over its field leaves the field the whole width,
    // so that long choices and names are never cut.
    const bool large = CounterDisplay::isLargeText(font());
    for (QFormLayout *layout : {m_applicantLayout, m_formLayout, m_materialsLayout})
        layout->setRowWrapPolicy(large ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
    wrapLongLabels();
    // The buttons two by two, or one above the other in large text, which
    // leaves the form the width its long choices need on a 1366 px screen.
    const QList<QPushButton *> buttons{m_accept, m_notice, m_saveDraft, m_close};
    for (int i = 0; i < buttons.size(); ++i)
        m_buttons->addWidget(buttons[i], large ? i : i / 2, large ? 0 : i % 2);
    m_columns->setStretch(0, large ? 7 : 3);
    m_columns->setStretch(1, large ? 3 : 2);
}

void IntakeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        adaptToFont();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildForLanguage();
    }
    QWidget::changeEvent(event);
}

void IntakeWindow::rebuildForLanguage()
{
    // The form's labels and choices and the materials' rows are made in the
    // language of the moment: made again, from the session, which holds every
    // value typed and every material's state. The focus goes back to the
    // control of the same name.
    const QPointer<QWidget> focused = focusWidget();
    const QString focusedName = focused ? focused->objectName() : QString();
    const auto *focusedEdit = qobject_cast<QLineEdit *>(focused.data());
    const int cursor = focusedEdit ? focusedEdit->cursorPosition() : -1;
    showChosenForm();
    runReview();
    if (!focused && !focusedName.isEmpty()) // one of the controls made again
        focusOnceShown(focusedName, cursor);
}

void IntakeWindow::focusOnceShown(const QString &objectName, int cursor)
{
    // Controls just made show when the event loop runs (their layout shows
    // them queued), and a hidden control takes no focus: it is given after.
    QMetaObject::invokeMethod(
        this,
        [this, objectName, cursor] {
            auto *widget = findChild<QWidget *>(objectName);
            if (!widget)
                return;
            widget->setFocus(Qt::OtherFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && cursor >= 0)
                edit->setCursorPosition(cursor);
        },
        Qt::QueuedConnection);
}

void IntakeWindow::retranslate()
{
    const ApplicationForm *form = m_session->form();
    setWindowTitle(form ? tr("Intake — %1").arg(form->name.in(QLocale())) : tr("New intake"));
    m_title->setText(windowTitle());
    m_applicantBox->setTitle(tr("Applicant"));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Person (citizen ID)"));
    m_kind->addItem(tr("Company or organisation (credit code)"));
    m_kind->setCurrentIndex(std::max(0, kind));
    const bool person = m_kind->currentIndex() == 0;
    m_idLabel->setText(person ? tr("Citizen &ID number:") : tr("Credit &code:"));
    m_idNumber->setPlaceholderText(person ? u"11010519491231002X"_s : u"91440300708461136T"_s);
    m_name->setPlaceholderText(person ? tr("Name") : tr("Company name"));
    m_mobile->setPlaceholderText(tr("Mobile number"));
    m_kind->setAccessibleName(tr("Applicant type"));
    describe(m_kind, tr("A person or a company: it sets which ID number is asked for"));
    m_idNumber->setAccessibleName(person ? tr("Citizen ID number") : tr("Unified social credit code"));
    describe(m_idNumber,
             person ? tr("The 18 characters on the resident ID card, checked as you type")
                    : tr("The 18 characters on the business licence, checked as you type"));
    m_name->setAccessibleName(tr("Applicant's name"));
    describe(m_name, person ? tr("As on the ID card") : tr("As on the business licence"));
    m_mobile->setAccessibleName(tr("Applicant's mobile number"));
    describe(m_mobile, tr("For the message when the case is done"));
    m_formScroll->setAccessibleName(tr("Application"));
    m_formScroll->setAccessibleDescription(
        tr("The applicant, the service item, the form and the materials; Enter in a field moves on"));
    m_itemBox->setTitle(tr("Service item or bundle"));
    m_itemSearch->setPlaceholderText(tr("Type a name or code, e.g. 公积金 or gjj.withdrawal, then Enter"));
    m_itemSearch->setAccessibleName(tr("Find a service item"));
    describe(m_itemSearch, tr("Part of a name or a code, then Enter; the arrow keys choose among several"));
    m_itemChosen->setText(
        form ? tr("%1 — department: %2 — promised within %n working day(s)", nullptr, form->promisedLimitDays)
                   .arg(form->name.in(QLocale()),
                        form->itemNames.size() > 1 ? tr("%n item(s) in one visit", nullptr, int(form->itemNames.size()))
                            : m_catalogue.item(form->code) ? m_catalogue.item(form->code)->department.in(QLocale())
                                                           : QString())
             : tr("No item chosen yet."));
    m_formBox->setTitle(tr("Form"));
    m_materialsBox->setTitle(tr("Materials"));
    m_reviewBox->setTitle(tr("Pre-review"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setAccessibleDescription(tr("What pre-review found; Enter on a finding goes to its field or material"));
    m_overrideBox->setTitle(tr("Supervisor override"));
    // Its tooltip would show over the whole box: the description alone.
    m_overrideBox->setAccessibleDescription(
        tr("Tick to accept despite blocking findings: a supervisor signs in and a reason is recorded"));
    m_overrideHint->setText(tr("Accept despite blocking findings: a supervisor signs in here with their own "
                               "password; their id and the reason are recorded with the case."));
    m_supervisorSignIn->setText(tr("Supervisor &signs in…"));
    m_supervisorSignIn->setToolTip(m_signIn ? tr("The supervisor enters their user id and password")
                                            : tr("Overrides cannot be given at this window"));
    m_supervisor->setText(m_overrideBy ? tr("Allowed by %1 (%2)").arg(m_overrideBy->name, m_overrideBy->id)
                                       : tr("No supervisor has signed in yet."));
    m_overrideReason->setPlaceholderText(tr("Reason (recorded with the case)"));
    m_overrideReason->setAccessibleName(tr("Reason for the override"));
    describe(m_overrideReason, tr("Required for the override; kept with the case and the supervisor's id"));
    // setText() with a mnemonic replaces a button's shortcut: set the keys after.
    m_accept->setText(tr("Accept and print receipt"));
    m_accept->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_accept->setToolTip(withShortcut(tr("Accept the case with a receipt number"), m_accept->shortcut()));
    m_notice->setText(tr("One-time correction notice"));
    m_notice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_notice->setToolTip(withShortcut(tr("Record the case and print everything still needed"), m_notice->shortcut()));
    m_saveDraft->setText(tr("Save draft"));
    m_saveDraft->setShortcut(QKeySequence::Save);
    m_saveDraft->setToolTip(withShortcut(tr("Drafts are also saved as you type"), m_saveDraft->shortcut()));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close; the draft is kept (Esc)"));
}

} // namespace casedesk
