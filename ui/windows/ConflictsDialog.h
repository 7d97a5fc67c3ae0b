#pragma once

#include "WorkstationServices.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace casedesk {

// The "needs attention" list: changes the platform would not take as they
// were. Each shows this workstation's version and the platform's side by
// side, field by field, personal data masked; the clerk keeps the
// platform's version or sends the local change again (a state change the
// case's current state still allows). Nothing is dropped without a decision.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(WorkstationServices &services, QWidget *parent = nullptr);

    int itemCount() const { return int(m_items.size()); }
    QTreeWidget *list() const { return m_list; }
    QTreeWidget *comparison() const { return m_comparison; }
    QPushButton *keepPlatformButton() const { return m_keepPlatform; }
    QPushButton *resubmitButton() const { return m_resubmit; }
    // Why the selected change cannot be sent again; empty when it can.
    QString resubmitBlocker() const;

public Q_SLOTS:
    void reload();
    void keepPlatform();
    void resubmit();

Q_SIGNALS:
    // After an item was settled (for the case list, the status bar and sync).
    void settled();

protected:
    void changeEvent(QEvent *event) override;

private:
    const AttentionItem *currentItem() const;
    void showComparison();
    void updateActions();
    void resolve(AttentionResolution resolution);
    void retranslate();
    QString caseLabel(const AttentionItem &item) const;
    QString changeText(const AttentionItem &item) const;

    WorkstationServices &m_services;
    QList<AttentionItem> m_items;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QTreeWidget *m_comparison;
    QLabel *m_message;
    QLabel *m_resubmitBlocker;
    QPushButton *m_keepPlatform;
    QPushButton *m_resubmit;
    QPushButton *m_close;
};

} // namespace casedesk
