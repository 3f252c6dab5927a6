#include "widgets/common/screenfit.h"

#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace swb::widgets {

const QScreen *ScreenFit::screenOf(const QWidget *window)
{
    // Before it is shown a window has no screen of its own yet: it opens on its parent's.
    const QWidget *anchor = window->isVisible() || !window->parentWidget()
        ? window
        : window->parentWidget()->window();
    return anchor->screen();
}

QSize ScreenFit::room(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    return screen ? screen->availableGeometry().size() * screenShare : QSize();
}

void ScreenFit::fit(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Known once the window is shown; before that the share leaves room for it.
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    const int width =
        std::min(int(available.width() * screenShare) - frame.width(), wanted.width());
    const int height =
        std::min(int(available.height() * screenShare) - frame.height(), wanted.height());
    const QSize minimum = window->minimumSizeHint();
    window->resize(std::max(width, minimum.width()), std::max(height, minimum.height()));
    window->move(available.center() - window->rect().center());
}

} // namespace swb::widgets
