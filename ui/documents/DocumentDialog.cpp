#include "DocumentDialog.h"

#include "DocumentViewer.h"
#include "widgets/ShortcutText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

DocumentDialog::DocumentDialog(QWidget *parent) : QDialog(parent), m_viewer(new DocumentViewer(this))
{
    setObjectName(u"materialViewerDialog"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    m_viewer->setFocus();
    retranslate();
}

Expected<void> DocumentDialog::setDocument(const QByteArray &bytes, const QString &mediaType, const QString &name)
{
    setWindowTitle(name);
    return m_viewer->setDocument(bytes, mediaType, name);
}

void DocumentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DocumentDialog::retranslate()
{
    describe(m_close, tr("Close the document"), QKeySequence(Qt::Key_Escape));
}

} // namespace casedesk
