#include "CounterDisplay.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QString largeTextKey = u"display/largeText"_s;
const QString highContrastKey = u"display/highContrast"_s;

// High contrast: black on white, with colours dark enough to keep 7:1.
const QColor black(0x00, 0x00, 0x00);
const QColor white(0xff, 0xff, 0xff);
const QColor buttonFace(0xe8, 0xe8, 0xe8);
const QColor dimText(0x45, 0x45, 0x45); // disabled: still 7:1 on the button face
const QColor selection(0x00, 0x2b, 0x80);
const QColor focusRing(0x00, 0x44, 0xcc);
const QColor focusFill(0xff, 0xf4, 0xb8);

qreal channel(qreal value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

CounterDisplay::CounterDisplay(QObject *parent)
    : QObject(parent),
      m_originalFont(QApplication::font()),
      m_originalPalette(QApplication::palette()),
      m_originalStyle(QApplication::style() ? QApplication::style()->name() : QString())
{ }

DisplayMode CounterDisplay::saved()
{
    const QSettings settings;
    return DisplayMode{settings.value(largeTextKey, false).toBool(), settings.value(highContrastKey, false).toBool()};
}

void CounterDisplay::choose(DisplayMode mode)
{
    apply(mode);
    QSettings settings;
    settings.setValue(largeTextKey, mode.largeText);
    settings.setValue(highContrastKey, mode.highContrast);
    settings.sync();
}

void CounterDisplay::apply(DisplayMode mode)
{
    m_mode = mode;
    // Fusion draws the palette and the stylesheet as given, on every desktop.
    const bool adapted = mode.largeText || mode.highContrast;
    if (adapted)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    else if (!m_originalStyle.isEmpty())
        QApplication::setStyle(QStyleFactory::create(m_originalStyle));

    QFont font = m_originalFont;
    if (mode.largeText)
        font.setPointSizeF(std::max(largeBodyPoints, m_originalFont.pointSizeF()));
    QApplication::setFont(font);
    QApplication::setPalette(mode.highContrast ? highContrastPalette() : m_originalPalette);
    qApp->setStyleSheet(styleSheet());
    Q_EMIT modeChanged(mode);
}

QPalette CounterDisplay::highContrastPalette()
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? dimText : black;
        palette.setColor(group, QPalette::Window, white);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xf2, 0xf2, 0xf2));
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::PlaceholderText, dimText);
        palette.setColor(group, QPalette::Button, buttonFace);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, white);
        palette.setColor(group, QPalette::Highlight, disabled ? dimText : selection);
        palette.setColor(group, QPalette::HighlightedText, white);
        palette.setColor(group, QPalette::ToolTipBase, white);
        palette.setColor(group, QPalette::ToolTipText, black);
        palette.setColor(group, QPalette::Link, QColor(0x00, 0x00, 0xb0));
        palette.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x00, 0x8b));
        palette.setColor(group, QPalette::Light, white);
        palette.setColor(group, QPalette::Midlight, buttonFace);
        palette.setColor(group, QPalette::Mid, QColor(0x60, 0x60, 0x60));
        palette.setColor(group, QPalette::Dark, QColor(0x30, 0x30, 0x30));
        palette.setColor(group, QPalette::Shadow, black);
    }
    return palette;
}

CounterDisplay::ToneColours CounterDisplay::toneColours() const
{
    if (m_mode.highContrast)
        return {QColor(0x00, 0x4d, 0x00),
                QColor(0x00, 0x2b, 0x80),
                QColor(0x6b, 0x3a, 0x00),
                QColor(0x8b, 0x00, 0x00),
                black,
                QColor(0xff, 0xd4, 0x00),
                focusRing};
    return {QColor(0x1b, 0x5e, 0x20),
            QColor(0x0d, 0x47, 0xa1),
            QColor(0x8a, 0x4b, 0x00),
            QColor(0xb0, 0x00, 0x20),
            white,
            QColor(0xc4, 0x3e, 0x00),
            focusRing};
}

