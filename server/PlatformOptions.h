#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <chrono>

namespace casedesk {

enum class LogFormat { Text, Json };

// How a platform runs: main.cpp fills it from the command line, training
// mode from its own defaults.
struct PlatformOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    // 0: any free port; PlatformServer::start() returns the one it got.
    quint16 port = 8443;
    // "sqlite:PATH" or "postgresql://user[:password]@host[:port]/dbname" (DatabaseLocation).
    QString database = QStringLiteral("sqlite:casedesk-platform.db");
    // Both set: HTTPS; neither: plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    // Empty: the catalogue compiled into the program.
    QString catalogueFile;
    // Working-day calendars published besides the bundled ones: the next
    // year's as soon as the State Council's notice is out, or a corrected one.
    QStringList calendarFiles;
    // Creates the synthetic TRAINING-HALL when the database has no hall yet.
    bool seedTrainingHall = false;
    std::chrono::seconds tokenLifetime{8 * 3600};
    std::chrono::seconds refreshTokenLifetime{7 * 24 * 3600};
    LogFormat logFormat = LogFormat::Text;
};

} // namespace casedesk
