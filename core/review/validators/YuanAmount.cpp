#include "YuanAmount.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// 10^12 yuan, far beyond any fee or deposit a service hall handles: more
// is a slip of the keyboard.
constexpr qint64 maximumYuan = 1'000'000'000'000;

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212); // U+2212 MINUS SIGN
}

bool isYuanSign(QChar c)
{
    return c == QChar(0x00A5) || c == QChar(0xFFE5); // ¥ and full-width ￥
}

} // namespace

Validation validateYuanAmount(QStringView input)
{
    QString text = canonicalInput(input);
    if (text.isEmpty()) {
        return Validation::invalid(
            u"amount.empty"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "No amount was entered.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the amount in yuan, e.g. 1234.56.")));
    }
    const QString original = text;
    bool negative = false;
    if (!text.isEmpty() && isMinus(text.front())) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (!text.isEmpty() && isYuanSign(text.front()))
        text = text.mid(1).trimmed();
    if (!negative && !text.isEmpty() && isMinus(text.front())) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.endsWith(u"元整"_s))
        text.chop(2);
    else if (text.endsWith(u'元'))
        text.chop(1);
    text = text.trimmed();

    static const QRegularExpression amount(u"^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$"_s);
    const QRegularExpressionMatch match = amount.match(text);
    if (negative) {
        return Validation::invalid(
            u"amount.negative"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "An amount cannot be negative.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the amount without a minus sign.")));
    }
    if (!match.hasMatch()) {
        return Validation::invalid(
            u"amount.format"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "\"%1\" is not an amount in yuan."), {original}),
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "Write digits with at most two decimals, e.g. 1,234.56 or ¥1234.56.")));
    }
    const QString decimals = match.captured(2);
    if (decimals.size() > 2) {
        return Validation::invalid(
            u"amount.decimals"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "An amount in yuan has at most two decimals (fen); this one has %1."),
                {QString::number(decimals.size())}),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Round the amount to the fen, e.g. 12.35.")));
    }
    QString yuanDigits = match.captured(1).remove(u',');
    while (yuanDigits.size() > 1 && yuanDigits.startsWith(u'0'))
        yuanDigits.remove(0, 1);
    // Thirteen digits reach 10^12; more cannot pass and might overflow.
    const qint64 yuan = yuanDigits.size() <= 13 ? yuanDigits.toLongLong() : maximumYuan + 1;
    const qint64 fen = yuan * 100 + QString(decimals + u"00"_s).left(2).toLongLong();
    if (fen > maximumYuan * 100) {
        return Validation::invalid(
            u"amount.too-large"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "The amount exceeds 1,000,000,000,000 yuan.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Check the number of digits.")));
    }
    return Validation::valid(QString::number(fen));
}

} // namespace casedesk
