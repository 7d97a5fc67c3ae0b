#pragma once

#include "catalogue/Catalogue.h"
#include "review/Application.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QWidget;

namespace casedesk {
class IntakeWindow;
}

// A clerk at the keyboard, for the GUI tests that take in a case: Tab to a
// control, type into it, pick from a list with the arrow keys, and fill a
// whole intake from one of the catalogue's worked examples.
namespace casedesk::test {

// Moves the focus with Tab until it reaches `target`.
bool tabTo(QWidget *window, QWidget *target);
// Types into a line edit: Latin text key by key, Chinese as an input method commits it.
void type(QLineEdit *edit, const QString &text);
// Picks the entry holding `data` with the arrow keys.
bool choose(QComboBox *combo, const QVariant &data);

// A worked example's value as a form box holds it ("true", "18652.30"), and
// a material's "state" there ("received", "e_licence", …) as the intake's.
QString exampleText(const QJsonValue &value);
MaterialState exampleMaterialState(const QString &how);

// The catalogue's worked example for `formCode` with no finding, or with
// exactly the one finding `ruleId`; empty when there is none.
QJsonObject completeExample(const Catalogue &catalogue, const QString &formCode);
QJsonObject exampleExpecting(const Catalogue &catalogue, const QString &formCode, const QString &ruleId);

// Fills the form and the materials from a worked example, key by key. A
// failure is a failed check of the running test (QTest::currentTestFailed()).
void fillByKeyboard(IntakeWindow *window, const QJsonObject &application);

} // namespace casedesk::test
