#include "AboutDialog.h"
#include "widgets/ShortcutText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

AboutDialog::AboutDialog(const EngineVersions &versions, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About CaseDesk"));
    m_text = tr("<h2>CaseDesk %1</h2>"
                "<p>The counter workstation of the government service hall.</p>"
                "<table>"
                "<tr><td>Qt</td><td>%2</td></tr>"
                "<tr><td>SQLCipher</td><td>%3</td></tr>"
                "<tr><td>SQLite</td><td>%4</td></tr>"
                "</table>")
                 .arg(versions.casedesk.toHtmlEscaped(), versions.qt.toHtmlEscaped(),
                      versions.sqlcipher.toHtmlEscaped(), versions.sqlite.toHtmlEscaped());
    auto *label = new QLabel(m_text, this);
    label->setObjectName(u"aboutText"_s);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    describe(buttons->button(QDialogButtonBox::Close), tr("Close this window"), QKeySequence(Qt::Key_Escape));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace casedesk
