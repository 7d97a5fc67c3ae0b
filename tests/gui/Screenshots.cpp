#include "Screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace casedesk::test {

void screenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("CASEDESK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    // What was queued (a review, a relayout) is on screen before the shot.
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(name + u".png"_s);
    if (!QDir().mkpath(folder) || !window->grab().save(path))
        qWarning("the screenshot %s could not be saved", qPrintable(path));
}

} // namespace casedesk::test
