// Pre-review throughput (issue 3, point 10): the bundled catalogue's own
// worked examples — complete applications and ones that trip each rule, for
// every item and bundle — reviewed round-robin on one thread.
//
//   bench_pre_review [--applications N] [--repeat R]
//
// Prints a Markdown table for docs/performance.md. Target: >= 20,000/s.
#include "catalogue/CatalogueLoader.h"
#include "review/PreReviewEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace casedesk;

namespace {

struct Workload {
    std::shared_ptr<PreReviewEngine> engine;
    Application application;
    QDate reviewDate;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(u"applications"_s, u"reviews per run"_s, u"N"_s, u"200000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"runs (median reported)"_s, u"R"_s, u"5"_s);
    parser.addOptions({countOption, repeatOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    auto catalogue = CatalogueLoader::bundled();
    if (!catalogue)
        qFatal("%s", qPrintable(catalogue.error().message));
    QHash<QString, std::shared_ptr<PreReviewEngine>> engines;
    QList<Workload> mix;
    int failing = 0;
    for (const CatalogueExample &example : catalogue->examples()) {
        std::shared_ptr<PreReviewEngine> &engine = engines[example.formCode];
        if (!engine)
            engine = std::make_shared<PreReviewEngine>(*catalogue->form(example.formCode));
        mix.append({engine, *Application::fromJson(example.application), example.reviewDate});
        failing += example.expectedRuleIds.isEmpty() ? 0 : 1;
    }

    QList<double> rates;
    qsizetype findings = 0;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            const Workload &work = mix.at(i % mix.size());
            findings += work.engine->review(work.application, work.reviewDate).findings.size();
        }
        rates.append(count / (double(timer.nsecsElapsed()) / 1e9));
        std::fprintf(stderr, "run %d: %.0f applications/s\n", run + 1, rates.last());
    }
    std::sort(rates.begin(), rates.end());

    std::printf("Pre-review of %d applications on one thread, median of %d runs (%s, %s):\n\n", count, repeat,
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()));
    std::printf("| mix | forms | applications/s | mean findings per application |\n|---|---:|---:|---:|\n");
    std::printf("| %lld catalogue examples (%d with findings) | %lld | %.0f | %.2f |\n", qlonglong(mix.size()), failing,
                qlonglong(engines.size()), rates.at(rates.size() / 2), double(findings) / (double(count) * repeat));
    std::printf("\nTarget: >= 20000 applications/s on one core.\n");
    return 0;
}
