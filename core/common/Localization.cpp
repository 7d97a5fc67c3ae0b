#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>

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

bool Localization::install(const QLocale &locale)
{
    QCoreApplication::removeTranslator(&m_casedesk);
    QCoreApplication::removeTranslator(&m_qt);
    m_current = QLocale(QLocale::English, QLocale::UnitedStates);
    if (locale.language() == QLocale::English)
        return true; // the source strings are English
    if (!m_casedesk.load(locale, u"casedesk"_s, u"_"_s, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(&m_casedesk);
    // Qt's own strings (dialog buttons, context menus); optional.
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = locale;
    return true;
}

} // namespace casedesk
