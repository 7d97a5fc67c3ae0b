// Case list benchmark (issue 5, point 11): what the counter feels with a
// million cases in the encrypted cache — opening the main window's case list,
// a search keystroke, a filter change, scrolling — through the real Vault
// (QSQLCIPHER), CaseQuery and CaseListModel, as MainWindow drives them.
//
//   bench_caselist [--vault DIR] [--cases N] [--queries Q] [--opens R]
//
// The vault in DIR is generated on the first run (several minutes for a
// million cases) and reused afterwards. Prints Markdown tables for
// docs/performance.md. Targets: vault open to first page <= 300 ms; search
// p95 <= 50 ms.
#include "BenchVault.h"

#include "catalogue/CatalogueLoader.h"
#include "models/CaseListModel.h"
#include "storage/SchemaMigrator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::bench;

namespace {

// The clerk the main window opens for (MainWindow: "My cases" first).
const QString staffId = u"staff.li"_s;
const QString counterId = u"W01"_s;

struct Services {
    Catalogue catalogue;
    WorkingDayCalendar calendar;
};

struct Latencies {
    explicit Latencies(QString what) : label(std::move(what)) { }

    QString label;
    QList<double> ms;
    QList<double> stalls; // the longest single read of each
    QList<int> rows;
    CaseFilter slowest; // for --explain

    double percentile(double p) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }
    double max() const { return *std::max_element(ms.cbegin(), ms.cend()); }
    int medianRows() const
    {
        QList<int> sorted = rows;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }
};

double millisecondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

constexpr int screenRows = 30; // the table at 1280x800 shows about 25

void paintFirstScreen(const CaseListModel &model);

// What the table view does after a filter change: while its screen is not
// full, it asks for more (a read may return only part of a page when its
// walk budget runs out), then paints every column's text and the deadline
// colours. Returns the longest single read, in ms: how long the keyboard
// waited at most.
double fillFirstScreen(CaseListModel &model, double firstReadMs)
{
    double longest = firstReadMs;
    while (model.rowCount() < screenRows && model.canFetchMore({})) {
        QElapsedTimer timer;
        timer.start();
        model.fetchMore({});
        longest = std::max(longest, millisecondsSince(timer));
    }
    paintFirstScreen(model);
    return longest;
}

void paintFirstScreen(const CaseListModel &model)
{
    for (int column = 0; column < model.columnCount(); ++column)
        (void)model.headerData(column, Qt::Horizontal);
    const int rows = std::min(model.rowCount(), screenRows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::BackgroundRole), int(Qt::ForegroundRole)})
                (void)index.data(role);
        }
    }
}

// MainWindow::applyFilter with the window's controls as given.
CaseFilter windowFilter(CaseFilter::Scope scope)
{
    CaseFilter filter;
    filter.scope = scope;
    filter.staffId = staffId;
    filter.counterId = counterId;
    return filter;
}

// Vault::open to the first screen of "My cases" painted.
struct OpenTiming {
    double openMs = 0;
    double totalMs = 0;
    double longestReadMs = 0;
    int rows = 0;
};

OpenTiming openToFirstPage(BenchVault &bench, const Services &services)
{
    OpenTiming timing;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Vault> vault = bench.open();
    timing.openMs = millisecondsSince(timer);
    {
        CaseListModel model(vault->caseQuery(), &services.catalogue, &services.calendar);
        QElapsedTimer read;
        read.start();
        model.setFilter(windowFilter(CaseFilter::Scope::Mine));
        timing.longestReadMs = fillFirstScreen(model, millisecondsSince(read));
        timing.totalMs = millisecondsSince(timer);
        timing.rows = model.rowCount();
        if (!model.lastError().isEmpty())
            qFatal("first page: %s", qPrintable(model.lastError()));
    }
    return timing;
}

// One filter change (or search keystroke) as the window makes it: the model
// resets to the first page and the view fills its screen and paints it.
Latencies measureFilters(CaseListModel &model, const QString &label, int count,
                         const std::function<CaseFilter(int)> &filterFor)
{
    Latencies result{label};
    for (int i = 0; i < count; ++i) {
        const CaseFilter filter = filterFor(i);
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        const double stall = fillFirstScreen(model, millisecondsSince(timer));
        const double ms = millisecondsSince(timer);
        if (result.ms.isEmpty() || ms > result.max())
            result.slowest = filter;
        result.ms << ms;
        result.stalls << stall;
        result.rows << model.rowCount();
        if (!model.lastError().isEmpty())
            qFatal("%s: %s", qPrintable(label), qPrintable(model.lastError()));
    }
    return result;
}

