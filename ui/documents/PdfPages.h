#pragma once

#include "DocumentPages.h"

namespace Poppler {
class Document;
}

namespace casedesk {

// A PDF's pages, drawn by Poppler.
class PdfPages final : public DocumentPages
{
public:
    static Expected<std::unique_ptr<DocumentPages>> open(const QByteArray &bytes, const QString &name);
    ~PdfPages() override;

    int count() const override;
    QSizeF size(int page) override;
    QImage render(int page, qreal scale, qreal devicePixelRatio) override;

private:
    explicit PdfPages(std::unique_ptr<Poppler::Document> document);

    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace casedesk
