#pragma once

#include <QProxyStyle>

namespace swb::app {

// The application's style: the platform style, plus the two things the
// teaching features need from it. Zoom scales the pixel metrics that do not
// follow the font (icons, check boxes, scroll bars, table rows); and a
// contrast guard lifts an item view's text colour (a model's ForegroundRole
// grey or red) until it reads on the current background, so the dark and
// high-contrast themes keep every row readable.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)
public:
    explicit AppStyle(QStyle *base);

    // The application's AppStyle, installed over the current style on first use.
    static AppStyle *ensureInstalled();

    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    // WCAG ratio that item text keeps against its background; 0 turns the guard off.
    void setMinimumContrast(double ratio) { m_minimumContrast = ratio; }
    double minimumContrast() const { return m_minimumContrast; }

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    double m_zoom = 1.0;
    double m_minimumContrast = 4.5;
};

} // namespace swb::app
