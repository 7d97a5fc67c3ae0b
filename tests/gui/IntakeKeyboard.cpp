#include "IntakeKeyboard.h"

#include "intake/IntakeWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casedesk::test {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}

QJsonObject exampleWith(const Catalogue &catalogue, const QString &formCode, const QStringList &ruleIds)
{
    for (const CatalogueExample &example : catalogue.examples()) {
        if (example.formCode == formCode && example.expectedRuleIds == ruleIds)
            return example.application;
    }
    return {};
}

} // namespace

QString exampleText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

MaterialState exampleMaterialState(const QString &how)
{
    if (how == u"e_licence")
        return MaterialState::ELicence;
    if (how == u"waived")
        return MaterialState::Waived;
    if (how == u"missing")
        return MaterialState::Missing;
    return MaterialState::Received;
}

bool tabTo(QWidget *window, QWidget *target)
{
    QStringList visited;
    for (int presses = 0; presses < 400; ++presses) {
        // As between real keystrokes: let queued work (new widgets showing) run.
        QCoreApplication::processEvents();
        if (QApplication::focusWidget() == target)
            return true;
        visited << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
    }
    qWarning("never reached %s: %s", qPrintable(target->objectName()), qPrintable(visited.mid(0, 60).join(u' ')));
    return QApplication::focusWidget() == target;
}

void type(QLineEdit *edit, const QString &text)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (isAscii(text)) {
        QTest::keyClicks(edit, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

bool choose(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return true;
}

QJsonObject completeExample(const Catalogue &catalogue, const QString &formCode)
{
    return exampleWith(catalogue, formCode, {});
}

QJsonObject exampleExpecting(const Catalogue &catalogue, const QString &formCode, const QString &ruleId)
{
    return exampleWith(catalogue, formCode, {ruleId});
}

void fillByKeyboard(IntakeWindow *window, const QJsonObject &application)
{
    const QJsonObject fields = application.value(u"fields"_s).toObject();
    for (const FieldDefinition &field : window->session().form()->fields) {
        const QString value = exampleText(fields.value(field.id));
        if (value.isEmpty())
            continue;
        QWidget *widget = window->findChild<QWidget *>(u"field:"_s + field.id);
        QVERIFY2(widget, qPrintable(field.id));
        QVERIFY2(tabTo(window, widget), qPrintable(field.id));
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            QVERIFY2(choose(combo, value), qPrintable(field.id + u" = "_s + value));
        else
            type(qobject_cast<QLineEdit *>(widget), value);
    }
    const QJsonObject materials = application.value(u"materials"_s).toObject();
    for (auto it = materials.begin(); it != materials.end(); ++it) {
        auto *state = window->findChild<QComboBox *>(u"material:"_s + it.key());
        QVERIFY2(state, qPrintable(it.key()));
        QVERIFY(tabTo(window, state));
        QVERIFY(choose(state, int(exampleMaterialState(it->toObject().value(u"state"_s).toString()))));
        const QJsonObject facts = it->toObject().value(u"fields"_s).toObject();
        for (auto fact = facts.begin(); fact != facts.end(); ++fact) {
            auto *edit = window->findChild<QLineEdit *>(u"materialFact:%1.%2"_s.arg(it.key(), fact.key()));
            QVERIFY2(edit, qPrintable(fact.key()));
            QVERIFY(tabTo(window, edit));
            type(edit, exampleText(*fact));
        }
    }
}

} // namespace casedesk::test
