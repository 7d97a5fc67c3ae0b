#include "LocalizedText.h"

#include <QHash>
#include <QJsonValue>
#include <QTranslator>

#include <mutex>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Loaded once, never installed: it answers for Chinese whatever language the
// application itself runs in.
const QTranslator &chineseCatalogue()
{
    static QTranslator translator;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        if (!translator.load(u":/i18n/casedesk_zh_CN.qm"_s))
            qWarning("casedesk: the compiled-in Chinese translations are missing");
    });
    return translator;
}

// Pre-review builds these texts for every finding on every keystroke; a
// lookup in QTranslator each time would dominate. Sources are string
// literals, so their address is a stable key; each thread keeps its own cache.
const LocalizedText &cachedTranslation(const char *context, const char *source)
{
    thread_local QHash<std::pair<const char *, const char *>, LocalizedText> cache;
    const auto key = std::make_pair(context, source);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const QString english = QString::fromUtf8(source);
        QString chinese = chineseCatalogue().translate(context, source);
        if (chinese.isEmpty())
            chinese = english;
        it = cache.insert(key, LocalizedText{chinese, english});
    }
    return *it;
}

QString substitute(QString text, const QStringList &args)
{
    // QString::arg() would renumber; replace each marker explicitly, from
    // the highest so that %1 does not eat the start of %10.
    for (qsizetype i = args.size(); i >= 1; --i)
        text.replace(u'%' + QString::number(i), args.at(i - 1));
    return text;
}

} // namespace

QString LocalizedText::in(const QLocale &locale) const
{
    if (locale.language() == QLocale::Chinese && !zh.isEmpty())
        return zh;
    return en.isEmpty() ? zh : en;
}

QJsonObject LocalizedText::toJson() const
{
    return QJsonObject{{u"zh"_s, zh}, {u"en"_s, en}};
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return LocalizedText{value.toString(), value.toString()};
    const QJsonObject object = value.toObject();
    return LocalizedText{object.value(u"zh"_s).toString(), object.value(u"en"_s).toString()};
}

LocalizedText LocalizedText::translated(const char *context, const char *source, const QStringList &args)
{
    QList<LocalizedText> same;
    for (const QString &arg : args)
        same.append(LocalizedText{arg, arg});
    return translated(context, source, same);
}

LocalizedText LocalizedText::translated(const char *context, const char *source, const QList<LocalizedText> &args)
{
    QStringList zhArgs;
    QStringList enArgs;
    for (const LocalizedText &arg : args) {
        zhArgs << arg.zh;
        enArgs << arg.en;
    }
    const LocalizedText &text = cachedTranslation(context, source);
    return LocalizedText{substitute(text.zh, zhArgs), substitute(text.en, enArgs)};
}

} // namespace casedesk
