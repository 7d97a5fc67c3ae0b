#pragma once

#include "sync/SyncEngine.h"

#include <QKeySequence>
#include <QWidget>

class QLabel;
class QToolButton;

namespace casedesk {

// The status bar's account of sync: connected or not (in words, not colour
// alone), how many changes wait to be sent, when sync last succeeded, and a
// button with the number of changes that need attention.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void showStatus(const SyncStatus &status);
    const SyncStatus &status() const { return m_status; }
    // The keys of the window's action that opens the same list, named in
    // the button's tooltip.
    void setAttentionKeys(const QKeySequence &keys);

Q_SIGNALS:
    void attentionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SyncStatus m_status;
    QKeySequence m_attentionKeys;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_lastSync;
    QToolButton *m_attention;
};

} // namespace casedesk
