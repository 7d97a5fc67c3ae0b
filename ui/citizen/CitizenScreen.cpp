#include "CitizenScreen.h"

#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString lines(const QStringList &items, const QString &sign)
{
    QStringList shown;
    for (const QString &item : items)
        shown << sign + u' ' + item;
    return shown.join(u'\n');
}

} // namespace

CitizenScreen::CitizenScreen(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(u"citizenScreen"_s);
    build();
    retranslate();
    render();
}

void CitizenScreen::build()
{
    // Its own large type, whatever the clerk's display mode: the citizen
    // reads it from across the counter. A style sheet, not setFont(): the
    // display mode's style sheet sets the tones' font weight, and a widget
    // styled so takes its font from style sheets alone.
    setFont(sized(font(), bodyPoints));
    setStyleSheet(uR"(
#citizenScreen QLabel, #citizenScreen QPushButton, #citizenScreen QLineEdit { font-size: %1pt; }
#citizenScreen QLabel#citizenTitle, #citizenScreen QLabel#citizenThanks { font-size: %2pt; font-weight: bold; }
#citizenScreen QLabel#citizenItem { font-size: %3pt; font-weight: bold; }
#citizenReceivedTitle, #citizenMissingTitle, #citizenPromised, #ratingQuestion { font-weight: bold; }
#citizenScreen QPushButton:checked { font-weight: bold; border: 4px solid palette(highlight); }
)"_s.arg(bodyPoints)
                      .arg(headingPoints)
                      .arg(headingPoints * 0.85));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);

    m_title = wrappingLabel(u"citizenTitle"_s, this);
    layout->addWidget(m_title);

    m_waiting = wrappingLabel(u"citizenWaiting"_s, this);
    layout->addWidget(m_waiting);

    m_progress = new QWidget(this);
    m_progress->setObjectName(u"citizenProgress"_s);
    auto *progress = new QVBoxLayout(m_progress);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->setSpacing(12);
    m_item = wrappingLabel(u"citizenItem"_s, m_progress);
    progress->addWidget(m_item);
    m_applicant = wrappingLabel(u"citizenApplicant"_s, m_progress);
    progress->addWidget(m_applicant);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    auto *receivedColumn = new QVBoxLayout;
    receivedColumn->setSpacing(6); // not the columns' spacing, which it would inherit
    m_receivedTitle = wrappingLabel(u"citizenReceivedTitle"_s, m_progress);
    m_received = wrappingLabel(u"citizenReceived"_s, m_progress);
    setTone(m_received, Tone::Good);
    receivedColumn->addWidget(m_receivedTitle);
    receivedColumn->addWidget(m_received);
    receivedColumn->addStretch();
    // A widget of its own, so that when it is hidden the received
    // materials have the whole width.
    m_missingColumn = new QWidget(m_progress);
    m_missingColumn->setObjectName(u"citizenMissingColumn"_s);
    auto *missingColumn = new QVBoxLayout(m_missingColumn);
    missingColumn->setContentsMargins(0, 0, 0, 0);
    missingColumn->setSpacing(6);
    m_missingTitle = wrappingLabel(u"citizenMissingTitle"_s, m_missingColumn);
    m_missing = wrappingLabel(u"citizenMissing"_s, m_missingColumn);
    setTone(m_missing, Tone::Problem);
    missingColumn->addWidget(m_missingTitle);
    missingColumn->addWidget(m_missing);
    missingColumn->addStretch();
    columns->addLayout(receivedColumn, 1);
    columns->addWidget(m_missingColumn, 1);
    progress->addLayout(columns);
    m_promised = wrappingLabel(u"citizenPromised"_s, m_progress);
    progress->addWidget(m_promised);
    m_outcome = wrappingLabel(u"citizenOutcome"_s, m_progress);
    progress->addWidget(m_outcome);
    layout->addWidget(m_progress);

    m_ratingPad = new QWidget(this);
    m_ratingPad->setObjectName(u"ratingPad"_s);
    auto *pad = new QVBoxLayout(m_ratingPad);
    pad->setContentsMargins(0, 8, 0, 0);
    pad->setSpacing(12);
    m_ratingQuestion = wrappingLabel(u"ratingQuestion"_s, m_ratingPad);
    pad->addWidget(m_ratingQuestion);
    auto *levels = new QHBoxLayout;
    levels->setSpacing(12);
    m_levels = new QButtonGroup(this);
    m_levels->setExclusive(true);
    for (RatingLevel level : allRatingLevels()) {
        auto *button = new QPushButton(m_ratingPad);
        button->setObjectName(u"rating:"_s + ratingLevelName(level));
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setMinimumHeight(72);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_levels->addButton(button, int(level));
        m_levelButtons.insert(level, button);
        levels->addWidget(button);
    }
    pad->addLayout(levels);
    auto *reasonRow = new QHBoxLayout;
    m_reasonLabel = new QLabel(m_ratingPad);
    m_reasonLabel->setObjectName(u"ratingReasonLabel"_s);
    m_reason = new QLineEdit(m_ratingPad);
    m_reason->setObjectName(u"ratingReason"_s);
    m_reason->setMaxLength(maximumRatingReasonLength);
    m_reason->setMinimumHeight(56);
    m_reasonLabel->setBuddy(m_reason);
    m_submit = new QPushButton(m_ratingPad);
    m_submit->setObjectName(u"ratingSubmit"_s);
    m_submit->setMinimumHeight(64);
    m_submit->setEnabled(false);
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_submit);
    pad->addLayout(reasonRow);
    m_ratingMessage = wrappingLabel(u"ratingMessage"_s, m_ratingPad);
    setTone(m_ratingMessage, Tone::Problem);
    pad->addWidget(m_ratingMessage);
    layout->addWidget(m_ratingPad);

    m_thanks = wrappingLabel(u"citizenThanks"_s, this);
    setTone(m_thanks, Tone::Good);
    layout->addWidget(m_thanks);
    layout->addStretch();

    // The choice shows by a sign as well as by the frame.
    connect(m_levels, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (QAbstractButton *button = m_levels->button(id))
            button->setText((checked ? u"✓ "_s : QString()) + ratingLevelTitle(RatingLevel(id)));
    });
    connect(m_levels, &QButtonGroup::idClicked, this, [this] {
        m_submit->setEnabled(true);
        m_ratingMessage->clear();
        m_ratingMessage->hide();
    });
    connect(m_submit, &QPushButton::clicked, this, &CitizenScreen::submit);
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (m_submit->isEnabled())
            submit();
    });
}

