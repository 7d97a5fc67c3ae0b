#include "PeriodReport.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its
// quotes doubled. A leading =, +, - or @ would make Excel read a formula
// (CSV injection): such a field starts with an apostrophe.
QString field(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &text : fields)
        quoted << field(text);
    return quoted.join(u',') + u"\r\n"_s;
}

QStringList dayFields(const QString &label, const DayFigures &day)
{
    return {label,
            QString::number(day.intake),
            QString::number(day.accepted),
            PeriodReport::percent(PeriodFigures::rate(day.accepted, day.intake)),
            QString::number(day.corrected),
            PeriodReport::percent(PeriodFigures::rate(day.corrected, day.intake)),
            QString::number(day.concluded),
            QString::number(day.concludedInTime),
            PeriodReport::percent(PeriodFigures::rate(day.concludedInTime, day.concluded))};
}

} // namespace

PeriodReport::PeriodReport(PeriodFigures figures, BoardQueue queue)
    : m_figures(std::move(figures)), m_queue(std::move(queue))
{ }

QString PeriodReport::auditObject() const
{
    return u"report:period:%1..%2"_s.arg(m_figures.from.toString(Qt::ISODate), m_figures.to.toString(Qt::ISODate));
}

QString PeriodReport::percent(const std::optional<double> &rate)
{
    return rate ? u"%1%"_s.arg(*rate * 100.0, 0, 'f', 1) : u"—"_s;
}

QByteArray PeriodReport::csv(const std::function<QString(CaseState)> &stateTitle) const
{
    QString text;
    text += line({QCoreApplication::translate("PeriodReport", "Hall report"),
                  QCoreApplication::translate("PeriodReport", "%1 to %2")
                      .arg(m_figures.from.toString(Qt::ISODate), m_figures.to.toString(Qt::ISODate))});
    text += line({QCoreApplication::translate("PeriodReport", "Date"),
                  QCoreApplication::translate("PeriodReport", "Intake"),
                  QCoreApplication::translate("PeriodReport", "Accepted"),
                  QCoreApplication::translate("PeriodReport", "Acceptance rate"),
                  QCoreApplication::translate("PeriodReport", "Correction notices"),
                  QCoreApplication::translate("PeriodReport", "Correction-notice rate"),
                  QCoreApplication::translate("PeriodReport", "Concluded with a promised date"),
                  QCoreApplication::translate("PeriodReport", "Concluded in time"),
                  QCoreApplication::translate("PeriodReport", "Deadline compliance")});
    for (const DayFigures &day : m_figures.days)
        text += line(dayFields(day.day.toString(Qt::ISODate), day));
    text += line(dayFields(QCoreApplication::translate("PeriodReport", "Total"), m_figures.total));
    text += u"\r\n"_s;
    text +=
        line({QCoreApplication::translate("PeriodReport", "Open cases on %1").arg(m_queue.today.toString(Qt::ISODate)),
              QCoreApplication::translate("PeriodReport", "Open"),
              QCoreApplication::translate("PeriodReport", "Awaiting acceptance"),
              QCoreApplication::translate("PeriodReport", "In process"),
              QCoreApplication::translate("PeriodReport", "At risk"),
              QCoreApplication::translate("PeriodReport", "Overdue")});
    for (const BoardCount &count : m_queue.byState) {
        const auto state = caseStateFromName(count.key);
        text +=
            line({state ? stateTitle(*state) : count.key, QString::number(count.open), QString::number(count.waiting),
                  QString::number(count.inProcess), QString::number(count.atRisk), QString::number(count.overdue)});
    }
    const BoardCount &total = m_queue.total;
    text += line({QCoreApplication::translate("PeriodReport", "Total"), QString::number(total.open),
                  QString::number(total.waiting), QString::number(total.inProcess), QString::number(total.atRisk),
                  QString::number(total.overdue)});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Expected<void> PeriodReport::authorize(const PermissionGuard &guard) const
{
    return guard.require(Permission::Export, auditObject());
}

Expected<void> PeriodReport::recordExport(const PermissionGuard &guard, const QString &format) const
{
    return guard.record(Permission::Export, auditObject(), QJsonObject{{u"format"_s, format}});
}

Expected<void> PeriodReport::writeCsv(const PermissionGuard &guard, const QString &path,
                                      const std::function<QString(CaseState)> &stateTitle) const
{
    if (auto allowed = authorize(guard); !allowed)
        return allowed;
    const QByteArray bytes = csv(stateTitle);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("PeriodReport", "The report could not be saved to %1: %2")
                               .arg(path, file.errorString()));
    return recordExport(guard, u"csv"_s);
}

} // namespace casedesk