QList<Latencies> measureSearches(CaseListModel &model, const SearchSamples &samples, int count,
                                 QRandomGenerator &random)
{
    auto search = [](const QString &text) {
        CaseFilter filter = windowFilter(CaseFilter::Scope::Hall);
        filter.search = text;
        return filter;
    };
    QList<Latencies> results;
    results << measureFilters(model, u"receipt number (whole)"_s, count,
                              [&](int i) { return search(samples.receiptNumbers.at(i)); });
    QStringList typed;
    for (int i = 0; i < count; ++i) {
        const QString &receipt = samples.receiptNumbers.at(i);
        typed << receipt.left(1 + int(random.bounded(quint32(receipt.size()))));
    }
    // The list's own order (newest receipt first), and the same prefixes
    // with newest change first chosen from the column header (still listed
    // by receipt number: CaseQuery::sortOf).
    results << measureFilters(model, u"receipt number (as typed: a random prefix)"_s, count,
                              [&](int i) { return search(typed.at(i)); });
    results << measureFilters(model, u"receipt number (as typed), newest change first chosen"_s, count, [&](int i) {
        CaseFilter filter = search(typed.at(i));
        filter.sort = CaseFilter::Sort::Updated;
        return filter;
    });
    results << measureFilters(model, u"applicant name (whole)"_s, count,
                              [&](int i) { return search(samples.applicantNames.at(i)); });
    results << measureFilters(model, u"applicant surname (first character)"_s, count,
                              [&](int i) { return search(samples.applicantNames.at(i).left(1)); });
    results << measureFilters(model, u"last 4 ID digits"_s, count,
                              [&](int i) { return search(samples.idTails.at(i)); });
    return results;
}

QList<Latencies> measureFilterChanges(CaseListModel &model, const Services &services, int count,
                                      QRandomGenerator &random)
{
    static constexpr CaseFilter::Scope scopes[] = {CaseFilter::Scope::Mine, CaseFilter::Scope::Counter,
                                                   CaseFilter::Scope::Hall};
    auto anyScope = [&] {
        return windowFilter(scopes[random.bounded(quint32(std::size(scopes)))]);
    };
    static constexpr CaseState states[] = {CaseState::Draft,       CaseState::PreReviewed, CaseState::CorrectionIssued,
                                           CaseState::Resubmitted, CaseState::Accepted,    CaseState::InProgress,
                                           CaseState::Completed,   CaseState::Rejected,    CaseState::Withdrawn};
    QStringList items;
    for (const Bundle &bundle : services.catalogue.bundles())
        items << bundle.code;
    for (const ServiceItem &item : services.catalogue.items())
        items << item.code;
    const QDate today = QDate::currentDate();

    QList<Latencies> results;
    results << measureFilters(model, u"scope (mine, counter, hall)"_s, count, [&](int) { return anyScope(); });
    results << measureFilters(model, u"state (any scope)"_s, count, [&](int) {
        CaseFilter filter = anyScope();
        filter.states = {states[random.bounded(quint32(std::size(states)))]};
        return filter;
    });
    results << measureFilters(model, u"due within 3 days or overdue (any scope)"_s, count, [&](int) {
        CaseFilter filter = anyScope();
        filter.dueBy = today.addDays(3);
        return filter;
    });
    results << measureFilters(model, u"overdue (any scope)"_s, count, [&](int) {
        CaseFilter filter = anyScope();
        filter.dueBy = today.addDays(-1);
        return filter;
    });
    results << measureFilters(model, u"service item (any scope)"_s, count, [&](int) {
        CaseFilter filter = anyScope();
        filter.itemCode = items.at(random.bounded(quint32(items.size())));
        return filter;
    });
    // The "Taken in" filter: a day, a week or a month of the 90 days the
    // synthetic cases were taken in over.
    for (const int days : {1, 7, 30}) {
        results << measureFilters(model, u"taken in over %1 day(s) (any scope)"_s.arg(days), count, [&, days](int) {
            CaseFilter filter = anyScope();
            filter.createdTo = today.addDays(-int(random.bounded(quint32(90 - days))));
            filter.createdFrom = filter.createdTo.addDays(1 - days);
            return filter;
        });
    }
    results << measureFilters(model, u"sort by deadline (any scope)"_s, count, [&](int) {
        CaseFilter filter = anyScope();
        filter.sort = CaseFilter::Sort::Due;
        filter.descending = random.bounded(2u) == 0;
        return filter;
    });
    results << measureFilters(model, u"sort by receipt number (any scope)"_s, count, [&](int) {
        CaseFilter filter = anyScope();
        filter.sort = CaseFilter::Sort::Receipt;
        filter.descending = random.bounded(2u) == 0;
        return filter;
    });
    return results;
}

