#include "SyncStatusWidget.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace casedesk {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent),
      m_connection(new QLabel(this)),
      m_pending(new QLabel(this)),
      m_lastSync(new QLabel(this)),
      m_attention(new QToolButton(this))
{
    setObjectName(u"syncStatus"_s);
    m_connection->setObjectName(u"syncConnection"_s);
    m_pending->setObjectName(u"syncPending"_s);
    m_lastSync->setObjectName(u"syncLast"_s);
    m_attention->setObjectName(u"syncAttention"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_connection);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_attention);
    connect(m_attention, &QToolButton::clicked, this, &SyncStatusWidget::attentionRequested);
    retranslate();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::showStatus(const SyncStatus &status)
{
    m_status = status;
    retranslate();
}

void SyncStatusWidget::setAttentionKeys(const QKeySequence &keys)
{
    m_attentionKeys = keys;
    retranslate();
}

void SyncStatusWidget::retranslate()
{
    QString state;
    Tone tone = Tone::Plain;
    switch (m_status.state) {
    case SyncStatus::State::Idle:
        state = m_status.lastSuccessUtc.isValid() ? tr("● Online") : tr("○ Not yet synced");
        tone = Tone::Good;
        break;
    case SyncStatus::State::Syncing:
        state = tr("◐ Syncing…");
        tone = Tone::Busy;
        break;
    case SyncStatus::State::Offline:
        state = tr("✕ Offline — working from the local cache");
        tone = Tone::Problem;
        break;
    case SyncStatus::State::LoginRequired:
        state = tr("⚠ Sign in again to sync");
        tone = Tone::Warning;
        break;
    }
    m_connection->setText(state);
    setTone(m_connection, tone);
    m_connection->setToolTip(m_status.lastError);
    m_pending->setText(tr("%n change(s) to send", nullptr, int(m_status.pendingOps)));
    // The time alone for today; a sync days ago says its day too.
    const QDateTime lastSync = m_status.lastSuccessUtc.toLocalTime();
    const QString when = lastSync.date() == QDate::currentDate()
        ? QLocale().toString(lastSync.time(), QLocale::ShortFormat)
        : QLocale().toString(lastSync, QLocale::ShortFormat);
    m_lastSync->setText(m_status.lastSuccessUtc.isValid() ? tr("Last sync %1").arg(when) : QString());
    m_attention->setText(tr("Needs attention: %1").arg(m_status.needsAttention));
    m_attention->setToolTip(
        withShortcut(tr("Changes the platform did not take as they were; open the list"), m_attentionKeys));
    m_attention->setAccessibleName(tr("Changes that need attention"));
    m_attention->setVisible(m_status.needsAttention > 0);
}

} // namespace casedesk
