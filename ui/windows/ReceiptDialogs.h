#pragma once

#include "review/AcceptanceReceipt.h"
#include "review/CorrectionNotice.h"

class QWidget;

namespace casedesk {

// After acceptance: the receipt, to print (QPrintDialog) or save as PDF.
void showReceipt(const AcceptanceReceipt &receipt, QWidget *parent);
// After a correction notice: the notice, to print or save as PDF.
void showCorrectionNotice(const CorrectionNotice &notice, QWidget *parent);

} // namespace casedesk
