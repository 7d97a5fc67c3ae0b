#pragma once

#include "Tone.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>

namespace casedesk {

// How a counter's screens look. Elderly-assist counters (适老化/爱心窗口)
// use large text, high contrast or both; the choice is kept per counter PC
// and switched at once from the keyboard.
struct DisplayMode {
    bool largeText = false;
    bool highContrast = false;
    bool operator==(const DisplayMode &) const = default;
};

// Applies a display mode to the whole application: the font, the palette,
// the style and one stylesheet with the tones' colours, the focus indicator
// and, in large text, controls at least 48 px high.
class CounterDisplay final : public QObject
{
    Q_OBJECT
public:
    // Remembers the application's own font, palette and style to return to.
    explicit CounterDisplay(QObject *parent = nullptr);

    static constexpr qreal largeBodyPoints = 18.0;
    static constexpr qreal headingScale = 1.4;
    static constexpr int largeControlHeight = 48;
    // Whether a widget's font is the large text, for layouts that adapt.
    static bool isLargeText(const QFont &font) { return font.pointSizeF() >= largeBodyPoints - 0.01; }

    DisplayMode mode() const { return m_mode; }
    void apply(DisplayMode mode);
    // apply(), remembered for this counter PC's next start (QSettings).
    void choose(DisplayMode mode);
    static DisplayMode saved();

    // The colours behind the high-contrast theme and the tones, for the
    // contrast test: every text colour with the background it is drawn on.
    struct ColourPair {
        QString what;
        QColor text;
        QColor background;
    };
    static QPalette highContrastPalette();
    QList<ColourPair> colourPairs() const;

    // WCAG 2 contrast ratio, 1 to 21.
    static qreal contrast(const QColor &a, const QColor &b);

Q_SIGNALS:
    void modeChanged(casedesk::DisplayMode mode);

private:
    struct ToneColours {
        QColor good, busy, warning, problem, bannerText, bannerBackground, focus;
    };
    ToneColours toneColours() const;
    QString styleSheet() const;

    DisplayMode m_mode;
    QFont m_originalFont;
    QPalette m_originalPalette;
    QString m_originalStyle;
};

} // namespace casedesk
