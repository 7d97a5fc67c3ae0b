#pragma once

#include <QKeySequence>
#include <QString>
#include <QWidget>

namespace casedesk {

// A tooltip that names its keys, "Print (Ctrl+P)", so keyboard users learn
// them. One form for every window.
inline QString withShortcut(const QString &text, const QKeySequence &keys)
{
    if (keys.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

// What a control does, with its keys, said alike to the mouse (its tooltip)
// and to a screen reader (its accessible description). Item views and
// scroll areas take the description alone: their tooltip would show over
// everything inside them.
inline void describe(QWidget *control, const QString &what, const QKeySequence &keys = {})
{
    const QString text = withShortcut(what, keys);
    control->setToolTip(text);
    control->setAccessibleDescription(text);
}

} // namespace casedesk
