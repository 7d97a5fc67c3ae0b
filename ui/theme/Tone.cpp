#include "Tone.h"

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace casedesk {

namespace {

const char *name(Tone tone)
{
    switch (tone) {
    case Tone::Plain: return "plain";
    case Tone::Good: return "good";
    case Tone::Busy: return "busy";
    case Tone::Warning: return "warning";
    case Tone::Problem: return "problem";
    case Tone::Banner: return "banner";
    case Tone::Heading: return "heading";
    }
    return "plain";
}

} // namespace

void setTone(QWidget *widget, Tone tone)
{
    if (widget->property("tone").toByteArray() == name(tone))
        return;
    widget->setProperty("tone", QByteArray(name(tone)));
    // A dynamic property is read by the stylesheet only on a new polish.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace casedesk