// Scrolling: the view's fetchMore for pages 2 to 11 after a filter change.
Latencies measureScrolling(CaseListModel &model, int count, QRandomGenerator &random)
{
    static constexpr CaseFilter::Scope scopes[] = {CaseFilter::Scope::Mine, CaseFilter::Scope::Counter,
                                                   CaseFilter::Scope::Hall};
    Latencies result{u"next page while scrolling (fetchMore, pages 2-11)"_s};
    while (result.ms.size() < count) {
        model.setFilter(windowFilter(scopes[random.bounded(quint32(std::size(scopes)))]));
        for (int page = 0; page < 10 && result.ms.size() < count && model.canFetchMore({}); ++page) {
            const int before = model.rowCount();
            QElapsedTimer timer;
            timer.start();
            model.fetchMore({});
            result.ms << millisecondsSince(timer);
            result.stalls << result.ms.last();
            result.rows << model.rowCount() - before;
        }
    }
    return result;
}

QString procStatus(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qsizetype(std::strlen(field)) + 1).trimmed());
    }
    return {};
}

// Forgets the peak of the fill, so VmHWM tells the peak of the measured part.
void resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

QString describe(const CaseFilter &filter)
{
    static const char *const scopes[] = {"mine", "counter", "hall"};
    QStringList parts{QString::fromLatin1(scopes[int(filter.scope)])};
    for (CaseState state : filter.states)
        parts << u"state %1"_s.arg(caseStateName(state));
    if (!filter.itemCode.isEmpty())
        parts << u"item %1"_s.arg(filter.itemCode);
    if (filter.dueBy.isValid())
        parts << u"due by %1"_s.arg(filter.dueBy.toString(Qt::ISODate));
    if (!filter.search.isEmpty())
        parts << u"search \"%1\""_s.arg(filter.search);
    static const char *const sorts[] = {"automatic", "updated", "due", "created", "receipt"};
    parts << u"by %1 %2"_s.arg(QString::fromLatin1(sorts[int(filter.sort)]), filter.descending ? u"desc"_s : u"asc"_s);
    return parts.join(u", "_s);
}

// The slowest query of each kind, and what SQLite did for it.
void printPlans(const CaseQuery &query, const QList<Latencies> &rows)
{
    for (const Latencies &row : rows) {
        std::printf("\n- %s, slowest (%.1f ms): %s\n", qPrintable(row.label), row.max(),
                    qPrintable(describe(row.slowest)));
        auto plan = query.plan(row.slowest, CaseListModel::pageSize);
        for (const QString &step : plan ? *plan : QStringList{plan.error().message})
            std::printf("  - `%s`\n", qPrintable(step));
    }
}

