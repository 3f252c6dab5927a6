#pragma once

#include <QAbstractButton>

namespace swb::widgets {

// A button whose text runs top to bottom, for a bar at the window's side (the
// collapsed lesson pane). Text that does not fit the height is elided, and the
// whole text is in the tooltip.
class VerticalButton final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerticalButton)
public:
    explicit VerticalButton(QWidget *parent = nullptr);

    // Sets the text and the tooltip together.
    void setFullText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int margin() const;
};

} // namespace swb::widgets
