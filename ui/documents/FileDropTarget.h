#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace casedesk {

// Lets a widget take files dragged from the file manager, as the intake
// screen takes scans: accepts a drag only when it carries local files and
// nothing else, and emits their paths on the drop. Checking what the files
// hold is DocumentImport's job.
class FileDropTarget final : public QObject
{
    Q_OBJECT
public:
    // Watches target, which accepts drops from now on; owned by target.
    explicit FileDropTarget(QWidget *target);

    // The local file paths of a drag, or none if anything else is in it
    // (a web address is not downloaded behind the clerk's back).
    static QStringList localFiles(const QMimeData *mimeData);

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace casedesk
