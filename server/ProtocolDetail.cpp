#include "ProtocolDetail.h"

#include <QCoreApplication>

namespace casedesk {

QString protocolDetail(const Error &error)
{
    // The same source text as Protocol.cpp's, so a translator installed by an
    // embedding workstation is honoured too.
    const QString preamble =
        QCoreApplication::translate("Protocol", "The platform's message is malformed: %1").arg(QString());
    // Nested readers (an op inside a batch) repeat the preamble.
    QString detail = error.message;
    while (detail.startsWith(preamble))
        detail = detail.mid(preamble.size());
    return detail;
}

} // namespace casedesk