void CitizenScreen::retranslate()
{
    setWindowTitle(tr("CaseDesk — for the applicant"));
    m_waiting->setText(tr("Welcome. The staff member will be with you shortly."));
    m_receivedTitle->setText(tr("Materials received"));
    m_missingTitle->setText(tr("Materials still missing"));
    m_ratingQuestion->setText(tr("How satisfied are you with this service? Please choose one."));
    for (auto it = m_levelButtons.cbegin(); it != m_levelButtons.cend(); ++it) {
        it.value()->setText((it.value()->isChecked() ? u"✓ "_s : QString()) + ratingLevelTitle(it.key()));
        it.value()->setAccessibleName(ratingLevelTitle(it.key()));
        describe(it.value(), tr("Choose this rating, then submit it"));
    }
    m_reasonLabel->setText(tr("&Reason (optional):"));
    m_reason->setPlaceholderText(tr("Tell us why, if you like"));
    describe(m_reason, tr("Optional: why you chose this rating; Enter submits it"));
    m_submit->setText(tr("Submit rating"));
    describe(m_submit, tr("Send your rating to the service hall"));
    m_thanks->setText(tr("Thank you for your rating!"));
    render();
}

void CitizenScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QScreen *CitizenScreen::citizenScreenAmong(const QList<QScreen *> &screens, const QScreen *clerkScreen)
{
    for (QScreen *screen : screens) {
        if (screen != clerkScreen)
            return screens.size() > 1 ? screen : nullptr;
    }
    return nullptr;
}

void CitizenScreen::place(const QList<QScreen *> &screens, const QScreen *clerkScreen)
{
    if (QScreen *own = citizenScreenAmong(screens, clerkScreen)) {
        setScreen(own);
        setGeometry(own->geometry());
        showFullScreen();
        return;
    }
    // One screen: a window of its own the clerk can move or turn.
    const QScreen *screen = clerkScreen ? clerkScreen : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(available.width(), 1280), std::min(available.height(), 760));
    showNormal();
}

void CitizenScreen::showContent(const CitizenScreenContent &content)
{
    const bool newCase = content.caseId != m_content.caseId || content.stage == CitizenScreenContent::Stage::Waiting
        || content.stage == CitizenScreenContent::Stage::Intake;
    m_content = content;
    if (newCase) {
        m_askingForRating = false;
        m_thanked = false;
    }
    render();
}

