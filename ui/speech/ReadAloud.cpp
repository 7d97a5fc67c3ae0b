#include "ReadAloud.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

Q_LOGGING_CATEGORY(lcSpeech, "casedesk.speech")

} // namespace

QString spokenText(const SpokenStep &step)
{
    QStringList sentences;
    if (!step.step.isEmpty())
        sentences << ReadAloud::tr("Step: %1.").arg(step.step);
    if (!step.finding.isEmpty())
        sentences << ReadAloud::tr("Selected finding: %1").arg(step.finding);
    if (step.promisedDate.isValid())
        sentences << ReadAloud::tr("Promised completion date: %1, %n working day(s).", nullptr,
                                   step.promisedWorkingDays)
                         .arg(QLocale().toString(step.promisedDate, QLocale::LongFormat));
    return sentences.join(u' ');
}

ReadAloud::ReadAloud(QString engine, QObject *parent) : QObject(parent), m_engineName(std::move(engine))
{ }

ReadAloud::~ReadAloud() = default;

bool ReadAloud::isAvailable() const
{
    return m_speech && m_speech->state() != QTextToSpeech::Error;
}

void ReadAloud::setEnabled(bool on)
{
    m_enabled = on;
    if (!on) {
        if (m_speech)
            m_speech->stop();
        return;
    }
    // Loaded the first time it is wanted: a counter that never reads aloud
    // never loads a speech plugin.
    if (!m_started)
        startEngine();
    if (!isAvailable() && !m_toldUnavailable) {
        m_toldUnavailable = true;
        Q_EMIT unavailable(tr("Read-aloud is not available: no speech engine is installed on this computer "
                              "(for example speech-dispatcher with a Chinese voice). Everything else works as "
                              "usual."));
    }
}

void ReadAloud::startEngine()
{
    m_started = true;
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty() || (!m_engineName.isEmpty() && !engines.contains(m_engineName))) {
        qCInfo(lcSpeech) << "no speech engine" << m_engineName << "among" << engines;
        return;
    }
    m_speech = std::make_unique<QTextToSpeech>(m_engineName);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech) << "the speech engine failed to start:" << m_speech->errorString();
        return;
    }
    // A Chinese voice for a Chinese interface, where the engine has one.
    if (QLocale().language() == QLocale::Chinese) {
        for (const QLocale &locale : m_speech->availableLocales()) {
            if (locale.language() == QLocale::Chinese) {
                m_speech->setLocale(locale);
                break;
            }
        }
    }
}

void ReadAloud::say(const QString &text)
{
    if (!m_enabled || text.isEmpty() || !isAvailable())
        return;
    m_lastSpoken = text;
    m_speech->stop();
    m_speech->say(text);
}

} // namespace casedesk
