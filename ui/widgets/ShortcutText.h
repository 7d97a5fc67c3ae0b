#pragma once

#include <QKeySequence>
#include <QString>

namespace casedesk {

// A tooltip that names its keys, "Print (Ctrl+P)", so keyboard users learn
// them. One form for every window.
inline QString withShortcut(const QString &text, const QKeySequence &keys)
{
    if (keys.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

} // namespace casedesk
