#pragma once

#include <QFont>
#include <QObject>

namespace swb::app {

// Presentation zoom, 100 % to 300 %, for the whole application: the
// application font (which every widget, table and dialog inherits, including
// those opened later), the fonts that widgets set themselves (monospace hex
// and log views), and the style's icon, check box, scroll bar and row sizes
// (AppStyle). Ctrl++, Ctrl+- and Ctrl+0 step it; --zoom sets it; it is remembered.
class ZoomController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoomController)
public:
    static constexpr int minPercent = 100;
    static constexpr int maxPercent = 300;

    explicit ZoomController(QObject *parent = nullptr);
    ~ZoomController() override;

    int percent() const { return m_percent; }
    // The application font's point size at 100 %.
    static double basePointSize();
    static int clamp(int percent);
    // The zoom levels Ctrl++ and Ctrl+- step through.
    static QList<int> steps();

public slots:
    void setPercent(int percent);
    void zoomIn();
    void zoomOut();
    void reset();
    // Applies the remembered zoom.
    void restore();
    // Gives every widget its zoomed font again, after something reset fonts
    // behind the zoom's back: a theme's style sheet polishes widgets with the
    // font they were made with (a monospace log went back to 100 % in a 200 %
    // window).
    void refreshFonts();

signals:
    void percentChanged(int percent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void scaleOwnFont(QWidget *widget, double factor) const;
    void resolveFonts(QWidget *widget, double factor) const;

    int m_percent = 100;
};

} // namespace swb::app
