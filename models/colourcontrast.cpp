#include "models/colourcontrast.h"

#include <algorithm>
#include <cmath>

namespace swb::models {

double ColourContrast::luminance(const QColor &colour)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double ColourContrast::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ColourContrast::readable(const QColor &colour, const QColor &background, double ratio)
{
    if (contrast(colour, background) >= ratio)
        return colour;
    // Towards white on a dark background, towards black on a light one, keeping the hue.
    const bool lighten = isDark(background);
    QColor c = colour.toHsl();
    for (int step = 0; step < 20 && contrast(c, background) < ratio; ++step) {
        const int l = c.lightness();
        c.setHsl(c.hue(), c.saturation(), lighten ? std::min(255, l + 13) : std::max(0, l - 13));
    }
    if (contrast(c, background) < ratio)
        c = lighten ? QColor(Qt::white) : QColor(Qt::black);
    return c.toRgb();
}

double ColourContrast::promisedRatio(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return isDark(base) && contrast(palette.color(QPalette::Text), base) >= 18 ? 7.0 : 4.5;
}

QColor ColourContrast::onBase(const QColor &colour, const QPalette &palette)
{
    return readable(colour, palette.color(QPalette::Base), promisedRatio(palette));
}

QColor ColourContrast::onBase(const QColor &onLight, const QColor &onDark,
                              const QPalette &palette)
{
    return onBase(isDark(palette.color(QPalette::Base)) ? onDark : onLight, palette);
}

QColor ColourContrast::onWindow(const QColor &colour, const QPalette &palette)
{
    return readable(colour, palette.color(QPalette::Window), promisedRatio(palette));
}

} // namespace swb::models
