#pragma once

#include <QColor>
#include <QPalette>

namespace swb::widgets {

// The colours that tell sent from received bytes on a given palette: blue and
// orange from the Okabe-Ito palette, which stay apart for colour-blind eyes,
// plus a shade behind received bytes so that the directions differ in grey
// too. The text colours keep the contrast the app's themes promise for text:
// 4.5:1, or 7:1 in the high-contrast theme (app/themes.cpp, which widgets
// cannot link, so the theme is recognised by its colours).
struct DirectionColours
{
    QColor sentText;
    QColor receivedText;
    QColor receivedShade;

    static DirectionColours forPalette(const QPalette &palette);

    // WCAG 2 contrast ratio, 1 to 21, measured as app/themes.cpp does.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace swb::widgets
