#pragma once

#include "common/Expected.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QScrollArea;
class QToolButton;

namespace casedesk {

class DocumentPages;

// Shows an imported document at the counter: an image (PNG, JPEG, TIFF) or a
// PDF, with zoom, fit to width, rotation by quarter turns and, for several
// pages, page by page. Everything is reachable by keyboard while the viewer
// has focus (Ctrl++ / Ctrl+- zoom, Ctrl+0 fit width, R rotate, PgUp / PgDn
// pages); the tooltips say so.
class DocumentViewer final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    // Shows the document from its first page, fitted to the width. One that
    // cannot be decoded is refused: its message shows, and what was shown
    // before stays as it was.
    Expected<void> setDocument(const QByteArray &bytes, const QString &mediaType, const QString &name);
    void clear();

    bool hasDocument() const { return m_pages != nullptr; }
    int pageCount() const;
    int currentPage() const { return m_page; } // from 0
    qreal zoom() const { return m_scale; } // 1.0 = 100 %
    bool fitsWidth() const { return m_fitWidth; }
    int rotation() const { return m_rotation; } // clockwise: 0, 90, 180 or 270

    static constexpr qreal minimumZoom = 0.1;
    static constexpr qreal maximumZoom = 8.0;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void rotate();
    void nextPage();
    void previousPage();
    void showPage(int page);

Q_SIGNALS:
    // After each change of page, zoom or rotation, for a status line or a
    // screen reader.
    void viewChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void setZoom(qreal scale);
    qreal fitWidthScale();
    void render();
    void updateControls();
    void showProblem(const QString &message);

    std::unique_ptr<DocumentPages> m_pages;
    QString m_name;
    int m_page = 0;
    qreal m_scale = 1.0;
    bool m_fitWidth = true;
    int m_rotation = 0;

    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fitWidthAction;
    QAction *m_rotate;
    QAction *m_previousPage;
    QAction *m_nextPage;
    QList<QToolButton *> m_buttons; // as they show, left to right
    QLabel *m_pageLabel;
    QLabel *m_zoomLabel;
    QLabel *m_problem;
    QScrollArea *m_scrollArea;
    QLabel *m_view;
};

} // namespace casedesk
