#include "SyncEngine.h"

#include "common/LogCategories.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casedesk {

QJsonObject SyncSummary::toJson() const
{
    return QJsonObject{{u"pushed"_s, pushed},
                       {u"duplicates"_s, duplicates},
                       {u"conflicts"_s, conflicts},
                       {u"rejected"_s, rejected},
                       {u"pulled"_s, pulled},
                       {u"documents"_s, documents},
                       {u"calendarsUpdated"_s, calendarsUpdated},
                       {u"completed"_s, completed},
                       {u"errors"_s, QJsonArray::fromStringList(errors)}};
}

QString syncStateName(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Idle: return u"idle"_s;
    case SyncStatus::State::Syncing: return u"syncing"_s;
    case SyncStatus::State::Offline: return u"offline"_s;
    case SyncStatus::State::LoginRequired: return u"login-required"_s;
    }
    return QString();
}

SyncEngine::SyncEngine(SyncStore store, PlatformClient *client, SyncSettings settings, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_client(client), m_settings(std::move(settings))
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncSummary>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::setSession(const QString &token, const QString &refreshToken)
{
    m_client->setToken(token);
    m_refreshToken = refreshToken;
    if (m_status.state == SyncStatus::State::LoginRequired) {
        m_status.state = SyncStatus::State::Idle;
        publishStatus();
        if (m_periodic)
            m_timer.start(0);
    }
}

void SyncEngine::start()
{
    m_periodic = true;
    if (!m_running)
        m_timer.start(0);
}

void SyncEngine::stop()
{
    m_periodic = false;
    m_timer.stop();
}

void SyncEngine::syncNow()
{
    if (m_running || m_status.state == SyncStatus::State::LoginRequired)
        return;
    m_running = true;
    m_refreshTried = false;
    m_round = SyncSummary{};
    m_status.state = SyncStatus::State::Syncing;
    publishStatus();
    reserveReceipts();
}

void SyncEngine::publishStatus()
{
    if (auto pending = m_store.pendingOpCount())
        m_status.pendingOps = *pending;
    if (auto attention = m_store.openAttentionCount())
        m_status.needsAttention = *attention;
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::failLocally(const Error &error)
{
    qCWarning(lcSync) << "sync stopped on a local error:" << error.message;
    m_round.errors << error.message;
    m_status.lastError = error.message;
    m_running = false;
    m_status.state = SyncStatus::State::Offline;
    publishStatus();
    Q_EMIT roundFinished(m_round);
    if (m_periodic)
        m_timer.start(int(m_backoff.nextDelay().count()));
}

void SyncEngine::fail(const PlatformFailure &failure, std::function<void()> retryStep)
{
    if (failure.kind == PlatformFailure::Kind::TokenExpired && !m_refreshTried && !m_refreshToken.isEmpty()) {
        m_refreshTried = true;
        m_client->refresh(m_refreshToken, [this, retryStep](PlatformResult<protocol::LoginResult> result) {
            if (auto *login = std::get_if<protocol::LoginResult>(&result)) {
                m_client->setToken(login->token);
                m_refreshToken = login->refreshToken;
                Q_EMIT sessionRenewed(login->token, login->refreshToken);
                retryStep();
                return;
            }
            fail(std::get<PlatformFailure>(result), {});
        });
        return;
    }
    const QString message = u"%1 (%2 %3): %4"_s.arg(platformFailureKindName(failure.kind))
                                .arg(failure.httpStatus)
                                .arg(failure.code, failure.message);
    qCInfo(lcSync) << "sync round interrupted:" << message;
    m_round.errors << message;
    m_status.lastError = message;
    m_running = false;
    if (failure.kind == PlatformFailure::Kind::Unauthorized || failure.kind == PlatformFailure::Kind::TokenExpired) {
        // Everything stays in the outbox; sync waits for a new session.
        m_status.state = SyncStatus::State::LoginRequired;
        publishStatus();
        Q_EMIT roundFinished(m_round);
        Q_EMIT loginRequired();
        return;
    }
    m_status.state = SyncStatus::State::Offline;
    publishStatus();
    Q_EMIT roundFinished(m_round);
    if (m_periodic)
        m_timer.start(int(m_backoff.nextDelay(failure.retryAfter).count()));
}

void SyncEngine::reserveReceipts()
{
    auto left = m_store.receiptNumbersLeft();
    if (!left)
        return failLocally(left.error());
    if (*left >= m_settings.receiptReserve)
        return pushNextBatch();
    m_client->reserveReceiptBlock(
        m_settings.hallId, m_settings.workstationId, m_settings.receiptBlockSize,
        [this](PlatformResult<protocol::ReceiptBlock> result) {
            if (auto *failure = std::get_if<PlatformFailure>(&result))
                return fail(*failure, [this] { reserveReceipts(); });
            if (auto added = m_store.addReceiptBlock(std::get<protocol::ReceiptBlock>(result)); !added)
                return failLocally(added.error());
            reserveReceipts();
        });
}

void SyncEngine::pushNextBatch()
{
    // Two batches in flight: the platform applies one while the vault
    // records the answers to the other and reads the next. They hold no case
    // in common (SyncStore::pendingOps), so the order in which the platform
    // takes them does not matter.
    constexpr int batchesInFlight = 2;
    while (m_pushesInFlight.size() < batchesInFlight) {
        QList<protocol::Op> busy;
        for (const QList<protocol::Op> &batch : std::as_const(m_pushesInFlight))
            busy += batch;
        auto ops = m_store.pendingOps(m_settings.pushBatch, busy);
        if (!ops) {
            stopPushing();
            return failLocally(ops.error());
        }
        if (ops->isEmpty())
            break;
        sendBatch(*ops);
    }
    if (m_pushesInFlight.isEmpty())
        uploadNextDocument();
}

void SyncEngine::sendBatch(const QList<protocol::Op> &ops)
{
    m_pushesInFlight.append(ops);
    const protocol::OpBatch batch{m_settings.workstationId, ops};
    m_client->pushOps(
        m_settings.hallId, batch,
        [this, generation = m_pushGeneration, sent = ops](PlatformResult<QList<protocol::OpResult>> result) {
            if (generation != m_pushGeneration)
                return;
            m_pushesInFlight.removeIf(
                [&sent](const QList<protocol::Op> &flying) { return flying.first().opId == sent.first().opId; });
            if (auto *failure = std::get_if<PlatformFailure>(&result)) {
                stopPushing();
                return fail(*failure, [this] { pushNextBatch(); });
            }
            auto outcome = m_store.applyResults(sent, std::get<QList<protocol::OpResult>>(result));
            if (!outcome) {
                stopPushing();
                return failLocally(outcome.error());
            }
            m_round.pushed += outcome->applied;
            m_round.duplicates += outcome->duplicates;
            m_round.conflicts += outcome->conflicts;
            m_round.rejected += outcome->rejected;
            if (outcome->conflicts + outcome->rejected > 0)
                qCWarning(lcSync) << outcome->conflicts << "conflict(s) and" << outcome->rejected
                                  << "rejection(s) moved to the needs-attention list";
            pushNextBatch();
        });
}

void SyncEngine::stopPushing()
{
    // The answer to a batch still in flight is dropped: its ops stay in the
    // outbox, and the platform answers them as duplicates when they are sent
    // again.
    ++m_pushGeneration;
    m_pushesInFlight.clear();
}

void SyncEngine::uploadNextDocument()
{
    auto documents = m_store.pendingDocuments(1);
    if (!documents)
        return failLocally(documents.error());
    if (documents->isEmpty())
        return pullNextPage();
    const PendingDocument document = documents->first();
    m_client->announceDocument(document.sha256, document.size, document.mediaType,
                               [this, document](PlatformResult<PlatformClient::DocumentProgress> result) {
                                   if (auto *failure = std::get_if<PlatformFailure>(&result))
                                       return fail(*failure, [this] { uploadNextDocument(); });
                                   const auto progress = std::get<PlatformClient::DocumentProgress>(result);
                                   uploadChunk(document, progress.complete ? document.size : progress.received);
                               });
}

void SyncEngine::uploadChunk(const PendingDocument &document, qint64 offset)
{
    if (offset >= document.size) {
        if (auto done = m_store.setDocumentProgress(document.sha256, document.size, true); !done)
            return failLocally(done.error());
        ++m_round.documents;
        return uploadNextDocument();
    }
    auto bytes = m_store.documentBytes(document.sha256, offset, m_settings.documentChunk);
    if (!bytes)
        return failLocally(bytes.error());
    m_client->uploadDocumentChunk(
        document.sha256, offset, *bytes, [this, document](PlatformResult<PlatformClient::DocumentProgress> result) {
            if (auto *failure = std::get_if<PlatformFailure>(&result))
                return fail(*failure, [this] { uploadNextDocument(); });
            const auto progress = std::get<PlatformClient::DocumentProgress>(result);
            // Remember how far the platform has it: a broken upload resumes here.
            if (auto saved = m_store.setDocumentProgress(document.sha256, progress.received, false); !saved)
                return failLocally(saved.error());
            uploadChunk(document, progress.complete ? document.size : progress.received);
        });
}

void SyncEngine::pullNextPage()
{
    auto cursor = m_store.cursor();
    if (!cursor)
        return failLocally(cursor.error());
    m_pagesAhead.clear();
    requestPage(*cursor);
}

void SyncEngine::requestPage(qint64 after)
{
    m_pagesAhead.append({after, std::nullopt, std::nullopt});
    m_client->pullChanges(
        m_settings.hallId, after, m_settings.pullPage,
        [this, generation = m_pullGeneration, after](qint64 next) {
            if (generation != m_pullGeneration)
                return;
            if (PageAhead *ahead = pageAhead(after))
                ahead->announcedNext = next;
            requestPagesAhead();
        },
        [this, generation = m_pullGeneration, after](PlatformResult<protocol::ChangesPage> result) {
            if (generation != m_pullGeneration)
                return;
            if (PageAhead *ahead = pageAhead(after))
                ahead->result = std::move(result);
            writeReadyPages();
        });
}

SyncEngine::PageAhead *SyncEngine::pageAhead(qint64 after)
{
    for (PageAhead &ahead : m_pagesAhead) {
        if (ahead.after == after)
            return &ahead;
    }
    return nullptr;
}

void SyncEngine::requestPagesAhead()
{
    // Three pages: one written, one decoded on a pool thread, one on its
    // way from the platform.
    constexpr int pagesAhead = 3;
    while (!m_pagesAhead.isEmpty() && m_pagesAhead.size() < pagesAhead && m_pagesAhead.last().announcedNext)
        requestPage(*m_pagesAhead.last().announcedNext);
}

void SyncEngine::writeReadyPages()
{
    // In cursor order: a page is written once every page before it is.
    while (!m_pagesAhead.isEmpty() && m_pagesAhead.first().result) {
        const PageAhead ahead = m_pagesAhead.takeFirst();
        if (const auto *failure = std::get_if<PlatformFailure>(&*ahead.result)) {
            stopPulling();
            return fail(*failure, [this] { pullNextPage(); });
        }
        const auto &page = std::get<protocol::ChangesPage>(*ahead.result);
        const bool more = page.hasMore && !page.changes.isEmpty();
        // A platform that does not announce the next cursor is asked for
        // the next page before this one is written: it reads it and the
        // network carries it while the vault writes this one.
        if (more && !ahead.announcedNext)
            requestPage(page.next);
        auto written = m_store.applyChanges(page);
        if (!written) {
            stopPulling();
            return failLocally(written.error());
        }
        m_round.pulled += int(page.changes.size());
        if (!more) {
            stopPulling(); // nothing is asked for past the last page; should it be, it is dropped
            return refreshCalendarsIfDue();
        }
        requestPagesAhead();
    }
}

void SyncEngine::stopPulling()
{
    // The answers to pages asked for ahead are dropped; the next pull starts
    // again from the cursor the vault holds.
    ++m_pullGeneration;
    m_pagesAhead.clear();
}

void SyncEngine::refreshCalendarsIfDue()
{
    const qint64 interval = m_settings.calendarCheckInterval.count();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (interval <= 0 || (m_calendarsCheckedUtc.isValid() && m_calendarsCheckedUtc.msecsTo(now) < interval))
        return finishRound();
    QList<int> years = m_settings.calendarYears;
    if (years.isEmpty()) {
        // Next year's notice decides the last week of December too.
        const int year = QDate::currentDate().year();
        years = {year, year + 1};
    }
    refreshCalendars(years);
}

void SyncEngine::refreshCalendars(QList<int> years)
{
    if (years.isEmpty()) {
        m_calendarsCheckedUtc = QDateTime::currentDateTimeUtc();
        return endCalendarCheck();
    }
    const int year = years.takeFirst();
    m_client->fetchCalendar(year, [this, year, years](PlatformResult<std::optional<PublishedCalendar>> result) {
        if (const auto *failure = std::get_if<PlatformFailure>(&result)) {
            qCWarning(lcSync) << "could not check the working-day calendar of" << year
                              << "(asked again next round):" << failure->message;
            return endCalendarCheck();
        }
        if (const auto &calendar = std::get<std::optional<PublishedCalendar>>(result)) {
            auto kept = PublishedCalendars(m_store).keep(*calendar);
            if (!kept) {
                qCWarning(lcSync) << "could not keep the working-day calendar of" << year << ":"
                                  << kept.error().message;
                return endCalendarCheck();
            }
            if (*kept) {
                ++m_round.calendarsUpdated;
                qCInfo(lcSync) << "the platform published a working-day calendar for" << year;
            }
        }
        refreshCalendars(years);
    });
}

void SyncEngine::endCalendarCheck()
{
    if (m_round.calendarsUpdated > 0)
        Q_EMIT calendarsChanged();
    finishRound();
}

void SyncEngine::finishRound()
{
    m_round.completed = true;
    m_running = false;
    m_backoff.reset();
    m_status.state = SyncStatus::State::Idle;
    m_status.lastSuccessUtc = QDateTime::currentDateTimeUtc();
    m_status.lastError.clear();
    publishStatus();
    qCInfo(lcSync) << "sync round done: pushed" << m_round.pushed << "pulled" << m_round.pulled << "conflicts"
                   << m_round.conflicts;
    Q_EMIT roundFinished(m_round);
    if (m_periodic)
        m_timer.start(int(m_settings.interval.count()));
}

} // namespace casedesk
