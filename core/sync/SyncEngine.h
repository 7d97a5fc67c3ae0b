#pragma once

#include "Backoff.h"
#include "PlatformClient.h"
#include "SyncStore.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace casedesk {

struct SyncSettings {
    QString hallId;
    QString workstationId;
    int pushBatch = 200;
    int pullPage = 500;
    // Keep at least this many receipt numbers in hand for offline work.
    int receiptReserve = 50;
    int receiptBlockSize = 100;
    int documentChunk = 256 * 1024;
    std::chrono::milliseconds interval = std::chrono::seconds(15);
    // Ask the platform for these years' working-day calendars (this year's
    // and the next when empty) at the end of a round, at most this often;
    // zero: never (tests of other matters, tools).
    QList<int> calendarYears = {};
    std::chrono::milliseconds calendarCheckInterval = std::chrono::milliseconds(0);
};

// What one round did.
struct SyncSummary {
    int pushed = 0;
    int duplicates = 0;
    int conflicts = 0;
    int rejected = 0;
    int pulled = 0;
    int documents = 0;
    int calendarsUpdated = 0;
    QStringList errors;
    bool completed = false;

    QJsonObject toJson() const;
};

struct SyncStatus {
    enum class State { Idle, Syncing, Offline, LoginRequired };
    State state = State::Idle;
    qint64 pendingOps = 0;
    qint64 needsAttention = 0;
    QDateTime lastSuccessUtc;
    QString lastError;
};

QString syncStateName(SyncStatus::State state);

// Moves the vault's changes to the platform and the platform's to the vault:
// push the outbox in batches, send documents (resuming), pull pages of
// changes, keep receipt numbers in hand. Never on the UI thread: create it
// (with its own database connection and network manager) in a worker thread.
// Failures back off exponentially with jitter, honouring Retry-After; an
// expired token is refreshed once, else sync pauses until sign-in — nothing
// in the outbox is ever dropped.
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SyncStore store, PlatformClient *client, SyncSettings settings, QObject *parent = nullptr);

    void setSession(const QString &token, const QString &refreshToken);
    const SyncStatus &status() const { return m_status; }

public Q_SLOTS:
    // One round now (if none is running); roundFinished() follows.
    void syncNow();
    // Rounds every interval, and after failures with backoff.
    void start();
    void stop();

Q_SIGNALS:
    void statusChanged(const casedesk::SyncStatus &status);
    void roundFinished(const casedesk::SyncSummary &summary);
    void loginRequired();
    void sessionRenewed(const QString &token, const QString &refreshToken);
    // The platform published a working-day calendar the vault did not have
    // (PublishedCalendars): deadlines should be counted on the new one.
    void calendarsChanged();

private:
    void reserveReceipts();
    // Fills the push pipeline; goes on to the documents once it is empty.
    void pushNextBatch();
    void sendBatch(const QList<protocol::Op> &ops);
    void stopPushing();
    void uploadNextDocument();
    void uploadChunk(const PendingDocument &document, qint64 offset);
    void pullNextPage();
    // Asks for the page after `after`; its answer is handled only if the
    // pull it belongs to is still the current one.
    void requestPage(qint64 after);
    // A page asked for and not written yet.
    struct PageAhead {
        qint64 after = 0;
        // The next page's cursor, when the platform announced it.
        std::optional<qint64> announcedNext;
        std::optional<PlatformResult<protocol::ChangesPage>> result;
    };
    PageAhead *pageAhead(qint64 after);
    // Asks for the pages whose cursors are announced, up to a few ahead.
    void requestPagesAhead();
    // Writes the answered pages at the head of the queue.
    void writeReadyPages();
    void stopPulling();
    // Not a step a round fails on: the calendars the vault has stay good,
    // and the next round asks again.
    void refreshCalendarsIfDue();
    void refreshCalendars(QList<int> years);
    void endCalendarCheck();
    void finishRound();
    // Handles a failure of the current step; returns after scheduling.
    void fail(const PlatformFailure &failure, std::function<void()> retryStep);
    void failLocally(const Error &error);
    void publishStatus();

    SyncStore m_store;
    PlatformClient *m_client;
    SyncSettings m_settings;
    Backoff m_backoff;
    QTimer m_timer;
    SyncSummary m_round;
    SyncStatus m_status;
    QString m_refreshToken;
    bool m_running = false;
    bool m_periodic = false;
    bool m_refreshTried = false;
    // Bumped whenever a pull stops early: an answer to a page asked for
    // ahead of it is then dropped.
    quint64 m_pullGeneration = 0;
    QList<PageAhead> m_pagesAhead;
    // The batches pushed and not answered yet; the generation is bumped
    // when a push stops early, to drop the answers still to come.
    QList<QList<protocol::Op>> m_pushesInFlight;
    quint64 m_pushGeneration = 0;
    QDateTime m_calendarsCheckedUtc;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::SyncStatus)
Q_DECLARE_METATYPE(casedesk::SyncSummary)
