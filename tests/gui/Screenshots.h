#pragma once

#include <QString>

class QWidget;

// The README's screenshots come from the GUI tests themselves: with
// CASEDESK_SCREENSHOTS set to a folder (`scripts/dev screenshots` sets it and
// runs the tests under Xvfb, in Chinese), each call saves what the window
// shows there as NAME.png. Without it, nothing happens.
namespace casedesk::test {

void screenshot(QWidget *window, const QString &name);

} // namespace casedesk::test
