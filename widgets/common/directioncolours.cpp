#include "widgets/common/directioncolours.h"

#include "models/colourcontrast.h"

namespace swb::widgets {

namespace {

QColor mix(const QColor &base, const QColor &tint, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

} // namespace

DirectionColours DirectionColours::forPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = models::ColourContrast::isDark(base);
    const double ratio = models::ColourContrast::promisedRatio(palette);
    // Okabe-Ito blue and vermillion on light backgrounds; their sky blue and
    // orange on dark ones, where the deep shades would sink into the background.
    const QColor sent = dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    const QColor received = dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00);
    const QColor shade = mix(base, received, dark ? 0.22 : 0.16);
    return DirectionColours{models::ColourContrast::readable(sent, base, ratio),
                            models::ColourContrast::readable(received, shade, ratio), shade};
}

} // namespace swb::widgets