QList<CounterDisplay::ColourPair> CounterDisplay::colourPairs() const
{
    const QPalette palette = QApplication::palette();
    QList<ColourPair> pairs;
    const struct {
        const char *what;
        QPalette::ColorRole text;
        QPalette::ColorRole background;
    } roles[] = {
        {"window text", QPalette::WindowText, QPalette::Window},
        {"text", QPalette::Text, QPalette::Base},
        {"text on alternate rows", QPalette::Text, QPalette::AlternateBase},
        {"placeholder", QPalette::PlaceholderText, QPalette::Base},
        {"button text", QPalette::ButtonText, QPalette::Button},
        {"selected text", QPalette::HighlightedText, QPalette::Highlight},
        {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
        {"link", QPalette::Link, QPalette::Base},
    };
    const struct {
        const char *name;
        QPalette::ColorGroup group;
    } groups[] = {{"active", QPalette::Active}, {"inactive", QPalette::Inactive}, {"disabled", QPalette::Disabled}};
    for (const auto &group : groups) {
        for (const auto &role : roles)
            pairs.append({u"%1 %2"_s.arg(QLatin1StringView(group.name), QLatin1StringView(role.what)),
                          palette.color(group.group, role.text), palette.color(group.group, role.background)});
    }
    const ToneColours tones = toneColours();
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    pairs.append({u"good"_s, tones.good, window});
    pairs.append({u"busy"_s, tones.busy, window});
    pairs.append({u"warning"_s, tones.warning, window});
    pairs.append({u"problem"_s, tones.problem, window});
    pairs.append({u"banner"_s, tones.bannerText, tones.bannerBackground});
    pairs.append({u"focused field"_s, black, focusFill});
    return pairs;
}

qreal CounterDisplay::contrast(const QColor &a, const QColor &b)
{
    const qreal first = luminance(a) + 0.05;
    const qreal second = luminance(b) + 0.05;
    return std::max(first, second) / std::min(first, second);
}

QString CounterDisplay::styleSheet() const
{
    const ToneColours tones = toneColours();
    const qreal body = QApplication::font().pointSizeF();
    QString sheet = uR"(
*[tone="good"] { color: %1; font-weight: bold; }
*[tone="busy"] { color: %2; font-weight: bold; }
*[tone="warning"] { color: %3; font-weight: bold; }
*[tone="problem"] { color: %4; font-weight: bold; }
*[tone="banner"] { color: %5; background: %6; font-weight: bold; padding: 4px; }
*[tone="heading"] { font-weight: bold; font-size: %7pt; }
)"_s.arg(tones.good.name(), tones.busy.name(), tones.warning.name(), tones.problem.name(), tones.bannerText.name(),
         tones.bannerBackground.name())
                        .arg(body * headingScale, 0, 'f', 1);
    if (m_mode.highContrast) {
        // Every control framed in black; the focused one ringed in blue on a
        // light yellow fill, so the focus is seen from across the counter.
        sheet += uR"(
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox { border: 2px solid black; background: white; padding: 3px; }
QPushButton, QToolButton { border: 2px solid black; background: %1; padding: 4px 12px; }
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled { border-color: %2; }
QComboBox { border: 2px solid black; background: white; padding: 3px 8px; }
QComboBox::drop-down { width: 28px; border-left: 2px solid black; }
QComboBox::down-arrow { image: url(:/theme/down-arrow.svg); width: 16px; height: 16px; }
QAbstractItemView { border: 2px solid black; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,
QPushButton:focus, QToolButton:focus { border: 4px solid %3; background: %4; }
QAbstractItemView:focus { border: 4px solid %3; }
QCheckBox:focus, QRadioButton:focus, QGroupBox:focus { border: 3px solid %3; }
)"_s.arg(buttonFace.name(), dimText.name(), tones.focus.name(), focusFill.name());
    }
    if (m_mode.largeText) {
        sheet += uR"(
QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox { min-height: %1px; }
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator { width: 28px; height: 28px; }
QGroupBox { font-weight: bold; }
)"_s.arg(largeControlHeight);
    }
    return sheet;
}

} // namespace casedesk
