#pragma once

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

class QTextToSpeech;

namespace casedesk {

// What read-aloud says of an intake: the step the clerk is on, the finding
// selected in the pre-review and the promised completion date.
struct SpokenStep {
    QString step;
    QString finding;
    QDate promisedDate;
    int promisedWorkingDays = 0;
};

// The sentence read out, in the UI language; empty when there is nothing to say.
QString spokenText(const SpokenStep &step);

// Read-aloud for the elderly-assist counter (Qt TextToSpeech), off by
// default. In Chinese where the engine has a Chinese voice. With no speech
// engine installed it says so once (unavailable()) and stays silent; nothing
// else depends on it.
class ReadAloud final : public QObject
{
    Q_OBJECT
public:
    // engine: a TextToSpeech plugin by name; empty for the platform's default.
    explicit ReadAloud(QString engine = {}, QObject *parent = nullptr);
    ~ReadAloud() override;

    bool isEnabled() const { return m_enabled; }
    // Whether an engine answered (known once read-aloud was first turned on).
    bool isAvailable() const;
    // The last text handed to the engine (tests, and the status bar).
    QString lastSpoken() const { return m_lastSpoken; }

public Q_SLOTS:
    void setEnabled(bool on);
    // Reads the text out when on and an engine is there; says nothing otherwise.
    void say(const QString &text);

Q_SIGNALS:
    // No engine: told once, the first time read-aloud is turned on.
    void unavailable(const QString &message);

private:
    void startEngine();

    QString m_engineName;
    std::unique_ptr<QTextToSpeech> m_speech;
    bool m_enabled = false;
    bool m_started = false;
    bool m_toldUnavailable = false;
    QString m_lastSpoken;
};

} // namespace casedesk
