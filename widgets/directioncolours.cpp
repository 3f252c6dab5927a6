#include "widgets/directioncolours.h"

#include <algorithm>
#include <cmath>

namespace swb::widgets {

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
        + 0.0722 * channel(c.blueF());
}

bool isDark(const QColor &c)
{
    return luminance(c) < 0.18;
}

// `colour`, made darker or lighter (same hue) until it reaches `ratio` on `background`.
QColor readable(QColor colour, const QColor &background, double ratio)
{
    const bool darkBackground = isDark(background);
    for (int step = 0; step < 60 && DirectionColours::contrast(colour, background) < ratio; ++step)
        colour = darkBackground ? colour.lighter(106) : colour.darker(106);
    return colour;
}

QColor mix(const QColor &base, const QColor &tint, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

} // namespace

double DirectionColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

DirectionColours DirectionColours::forPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(base);
    // Only the high-contrast theme puts (near) white text on a dark base.
    const double ratio = dark && contrast(palette.color(QPalette::Text), base) >= 18 ? 7.0 : 4.5;
    // Okabe-Ito blue and vermillion on light backgrounds; their sky blue and
    // orange on dark ones, where the deep shades would sink into the background.
    const QColor sent = dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    const QColor received = dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00);
    const QColor shade = mix(base, received, dark ? 0.22 : 0.16);
    return DirectionColours{readable(sent, base, ratio), readable(received, shade, ratio), shade};
}

} // namespace swb::widgets
