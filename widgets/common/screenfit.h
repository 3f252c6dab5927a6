#pragma once

#include <QSize>

class QScreen;
class QWidget;

namespace swb::widgets {

// The size a window of its own opens at: what it asks for (in characters and
// lines, so it grows with the zoom), but never more than a share of the
// screen it opens on: at 200 % on a 1280×720 projector, 96 characters of
// Python are wider than the screen, and a window larger than the screen hides
// its buttons and title bar.
class ScreenFit final
{
public:
    static constexpr double screenShare = 0.9;

    // The most room a window may take on the screen it opens on (its parent's
    // until it is shown); empty without a screen.
    static QSize room(const QWidget *window);
    // Resizes window to wanted, bounded by the screen of its parent (or its
    // own) less its frame, never below its minimum size hint, and centres it.
    static void fit(QWidget *window, const QSize &wanted);

private:
    static const QScreen *screenOf(const QWidget *window);
};

} // namespace swb::widgets
