#pragma once

#include "catalogue/Catalogue.h"
#include "storage/DraftStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

// The clerk's unfinished intakes (saved as they were typed, also across a
// crash): resume one where it was left, or discard it once the applicant
// has gone. Newest first; the applicant's name and ID are masked.
class DraftsDialog final : public QDialog
{
    Q_OBJECT
public:
    DraftsDialog(DraftStore drafts, const Catalogue &catalogue, QString staffId, QWidget *parent = nullptr);

    int draftCount() const;
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void reload();
    void resumeSelected();
    // Asks first: a discarded draft cannot be brought back.
    void discardSelected();

Q_SIGNALS:
    void resumeRequested(const casedesk::Draft &draft);

private:
    const Draft *selectedDraft() const;
    QString formName(const QString &code) const;

    DraftStore m_drafts;
    const Catalogue &m_catalogue;
    QString m_staffId;
    QList<Draft> m_loaded;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_resume;
    QPushButton *m_discard;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::Draft)
