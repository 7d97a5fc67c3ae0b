#pragma once

#include "common/Expected.h"

#include <QDialog>

class QPushButton;

namespace casedesk {

class DocumentViewer;

// A material's document in a window of its own, opened from the intake or
// a case: the viewer, with the focus, and a Close button (Esc).
class DocumentDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentDialog(QWidget *parent = nullptr);

    // Shows the document, the window titled by its name. One that cannot be
    // decoded is refused with its message.
    Expected<void> setDocument(const QByteArray &bytes, const QString &mediaType, const QString &name);
    DocumentViewer *viewer() const { return m_viewer; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    DocumentViewer *m_viewer;
    QPushButton *m_close;
};

} // namespace casedesk
