#pragma once

#include <QDialog>

namespace casedesk {

struct EngineVersions {
    QString casedesk;
    QString qt;
    QString sqlcipher;
    QString sqlite;
};

// Names the versions a support call needs: CaseDesk, Qt, SQLCipher and SQLite.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const EngineVersions &versions, QWidget *parent = nullptr);

    QString text() const;

private:
    QString m_text;
};

} // namespace casedesk
