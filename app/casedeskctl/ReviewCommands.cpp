#include "ReviewCommands.h"

#include "catalogue/CatalogueLoader.h"
#include "domain/calendar/Deadline.h"
#include "review/CatalogueExampleCheck.h"
#include "review/FieldValueCheck.h"
#include "review/PreReviewEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace casedesk::ctl {

ReviewCommands::ReviewCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{ }

ExitCode ReviewCommands::fail(const Error &error, ExitCode code)
{
    m_err << QCoreApplication::translate("casedeskctl", "casedeskctl: %1").arg(error.message) << Qt::endl;
    return code;
}

ExitCode ReviewCommands::checkCatalogue(const QString &path)
{
    auto catalogue = CatalogueLoader::fromFile(path);
    if (!catalogue)
        return fail(catalogue.error(), catalogue.error().code == ErrorCode::Io ? Usage : Failure);
    m_out << QCoreApplication::translate("casedeskctl", "%1: version %2, %3 items, %4 bundles, structure sound.")
                 .arg(path, catalogue->version())
                 .arg(catalogue->items().size())
                 .arg(catalogue->bundles().size())
          << Qt::endl;
    int failed = 0;
    const QList<ExampleOutcome> outcomes = checkCatalogueExamples(*catalogue);
    for (const ExampleOutcome &outcome : outcomes) {
        if (outcome.passed())
            continue;
        ++failed;
        m_out << QCoreApplication::translate("casedeskctl", "example \"%1\" of %2:")
                     .arg(outcome.example.name, outcome.example.formCode)
              << Qt::endl;
        if (!outcome.error.isEmpty())
            m_out << u"  "_s << outcome.error << Qt::endl;
        for (const QString &rule : outcome.missing)
            m_out << QCoreApplication::translate("casedeskctl", "  expected %1, which found nothing").arg(rule)
                  << Qt::endl;
        for (const QString &rule : outcome.unexpected)
            m_out
                << QCoreApplication::translate("casedeskctl", "  %1 blocks acceptance, but was not expected").arg(rule)
                << Qt::endl;
    }
    m_out << QCoreApplication::translate("casedeskctl", "%1 of %2 examples behave as expected.")
                 .arg(outcomes.size() - failed)
                 .arg(outcomes.size())
          << Qt::endl;
    return failed == 0 ? Success : Failure;
}

ExitCode ReviewCommands::review(const QString &applicationPath, const QString &cataloguePath, QDate today)
{
    QFile file(applicationPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::make(ErrorCode::Io,
                                QCoreApplication::translate("casedeskctl", "Cannot read %1: %2")
                                    .arg(applicationPath, file.errorString())),
                    Usage);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Error::make(ErrorCode::InvalidArgument,
                                QCoreApplication::translate("casedeskctl", "%1 is not a JSON application: %2")
                                    .arg(applicationPath, parseError.errorString())),
                    Usage);
    auto application = Application::fromJson(document.object());
    if (!application)
        return fail(application.error(), Usage);
    auto catalogue = cataloguePath.isEmpty() ? CatalogueLoader::bundled() : CatalogueLoader::fromFile(cataloguePath);
    if (!catalogue)
        return fail(catalogue.error(), Failure);
    auto form = catalogue->form(application->formCode);
    if (!form)
        return fail(form.error(), Usage);
    const PreReviewReport report = PreReviewEngine(*form).review(*application, today);
    m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    m_out.flush();
    return report.blocksAcceptance() ? Failure : Success;
}

ExitCode ReviewCommands::validate(const QString &kind, const QString &value, QDate today)
{
    static const QHash<QString, FieldType> kinds{{u"id"_s, FieldType::CitizenId},
                                                 {u"uscc"_s, FieldType::CreditCode},
                                                 {u"mobile"_s, FieldType::Mobile},
                                                 {u"bankcard"_s, FieldType::BankCard}};
    if (!kinds.contains(kind))
        return fail(Error::make(ErrorCode::InvalidArgument,
                                QCoreApplication::translate("casedeskctl",
                                                            "validate knows id, uscc, mobile and "
                                                            "bankcard, not \"%1\"")
                                    .arg(kind)),
                    Usage);
    const Validation validation = checkValue(kinds.value(kind), value, today);
    const QLocale locale;
    switch (validation.verdict) {
    case Validation::Verdict::Valid:
        m_out << QCoreApplication::translate("casedeskctl", "valid: %1").arg(validation.normalized) << Qt::endl;
        return Success;
    case Validation::Verdict::Warning:
        m_out << QCoreApplication::translate("casedeskctl", "valid, with a warning (%1): %2 %3")
                     .arg(validation.reason, validation.message.in(locale), validation.hint.in(locale))
              << Qt::endl;
        return Success;
    case Validation::Verdict::Invalid: break;
    }
    m_out << QCoreApplication::translate("casedeskctl", "invalid (%1): %2 %3")
                 .arg(validation.reason, validation.message.in(locale), validation.hint.in(locale))
          << Qt::endl;
    return Failure;
}

ExitCode ReviewCommands::deadline(QDate from, int days)
{
    auto calendar = WorkingDayCalendar::bundled();
    if (!calendar)
        return fail(calendar.error(), Failure);
    auto promised = Deadline::promise(*calendar, from, days);
    if (!promised)
        return fail(promised.error(), Failure);
    m_out << promised->due.toString(Qt::ISODate) << Qt::endl;
    return Success;
}

} // namespace casedesk::ctl
