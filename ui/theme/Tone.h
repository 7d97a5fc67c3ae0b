#pragma once

class QWidget;

namespace casedesk {

// What a piece of text means, for its colour: the display mode in force
// (CounterDisplay) picks the colours, so that no widget hard-codes one that
// fails the high-contrast theme. Every tone also carries a sign or words
// (✓, ✕, ⚠): state is never shown by colour alone.
enum class Tone {
    Plain,
    Good, // done, valid, online
    Busy, // working on it
    Warning, // look at this
    Problem, // blocks, failed, offline
    Banner, // the training banner
    Heading, // a screen's title
};

// Sets the widget's tone (the dynamic property "tone" the stylesheet reads).
void setTone(QWidget *widget, Tone tone);

} // namespace casedesk
