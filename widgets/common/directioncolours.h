#pragma once

#include <QColor>
#include <QPalette>

namespace swb::widgets {

// The colours that tell sent from received bytes on a given palette: blue and
// orange from the Okabe-Ito palette, which stay apart for colour-blind eyes,
// plus a shade behind received bytes so that the directions differ in grey
// too. The text colours keep the contrast the app's themes promise for text
// (ColourContrast).
struct DirectionColours
{
    QColor sentText;
    QColor receivedText;
    QColor receivedShade;

    static DirectionColours forPalette(const QPalette &palette);
};

} // namespace swb::widgets
