#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace casedesk {

Localization::Localization(QObject *parent) : QObject(parent)
{ }

QLocale Localization::defaultLocale()
{
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

namespace {

const QString languageKey = u"ui/language"_s;

} // namespace

QLocale Localization::preferredLocale()
{
    const QString saved = QSettings().value(languageKey).toString();
    if (saved == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::China);
    if (saved == u"en_US")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return defaultLocale();
}

bool Localization::choose(const QLocale &locale)
{
    const bool installed = install(locale);
    QSettings settings;
    settings.setValue(languageKey, m_current.name());
    settings.sync();
    return installed;
}

bool Localization::install(const QLocale &locale)
{
    QCoreApplication::removeTranslator(&m_casedesk);
    QCoreApplication::removeTranslator(&m_qt);
    m_current = QLocale(QLocale::English, QLocale::UnitedStates);
    // QLocale() picks the names of items and the date formats too.
    QLocale::setDefault(m_current);
    // The source strings are English; casedesk_en gives them their plural
    // forms ("1 case", "2 cases" for "%n case(s)").
    const bool english = locale.language() == QLocale::English;
    if (!m_casedesk.load(english ? m_current : locale, u"casedesk"_s, u"_"_s, u":/i18n"_s))
        return english;
    QCoreApplication::installTranslator(&m_casedesk);
    if (english)
        return true;
    // Qt's own strings (dialog buttons, context menus); optional.
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = locale;
    QLocale::setDefault(m_current);
    return true;
}

} // namespace casedesk
