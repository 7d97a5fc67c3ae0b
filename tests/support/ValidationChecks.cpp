#include "ValidationChecks.h"

using namespace Qt::StringLiterals;

namespace casedesk::test {

QString explanationProblem(const Validation &result)
{
    if (result.message.zh.isEmpty() || result.message.en.isEmpty())
        return u"message missing"_s;
    if (result.message.zh == result.message.en)
        return u"message not translated: "_s + result.message.en;
    if (result.hint.zh.isEmpty() || result.hint.en.isEmpty())
        return u"hint missing"_s;
    if (result.hint.zh == result.hint.en)
        return u"hint not translated: "_s + result.hint.en;
    return QString();
}

} // namespace casedesk::test
