#pragma once

#include <QStringList>

class QWidget;

namespace casedesk::test {

// Everything a person would read or press in a window, checked for large
// text (CounterDisplay): body text at least 18 pt, controls at least 48 px
// high, nothing elided, cut, overlapping or beyond the window, the window no
// larger than a 1366×768 screen. Returns the problems found, one line each.
QStringList largeTextProblems(QWidget *window);

} // namespace casedesk::test
