#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace casedesk {

// Installs the translations of CaseDesk (compiled into the program from
// translations/*.ts) and of Qt itself for a locale, and can switch them at
// run time: Chinese is the users' language, English the fallback.
class Localization final : public QObject
{
    Q_OBJECT
public:
    explicit Localization(QObject *parent = nullptr);

    // Chinese on a Chinese system locale, English otherwise.
    static QLocale defaultLocale();
    // The language chosen last on this computer (QSettings), or the default.
    static QLocale preferredLocale();

    // Returns false (and installs English) when no translation exists for
    // the locale.
    bool install(const QLocale &locale);
    // install(), remembered for the next start: the user's choice in settings.
    bool choose(const QLocale &locale);
    QLocale current() const { return m_current; }

private:
    QTranslator m_casedesk;
    QTranslator m_qt;
    QLocale m_current{QLocale::English, QLocale::UnitedStates};
};

} // namespace casedesk