void CitizenScreen::askForRating()
{
    m_askingForRating = true;
    m_thanked = false;
    m_levels->setExclusive(false);
    for (QPushButton *button : std::as_const(m_levelButtons))
        button->setChecked(false);
    m_levels->setExclusive(true);
    m_reason->clear();
    m_submit->setEnabled(false);
    m_ratingMessage->clear();
    render();
    m_levelButtons.value(RatingLevel::VerySatisfied)->setFocus();
}

void CitizenScreen::showThanks()
{
    m_askingForRating = false;
    m_thanked = true;
    render();
}

void CitizenScreen::showRatingProblem(const QString &message)
{
    m_ratingMessage->setText(u"✕ "_s + message);
    m_ratingMessage->show();
}

bool CitizenScreen::ratingPadShown() const
{
    return m_askingForRating;
}

void CitizenScreen::submit()
{
    const int chosen = m_levels->checkedId();
    if (chosen < 0)
        return;
    Q_EMIT ratingChosen(RatingLevel(chosen), m_reason->text().trimmed());
}

void CitizenScreen::render()
{
    using Stage = CitizenScreenContent::Stage;
    const CitizenScreenContent &c = m_content;
    const bool finished = c.stage == Stage::Accepted || c.stage == Stage::NoticeIssued;
    switch (c.stage) {
    case Stage::Waiting: m_title->setText(tr("Welcome")); break;
    case Stage::Intake: m_title->setText(tr("Your application is being taken in")); break;
    case Stage::Accepted: m_title->setText(tr("✓ Your application has been accepted")); break;
    case Stage::NoticeIssued: m_title->setText(tr("Some materials need to be brought or corrected")); break;
    }
    m_waiting->setVisible(c.stage == Stage::Waiting);
    m_progress->setVisible(c.stage != Stage::Waiting && !m_thanked);

    m_item->setText(c.itemName.isEmpty() ? tr("Choosing the service item…") : tr("Item: %1").arg(c.itemName));
    QStringList who;
    if (!c.applicantName.isEmpty())
        who << c.applicantName;
    if (!c.applicantId.isEmpty())
        who << c.applicantId;
    m_applicant->setText(tr("Applicant: %1").arg(who.join(u"  "_s)));
    m_applicant->setVisible(!who.isEmpty());

    // During the intake one per line; at the end, on one line, to leave
    // room for the rating pad.
    const QString separator = finished ? u"、"_s : u"\n"_s;
    const bool showLists = c.stage == Stage::Intake || c.stage == Stage::Accepted;
    m_receivedTitle->setVisible(showLists);
    m_received->setVisible(showLists);
    m_received->setText(c.received.isEmpty()
                            ? tr("None yet")
                            : (finished ? u"✓ "_s + c.received.join(separator) : lines(c.received, u"✓"_s)));
    const bool showMissing = c.stage == Stage::Intake;
    m_missingColumn->setVisible(showMissing);
    m_missing->setText(c.missing.isEmpty() ? tr("✓ Nothing is missing") : lines(c.missing, u"✕"_s));
    setTone(m_missing, c.missing.isEmpty() ? Tone::Good : Tone::Problem);

    const QString date = QLocale().toString(c.promisedDate, QLocale::LongFormat);
    if (c.stage == Stage::Intake && c.promisedDate.isValid())
        m_promised->setText(
            tr("If accepted today, it will be done by %1 (%n working day(s))", nullptr, c.promisedWorkingDays)
                .arg(date));
    else if (c.stage == Stage::Accepted && c.promisedDate.isValid())
        m_promised->setText(
            tr("Promised completion date: %1 (%n working day(s))", nullptr, c.promisedWorkingDays).arg(date));
    else
        m_promised->clear();
    m_promised->setVisible(!m_promised->text().isEmpty());

    if (c.stage == Stage::Accepted)
        m_outcome->setText(tr("Receipt number: %1").arg(c.receiptNumber));
    else if (c.stage == Stage::NoticeIssued)
        m_outcome->setText(lines(c.toCorrect, u"•"_s));
    else
        m_outcome->clear();
    m_outcome->setVisible(!m_outcome->text().isEmpty());

    m_ratingPad->setVisible(m_askingForRating && finished);
    m_ratingMessage->setVisible(!m_ratingMessage->text().isEmpty());
    m_thanks->setVisible(m_thanked);
}

} // namespace casedesk