void printTable(const QString &title, const QList<Latencies> &rows, double targetMs)
{
    std::printf("\n%s\n\n", qPrintable(title));
    std::printf("| what | n | p50 ms | p95 ms | max ms | longest single read, max ms | rows (median) |\n"
                "|---|---:|---:|---:|---:|---:|---:|\n");
    for (const Latencies &row : rows) {
        const double p95 = row.percentile(0.95);
        const char *mark = targetMs > 0 && p95 > targetMs ? "**" : "";
        std::printf("| %s | %lld | %.1f | %s%.1f%s | %.1f | %.1f | %d |\n", qPrintable(row.label),
                    qlonglong(row.ms.size()), row.percentile(0.5), mark, p95, mark, row.max(),
                    *std::max_element(row.stalls.cbegin(), row.stalls.cend()), row.medianRows());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // CaseListModel answers colours (QBrush): a GUI application, no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption vaultOption(u"vault"_s,
                                         u"profile directory of the bench vault, generated if missing and reused"_s,
                                         u"DIR"_s, QDir::temp().filePath(u"casedesk-bench-caselist"_s));
    const QCommandLineOption casesOption(u"cases"_s, u"cases in the vault"_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption queriesOption(u"queries"_s, u"random queries per kind"_s, u"Q"_s, u"200"_s);
    const QCommandLineOption opensOption(u"opens"_s, u"timed vault opens, cold and warm each"_s, u"R"_s, u"7"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"seed of the synthetic cases and the queries"_s, u"S"_s,
                                        u"20261128"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"print the query plan of the slowest query of each kind"_s);
    const QCommandLineOption cacheOption(
        u"cache-mib"_s, u"SQLite page cache for the timed connections (default: the vault's own)"_s, u"MIB"_s, u"0"_s);
    parser.addOptions({vaultOption, casesOption, queriesOption, opensOption, seedOption, explainOption, cacheOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 wanted = parser.value(casesOption).toLongLong();
    const int queries = std::max(1, parser.value(queriesOption).toInt());
    const int opens = std::max(1, parser.value(opensOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();

    BenchVault bench(parser.value(vaultOption));
    bench.setCacheKiB(parser.value(cacheOption).toInt() * 1024);
    QElapsedTimer setup;
    setup.start();
    const qint64 cases = bench.ensureCases(wanted, seed);
    std::fprintf(stderr, "bench vault ready: %lld cases, %.1f MiB, %.1f s (includes any fill or migration)\n", cases,
                 double(bench.databaseBytes()) / (1024.0 * 1024.0), double(setup.elapsed()) / 1000.0);
    auto catalogue = CatalogueLoader::bundled();
    auto calendar = WorkingDayCalendar::bundled();
    if (!catalogue || !calendar)
        qFatal("cannot load the bundled catalogue or calendar");
    const Services services{*catalogue, *calendar};
    resetPeakRss();

    // (a) Opening: cold (database file evicted from the OS page cache, as
    // after a reboot) and warm (opened again later in the day).
    Latencies cold{u"cold: file not in the OS page cache"_s};
    Latencies warm{u"warm: file in the OS page cache"_s};
    Latencies coldOpen{u"cold: Vault::open alone"_s};
    Latencies warmOpen{u"warm: Vault::open alone"_s};
    for (int run = 0; run < opens; ++run) {
        bench.evictFromPageCache();
        const OpenTiming first = openToFirstPage(bench, services);
        const OpenTiming again = openToFirstPage(bench, services);
        cold.ms << first.totalMs;
        cold.stalls << first.longestReadMs;
        cold.rows << first.rows;
        coldOpen.ms << first.openMs;
        coldOpen.stalls << first.openMs;
        coldOpen.rows << first.rows;
        warm.ms << again.totalMs;
        warm.stalls << again.longestReadMs;
        warm.rows << again.rows;
        warmOpen.ms << again.openMs;
        warmOpen.stalls << again.openMs;
        warmOpen.rows << again.rows;
        std::fprintf(stderr, "open %d: cold %.1f ms (open %.1f), warm %.1f ms (open %.1f)\n", run + 1, first.totalMs,
                     first.openMs, again.totalMs, again.openMs);
    }

    // (b) and (c) on one open vault, in the order a clerk's day mixes them.
    std::unique_ptr<Vault> vault = bench.open();
    const SearchSamples samples = sampleSearches(*vault, queries, seed);
    QRandomGenerator random(seed);
    QList<Latencies> searches, filters;
    {
        CaseListModel model(vault->caseQuery(), &services.catalogue, &services.calendar);
        searches = measureSearches(model, samples, queries, random);
        filters = measureFilterChanges(model, services, queries, random);
        filters << measureScrolling(model, queries, random);
    }
    const int schema = vault->schemaVersion();
    const QString cipher = vault->cipherVersion();

    std::printf("Case list over %lld synthetic cases in the encrypted vault (QSQLCIPHER, SQLCipher %s, "
                "schema %d, %.1f MiB; %s, %s, %d cores).\n",
                cases, qPrintable(cipher), schema, double(bench.databaseBytes()) / (1024.0 * 1024.0),
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()),
                QThread::idealThreadCount());
    std::printf("Unsealing the vault key (PBKDF2, at sign-in, not included below): %.0f ms.\n",
                bench.unsealSeconds() * 1000.0);
    printTable(u"Vault open to the first screen of \"My cases\" painted (target 300 ms), %1 opens each:"_s.arg(opens),
               {cold, warm, coldOpen, warmOpen}, 300);
    printTable(u"Search keystroke in the whole hall: filter set to first screen painted (target p95 50 ms):"_s,
               searches, 50);
    printTable(u"Filter changes and scrolling:"_s, filters, 50);
    std::printf("\nPeak RSS while measuring: %s (RSS at the end: %s).\n", qPrintable(procStatus("VmHWM:")),
                qPrintable(procStatus("VmRSS:")));
    if (parser.isSet(explainOption)) {
        std::printf("\nQuery plans (EXPLAIN QUERY PLAN: one line per way in, then the page's rows):\n");
        printPlans(vault->caseQuery(), searches + filters);
    }
    vault.reset();
    return 0;
}
