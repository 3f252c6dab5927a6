#pragma once

#include <QColor>
#include <QPalette>

namespace swb::models {

// WCAG 2 contrast, and colours made just light or dark enough to reach it.
// The themes (app/themes.cpp) promise 4.5:1 for text, 7:1 in high contrast;
// the app's own colours (HTTP parts, syntax highlighting, the sequence
// diagram, the conversation, warnings) go through here so that they keep that
// promise on whatever palette is in use.
class ColourContrast final
{
public:
    ColourContrast() = delete;

    // WCAG 2 relative luminance (0 to 1) and contrast ratio (1 to 21).
    static double luminance(const QColor &colour);
    static double contrast(const QColor &a, const QColor &b);
    // `colour`, made lighter or darker (same hue) just enough to reach `ratio`
    // on `background`; white or black if even that is not enough.
    static QColor readable(const QColor &colour, const QColor &background, double ratio);

    static bool isDark(const QColor &background) { return luminance(background) < 0.18; }
    // What the palette's theme promises: 7:1 where text on the base is (near)
    // white on black, as only the high-contrast theme has it, else 4.5:1.
    static double promisedRatio(const QPalette &palette);
    // `colour` made readable on the palette's text background (Base) or on
    // its window background (labels, Window).
    static QColor onBase(const QColor &colour, const QPalette &palette);
    // The colour of a pair meant for light or for dark bases, then as onBase().
    static QColor onBase(const QColor &onLight, const QColor &onDark, const QPalette &palette);
    static QColor onWindow(const QColor &colour, const QPalette &palette);

    // The red of warnings and errors, and the grey of rows that only inform,
    // before they are made readable: one of each for the whole app.
    static QColor warningRed() { return QColor(0xc6, 0x28, 0x28); }
    static QColor quietGrey() { return QColor(0x55, 0x55, 0x55); }
};

} // namespace swb::models
